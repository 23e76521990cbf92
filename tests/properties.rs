//! Property tests: whosaid never panics and every span it reports is sound,
//! on arbitrary Unicode and on generated news-like text full of names,
//! titles, speech verbs, abbreviations and (sometimes unbalanced) quotation
//! marks; and the gazetteer parser never panics on arbitrary input.
//!
//! Runs are deterministic: every property uses a fixed RNG seed and no
//! failure persistence, so CI sees the same 256 cases each time. To explore
//! further locally, override the seed and the number of cases:
//!
//! ```text
//! PROPTEST_RNG_SEED=12345 PROPTEST_CASES=5000 cargo test --release --test properties
//! ```
//!
//! A failure prints the shrunk input; add it to `tests/regressions.rs` as a
//! plain string case.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed};
use std::sync::OnceLock;
use whosaid::{Document, Extractor, Span, TokenKind};

/// The seed used when `PROPTEST_RNG_SEED` is not set.
const DEFAULT_SEED: u64 = 0x005e_ed0f_face;

/// A deterministic, bounded configuration (environment overrides allowed).
fn config(default_cases: u32) -> Config {
    let env_u64 = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    Config {
        cases: env_u64("PROPTEST_CASES").map_or(default_cases, |n| n as u32),
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(env_u64("PROPTEST_RNG_SEED").unwrap_or(DEFAULT_SEED)),
        failure_persistence: None,
        // Shrinking stops early rather than running away in CI.
        max_shrink_iters: 2048,
        ..Config::default()
    }
}

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

// ---------------------------------------------------------------------------
// The invariants

/// `span` is a well-formed span of `text` on `char` boundaries and `s` is
/// the text it covers.
fn check_span(text: &str, what: &str, span: Span, s: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {span:?} out of range (text has {} bytes)",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} not on char boundaries"
    );
    prop_assert_eq!(&text[span.range()], s, "{} span {:?} vs as_str", what, span);
    Ok(())
}

/// Spans are sorted by start and pairwise disjoint.
fn check_sorted_disjoint(what: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    for w in spans.windows(2) {
        prop_assert!(
            w[0].end <= w[1].start,
            "{what} spans not sorted or overlapping: {:?} then {:?}",
            w[0],
            w[1]
        );
    }
    Ok(())
}

fn check_document(text: &str, doc: &Document<'_>) -> Result<(), TestCaseError> {
    prop_assert_eq!(doc.text(), text);

    // Tokens tile the text: contiguous, non-empty, from 0 to the end.
    let mut at = 0;
    let mut breaks = Vec::new();
    for t in doc.tokens() {
        check_span(text, "token", t.span(), t.as_str())?;
        prop_assert_eq!(t.span().start, at, "token {:?} leaves a gap", t.span());
        prop_assert!(!t.span().is_empty(), "empty token at {}", at);
        at = t.span().end;
        if t.kind() == TokenKind::LineBreak {
            breaks.push(t.span());
        }
    }
    prop_assert_eq!(at, text.len(), "tokens stop before the end of the text");

    // Sentences and paragraphs: sound, in order, disjoint.
    for (what, segs) in [
        (
            "sentence",
            doc.sentences()
                .map(|s| (s.span(), s.as_str()))
                .collect::<Vec<_>>(),
        ),
        (
            "paragraph",
            doc.paragraphs()
                .map(|s| (s.span(), s.as_str()))
                .collect::<Vec<_>>(),
        ),
    ] {
        for &(span, s) in &segs {
            check_span(text, what, span, s)?;
        }
        let spans: Vec<Span> = segs.iter().map(|p| p.0).collect();
        check_sorted_disjoint(what, &spans)?;
    }
    for p in doc.paragraphs() {
        for t in p.tokens() {
            prop_assert!(
                t.kind() != TokenKind::LineBreak,
                "paragraph {:?} holds a line break",
                p.span()
            );
        }
    }

    // Entities: sound, non-empty, sorted, disjoint, with a canonical name.
    let mut entity_spans = Vec::new();
    for e in doc.entities() {
        check_span(text, "entity", e.span(), e.as_str())?;
        prop_assert!(!e.span().is_empty(), "empty entity at {:?}", e.span());
        prop_assert!(
            !e.canonical().is_empty(),
            "entity {:?} has an empty canonical",
            e.as_str()
        );
        prop_assert!(!e.rule().is_empty());
        prop_assert_eq!(e.referent().label(), e.label());
        entity_spans.push(e.span());
    }
    check_sorted_disjoint("entity", &entity_spans)?;

    // Referents: a canonical name and at least one mention.
    for r in doc.referents() {
        prop_assert!(!r.canonical().is_empty(), "referent with empty canonical");
        prop_assert!(
            r.mentions().next().is_some(),
            "referent {:?} without mentions",
            r.canonical()
        );
    }

    // Quotes: sound, sorted, disjoint, within one paragraph; speaker and
    // cue sound and outside the quote they attribute.
    let quote_spans: Vec<Span> = doc.quotes().map(|q| q.span()).collect();
    check_sorted_disjoint("quote", &quote_spans)?;
    for q in doc.quotes() {
        check_span(text, "quote", q.span(), q.as_str())?;
        prop_assert!(!q.rule().is_empty());
        for b in &breaks {
            prop_assert!(
                !q.span().overlaps(*b),
                "quote {:?} runs over the line break at {:?}",
                q.span(),
                b
            );
        }
        if let Some(s) = q.speaker() {
            check_span(text, "speaker", s.span(), s.as_str())?;
            prop_assert!(!s.span().is_empty(), "empty speaker span {:?}", s.span());
            prop_assert!(
                !s.span().overlaps(q.span()),
                "speaker {:?} inside its own quote {:?}",
                s.span(),
                q.span()
            );
            if let Some(c) = s.canonical() {
                prop_assert!(
                    !c.is_empty(),
                    "speaker {:?} has an empty canonical",
                    s.as_str()
                );
            }
            if let Some(r) = s.referent() {
                prop_assert_eq!(Some(r.canonical()), s.canonical());
            }
        }
        if let Some(c) = q.cue() {
            check_span(text, "cue", c.span(), c.as_str())?;
            prop_assert!(!c.span().is_empty(), "empty cue span {:?}", c.span());
            prop_assert!(
                !c.span().overlaps(q.span()),
                "cue {:?} inside its own quote {:?}",
                c.span(),
                q.span()
            );
        }
    }
    // The speaker is a mention in the writer's voice, outside every quote.
    for q in doc.quotes() {
        if let Some(s) = q.speaker() {
            for other in &quote_spans {
                prop_assert!(
                    !s.span().overlaps(*other),
                    "speaker {:?} of quote {:?} lies inside quote {:?}",
                    s.span(),
                    q.span(),
                    other
                );
            }
        }
    }

    // Referent and quote views agree.
    for r in doc.people() {
        for q in doc.quotes_by(&r) {
            prop_assert_eq!(q.speaker().and_then(|s| s.canonical()), Some(r.canonical()));
        }
    }

    #[cfg(feature = "serde")]
    check_json(text, doc)?;
    Ok(())
}

/// The JSON record serializes, and its `Chars` offsets are the character
/// counts of the byte offsets.
#[cfg(feature = "serde")]
fn check_json(text: &str, doc: &Document<'_>) -> Result<(), TestCaseError> {
    use serde_json::Value;
    let bytes = serde_json::to_value(doc).expect("serializes");
    let chars =
        serde_json::to_value(doc.serializable(whosaid::Offsets::Chars)).expect("serializes");
    let char_at = |byte: &Value| -> Value {
        let b = byte.as_u64().unwrap() as usize;
        Value::from(text[..b].chars().count())
    };
    for key in ["entities", "quotes"] {
        let (b, c) = (
            bytes[key].as_array().unwrap(),
            chars[key].as_array().unwrap(),
        );
        prop_assert_eq!(b.len(), c.len());
        for (b, c) in b.iter().zip(c) {
            prop_assert_eq!(&b["text"], &c["text"]);
            prop_assert_eq!(char_at(&b["start"]), c["start"].clone());
            prop_assert_eq!(char_at(&b["end"]), c["end"].clone());
            for sub in ["speaker", "cue"] {
                if b[sub].is_object() {
                    prop_assert_eq!(char_at(&b[sub]["start"]), c[sub]["start"].clone());
                    prop_assert_eq!(char_at(&b[sub]["end"]), c[sub]["end"].clone());
                }
            }
        }
    }
    Ok(())
}

/// Extracts `text` and checks every invariant; also that a second
/// extraction gives the same result.
fn check_text(text: &str) -> Result<(), TestCaseError> {
    let doc = extractor().extract(text);
    check_document(text, &doc)?;
    let again = extractor().extract(text);
    let summary = |d: &Document<'_>| {
        (
            d.tokens().len(),
            d.entities()
                .map(|e| (e.span(), e.canonical().to_string()))
                .collect::<Vec<_>>(),
            d.quotes()
                .map(|q| {
                    (
                        q.span(),
                        q.speaker().map(|s| s.span()),
                        q.cue().map(|c| c.span()),
                    )
                })
                .collect::<Vec<_>>(),
        )
    };
    prop_assert_eq!(
        summary(&doc),
        summary(&again),
        "extraction is not deterministic"
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// Generators

/// Characters the tokenizer, segmenter and quote stage treat specially,
/// mixed with letters of several scripts.
const TRICKY_CHARS: &[char] = &[
    'a',
    'Z',
    'é',
    'ß',
    'İ',
    'ı',
    'Ж',
    'ж',
    'ω',
    'ع',
    'א',
    '中',
    '日',
    'ก',
    '0',
    '9',
    ' ',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u{a0}',
    '\u{2028}',
    '\u{2029}',
    '\u{85}',
    '\u{b}',
    '\u{c}',
    '\u{200b}',
    '\u{200d}',
    '\u{feff}',
    '\u{301}',
    '\u{308}',
    '\u{1f600}',
    '\u{1f3fd}',
    '\u{1f1fa}',
    '"',
    '\'',
    '“',
    '”',
    '‘',
    '’',
    '„',
    '‚',
    '«',
    '»',
    '‹',
    '›',
    '「',
    '」',
    '`',
    '´',
    '.',
    ',',
    ';',
    ':',
    '!',
    '?',
    '-',
    '–',
    '—',
    '…',
    '(',
    ')',
    '[',
    ']',
    '/',
    '&',
    '@',
    '#',
    '%',
    '\0',
];

fn tricky_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TRICKY_CHARS), 0..max)
        .prop_map(|v| v.into_iter().collect())
}

const GIVEN: &[&str] = &[
    "Vladimir", "Dmitry", "Ada", "Kamala", "Jean-Luc", "María", "Olaf", "Xi", "Keir", "Mike",
    "J.D.", "Sean", "Ursula", "Emmanuel", "Li", "Zoë",
];
const SURNAMES: &[&str] = &[
    "Putin",
    "Peskov",
    "Quill",
    "Harris",
    "O'Brien",
    "O’Neill",
    "McDonald",
    "van der Leyen",
    "Scholz",
    "Jinping",
    "Starmer",
    "Waltz",
    "Vance",
    "Hannity",
    "Macron",
    "Smith-Jones",
    "Trump-Putin",
    "Müller",
];
const TITLES: &[&str] = &[
    "Sen.",
    "Rep.",
    "Gov.",
    "President",
    "Foreign Minister",
    "Prime Minister",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Gen.",
    "Kremlin spokesman",
    "White House press secretary",
    "Chancellor",
    "Judge",
    "Lt. Col.",
    "the senator",
    "Secretary of State",
];
const VERBS: &[&str] = &[
    "said",
    "says",
    "told reporters",
    "added",
    "warned",
    "asked",
    "insisted",
    "wrote",
    "tweeted",
    "said on Friday",
    "told CNN",
    "according to",
    "explained",
    "noted",
    "stressed",
];
const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "it", "I", "we"];
const WORDS: &[&str] = &[
    "the",
    "talks",
    "will",
    "go",
    "on",
    "we",
    "are",
    "close",
    "to",
    "a",
    "deal",
    "not",
    "in",
    "Moscow",
    "Paris",
    "Washington",
    "U.S.",
    "U.N.",
    "U.K.",
    "E.U.",
    "NATO",
    "Inc.",
    "Corp.",
    "Jan.",
    "No.",
    "St.",
    "e.g.",
    "i.e.",
    "etc.",
    "vs.",
    "a.m.",
    "Ukraine's",
    "Russia’s",
    "don't",
    "can’t",
    "’90s",
    "rock 'n' roll",
    "1,500",
    "3.5",
    "30-day",
    "2025",
    "full-scale",
    "BREAKING",
    "WASHINGTON (Reuters) —",
    "Apple",
    "Reuters",
    "European Union",
    "White House",
    "United Nations",
    "The",
    "It",
    "New",
    "York",
    "Times",
    "New York Times",
    "CNN",
    "é",
    "🙂",
    "Zürich",
    "e\u{301}",
];
const QUOTES: &[&str] = &[
    "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‚", "''", "``", "‹", "›", "“”", "\"\"",
];
const PUNCT: &[&str] = &[
    ",", ".", "?", "!", ":", ";", "—", "–", "-", "...", "…", "(", ")", ",”", ".”", "?”", ",\"",
    ".\"", ".’", ",’",
];
const BREAKS: &[&str] = &[
    " ", " ", " ", " ", "", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t", "\u{a0}", " \n ",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(list).prop_map(str::to_string)
}

/// A name as news writes it: `Putin`, `Vladimir Putin`, `Sen. Ada Quill`,
/// `Putin’s`.
fn name() -> impl Strategy<Value = String> {
    (
        prop::option::weighted(0.4, pick(TITLES)),
        prop::option::weighted(0.5, pick(GIVEN)),
        pick(SURNAMES),
        prop::option::weighted(0.15, pick(&["'s", "’s", "’", "'"])),
    )
        .prop_map(|(title, given, surname, poss)| {
            let mut s = String::new();
            for part in [title, given].into_iter().flatten() {
                s.push_str(&part);
                s.push(' ');
            }
            s.push_str(&surname);
            if let Some(p) = poss {
                s.push_str(&p);
            }
            s
        })
}

fn speaker() -> impl Strategy<Value = String> {
    prop_oneof![3 => name(), 1 => pick(PRONOUNS)]
}

fn words(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![6 => pick(WORDS), 1 => name()], 1..max)
        .prop_map(|v| v.join(" "))
}

/// An opening and a closing mark, usually of the same family, sometimes
/// mismatched or missing.
fn marks() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        4 => Just(("“".to_string(), "”".to_string())),
        3 => Just(("\"".to_string(), "\"".to_string())),
        1 => Just(("‘".to_string(), "’".to_string())),
        1 => Just(("'".to_string(), "'".to_string())),
        1 => Just(("«".to_string(), "»".to_string())),
        1 => Just(("„".to_string(), "“".to_string())),
        1 => Just(("``".to_string(), "''".to_string())),
        2 => (pick(QUOTES), pick(QUOTES)),
        1 => pick(QUOTES).prop_map(|q| (q, String::new())),
        1 => pick(QUOTES).prop_map(|q| (String::new(), q)),
    ]
}

/// One news-like sentence in one of the layouts the quote stage knows, or
/// a random jumble of the same pieces.
fn sentence() -> impl Strategy<Value = String> {
    let quote_then_cue = (marks(), words(12), pick(PUNCT), speaker(), pick(VERBS))
        .prop_map(|((o, c), w, p, s, v)| format!("{o}{w}{p}{c} {s} {v}."));
    let cue_then_quote = (speaker(), pick(VERBS), marks(), words(12), pick(PUNCT))
        .prop_map(|(s, v, (o, c), w, p)| format!("{s} {v}: {o}{w}{p}{c}"));
    let split_quote = (marks(), words(6), speaker(), pick(VERBS), words(8), marks()).prop_map(
        |((o1, c1), w1, s, v, w2, (o2, c2))| format!("{o1}{w1},{c1} {s} {v}, {o2}{w2}.{c2}"),
    );
    let partial = (speaker(), pick(VERBS), words(6), marks(), words(4))
        .prop_map(|(s, v, w, (o, c), q)| format!("{s} {v} {w} were {o}{q}{c} and more."));
    let plain = (words(15), pick(PUNCT)).prop_map(|(w, p)| format!("{w}{p}"));
    let jumble = prop::collection::vec(
        prop_oneof![
            3 => pick(WORDS),
            2 => name(),
            1 => pick(VERBS),
            2 => pick(QUOTES),
            2 => pick(PUNCT),
            1 => pick(PRONOUNS),
            1 => pick(BREAKS),
        ],
        0..25,
    )
    .prop_map(|v| v.concat());
    prop_oneof![
        3 => quote_then_cue,
        2 => cue_then_quote,
        2 => split_quote,
        1 => partial,
        2 => plain,
        2 => jumble,
    ]
}

/// A short article: sentences joined by spaces and line breaks.
fn news() -> impl Strategy<Value = String> {
    prop::collection::vec((sentence(), pick(BREAKS)), 0..12).prop_map(|parts| {
        let mut s = String::new();
        for (sentence, sep) in parts {
            s.push_str(&sentence);
            s.push_str(if sep.is_empty() { " " } else { &sep });
        }
        s
    })
}

/// A gazetteer-like TSV: usually the right header, rows with 4 to 7
/// columns of names, labels and attributes drawn from both valid and
/// hostile values.
fn gazetteer_tsv() -> impl Strategy<Value = String> {
    let field = prop_oneof![
        3 => pick(&["Ada Quill", "Quill", "Paris", "U.S.", "Sen. Quill", "New York Times", "X"]),
        2 => pick(&["PER", "LOC", "ORG", "per", " PER ", "MISC", ""]),
        2 => pick(&[
            "gender=f", "gender=m", "gender=x", "population=12", "population=-1",
            "population=99999999999999999999999", "country=GB", "ambiguous=1", "a=b;c", "=",
            ";;", "gender", "politician", "city", "Q|R||S", "|", "'s", "“", "\"", "the", "'",
        ]),
        2 => tricky_string(8),
        1 => any::<String>(),
    ];
    let row = prop::collection::vec(field, 4..8).prop_map(|cols| cols.join("\t"));
    let header = prop_oneof![
        8 => Just("canonical\tlabel\tsubtype\taliases\tid\tattributes".to_string()),
        1 => Just("\u{feff}canonical\tlabel\tsubtype\taliases\tid\tattributes".to_string()),
        1 => Just(String::new()),
        1 => Just("# comment".to_string()),
    ];
    (
        header,
        prop::collection::vec(row, 0..6),
        pick(&["\n", "\r\n"]),
    )
        .prop_map(|(h, rows, nl)| {
            let mut s = h;
            for r in rows {
                s.push_str(&nl);
                s.push_str(&r);
            }
            s
        })
}

fn build_custom(tsv: &str) -> Result<Extractor, whosaid::Error> {
    Extractor::builder()
        .default_gazetteers(false)
        .gazetteer("x.tsv", tsv)
        .build()
}

// ---------------------------------------------------------------------------
// The properties

proptest! {
    #![proptest_config(config(256))]

    /// Arbitrary Unicode, as proptest generates it (biased to odd chars).
    #[test]
    fn arbitrary_unicode(text in any::<String>()) {
        check_text(&text)?;
    }

    /// Unicode dense in quote marks, line breaks, combining marks, emoji
    /// and zero-width characters.
    #[test]
    fn tricky_unicode(text in tricky_string(300)) {
        check_text(&text)?;
    }

    /// News-like text: names, titles, speech verbs, abbreviations and
    /// quotation marks, balanced or not.
    #[test]
    fn news_like(text in news()) {
        check_text(&text)?;
    }

    /// News-like text cut at an arbitrary char boundary (a document that
    /// ends mid-quote, mid-name or mid-abbreviation).
    #[test]
    fn news_like_truncated(text in news(), cut in any::<prop::sample::Index>()) {
        let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let end = ends[cut.index(ends.len())];
        check_text(&text[..end])?;
    }
}

proptest! {
    // Each build parses the embedded lexicon, so fewer cases here.
    #![proptest_config(config(64))]

    /// The gazetteer parser returns `Ok` or `Err` on any string.
    #[test]
    fn gazetteer_arbitrary_string(tsv in any::<String>()) {
        let _ = build_custom(&tsv);
    }

    /// TSV-shaped gazetteers with hostile values: the build returns `Ok` or
    /// `Err`, an error names the source, and an extractor built from them
    /// keeps every invariant on text made of their names.
    #[test]
    fn gazetteer_hostile_tsv(tsv in gazetteer_tsv(), text in news()) {
        match build_custom(&tsv) {
            Err(e) => {
                prop_assert_eq!(e.source_name(), "x.tsv");
                prop_assert!(!e.to_string().is_empty());
            }
            Ok(extractor) => {
                // Text that uses the gazetteer's own strings as words.
                let names: Vec<&str> = tsv.lines().flat_map(|l| l.split('\t')).collect();
                let mut text = text;
                for (i, n) in names.iter().enumerate() {
                    text.push_str(if i % 3 == 0 { " “" } else { " " });
                    text.push_str(n);
                    text.push_str(if i % 2 == 0 { " said." } else { "," });
                }
                let doc = extractor.extract(&text);
                check_document(&text, &doc)?;
            }
        }
    }
}

/// The seeds of the generators above, checked once as plain cases.
#[test]
fn hand_picked_cases() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "“",
        "”",
        "\"",
        "'",
        "“”",
        "“ ”",
        "\u{feff}“Hi,” he said.",
        "“We are close,” Kremlin spokesman Dmitry Peskov said.",
        "The Trump-Putin summit, Sen. Ada Quill said, “was a U.S. failure.",
        "“A,” he said, “A,” he said, “",
        "Mr. Mr. Mr. Mr.",
        "Foreign Minister Foreign Minister Foreign Minister",
        "e\u{301}\u{301}\u{301}\u{1f600}\u{1f3fd}\u{200d}\u{1f600}",
        "O’Neill’s ‘talks’ ’90s rock 'n' roll",
        "«Oui», a dit Macron. „Ja“, sagte Scholz.",
        "\r\n“Yes\r\n” she said\r",
    ] {
        if let Err(e) = check_text(text) {
            panic!("{text:?}: {e}");
        }
    }
}
