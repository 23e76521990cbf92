//! The invariants every fuzz target checks on a document; a violation
//! panics, which libFuzzer reports as a crash.

use std::sync::OnceLock;
use whosaid::{Document, Offsets, Span, TokenKind};

/// Entities and quotes sorted and disjoint, speakers outside every quote.
/// On by default; `WHOSAID_FUZZ_STRICT=0` turns these checks off, to look
/// for panics alone while one of them is a known, open bug.
fn strict() -> bool {
    static STRICT: OnceLock<bool> = OnceLock::new();
    *STRICT.get_or_init(|| std::env::var_os("WHOSAID_FUZZ_STRICT").is_none_or(|v| v != "0"))
}

fn span_ok(text: &str, what: &str, span: Span, s: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of range ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
    assert_eq!(&text[span.range()], s, "{what} {span:?}");
}

fn sorted_disjoint(what: &str, spans: &[Span]) {
    for w in spans.windows(2) {
        assert!(w[0].end <= w[1].start, "{what} {:?} then {:?}", w[0], w[1]);
    }
}

/// Checks every span and name of `doc`, the document of `text`.
pub fn document(text: &str, doc: &Document<'_>) {
    assert_eq!(doc.text(), text);
    let mut at = 0;
    let mut breaks = Vec::new();
    for t in doc.tokens() {
        span_ok(text, "token", t.span(), t.as_str());
        assert_eq!(t.span().start, at, "gap before token {:?}", t.span());
        assert!(!t.span().is_empty(), "empty token at {at}");
        at = t.span().end;
        if t.kind() == TokenKind::LineBreak {
            breaks.push(t.span());
        }
    }
    assert_eq!(at, text.len(), "tokens stop early");
    for s in doc.sentences() {
        span_ok(text, "sentence", s.span(), s.as_str());
    }
    for p in doc.paragraphs() {
        span_ok(text, "paragraph", p.span(), p.as_str());
    }
    let mut entities = Vec::new();
    for e in doc.entities() {
        span_ok(text, "entity", e.span(), e.as_str());
        assert!(!e.span().is_empty(), "empty entity {:?}", e.span());
        assert!(
            !e.canonical().is_empty(),
            "empty canonical for {:?}",
            e.as_str()
        );
        entities.push(e.span());
    }
    for r in doc.referents() {
        assert!(!r.canonical().is_empty());
        assert!(r.mentions().next().is_some(), "referent without mentions");
    }
    let quotes: Vec<Span> = doc.quotes().map(|q| q.span()).collect();
    for q in doc.quotes() {
        span_ok(text, "quote", q.span(), q.as_str());
        let at = breaks.partition_point(|b| b.end <= q.span().start);
        assert!(
            !breaks.get(at).is_some_and(|b| b.start < q.span().end),
            "quote {:?} runs past its paragraph",
            q.span()
        );
        if let Some(s) = q.speaker() {
            span_ok(text, "speaker", s.span(), s.as_str());
            assert!(!s.span().is_empty(), "empty speaker {:?}", s.span());
            if let Some(c) = s.canonical() {
                assert!(!c.is_empty(), "empty speaker canonical");
            }
            if strict() {
                for o in &quotes {
                    assert!(
                        !o.overlaps(s.span()),
                        "speaker {:?} inside quote {o:?}",
                        s.span()
                    );
                }
            }
        }
        if let Some(c) = q.cue() {
            span_ok(text, "cue", c.span(), c.as_str());
            assert!(!c.span().is_empty(), "empty cue {:?}", c.span());
        }
    }
    if strict() {
        sorted_disjoint("entity", &entities);
        sorted_disjoint("quote", &quotes);
    }
    // Both JSON views serialize.
    serde_json::to_vec(&doc.serializable(Offsets::Bytes)).expect("serializes");
    serde_json::to_vec(&doc.serializable(Offsets::Chars)).expect("serializes");
}
