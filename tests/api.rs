//! The public API: thread safety, span invariants on awkward input, JSON
//! output, offsets and gazetteer errors.

use std::path::PathBuf;
use whosaid::{Document, Extractor, Label, Offsets};

const WIRE: &str = include_str!("fixtures/wire.txt");
const MENU: &str = include_str!("fixtures/menu.txt");
const PEOPLE_TSV: &str = include_str!("fixtures/people.tsv");
const MALFORMED_TSV: &str = include_str!("fixtures/malformed.tsv");

fn extractor() -> &'static Extractor {
    static EXTRACTOR: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A file in the target's scratch directory, unique to this test.
fn scratch_file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("api-{name}"));
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Asserts that `span` is a valid, char-aligned range of `text` covering `s`.
fn check_span(text: &str, what: &str, span: whosaid::Span, s: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {span:?} out of bounds (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} is not on char boundaries"
    );
    assert_eq!(&text[span.range()], s, "{what} span {span:?}");
}

/// Checks every span a document hands out.
fn check_document(text: &str, doc: &Document<'_>) {
    assert_eq!(doc.text(), text);
    let mut last_end = 0;
    for t in doc.tokens() {
        check_span(text, "token", t.span(), t.as_str());
        assert!(!t.as_str().is_empty(), "empty token at {:?}", t.span());
        // Tokens include whitespace, so together they cover the text.
        assert_eq!(
            t.span().start,
            last_end,
            "gap or overlap before token {:?}",
            t.span()
        );
        last_end = t.span().end;
    }
    assert_eq!(
        last_end,
        text.len(),
        "the tokens do not reach the end of the text"
    );
    for s in doc.sentences().chain(doc.paragraphs()) {
        check_span(text, "segment", s.span(), s.as_str());
        for t in s.tokens() {
            assert!(
                s.span().contains(t.span()),
                "token {:?} outside its segment {:?}",
                t.span(),
                s.span()
            );
        }
    }
    let mut last_start = 0;
    for e in doc.entities() {
        check_span(text, "entity", e.span(), e.as_str());
        assert!(
            !e.as_str().trim().is_empty(),
            "blank entity at {:?}",
            e.span()
        );
        assert!(
            !e.canonical().is_empty(),
            "entity {:?} without a canonical name",
            e.as_str()
        );
        assert!(
            e.span().start >= last_start,
            "entities out of order at {:?}",
            e.span()
        );
        last_start = e.span().start;
        assert_eq!(e.referent().label(), e.label());
    }
    for r in doc.referents() {
        assert!(
            r.mentions().count() > 0,
            "referent {} without mentions",
            r.canonical()
        );
        for m in r.mentions() {
            assert_eq!(m.referent(), r);
        }
    }
    for q in doc.quotes() {
        check_span(text, "quote", q.span(), q.as_str());
        if let Some(s) = q.speaker() {
            check_span(text, "speaker", s.span(), s.as_str());
            if let Some(r) = s.referent() {
                assert_eq!(s.canonical(), Some(r.canonical()));
            }
        }
        if let Some(c) = q.cue() {
            check_span(text, "cue", c.span(), c.as_str());
        }
        assert!(!q.rule().is_empty());
    }
}

/// Extracts with the shared extractor and checks every span.
fn extract_and_check(text: &str) {
    let doc = extractor().extract(text);
    check_document(text, &doc);
}

/// Everything a document found, as plain data, to compare runs.
fn summary(text: &str, extractor: &Extractor) -> Vec<String> {
    let doc = extractor.extract(text);
    let mut out: Vec<String> = doc
        .entities()
        .map(|e| {
            format!(
                "E {:?} {:?} {} {}",
                e.span(),
                e.label(),
                e.canonical(),
                e.as_str()
            )
        })
        .collect();
    out.extend(doc.quotes().map(|q| {
        format!(
            "Q {:?} {:?} {:?} {:?} {}",
            q.span(),
            q.kind(),
            q.speaker().map(|s| (s.span(), s.canonical())),
            q.cue().map(|c| c.span()),
            q.rule()
        )
    }));
    out.push(format!("T {}", doc.tokens().len()));
    out.push(format!("S {}", doc.sentences().len()));
    out
}

#[test]
fn extractor_is_send_sync_clone() {
    fn assert_traits<T: Send + Sync + Clone + 'static>() {}
    assert_traits::<Extractor>();
    assert_traits::<whosaid::ExtractorBuilder>();
    fn assert_error<T: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<whosaid::Error>();
}

#[test]
fn threads_share_one_extractor_and_agree() {
    let texts = [
        WIRE,
        MENU,
        include_str!("../examples/data/sample.txt"),
        "Paris.",
        "",
    ];
    let extractor = Extractor::new();
    let expected: Vec<Vec<String>> = texts.iter().map(|t| summary(t, &extractor)).collect();
    let clone = extractor.clone();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|k| {
                let (extractor, texts) = (if k % 2 == 0 { &extractor } else { &clone }, &texts);
                scope.spawn(move || {
                    (0..20)
                        .map(|round| {
                            let i = (k + round) % texts.len();
                            (i, summary(texts[i], extractor))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            for (i, got) in handle.join().expect("no thread panics") {
                assert_eq!(got, expected[i], "text {i} differs between threads");
            }
        }
    });
}

#[test]
fn fixture_and_sample_spans_are_valid() {
    extract_and_check(WIRE);
    extract_and_check(include_str!("../examples/data/sample.txt"));
}

/// One test per awkward input: extraction returns and every span is valid.
macro_rules! survives {
    ($($name:ident: $text:expr,)*) => {$(
        #[test]
        fn $name() {
            let text: String = $text;
            extract_and_check(&text);
        }
    )*};
}

survives! {
    empty: String::new(),
    whitespace_only: " \t\n\r\n \u{a0}\u{2003}\n\n".to_string(),
    greek: "Κεντρική Σελίδα. Ο πρωθυπουργός μίλησε στην Αθήνα.".to_string(),
    cjk: "東京で会談が行われた。习近平在北京说。서울에서 회의가 열렸다.".to_string(),
    emoji: "🎉 Paris 🇫🇷 👩‍👩‍👧 “Great day 🚀,” said Ada 😀. 🏳️‍🌈".to_string(),
    combining_marks: "Cafe\u{301} owner Zoe\u{308} Martin said the Re\u{301}publique was \u{301}closed.".to_string(),
    lone_combining_marks: "\u{301}\u{308}\u{20dd} \u{301}".repeat(100),
    crlf: "Talks end in Paris\r\n\r\n“We agreed,” the minister said.\r\nMore talks are due.\r\n".to_string(),
    lone_cr: "Paris\rBerlin\r“Yes,” he said.\r".to_string(),
    nul_and_controls: "Paris\u{0}Berlin\u{7}\u{1b}[0m \u{feff}London\u{200b}Rome".to_string(),
    one_megabyte_line: "Quill".repeat(200_000) + "é",
    one_megabyte_of_dots: ".".repeat(1 << 20),
    straight_quotes: "\"".repeat(100_000),
    curly_quotes: "“”".repeat(50_000),
    unbalanced_curly_quotes: "“".repeat(100_000),
    mixed_quotes: "«“‘\"'’”»".repeat(12_500),
    quotes_and_cues: "“A,” he said. ".repeat(10_000),
    apostrophes: "'s ".repeat(50_000),
    capitals: "Minister Said Paris NATO U.S. Sen. ".repeat(5_000),
    abbreviation_run: "U.S.".repeat(20_000),
    long_paragraphs: "Paris.\n".repeat(50_000),
    only_newlines: "\n".repeat(100_000),
    menu: MENU.to_string(),
}

#[test]
fn menu_lines_are_not_entities() {
    let doc = extractor().extract(MENU);
    let found: Vec<_> = doc.entities().map(|e| (e.as_str(), e.label())).collect();
    assert!(found.is_empty(), "entities in a menu: {found:?}");
}

#[test]
fn a_capital_city_is_a_location() {
    let text = "The talks were held in Paris on Friday.";
    let doc = extractor().extract(text);
    let paris = doc
        .entities()
        .find(|e| e.as_str() == "Paris")
        .expect("Paris is found");
    assert_eq!(paris.label(), Label::Location);
    assert_eq!(paris.canonical(), "Paris");
    assert_eq!(&text[paris.span().range()], "Paris");
    assert_eq!(doc.places().filter(|p| p.canonical() == "Paris").count(), 1);
}

#[cfg(feature = "serde")]
#[test]
fn document_serializes_to_json() {
    let doc = extractor().extract(WIRE);
    let value = serde_json::to_value(&doc).unwrap();
    let object = value.as_object().expect("a JSON object");
    assert!(object["entities"].is_array());
    assert!(object["quotes"].is_array());
    let entities = object["entities"].as_array().unwrap();
    assert!(!entities.is_empty());
    for e in entities {
        for key in ["start", "end", "text", "label", "canonical"] {
            assert!(e.get(key).is_some(), "entity {e} has no `{key}`");
        }
        let (start, end) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&WIRE[start..end], e["text"].as_str().unwrap());
        assert!(["PER", "LOC", "ORG"].contains(&e["label"].as_str().unwrap()));
    }
    for q in object["quotes"].as_array().unwrap() {
        let (start, end) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&WIRE[start..end], q["text"].as_str().unwrap());
    }
    // The explicit byte view serializes the same.
    let bytes = serde_json::to_value(doc.serializable(Offsets::Bytes)).unwrap();
    assert_eq!(bytes, value);
}

#[cfg(feature = "serde")]
#[test]
fn char_offsets_count_characters() {
    let text = "Le café résumé: “Très bien,” said a waiter in Paris.";
    let doc = extractor().extract(text);
    let paris = doc
        .entities()
        .find(|e| e.as_str() == "Paris")
        .expect("Paris is found");
    let chars = serde_json::to_value(doc.serializable(Offsets::Chars)).unwrap();
    let bytes = serde_json::to_value(doc.serializable(Offsets::Bytes)).unwrap();
    let find = |v: &serde_json::Value| {
        v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["text"] == "Paris")
            .cloned()
            .unwrap()
    };
    let (c, b) = (find(&chars), find(&bytes));
    assert_eq!(b["start"], paris.span().start);
    assert_eq!(b["end"], paris.span().end);
    let char_start = text[..paris.span().start].chars().count();
    assert_eq!(c["start"], char_start);
    assert_eq!(c["end"], char_start + 5);
    assert!(
        c["start"].as_u64() < b["start"].as_u64(),
        "é must shift char offsets"
    );
    // Every char offset pair still selects the same text.
    let chars_of: Vec<char> = text.chars().collect();
    for e in chars["entities"]
        .as_array()
        .unwrap()
        .iter()
        .chain(chars["quotes"].as_array().unwrap())
    {
        let (s, t) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        let got: String = chars_of[s..t].iter().collect();
        assert_eq!(got, e["text"].as_str().unwrap());
    }
}

#[test]
fn custom_gazetteer_from_memory() {
    let extractor = Extractor::builder()
        .gazetteer("people.tsv", PEOPLE_TSV)
        .build()
        .unwrap();
    let text =
        "Ada Quill met officials of the Harbour Watch Agency in Paris. Quill left on Monday.";
    let doc = extractor.extract(text);
    check_document(text, &doc);
    let quill: Vec<_> = doc
        .entities()
        .filter(|e| e.canonical() == "Ada Quill")
        .collect();
    assert_eq!(quill.len(), 2, "both mentions of Ada Quill");
    assert!(quill.iter().all(|e| e.label() == Label::Person));
    let agency = doc
        .entities()
        .find(|e| e.canonical() == "Harbour Watch Agency")
        .unwrap();
    assert_eq!(agency.label(), Label::Organization);
    assert_eq!(agency.referent().subtype(), Some("government body"));
    // The embedded gazetteers are still there.
    assert!(doc.entities().any(|e| e.canonical() == "Paris"));
}

#[test]
fn custom_gazetteer_from_file_without_defaults() {
    let extractor = Extractor::builder()
        .default_gazetteers(false)
        .gazetteer_file(fixture_path("people.tsv"))
        .build()
        .unwrap();
    let text = "Tobias Wrenfield spoke.";
    let doc = extractor.extract(text);
    check_document(text, &doc);
    let w = doc
        .entities()
        .find(|e| e.as_str() == "Tobias Wrenfield")
        .expect("the custom name is found");
    assert_eq!(w.canonical(), "Tobias Wrenfield");
    assert_eq!(w.label(), Label::Person);
}

#[test]
fn malformed_gazetteer_file_names_file_and_line() {
    let err = Extractor::builder()
        .gazetteer_file(fixture_path("malformed.tsv"))
        .build()
        .unwrap_err();
    assert_eq!(err.line(), Some(4));
    assert!(
        err.source_name().ends_with("malformed.tsv"),
        "{}",
        err.source_name()
    );
    let shown = err.to_string();
    assert!(shown.contains("malformed.tsv:4"), "{shown}");
}

/// Malformed in-memory gazetteers: the error names the source and the line.
macro_rules! malformed {
    ($($name:ident: $tsv:expr => line $line:expr,)*) => {$(
        #[test]
        fn $name() {
            let err = Extractor::builder()
                .gazetteer("custom.tsv", $tsv)
                .build()
                .expect_err("a malformed gazetteer must not build");
            assert_eq!(err.source_name(), "custom.tsv", "{err}");
            assert_eq!(err.line(), Some($line), "{err}");
            assert!(err.to_string().starts_with(&format!("custom.tsv:{}", $line)), "{err}");
        }
    )*};
}

const HEADER: &str = "canonical\tlabel\tsubtype\taliases\tid\tattributes\n";

malformed! {
    malformed_memory_fixture: MALFORMED_TSV => line 4,
    malformed_no_header: "Ada Quill\tPER\tpolitician\t\t\t\n" => line 1,
    malformed_empty: "" => line 1,
    malformed_too_many_columns: &format!("# c\n{HEADER}A\tPER\t\t\t\t\textra\n") => line 3,
    malformed_bad_label: &format!("{HEADER}Ada Quill\tPERSON\tpolitician\t\t\t\n") => line 2,
    malformed_empty_canonical: &format!("{HEADER}Ada Quill\tPER\t\t\t\t\n\tLOC\tcity\t\t\t\n") => line 3,
    malformed_after_blank_lines: &format!("\n\n{HEADER}\nA\tLOC\tcity\n") => line 5,
}

#[test]
fn missing_gazetteer_file_names_the_file() {
    let missing = fixture_path("no-such-gazetteer.tsv");
    let err = Extractor::builder()
        .gazetteer_file(&missing)
        .build()
        .unwrap_err();
    assert_eq!(err.source_name(), missing.display().to_string());
    assert!(err.to_string().contains("no-such-gazetteer.tsv"), "{err}");
    assert_eq!(err.line(), None);
}

#[test]
fn read_text_file_reports_invalid_utf8() {
    let path = scratch_file("invalid-utf8.txt", b"Paris\n\xe2\x80\x9cok\xff\xfe");
    let err = whosaid::read_text_file(&path).unwrap_err();
    assert_eq!(err.source_name(), path.display().to_string());
    let shown = err.to_string();
    assert!(shown.contains("api-invalid-utf8.txt"), "{shown}");
    assert!(shown.contains("byte 11"), "{shown}");
}

#[test]
fn read_text_file_reads_utf8() {
    let path = scratch_file("valid.txt", "Κεντρική Σελίδα 🎉\r\n".as_bytes());
    assert_eq!(
        whosaid::read_text_file(&path).unwrap(),
        "Κεντρική Σελίδα 🎉\r\n"
    );
    let missing = fixture_path("no-such-file.txt");
    let err = whosaid::read_text_file(&missing).unwrap_err();
    assert!(err.to_string().contains("no-such-file.txt"), "{err}");
}
