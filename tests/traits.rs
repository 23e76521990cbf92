//! Compile-time checks that the public types can cross threads and unwind
//! boundaries: an `Extractor` is built once and shared, a `Document` of
//! owned (`'static`) text can be sent to another thread, and all of them can
//! be used inside `std::panic::catch_unwind` without `AssertUnwindSafe`.
//!
//! The assertions are evaluated by the type checker; the test functions only
//! exist so that the file counts as a test target.

use std::panic::{RefUnwindSafe, UnwindSafe};
use whosaid::{
    Cue, Document, Entity, Error, Extractor, ExtractorBuilder, Label, Offsets, Quote, QuoteKind,
    QuoteMark, Referent, Segment, Span, Speaker, Token, TokenKind,
};

/// Fails to compile unless `T` is `Send + Sync + UnwindSafe + RefUnwindSafe`.
const fn assert_all<T: Send + Sync + UnwindSafe + RefUnwindSafe>() {}

/// Fails to compile unless `T` is `Send + Sync + 'static`, as
/// `std::thread::spawn` and `Box<dyn std::error::Error + Send + Sync>` need.
const fn assert_static<T: Send + Sync + 'static>() {}

const _: () = {
    assert_all::<Extractor>();
    assert_all::<ExtractorBuilder>();
    assert_all::<Document<'static>>();
    assert_all::<Error>();
    assert_all::<Span>();
    assert_all::<Entity<'static>>();
    assert_all::<Quote<'static>>();
    assert_all::<Speaker<'static>>();
    assert_all::<Cue<'static>>();
    assert_all::<Referent<'static>>();
    assert_all::<Segment<'static>>();
    assert_all::<Token<'static>>();
    assert_all::<Label>();
    assert_all::<QuoteKind>();
    assert_all::<TokenKind>();
    assert_all::<QuoteMark>();
    assert_all::<Offsets>();

    assert_static::<Extractor>();
    assert_static::<Error>();
    assert_static::<Document<'static>>();
};

#[cfg(feature = "serde")]
const _: () = assert_all::<whosaid::Serializable<'static>>();

/// `Error` fits the usual boxed error of applications.
#[test]
fn error_converts_to_boxed_send_sync_error() {
    let err = Extractor::builder()
        .default_gazetteers(false)
        .gazetteer("bad.tsv", "not a header\n")
        .build();
    if let Err(e) = err {
        let boxed: Box<dyn std::error::Error + Send + Sync + 'static> = Box::new(e);
        assert!(!boxed.to_string().is_empty());
    }
}

/// One extractor shared by reference across scoped threads, and documents
/// of owned text sent back from them.
#[test]
fn extractor_is_shared_across_threads() {
    let extractor = Extractor::new();
    static TEXTS: [&str; 2] = [
        "“We are close,” Kremlin spokesman Dmitry Peskov said.",
        "Quill spoke in Paris.",
    ];
    std::thread::scope(|s| {
        let handles: Vec<_> = TEXTS
            .iter()
            .map(|text| s.spawn(|| extractor.extract(text)))
            .collect();
        for (h, text) in handles.into_iter().zip(TEXTS) {
            let doc: Document<'static> = h.join().unwrap();
            assert_eq!(doc.text(), text);
        }
    });
}

/// Extraction inside `catch_unwind` needs no `AssertUnwindSafe`.
#[test]
fn extract_inside_catch_unwind() {
    let extractor = Extractor::new();
    let n = std::panic::catch_unwind(|| extractor.extract("Mr. Smith said “yes.”").tokens().len())
        .expect("no panic");
    assert!(n > 0);
}
