//! Builds the table of the English word list at compile time (see
//! `src/gazetteer/word_table.rs`), so that no process spends its start-up
//! indexing 230,000 words.

#[allow(dead_code)] // the build script needs only the hash
#[path = "src/hash.rs"]
mod hash;
#[allow(dead_code)] // the build script needs only `build`
#[path = "src/gazetteer/word_table.rs"]
mod word_table;

use std::path::PathBuf;

const ENGLISH: &str = "gazetteers/lexicon/english_words.txt";

fn main() {
    for input in [ENGLISH, "src/hash.rs", "src/gazetteer/word_table.rs"] {
        println!("cargo:rerun-if-changed={input}");
    }
    let list = std::fs::read_to_string(ENGLISH).expect("the English word list is readable");
    // The entries as the lexicon reads every list: lines, trimmed, neither
    // empty nor comments.
    let entries = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    let table = word_table::build(&list, entries);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("english_words.table"), table).expect("OUT_DIR is writable");
}
