//! Settings shared by the benches (not a bench target itself).

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion};
use std::time::Duration;
use whosaid::Extractor;

/// A group with modest settings, so a full `cargo bench` stays short on a
/// small machine: 10 samples, `seconds` of measurement after a short
/// warm-up.
pub fn configure<'c>(
    c: &'c mut Criterion,
    name: &str,
    seconds: u64,
) -> BenchmarkGroup<'c, WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(seconds));
    group
}

/// Extracts `text` and counts what was found, so the work is not optimised
/// away.
pub fn extract_counts(extractor: &Extractor, text: &str) -> (usize, usize) {
    let doc = extractor.extract(criterion::black_box(text));
    let found = (doc.entities().len(), doc.quotes().len());
    found
}
