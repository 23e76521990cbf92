//! The batch API: `Extractor::extract_each` and `Extractor::extract_batch`
//! give the sequential results, in input order, for any number of threads.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use whosaid::{Document, Extractor};

const SAMPLE: &str = include_str!("../examples/data/sample.txt");
const WIRE: &str = include_str!("fixtures/wire.txt");
const MENU: &str = include_str!("fixtures/menu.txt");

fn extractor() -> &'static Extractor {
    static EXTRACTOR: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

/// Everything a document reports, through the public API, as one string.
fn fingerprint(doc: &Document<'_>) -> String {
    let mut s = String::new();
    write!(
        s,
        "tokens {} sentences {};",
        doc.tokens().len(),
        doc.sentences().len()
    )
    .unwrap();
    for e in doc.entities() {
        write!(
            s,
            " E{:?} {} {:?} {} {};",
            e.span(),
            e.as_str(),
            e.label(),
            e.canonical(),
            e.rule()
        )
        .unwrap();
    }
    for q in doc.quotes() {
        write!(
            s,
            " Q{:?} {:?} {} speaker {:?} cue {:?};",
            q.span(),
            q.kind(),
            q.rule(),
            q.speaker().map(|p| (p.span(), p.canonical())),
            q.cue().map(|c| c.span()),
        )
        .unwrap();
    }
    s
}

/// Texts of very different lengths (so chunks finish out of order), with
/// empty and awkward ones among them.
fn corpus() -> Vec<String> {
    let mut texts = Vec::new();
    let paragraphs: Vec<&str> = SAMPLE.split("\n\n").collect();
    for k in 0..97 {
        let text = match k % 7 {
            0 => SAMPLE.repeat(1 + k % 5),
            1 => WIRE.to_string(),
            2 => String::new(),
            3 => paragraphs[k % paragraphs.len()].to_string(),
            4 => MENU.to_string(),
            5 => format!("“Unbalanced, {k}” said {}", "Dmitry Peskov ".repeat(k % 4)),
            _ => paragraphs[..k % paragraphs.len()].join("\n\n"),
        };
        texts.push(text);
    }
    texts
}

fn sequential(texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .map(|t| fingerprint(&extractor().extract(t)))
        .collect()
}

#[test]
fn extract_each_equals_sequential_in_order() {
    let texts = corpus();
    let expected = sequential(&texts);
    assert!(expected.iter().any(|f| f.contains(" Q")), "some quotes");
    for threads in [0, 1, 2, 3, 7, 200] {
        let got = extractor().extract_each(&texts, threads, |i, doc| {
            assert_eq!(doc.text(), texts[i], "f gets the i-th document");
            (i, fingerprint(&doc))
        });
        assert_eq!(got.len(), texts.len(), "threads = {threads}");
        for (k, (i, f)) in got.iter().enumerate() {
            assert_eq!(*i, k, "threads = {threads}: results in input order");
            assert_eq!(f, &expected[k], "threads = {threads}, text {k}");
        }
    }
}

#[test]
fn extract_each_calls_f_once_per_text() {
    let texts = corpus();
    let calls = AtomicUsize::new(0);
    let got = extractor().extract_each(&texts, 3, |i, _| {
        calls.fetch_add(1, Ordering::Relaxed);
        i
    });
    assert_eq!(calls.into_inner(), texts.len());
    assert_eq!(got, (0..texts.len()).collect::<Vec<_>>());
}

#[test]
fn extract_batch_equals_sequential_in_order() {
    let texts = corpus();
    let expected = sequential(&texts);
    for threads in [0, 1, 2, 7] {
        let docs = extractor().extract_batch(&texts, threads);
        let got: Vec<String> = docs.iter().map(fingerprint).collect();
        assert_eq!(got, expected, "threads = {threads}");
    }
}

#[test]
fn results_may_borrow_the_texts() {
    let texts = ["Peskov spoke in Moscow.", "", "Paris and Berlin."];
    let first: Vec<Option<&str>> = extractor().extract_each(&texts, 2, |_, doc| {
        let text: &str = doc.text();
        doc.entities().next().map(|e| &text[e.span().range()])
    });
    assert_eq!(first, [Some("Peskov"), None, Some("Paris")]);
}

#[test]
fn empty_input_and_any_thread_count() {
    let none: [&str; 0] = [];
    for threads in [0, 1, 2, 7] {
        assert!(extractor()
            .extract_each(&none, threads, |i, _| i)
            .is_empty());
        assert!(extractor().extract_batch(&none, threads).is_empty());
    }
    let one = ["“Yes,” he said."];
    for threads in [0, 1, 7] {
        assert_eq!(extractor().extract_each(&one, threads, |i, _| i), [0]);
    }
}

#[test]
fn a_panic_in_f_reaches_the_caller() {
    let texts = corpus();
    let result = std::panic::catch_unwind(|| {
        extractor().extract_each(&texts, 2, |i, _| {
            if i == 50 {
                panic!("text 50");
            }
        })
    });
    let panic = result.expect_err("the panic is propagated");
    assert_eq!(panic.downcast_ref::<&str>(), Some(&"text 50"));
}
