//! Any bytes, decoded lossily, through the whole pipeline.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use whosaid::Extractor;

mod check;

fuzz_target!(|data: &[u8]| {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    let extractor = EXTRACTOR.get_or_init(Extractor::new);
    let text = String::from_utf8_lossy(data);
    let doc = extractor.extract(&text);
    check::document(&text, &doc);
});
