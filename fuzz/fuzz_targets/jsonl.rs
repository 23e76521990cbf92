//! One line of `extract --jsonl` input, read by the example's own record
//! parser (examples/support/record.rs): blank line → error, JSON object
//! with a string `text` → a document, anything else → error. The output
//! record must parse back with offsets that select its texts.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use std::sync::OnceLock;
use whosaid::{Extractor, Offsets};

mod check;

#[path = "../../examples/support/record.rs"]
mod record;
use record::parse_record;

fuzz_target!(|data: &[u8]| {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    let extractor = EXTRACTOR.get_or_init(Extractor::new);
    // One line, as the example reads it.
    let line = data.split(|&b| b == b'\n').next().unwrap_or_default();
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let (id, text) = match parse_record(line) {
        Ok(record) => record,
        Err((id, message)) => {
            let out = serde_json::json!({"id": id, "error": message}).to_string();
            assert!(!out.contains('\n'));
            return;
        }
    };
    let doc = extractor.extract(&text);
    check::document(&text, &doc);
    for unit in [Offsets::Bytes, Offsets::Chars] {
        let out = serde_json::to_string(&doc.serializable(unit)).expect("serializes");
        assert!(!out.contains('\n'), "a record is one line");
        let back: Value = serde_json::from_str(&out).expect("the record parses back");
        let chars: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for item in back["entities"]
            .as_array()
            .unwrap()
            .iter()
            .chain(back["quotes"].as_array().unwrap())
        {
            let (mut s, mut e) = (
                item["start"].as_u64().unwrap() as usize,
                item["end"].as_u64().unwrap() as usize,
            );
            if unit == Offsets::Chars {
                (s, e) = (chars[s], chars[e]);
            }
            assert_eq!(text.get(s..e), item["text"].as_str(), "{item}");
        }
    }
    let _ = id;
});
