//! Stage 2: gazetteers (known names) and lexicons (word lists the rules use).
//!
//! Names are looked up only where a token could start one: at a word token,
//! through a hash map keyed by the exact text of one to a few tokens. That
//! costs one hash probe per capitalised word instead of a scan of every
//! byte, which is why the lookup is anchored at token starts rather than
//! running one big automaton over the text.

mod lexicon;
mod parse;

pub(crate) use crate::hash::FastMap;
use crate::hash::WordFilter;
pub(crate) use lexicon::{
    lowercase, push_lowercase, Cue, CueKind, Lexicon, Title, TitleKind, WordClass, WordGroup,
};
pub(crate) use parse::{line_count, parse_embedded_tsv, parse_tsv};

use crate::token::{tokenize, RawToken, TokenKind};
use std::borrow::Cow;

/// The kind of thing an entity is.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Label {
    /// A person (`PER`).
    #[cfg_attr(feature = "serde", serde(rename = "PER"))]
    Person,
    /// A place: country, region, city, geographic feature (`LOC`).
    #[cfg_attr(feature = "serde", serde(rename = "LOC"))]
    Location,
    /// An organisation: government body, company, party, news outlet (`ORG`).
    #[cfg_attr(feature = "serde", serde(rename = "ORG"))]
    Organization,
}

impl Label {
    /// The short name used in JSON output: `PER`, `LOC` or `ORG`.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PER",
            Label::Location => "LOC",
            Label::Organization => "ORG",
        }
    }
}

/// Grammatical gender of a person, used to resolve `he` and `she`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// Text of a gazetteer entry: borrowed from the embedded gazetteers, which
/// are parsed at every start-up, and owned when read from the user's.
pub(crate) type Text = Cow<'static, str>;

/// One row of a gazetteer.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub canonical: Text,
    pub label: Label,
    pub subtype: Text,
    pub aliases: Vec<Text>,
    pub id: Text,
    pub population: u64,
    pub gender: Option<Gender>,
    pub country: Text,
    /// The name is also an ordinary word or a common first name: it needs
    /// evidence from the context before it becomes an entity.
    pub ambiguous: bool,
    /// From a gazetteer the user added: it wins over the embedded ones.
    pub custom: bool,
}

impl Entry {
    /// Ranks entries that share a surface form: the user's own entries
    /// first; then people and organisations
    /// the lists name on purpose beat places that happen to share a name;
    /// among places, countries beat regions beat cities, and larger beats
    /// smaller.
    fn priority(&self) -> (bool, u8, u8, u64) {
        let kind = match (&*self.subtype, self.label) {
            ("country", _) => 6,
            ("state" | "region", _) => 5,
            (_, Label::Person | Label::Organization) => 4,
            ("city", _) => 2,
            _ => 3,
        };
        (self.custom, !self.ambiguous as u8, kind, self.population)
    }

    /// A place informal writing may leave in lower case and still mean:
    /// a country, a region or a city of 100,000 or more, whose name is no
    /// common word.
    pub fn is_well_known_place(&self) -> bool {
        !self.ambiguous
            && (self.is_country_or_region()
                || (self.label == Label::Location
                    && &*self.subtype == "city"
                    && self.population >= 100_000))
    }

    /// A country, a state or another first-level region.
    pub fn is_country_or_region(&self) -> bool {
        self.label == Label::Location && matches!(&*self.subtype, "country" | "state" | "region")
    }
}

/// Candidate entries for one surface form, best first.
pub(crate) type Candidates = Box<[u32]>;

/// What the gazetteer knows of one text: the names it is, and the names it
/// is the first token of.
#[derive(Clone, Debug, Default)]
struct Known {
    /// The entries whose name or alias is this text, best first; empty when
    /// none is.
    candidates: Candidates,
    /// The lengths, in visible tokens, of the names whose first token is
    /// this text: bit `n - 1` for length `n`. Only those lengths are tried.
    lengths: u16,
}

/// Known names: the entries and an index from surface text to entries.
#[derive(Clone, Debug, Default)]
pub(crate) struct Gazetteer {
    pub entries: Vec<Entry>,
    /// Names and the first tokens of names in one map: at a one-word name
    /// (most of those found), the probe that finds the lengths to try finds
    /// the entries too. Keyed by bytes: the name search cuts the text at
    /// token boundaries, which are character boundaries, and need not pay
    /// for the checks of a `str` slice.
    known: FastMap<Box<[u8]>, Known>,
    /// The first words, lower-cased, of well-known places: most lower-case
    /// words are ruled out in a few instructions.
    lower_case_place_starts: WordFilter,
}

/// A known name found in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NameMatch<'g> {
    /// Token index one past the match.
    pub end_token: usize,
    /// Byte end of the name, before any possessive `'s`.
    pub end: usize,
    pub candidates: &'g [u32],
}

/// Names longer than this many tokens are not indexed.
const MAX_NAME_TOKENS: usize = 12;

impl Gazetteer {
    pub fn from_entries(entries: Vec<Entry>) -> Gazetteer {
        // Names and first tokens go straight into the one map: building
        // separate maps first and merging them moved and rehashed every key.
        let room = entries.iter().map(|e| 1 + e.aliases.len()).sum();
        let mut known: FastMap<Box<[u8]>, Known> =
            FastMap::with_capacity_and_hasher(room, Default::default());
        let mut toks = Vec::new();
        let mut lower_case_firsts = Vec::new();
        for (id, e) in entries.iter().enumerate() {
            let id = id as u32;
            for surface in std::iter::once(&e.canonical).chain(&e.aliases) {
                toks.clear();
                tokenize(surface, &mut toks);
                let mut visible = toks.iter().filter(|t| !t.is_space());
                let Some(first) = visible.next() else {
                    continue;
                };
                let words = 1 + visible.count();
                if words > MAX_NAME_TOKENS
                    || toks.iter().any(|t| matches!(t.kind, TokenKind::LineBreak))
                {
                    continue;
                }
                let name = known_mut(&mut known, surface.as_bytes());
                if !name.candidates.contains(&id) {
                    // Nearly every name has one entry: an exact allocation
                    // each time beats a growing vector's spare room.
                    name.candidates = name.candidates.iter().copied().chain([id]).collect();
                }
                let first = &surface[first.range()];
                known_mut(&mut known, first.as_bytes()).lengths |= 1 << (words - 1);
                if e.is_well_known_place() {
                    lower_case_firsts.push(first.to_ascii_lowercase());
                }
            }
        }
        for k in known.values_mut().filter(|k| k.candidates.len() > 1) {
            // Stable: entries of equal priority stay in file order.
            k.candidates.sort_by(|&a, &b| {
                entries[b as usize]
                    .priority()
                    .cmp(&entries[a as usize].priority())
            });
        }
        Gazetteer {
            entries,
            known,
            lower_case_place_starts: WordFilter::new(lower_case_firsts.iter().map(|w| &**w)),
        }
    }

    /// False when no well-known place starts with `word` written in lower
    /// case (`kerala`, `san francisco`).
    pub fn may_start_lower_case_place(&self, word: &[u8]) -> bool {
        self.lower_case_place_starts.may_contain(word)
    }

    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    /// Entries whose name or alias is exactly `surface`.
    pub fn get(&self, surface: &str) -> Option<&[u32]> {
        self.candidates(surface.as_bytes())
    }

    fn candidates(&self, surface: &[u8]) -> Option<&[u32]> {
        self.known
            .get(surface)
            .map(|k| &*k.candidates)
            .filter(|c| !c.is_empty())
    }

    /// The lengths, in tokens, of the known names whose first token is
    /// `first`: bit `n - 1` for length `n`.
    pub fn name_lengths(&self, first: &str) -> u16 {
        self.known.get(first.as_bytes()).map_or(0, |k| k.lengths)
    }

    /// The longest known name that starts at token `i`. Tokens of a name are
    /// separated by single spaces or touch, exactly as in the gazetteer; a
    /// trailing possessive `'s` or `’s` is not part of the name.
    pub fn longest_match(
        &self,
        text: &str,
        tokens: &[RawToken],
        i: usize,
    ) -> Option<NameMatch<'_>> {
        let text = text.as_bytes();
        let first = &tokens[i];
        // `Ukraine's` may start `Ukraine's General Staff` and also be
        // `Ukraine` with a possessive: both sets of lengths count.
        let word = &text[first.range()];
        let stem = strip_possessive_bytes(word);
        let as_written = self.known.get(word);
        let without_possessive = (stem.len() < word.len())
            .then(|| self.known.get(stem))
            .flatten();
        let lengths_of = |k: Option<&Known>| k.map_or(0, |k| k.lengths);
        let lengths = lengths_of(as_written) | lengths_of(without_possessive);
        if lengths == 0 {
            return None;
        }
        let max = (u16::BITS - lengths.leading_zeros()) as usize;
        // Collect the end token index of each visible-token count.
        let mut ends = [0usize; MAX_NAME_TOKENS];
        let mut count = 0;
        let mut j = i;
        while count < max && j < tokens.len() {
            let t = &tokens[j];
            match t.kind {
                TokenKind::LineBreak => break,
                TokenKind::Space => {
                    if t.len() != 1 || j + 1 >= tokens.len() || tokens[j + 1].is_space() {
                        break;
                    }
                }
                _ => {
                    ends[count] = j;
                    count += 1;
                }
            }
            j += 1;
        }
        let start = first.start();
        for k in (1..count).rev().filter(|k| lengths & (1 << k) != 0) {
            let last = &tokens[ends[k]];
            let full = &text[start..last.end()];
            if let Some(c) = self.candidates(full) {
                return Some(NameMatch {
                    end_token: ends[k] + 1,
                    end: last.end(),
                    candidates: c,
                });
            }
            let stem = strip_possessive_bytes(full);
            if stem.len() < full.len() {
                if let Some(c) = self.candidates(stem) {
                    return Some(NameMatch {
                        end_token: ends[k] + 1,
                        end: start + stem.len(),
                        candidates: c,
                    });
                }
            }
        }
        // The one-token name is the word itself, or its stem: both were
        // looked up above.
        if lengths & 1 == 0 || ends[..count].first() != Some(&i) {
            return None;
        }
        let (end, known) = match (as_written, without_possessive) {
            (Some(k), _) if !k.candidates.is_empty() => (first.end(), k),
            (_, Some(k)) if !k.candidates.is_empty() => (start + stem.len(), k),
            _ => return None,
        };
        Some(NameMatch {
            end_token: i + 1,
            end,
            candidates: &known.candidates,
        })
    }
}

/// The record of `key` in `known`, made empty if it has none; the key is
/// copied only when it is new.
fn known_mut<'m>(known: &'m mut FastMap<Box<[u8]>, Known>, key: &[u8]) -> &'m mut Known {
    if known.contains_key(key) {
        known.get_mut(key).expect("the key is in the map")
    } else {
        known.entry(key.into()).or_default()
    }
}

/// `Moscow's` → `Moscow`, `voters’` → `voters`; other words unchanged.
#[inline]
pub(crate) fn strip_possessive(word: &str) -> &str {
    let stem = strip_possessive_bytes(word.as_bytes());
    if stem.len() == word.len() {
        word
    } else {
        &word[..stem.len()]
    }
}

/// [`strip_possessive`] of a word's bytes.
#[inline]
pub(crate) fn strip_possessive_bytes(word: &[u8]) -> &[u8] {
    // Nearly every word ends in neither `s` nor an apostrophe: a test of
    // its last byte, inlined at the caller, settles it.
    match word.last() {
        Some(b's' | b'S' | b'\'' | 0x99) => possessive_stem(word),
        _ => word,
    }
}

fn possessive_stem(word: &[u8]) -> &[u8] {
    match word {
        // `'s`, and `’s` (the mark ends in byte 0x99), after a stem.
        [_, .., b'\'', b's' | b'S'] => &word[..word.len() - 2],
        [_, .., 0xE2, 0x80, 0x99, b's' | b'S'] => &word[..word.len() - 4],
        // A plural's possessive: `voters'`, `voters’`.
        [_, .., b's', b'\''] => &word[..word.len() - 1],
        [.., b's', 0xE2, 0x80, 0x99] => &word[..word.len() - 3],
        _ => word,
    }
}

/// The gazetteers compiled into the crate, by file name.
pub(crate) const DEFAULT_GAZETTEERS: &[(&str, &str)] = &[
    (
        "places/countries.tsv",
        include_str!("../../gazetteers/places/countries.tsv"),
    ),
    (
        "places/regions.tsv",
        include_str!("../../gazetteers/places/regions.tsv"),
    ),
    (
        "places/cities.tsv",
        include_str!("../../gazetteers/places/cities.tsv"),
    ),
    (
        "places/curated.tsv",
        include_str!("../../gazetteers/places/curated.tsv"),
    ),
    (
        "orgs/international.tsv",
        include_str!("../../gazetteers/orgs/international.tsv"),
    ),
    (
        "orgs/government.tsv",
        include_str!("../../gazetteers/orgs/government.tsv"),
    ),
    (
        "orgs/media.tsv",
        include_str!("../../gazetteers/orgs/media.tsv"),
    ),
    (
        "orgs/companies.tsv",
        include_str!("../../gazetteers/orgs/companies.tsv"),
    ),
    (
        "orgs/universities.tsv",
        include_str!("../../gazetteers/orgs/universities.tsv"),
    ),
    (
        "orgs/sports.tsv",
        include_str!("../../gazetteers/orgs/sports.tsv"),
    ),
    (
        "people/world_leaders.tsv",
        include_str!("../../gazetteers/people/world_leaders.tsv"),
    ),
];

#[cfg(test)]
mod tests {
    use super::strip_possessive;

    #[test]
    fn possessives_are_stripped_and_nothing_else() {
        for (word, stem) in [
            ("Moscow's", "Moscow"),
            ("Moscow’s", "Moscow"),
            ("NATO'S", "NATO"),
            ("NATO’S", "NATO"),
            ("voters'", "voters"),
            ("voters’", "voters"),
            ("s’", "s"),
            ("s'", "s'"),
            ("'s", "'s"),
            ("’s", "’s"),
            ("Paris", "Paris"),
            ("it’", "it’"),
            ("", ""),
            ("é", "é"),
        ] {
            assert_eq!(strip_possessive(word), stem, "{word}");
        }
    }
}
