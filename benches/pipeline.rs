//! Throughput of each stage of whosaid on news-like text, with two anchors
//! in the `pipeline` group for scale: a bare Aho-Corasick scan for every
//! gazetteer name and a single pass over the bytes. The `gazetteer_scale`
//! group sets whosaid against that scan as the gazetteer grows from the
//! embedded names to about 186,000.
//!
//! ```text
//! cargo bench --bench pipeline
//! cargo bench --bench pipeline -- --quick      # fewer samples
//! cargo bench --bench pipeline -- pipeline/    # one group
//! WHOSAID_BENCH_CORPUS=news.jsonl cargo bench --bench pipeline -- own_corpus
//! ```
//!
//! The text is `benches/data/news.txt` (short wire-style articles), repeated
//! with the articles in a different order on each pass until it reaches the
//! wanted size, so every run measures the same bytes.

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::path::Path;
use whosaid::Extractor;

#[path = "support/mod.rs"]
mod support;
use support::{configure, extract_counts};

const NEWS: &str = include_str!("data/news.txt");
const MB: usize = 1 << 20;

/// The next number of a fixed xorshift sequence, so every run draws the
/// same text and names.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// At least `target` bytes of news text, cut at the last line break before
/// `target` when the text is longer (so small documents end cleanly).
fn corpus(target: usize) -> String {
    let articles: Vec<&str> = NEWS
        .split("\n\n")
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .collect();
    let mut order: Vec<usize> = (0..articles.len()).collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut out = String::with_capacity(target + NEWS.len());
    while out.len() < target {
        // Fisher-Yates with a fixed generator: a new order per pass.
        for i in (1..order.len()).rev() {
            order.swap(i, (xorshift(&mut state) % (i as u64 + 1)) as usize);
        }
        for &k in &order {
            out.push_str(articles[k]);
            out.push_str("\n\n");
            if out.len() >= target {
                break;
            }
        }
    }
    if out.len() > target {
        if let Some(cut) = out[..target].rfind('\n') {
            out.truncate(cut + 1);
        }
    }
    out
}

/// Every canonical name and alias of the entity gazetteers (the `.tsv` files
/// with the six-column header under `gazetteers/`).
fn gazetteer_names() -> Vec<String> {
    fn walk(dir: &Path, names: &mut Vec<String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("readable directory entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, names);
            } else if path.extension().is_some_and(|x| x == "tsv") {
                read_tsv(&path, names);
            }
        }
    }
    fn read_tsv(path: &Path, names: &mut Vec<String>) {
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut rows = text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        if !rows
            .next()
            .is_some_and(|h| h.starts_with("canonical\tlabel\t"))
        {
            return; // a lexicon file, not an entity gazetteer
        }
        for row in rows {
            let cols: Vec<&str> = row.split('\t').collect();
            names.push(cols[0].trim().to_string());
            if let Some(aliases) = cols.get(3) {
                names.extend(
                    aliases
                        .split('|')
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .map(String::from),
                );
            }
        }
    }
    let mut names = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers"),
        &mut names,
    );
    names.sort_unstable();
    names.dedup();
    names
}

/// Names in the larger gazetteer of the `gazetteer_scale` group: about four
/// times the embedded ones.
const SCALED_NAMES: usize = 186_000;

/// The first column of a lexicon file under `gazetteers/lexicon/`, without
/// its comments and header.
fn lexicon_words(file: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("gazetteers/lexicon")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(|w| w.trim().to_string())
        .collect()
}

/// `count` distinct "Given Surname" people drawn from the census name lists,
/// none of them already in `known` (sorted), so the two gazetteers of the
/// `gazetteer_scale` group differ by exactly `count` names.
fn generated_people(known: &[String], count: usize) -> Vec<String> {
    let given = lexicon_words("first_names.tsv");
    let surnames = lexicon_words("surnames.tsv");
    let mut seen = std::collections::HashSet::with_capacity(count);
    let mut people = Vec::with_capacity(count);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    while people.len() < count {
        let g = &given[(xorshift(&mut state) % given.len() as u64) as usize];
        let s = &surnames[(xorshift(&mut state) % surnames.len() as u64) as usize];
        let name = format!("{g} {s}");
        if known.binary_search(&name).is_err() && seen.insert(name.clone()) {
            people.push(name);
        }
    }
    people
}

/// `people` as a gazetteer of persons with no aliases or attributes.
fn people_tsv(people: &[String]) -> String {
    let mut tsv = String::from("canonical\tlabel\tsubtype\taliases\tid\tattributes\n");
    for name in people {
        tsv.push_str(name);
        tsv.push_str("\tPER\tperson\t\t\t\n");
    }
    tsv
}

fn stages(c: &mut Criterion) {
    let text = corpus(MB);
    let extractor = Extractor::new();

    let mut group = configure(c, "tokenize", 3);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("tokenize_and_segment", |b| {
        b.iter(|| whosaid::__bench::tokenize_and_segment(black_box(&text)))
    });
    group.finish();

    let mut group = configure(c, "entities", 3);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("recognize_entities", |b| {
        b.iter(|| whosaid::__bench::recognize_entities(&extractor, black_box(&text)))
    });
    group.finish();

    let names = gazetteer_names();
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&names)
        .expect("gazetteer names build an automaton");
    let mut group = configure(c, "pipeline", 3);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("extract", |b| b.iter(|| extract_counts(&extractor, &text)));
    // The same bytes as the separate articles a news pipeline extracts one
    // by one (about 1.7 KB each).
    let articles: Vec<&str> = text.split("\n\n").filter(|a| !a.is_empty()).collect();
    group.bench_function("extract_articles", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| {
                    let doc = extractor.extract(black_box(a));
                    let found = doc.entities().len() + doc.quotes().len();
                    found
                })
                .sum::<usize>()
        })
    });
    group.bench_function("aho_corasick_gazetteer_names", |b| {
        b.iter(|| automaton.find_iter(black_box(&text)).count())
    });
    group.bench_function("count_newlines", |b| {
        b.iter(|| black_box(&text).bytes().filter(|&b| b == b'\n').count())
    });
    group.finish();
}

fn sizes(c: &mut Criterion) {
    let extractor = Extractor::new();
    let mut group = configure(c, "pipeline_sizes", 3);
    for (label, size) in [("1KB", 1 << 10), ("100KB", 100 << 10), ("10MB", 10 * MB)] {
        let text = corpus(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("extract", label), &text, |b, text| {
            b.iter(|| extractor.extract(black_box(text)).entities().len())
        });
    }
    group.finish();
}

// How the cost of finding names grows with the gazetteer. whosaid looks
// names up only where a token can start one, so more names only make a
// bigger table; the bare automaton of the `pipeline` anchor gains states.
// Both run over exactly the same names and the same text at each size, the
// larger adding generated people to the embedded gazetteers. Neither slows
// by more than a few per cent from one size to the other.
fn gazetteer_scale(c: &mut Criterion) {
    let text = corpus(MB);
    let defaults = gazetteer_names();
    let people = generated_people(&defaults, SCALED_NAMES.saturating_sub(defaults.len()));
    let scaled = Extractor::builder()
        .gazetteer("generated_people.tsv", &people_tsv(&people))
        .build()
        .unwrap_or_else(|e| panic!("generated people: {e}"));
    let mut all = defaults.clone();
    all.extend(people);

    let mut group = configure(c, "gazetteer_scale", 3);
    group.throughput(Throughput::Bytes(text.len() as u64));
    for (extractor, names) in [(Extractor::new(), defaults), (scaled, all)] {
        let size = format!("{}k", (names.len() + 500) / 1000);
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names)
            .expect("gazetteer names build an automaton");
        group.bench_function(BenchmarkId::new("whosaid", &size), |b| {
            b.iter(|| extract_counts(&extractor, &text))
        });
        group.bench_function(BenchmarkId::new("aho_corasick", &size), |b| {
            b.iter(|| automaton.find_iter(black_box(&text)).count())
        });
    }
    group.finish();
}

/// Your own news: with `WHOSAID_BENCH_CORPUS=FILE.jsonl` (one `{"text": …}`
/// object a line, as `scripts/make_corpus.py` writes), the texts of the
/// file, extracted one by one. The bench text above repeats 21 KB, so its
/// words stay in the processor's caches; a large corpus of real articles
/// keeps probing words not seen for a while, and measures that cost too.
fn own_corpus(c: &mut Criterion) {
    let Some(path) = std::env::var_os("WHOSAID_BENCH_CORPUS") else {
        return;
    };
    let file = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", Path::new(&path).display()));
    let texts: Vec<String> = file
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(n, line)| {
            let record: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", Path::new(&path).display(), n + 1));
            record["text"].as_str().unwrap_or_default().to_string()
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let extractor = Extractor::new();
    let mut group = configure(c, "own_corpus", 5);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("extract_each_text", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| extract_counts(&extractor, t).0)
                .sum::<usize>()
        })
    });
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(gazetteer_names())
        .expect("gazetteer names build an automaton");
    group.bench_function("aho_corasick_gazetteer_names", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| automaton.find_iter(black_box(t)).count())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn build(c: &mut Criterion) {
    let mut group = configure(c, "build_extractor", 3);
    group.bench_function("Extractor::new", |b| b.iter(Extractor::new));
    group.finish();
}

criterion_group!(benches, stages, sizes, gazetteer_scale, own_corpus, build);
criterion_main!(benches);
