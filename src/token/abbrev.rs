//! Abbreviations that keep their period, from the embedded word lists.

use crate::hash::{FastMap, WordFilter, WordSet};
use std::sync::OnceLock;

/// How an abbreviation behaves at the end of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Never ends a sentence: `Mr.`, `Sen.`, `Feb.`.
    Inner,
    /// May end one: `Inc.`, `Jr.`, `Calif.`.
    Terminal,
}

const INNER: &str = include_str!("../../gazetteers/lexicon/abbreviations.txt");
const TERMINAL: &str = include_str!("../../gazetteers/lexicon/abbreviations_terminal.txt");
const STARTERS: &str = include_str!("../../gazetteers/lexicon/sentence_starters.txt");

/// The entries of a one-item-per-line word list: `#` starts a comment line.
pub(crate) fn list_entries(list: &str) -> impl Iterator<Item = &str> {
    lines(list)
        .map(trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `str::lines` for data files of short lines, where [`find_byte`] beats
/// the memchr set-up `str::lines` pays per line (the embedded lists have
/// hundreds of thousands of lines, all read at start-up).
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = find_byte(rest.as_bytes(), 0, b'\n').unwrap_or(rest.len());
        let line = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or("");
        Some(line.strip_suffix('\r').unwrap_or(line))
    })
}

/// The index of the first `needle` in `bytes` from `from` on, eight bytes
/// at a time: memchr's set-up costs more than the few bytes of a typical
/// line or column, and a byte loop pays a branch per byte of the megabytes
/// of embedded lists read at start-up.
#[inline]
pub(crate) fn find_byte(bytes: &[u8], from: usize, needle: u8) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let needles = u64::from_le_bytes([needle; 8]);
    let mut at = from;
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        // The bytes that are `needle` become zero; the lowest zero byte of
        // `x` is the lowest byte flagged here (borrows only run upwards).
        let x = u64::from_le_bytes(*chunk) ^ needles;
        let zeros = x.wrapping_sub(ONES) & !x & HIGHS;
        if zeros != 0 {
            return Some(at + zeros.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&b| b == needle)
        .map(|p| at + p)
}

/// `str::trim`, skipping the character decoding when both ends are plainly
/// not white space (nearly every cell of the data files).
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// Maps with the crate's fast hasher: the abbreviations are probed for
/// every word that ends in a period, once for both lists.
struct Tables {
    abbreviations: FastMap<&'static str, Abbrev>,
    /// Most words before a period end a sentence: a filter turns them away
    /// before the map is probed.
    abbreviation_filter: WordFilter,
    /// Probed for most capitalised words: a filter answers most probes.
    starters: WordSet,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        // A word on both lists never ends a sentence: the inner list,
        // inserted last, wins.
        let abbreviations: FastMap<&'static str, Abbrev> = list_entries(TERMINAL)
            .map(|w| (w, Abbrev::Terminal))
            .chain(list_entries(INNER).map(|w| (w, Abbrev::Inner)))
            .collect();
        Tables {
            abbreviation_filter: WordFilter::new(abbreviations.keys().map(|w| w.as_bytes())),
            abbreviations,
            starters: list_entries(STARTERS).map(String::from).collect(),
        }
    })
}

/// Looks up a word written with its final period.
pub(crate) fn lookup(word_with_dot: &str) -> Option<Abbrev> {
    let tables = tables();
    if !tables
        .abbreviation_filter
        .may_contain(word_with_dot.as_bytes())
    {
        return None;
    }
    tables.abbreviations.get(word_with_dot).copied()
}

/// Is `word_with_dot` a known abbreviation (`Inc.`, `P.S.`, `U.S.`)?
pub(crate) fn is_abbreviation(word_with_dot: &str) -> bool {
    lookup(word_with_dot).is_some()
}

/// Closed-class words that, capitalised after an abbreviation that may end
/// a sentence (`… in the U.S. The …`), show that a new sentence began.
pub(crate) fn is_sentence_starter(word: &str) -> bool {
    tables().starters.contains(word)
}
