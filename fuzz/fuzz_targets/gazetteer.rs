//! Any bytes as a gazetteer TSV: the build returns `Ok` or `Err`, and an
//! extractor built from it handles text made of its own names.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::Extractor;

mod check;

fuzz_target!(|data: &[u8]| {
    let tsv = String::from_utf8_lossy(data);
    // Most inputs lack the header; give half of them one, so that the entry
    // parser and the gazetteer index see the rest.
    let tsv = if data.first().is_some_and(|b| b & 1 == 1) {
        format!("canonical\tlabel\tsubtype\taliases\tid\tattributes\n{tsv}")
    } else {
        tsv.into_owned()
    };
    let built = Extractor::builder()
        .default_gazetteers(false)
        .gazetteer("fuzz.tsv", &tsv)
        .build();
    match built {
        Err(e) => {
            assert_eq!(e.source_name(), "fuzz.tsv");
            let _ = e.to_string();
        }
        Ok(extractor) => {
            // The TSV's own fields, as words of a text with quotes and cues.
            let mut text = String::new();
            for (i, field) in tsv.lines().flat_map(|l| l.split(['\t', '|'])).enumerate() {
                text.push_str(["“", " ", "\n"][i % 3]);
                text.push_str(field);
                text.push_str([",” he said. ", " said ", " "][i % 3]);
            }
            let doc = extractor.extract(&text);
            check::document(&text, &doc);
        }
    }
});
