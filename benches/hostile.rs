//! Throughput of whosaid on hostile text (the generators of
//! `tests/support/hostile_text.rs`: quotation marks only, unclosed quotes,
//! capitalised words only, sentences in capitals, one endless token, one endless line, many short
//! paragraphs, `Mr. ` repeated, `Foreign Minister ` repeated, a repeated
//! speech cue).
//!
//! ```text
//! cargo bench --bench hostile                       # everything (a few minutes)
//! cargo bench --bench hostile -- 'hostile/'         # each generator at 1 MB
//! cargo bench --bench hostile -- 'hostile_sizes/'   # 0.5, 1, 2 and 4 MB
//! cargo bench --bench hostile -- 'hostile/mr_repeated'
//! ```
//!
//! `hostile/<generator>` times the whole extraction of 1 MB and, for the
//! stage breakdown, tokenizing and segmenting alone and the stages up to
//! entity linking. The MB/s of the three together show which stage a slow
//! generator spends its time in (quotes = extract − entities).
//! `hostile_sizes/<generator>` extracts the same generator at growing sizes:
//! a linear stage keeps the same MB/s at every size.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use whosaid::Extractor;

#[path = "support/mod.rs"]
mod support;
use support::{configure, extract_counts};

#[path = "../tests/support/hostile_text.rs"]
mod hostile_text;
use hostile_text::GENERATORS;

const MB: usize = 1 << 20;

fn per_generator(c: &mut Criterion) {
    let extractor = Extractor::new();
    for &(name, generate) in GENERATORS {
        let text = generate(MB);
        let mut group = configure(c, &format!("hostile/{name}"), 2);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("extract", |b| b.iter(|| extract_counts(&extractor, &text)));
        group.bench_function("tokenize_and_segment", |b| {
            b.iter(|| whosaid::__bench::tokenize_and_segment(black_box(&text)))
        });
        group.bench_function("recognize_entities", |b| {
            b.iter(|| whosaid::__bench::recognize_entities(&extractor, black_box(&text)))
        });
        group.finish();
    }
}

fn sizes(c: &mut Criterion) {
    let extractor = Extractor::new();
    for &(name, generate) in GENERATORS {
        let mut group = configure(c, &format!("hostile_sizes/{name}"), 2);
        for (label, size) in [
            ("0.5MB", MB / 2),
            ("1MB", MB),
            ("2MB", 2 * MB),
            ("4MB", 4 * MB),
        ] {
            let text = generate(size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new("extract", label), &text, |b, text| {
                b.iter(|| extractor.extract(black_box(text)).entities().len())
            });
        }
        group.finish();
    }
}

criterion_group!(benches, per_generator, sizes);
criterion_main!(benches);
