//! Generators of hostile text, shared by `tests/hostile.rs` and
//! `benches/hostile.rs`. Each returns at most `bytes` bytes (and close to
//! it), the same text on every run.

#![allow(dead_code)]

/// A generator: the text for a size in bytes.
pub type Generator = fn(usize) -> String;

/// The generators, by name.
pub const GENERATORS: &[(&str, Generator)] = &[
    ("quote_marks", quote_marks),
    ("unclosed_quotes", unclosed_quotes),
    ("capitalised_words", capitalised_words),
    ("words_in_capitals", words_in_capitals),
    ("endless_token", endless_token),
    ("hyphen_chain", hyphen_chain),
    ("long_line", long_line),
    ("short_paragraphs", short_paragraphs),
    ("mr_repeated", mr_repeated),
    ("foreign_minister_repeated", foreign_minister_repeated),
    ("said_chain", said_chain),
    ("said_chain_closed", said_chain_closed),
    ("names_then_pronouns", names_then_pronouns),
];

/// A fixed xorshift generator, so every run sees the same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// Repeats pieces from `next` until `bytes` is reached, never splitting one.
fn fill(bytes: usize, mut next: impl FnMut(&mut String)) -> String {
    let mut out = String::with_capacity(bytes + 64);
    let mut piece = String::new();
    loop {
        piece.clear();
        next(&mut piece);
        if out.len() + piece.len() > bytes {
            return out;
        }
        out.push_str(&piece);
    }
}

fn repeat(bytes: usize, unit: &str) -> String {
    fill(bytes, |s| s.push_str(unit))
}

/// Only quotation marks, of every kind, in a pseudo-random order.
pub fn quote_marks(bytes: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let marks = [
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‚", "‹", "›", "``", "''",
    ];
    fill(bytes, |s| s.push_str(rng.pick(&marks)))
}

/// A quote opened on every line and never closed.
pub fn unclosed_quotes(bytes: usize) -> String {
    let mut n = 0u64;
    fill(bytes, |s| {
        n += 1;
        s.push_str(&format!(
            "“Line {n} opens a quote that Putin never closes, the Kremlin said\n"
        ));
    })
}

/// Nothing but capitalised words, names among them, on one line with no
/// punctuation: one sentence, one paragraph, one candidate name.
pub fn capitalised_words(bytes: usize) -> String {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let words = [
        "Vladimir",
        "Putin",
        "Moscow",
        "Foreign",
        "Minister",
        "The",
        "New",
        "York",
        "Times",
        "United",
        "Nations",
        "President",
        "Ada",
        "Quill",
        "Alpha",
        "Bravo",
        "Charlie",
        "Inc",
        "Sen",
        "House",
        "White",
        "Kremlin",
        "Said",
        "Of",
        "And",
    ];
    fill(bytes, |s| {
        s.push_str(rng.pick(&words));
        s.push(' ');
    })
}

/// Sentences all in capitals, known names among the words, like a wire
/// feed in capitals or a page of headlines: every word is looked up again
/// in title case.
pub fn words_in_capitals(bytes: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let words = [
        "NEW",
        "YORK",
        "OBAMA",
        "TO",
        "VISIT",
        "CUBA",
        "AND",
        "THE",
        "UNITED",
        "NATIONS",
        "SAYS",
        "TRUMP’S",
        "PLAN",
        "WILL",
        "FAIL",
        "IN",
        "CHINA",
        "RYAN",
        "ZELVOS",
        "OF",
        "EUROPEAN",
        "UNION",
        "U.N.",
        "NATO",
    ];
    let mut count = 0;
    fill(bytes, |s| {
        s.push_str(rng.pick(&words));
        count += 1;
        s.push_str(if count % 9 == 0 { ". " } else { " " });
    })
}

/// One word token without spaces or punctuation.
pub fn endless_token(bytes: usize) -> String {
    repeat(bytes, "abcdefghijklmnopqrstuvwxyz")
}

/// One token of capitalised names joined by hyphens: `Trump-Putin-…`, each
/// part a candidate entity inside a single token.
pub fn hyphen_chain(bytes: usize) -> String {
    repeat(bytes, "Trump-Putin-Moscow-")
}

/// Ordinary sentences on a single line: no line break anywhere.
pub fn long_line(bytes: usize) -> String {
    let mut rng = Rng(0x853c_49e6_748f_ea9b);
    let sentences = [
        "The talks will go on next week, officials said. ",
        "Vladimir Putin met Ada Quill in Moscow on Friday. ",
        "“We are close,” Kremlin spokesman Dmitry Peskov said. ",
        "Prices rose 3.5% in the U.S. in January, according to the data. ",
        "She said the deal was “very productive” and would hold. ",
    ];
    fill(bytes, |s| s.push_str(rng.pick(&sentences)))
}

/// Very many one-line paragraphs (a 5 MB text holds about 250,000).
pub fn short_paragraphs(bytes: usize) -> String {
    let mut rng = Rng(0xda94_2042_e4dd_58b5);
    let lines = [
        "Putin said.\n",
        "“Yes,” he said.\n",
        "\n",
        "Moscow.\n",
        "“Go\n",
        "Sen. Quill:\n",
    ];
    fill(bytes, |s| s.push_str(rng.pick(&lines)))
}

/// `Mr. ` repeated: titles with no name to attach to.
pub fn mr_repeated(bytes: usize) -> String {
    repeat(bytes, "Mr. ")
}

/// `Foreign Minister ` repeated: a multi-word title with no name.
pub fn foreign_minister_repeated(bytes: usize) -> String {
    repeat(bytes, "Foreign Minister ")
}

/// `“A,” he said, “` repeated as the issue gives it: the trailing `“` and
/// the next leading `“` make `““`, so each quote opens a nested one that
/// never closes and the paragraph ends inside it.
pub fn said_chain(bytes: usize) -> String {
    repeat(bytes, "“A,” he said, “")
}

/// `“A,” he said, ` repeated: a quote and a speech cue every 15 bytes, each
/// cue next to two quotes.
pub fn said_chain_closed(bytes: usize) -> String {
    repeat(bytes, "“A,” he said, ")
}

/// One sentence of names as long as half the text, then short quotes
/// attributed to `he`: each pronoun's search for its person reaches back to
/// that sentence, and must not read all of it every time.
pub fn names_then_pronouns(bytes: usize) -> String {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    // Names of one length, so that whichever a pronoun takes, the output
    // grows with the text alone.
    let names = ["Ann Lee, ", "Bob Ray, ", "Tom Fox and ", "Cal Day, "];
    let mut text = fill(bytes / 2, |s| s.push_str(rng.pick(&names)));
    text.push_str("spoke.\n");
    let rest = bytes.saturating_sub(text.len());
    text.push_str(&repeat(rest, "“Yes,” he said.\n"));
    text
}
