//! Bugs found by the property tests (`tests/properties.rs`) and the fuzz
//! targets (`fuzz/`), pinned as plain cases: each test states the invariant
//! it checks, with the input that once broke it.

use whosaid::{Document, Extractor, Span};

fn extractor() -> &'static Extractor {
    static EXTRACTOR: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

fn entity_spans(doc: &Document<'_>) -> Vec<(Span, String)> {
    doc.entities()
        .map(|e| (e.span(), format!("{:?} ({})", e.as_str(), e.rule())))
        .collect()
}

fn quote_spans(doc: &Document<'_>) -> Vec<(Span, String)> {
    doc.quotes()
        .map(|q| (q.span(), format!("{:?} ({})", q.as_str(), q.rule())))
        .collect()
}

/// Spans in text order and pairwise disjoint.
fn assert_sorted_disjoint(text: &str, what: &str, spans: &[(Span, String)]) {
    for w in spans.windows(2) {
        assert!(
            w[0].0.end <= w[1].0.start,
            "{text:?}: {what} {:?} {} and {:?} {} are out of order or overlap; all: {spans:?}",
            w[0].0,
            w[0].1,
            w[1].0,
            w[1].1,
        );
    }
}

/// Each quote's speaker and cue lie outside every quote of the document.
fn assert_speakers_outside_quotes(text: &str, doc: &Document<'_>) {
    let quotes: Vec<Span> = doc.quotes().map(|q| q.span()).collect();
    for q in doc.quotes() {
        let outside = |span: Span| quotes.iter().all(|o| !o.overlaps(span));
        if let Some(s) = q.speaker() {
            assert!(
                outside(s.span()),
                "{text:?}: speaker {:?} {:?} of quote {:?} {:?} ({}) lies inside a quote; quotes: {:?}",
                s.span(),
                s.as_str(),
                q.span(),
                q.as_str(),
                q.rule(),
                quote_spans(doc)
            );
        }
        if let Some(c) = q.cue() {
            assert!(
                outside(c.span()),
                "{text:?}: cue {:?} {:?} lies inside a quote",
                c.span(),
                c.as_str()
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Entities: the `name-pattern` rule (src/entity/names.rs) reported a name
// starting at `U.S. The …` and, separately, a shorter name inside or across
// it. Entity mentions must be sorted and disjoint.

/// `U.S. The Acme Inc.` (3..21, name-pattern) and `Acme Inc.` (12..21,
/// name-pattern): one entity nested in another.
#[test]
fn entities_nested_name_pattern() {
    for text in ["In U.S. The Acme Inc. said", "In U.S. The Apple Inc. rose."] {
        let doc = extractor().extract(text);
        assert_sorted_disjoint(text, "entity", &entity_spans(&doc));
    }
}

/// `S V P U.S. The V S Inc` (0..22) and `V S Inc M Times` (15..30), both
/// name-pattern: two entities that cross. Found by the property test with
/// `Sen. Vladimir Putin U.S. The Vladimir Scholz Inc. Moscow Times, `.
#[test]
fn entities_crossing_name_pattern() {
    for text in [
        "S V P U.S. The V S Inc M Times",
        "Sen. Vladimir Putin U.S. The Vladimir Scholz Inc. Moscow Times, ",
        "Putin said: “U.S. The Vladimir Putin New York Times New York Times,” ",
    ] {
        let doc = extractor().extract(text);
        assert_sorted_disjoint(text, "entity", &entity_spans(&doc));
    }
}

// ---------------------------------------------------------------------------
// Quotes: src/quote/marks.rs turned a closing mark with nothing open into an
// opener when another closing mark followed ("scraped text often has `”` on
// both sides"), while single marks in between still paired on their own. The
// pieces it made then nested in or crossed the single-quoted pieces, came out
// of text order, and could start at the attribution itself, so the speaker
// ended up inside its own quote.

/// Quotes `"a"` (4..5) then `"'a›"` (3..8): nested and out of order.
#[test]
fn quotes_nested_out_of_order() {
    let text = "”'a›»";
    let doc = extractor().extract(text);
    assert_sorted_disjoint(text, "quote", &quote_spans(&doc));
}

/// Quotes `"”."` (1..5) and `".'a'"` (4..8): crossing.
#[test]
fn quotes_crossing() {
    let text = "'”.'a'”";
    let doc = extractor().extract(text);
    assert_sorted_disjoint(text, "quote", &quote_spans(&doc));
}

/// Quotes `"yes."` (22..26, name-cue) then `"Putin said, ‘yes.’ ok,"`
/// (7..33, continuation): the second is opened by the stray `”` after
/// `No,`, nests the first, and its speaker `Putin` (7..12) lies inside it.
#[test]
fn quotes_swallow_their_speaker() {
    for text in [
        "No,” Putin said, ‘yes.’ ok,” ",
        "``rock 'n' roll,'' Putin said, ‘the.’ the,” ",
    ] {
        let doc = extractor().extract(text);
        assert_sorted_disjoint(text, "quote", &quote_spans(&doc));
        assert_speakers_outside_quotes(text, &doc);
    }
}

/// One quote `". P 'n'"` (2..9, sentence-cue) opened by the first `»`, with
/// speaker `P` (4..5) inside it.
#[test]
fn quotes_speaker_inside_guillemet_quote() {
    for text in ["». P 'n'» according to", "». P 'n'»according to"] {
        let doc = extractor().extract(text);
        assert_speakers_outside_quotes(text, &doc);
    }
}

// ---------------------------------------------------------------------------
// Traits

/// `whosaid::Error` once held a bare `std::io::Error` and so was not
/// `UnwindSafe` nor `RefUnwindSafe` (every other public type was). Checked
/// here at run time (autoref specialisation) as well as at compile time in
/// `tests/traits.rs`.
#[test]
// The explicit `&` is what selects between the two impls.
#[allow(clippy::needless_borrow)]
fn error_is_unwind_safe() {
    use std::marker::PhantomData;
    use std::panic::{RefUnwindSafe, UnwindSafe};

    struct Probe<T>(PhantomData<T>);
    trait Yes {
        fn unwind_safe(&self) -> bool {
            true
        }
    }
    impl<T: UnwindSafe + RefUnwindSafe> Yes for Probe<T> {}
    trait No {
        fn unwind_safe(&self) -> bool {
            false
        }
    }
    impl<T> No for &Probe<T> {}

    // The probe works: `Span` is unwind safe, `std::io::Error` is not.
    assert!((&Probe::<whosaid::Span>(PhantomData)).unwind_safe());
    assert!(!(&Probe::<std::io::Error>(PhantomData)).unwind_safe());
    assert!(
        (&Probe::<whosaid::Error>(PhantomData)).unwind_safe(),
        "whosaid::Error is not UnwindSafe + RefUnwindSafe"
    );
}

/// No entity is empty: an unknown place run into the word before it once
/// gave a zero-length place.
#[test]
fn places_run_into_a_word_are_not_empty() {
    for text in [
        "He moved in Jr.York last year.",
        "They drove through Mr.Kent Ridge.",
        "Troops marched across A.B.Cdefg.",
    ] {
        let doc = extractor().extract(text);
        for e in doc.entities() {
            assert!(
                !e.as_str().is_empty(),
                "{text:?}: empty entity at {:?} ({})",
                e.span(),
                e.rule()
            );
        }
    }
}
