//! Stage 2: gazetteers (known names) and lexicons (word lists the rules use).
//!
//! Names are looked up only where a token could start one: at a word token,
//! through a hash map keyed by the exact text of one to a few tokens. That
//! costs one hash probe per capitalised word instead of a scan of every
//! byte, which is why the lookup is anchored at token starts rather than
//! running one big automaton over the text.

mod lexicon;
mod parse;
mod word_table;

pub(crate) use crate::hash::FastMap;
use crate::hash::WordFilter;
pub(crate) use lexicon::{
    lowercase, push_lowercase, title_case, Cue, CueKind, Lexicon, Title, WordClass, WordGroup,
};
pub(crate) use parse::{line_count, parse_embedded_tsv, parse_tsv};

use crate::token::{tokenize, RawToken, TokenKind};
use std::borrow::Cow;
use std::ops::Range;

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
    /// The office a person holds now, the words of `role=` before ` of `
    /// (`president` of `president of Ukraine`); empty for a past one (a
    /// role with years) and for everyone else.
    pub office: Text,
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
        !self.ambiguous && self.is_large_place()
    }

    /// A country, a region or a city of 100,000 or more, whatever else its
    /// name may be.
    pub fn is_large_place(&self) -> bool {
        self.is_country_or_region()
            || (self.label == Label::Location
                && &*self.subtype == "city"
                && self.population >= 100_000)
    }

    /// A country, a state or another first-level region.
    pub fn is_country_or_region(&self) -> bool {
        self.label == Label::Location && matches!(&*self.subtype, "country" | "state" | "region")
    }
}

/// What the gazetteer knows of one text: the names it is, and the names it
/// is the first token of.
#[derive(Clone, Copy, Debug, Default)]
struct Known {
    /// The entries whose name or alias is this text, best first, are the
    /// `len` ids of [`Gazetteer::ids`] from `start` on (none when `len` is
    /// 0). One list for all names spares an allocation per name at every
    /// start-up.
    start: u32,
    len: u32,
    /// The lengths, in visible tokens, of the names whose first token is
    /// this text: bit `n - 1` for length `n`. Only those lengths are tried.
    lengths: u16,
    /// Some name of several words opens with this text and goes on with a
    /// word in lower case (`Time magazine`, `Committee to Protect
    /// Journalists`).
    lower_continued: bool,
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
    known: FastMap<Key, Known>,
    /// The candidate entries of every name, a run per name.
    ids: Vec<u32>,
    /// The first words, lower-cased, of well-known places: most lower-case
    /// words are ruled out in a few instructions.
    lower_case_place_starts: WordFilter,
    /// The same places' names of one word, lower-cased.
    lower_case_places: WordFilter,
    /// The second words of the same places' names of two words,
    /// lower-cased (`york`, `hague`).
    lower_case_place_seconds: WordFilter,
    /// The first two tokens of names of three or more (`Bank of`, `The
    /// New`): at `The president said`, no longer name is looked up.
    opening_pairs: WordFilter,
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
        // Room for twice the names: nearly every word the rules look up is
        // no name, and a miss in a map filled to seven eighths probes far
        // longer than in one under half full (2.6 MB more for the defaults,
        // and about 2% more throughput on news).
        let room: usize = entries.iter().map(|e| 1 + e.aliases.len()).sum();
        let mut known: FastMap<Key, Known> =
            FastMap::with_capacity_and_hasher(room * 2, Default::default());
        let mut toks = Vec::new();
        let mut lower_case_firsts = Vec::new();
        let mut lower_case_ones = Vec::new();
        let mut lower_case_seconds = Vec::new();
        let mut opening_pairs: Vec<Key> = Vec::new();
        // While the map is built, the entries of a name are a chain of
        // `(id, next)` links, newest first: `start` is the newest link.
        let mut links: Vec<(u32, u32)> = Vec::with_capacity(room);
        let mut variants: Vec<Text> = Vec::new();
        for (id, e) in entries.iter().enumerate() {
            let id = id as u32;
            // The entry's names, then the variants news prints of them.
            variants.clear();
            let listed = 1 + e.aliases.len();
            for n in 0.. {
                let surface = match n {
                    0 => &e.canonical,
                    n if n < listed => &e.aliases[n - 1],
                    n => match variants.get(n - listed) {
                        Some(s) => s,
                        None => break,
                    },
                };
                let Some(Shape {
                    first,
                    words,
                    two_end,
                    plain,
                }) = name_shape(surface, &mut toks)
                else {
                    continue;
                };
                if words > MAX_NAME_TOKENS {
                    continue;
                }
                // News prints the apostrophe of `Macy's` as often curly as
                // straight; the lists write it straight. (A name of letters
                // and spaces has none: most are not searched.)
                let curly_form = (!plain && n < listed && has_apostrophe(surface))
                    .then(|| Cow::Owned(surface.replace('\'', "’")));
                let short_forms = if n < listed && e.label == Label::Organization {
                    short_legal_forms(surface)
                } else {
                    Vec::new()
                };
                let name = known_mut(&mut known, surface, 0..surface.len());
                // Entries come in order of id: if this one already has the
                // name (an alias that repeats it), it was the last to.
                if name.len == 0 || links[name.start as usize].0 != id {
                    links.push((id, name.start));
                    name.start = (links.len() - 1) as u32;
                    name.len += 1;
                }
                let length = 1 << (words - 1);
                if words > 2 {
                    opening_pairs.push(match surface {
                        Cow::Borrowed(s) => Cow::Borrowed(&s.as_bytes()[..two_end]),
                        Cow::Owned(s) => Cow::Owned(s.as_bytes()[..two_end].to_vec()),
                    });
                }
                if first == (0..surface.len()) {
                    // A one-word name is its own first word: no second probe.
                    name.lengths |= length;
                } else {
                    let second = surface.as_bytes()[first.end..two_end]
                        .iter()
                        .find(|b| !b.is_ascii_whitespace());
                    let opening = known_mut(&mut known, surface, first.clone());
                    opening.lengths |= length;
                    opening.lower_continued |= second.is_some_and(u8::is_ascii_lowercase);
                }
                if e.is_well_known_place() {
                    match words {
                        1 => lower_case_ones.push(surface.to_ascii_lowercase()),
                        2 => lower_case_seconds
                            .push(surface[first.end..].trim_start().to_ascii_lowercase()),
                        _ => {}
                    }
                    lower_case_firsts.push(surface[first].to_ascii_lowercase());
                }
                variants.extend(curly_form);
                if !short_forms.is_empty() {
                    variants.extend(short_forms);
                }
            }
        }
        let mut ids = Vec::with_capacity(links.len());
        for k in known.values_mut().filter(|k| k.len > 0) {
            let start = ids.len();
            let mut link = k.start;
            for _ in 0..k.len {
                let (id, next) = links[link as usize];
                ids.push(id);
                link = next;
            }
            let run = &mut ids[start..];
            run.reverse();
            // Stable: entries of equal priority stay in file order.
            run.sort_by(|&a, &b| {
                entries[b as usize]
                    .priority()
                    .cmp(&entries[a as usize].priority())
            });
            k.start = start as u32;
        }
        Gazetteer {
            entries,
            known,
            ids,
            lower_case_place_starts: WordFilter::new(lower_case_firsts.iter().map(|w| &**w)),
            lower_case_places: WordFilter::new(lower_case_ones.iter().map(|w| &**w)),
            lower_case_place_seconds: WordFilter::new(lower_case_seconds.iter().map(|w| &**w)),
            opening_pairs: WordFilter::new(opening_pairs.iter()),
        }
    }

    /// False when no well-known place starts with `word` written in lower
    /// case (`kerala`, `san francisco`).
    pub fn may_start_lower_case_place(&self, word: &[u8]) -> bool {
        self.lower_case_place_starts.may_contain(word)
    }

    /// False when no well-known place is `first` alone or `first second`,
    /// written in lower case: `the` starts `the hague` but is no place, and
    /// most words after it are not `hague`.
    pub fn may_be_lower_case_place(&self, first: &[u8], second: Option<&[u8]>) -> bool {
        self.lower_case_places.may_contain(first)
            || second.is_some_and(|s| self.lower_case_place_seconds.may_contain(s))
    }

    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    /// Entries whose name or alias is exactly `surface`.
    pub fn get(&self, surface: &str) -> Option<&[u32]> {
        self.candidates(surface.as_bytes())
    }

    #[inline]
    fn candidates(&self, surface: &[u8]) -> Option<&[u32]> {
        self.known
            .get(surface)
            .map(|k| self.candidates_of(k))
            .filter(|c| !c.is_empty())
    }

    #[inline]
    fn candidates_of(&self, known: &Known) -> &[u32] {
        &self.ids[known.start as usize..][..known.len as usize]
    }

    /// The lengths, in tokens, of the known names whose first token is
    /// `first`: bit `n - 1` for length `n`.
    /// Does no known name start with `word`, but for names of several
    /// words that go on with a capitalised word? One probe tells both.
    pub fn opens_no_name_alone(&self, word: &str) -> bool {
        self.known
            .get(word.as_bytes())
            .map_or(true, |k| k.len == 0 && !k.lower_continued)
    }

    pub fn name_lengths(&self, first: &str) -> u16 {
        self.known.get(first.as_bytes()).map_or(0, |k| k.lengths)
    }

    /// `F.B.I.`, `A.F.L.-C.I.O.`: an acronym of three letters or more
    /// written with periods, as some papers do, is the name the lists give
    /// without them (`FBI`).
    fn dotted_acronym(&self, word: &[u8]) -> Option<&[u32]> {
        if word.len() < 6 || word.len() > 32 || word[1] != b'.' {
            return None;
        }
        let mut plain = [0u8; 32];
        let mut len = 0;
        for (k, &b) in word.iter().enumerate() {
            match b {
                b'.' => continue,
                b'-' => {}
                b'A'..=b'Z' if word.get(k + 1) == Some(&b'.') => {}
                _ => return None,
            }
            plain[len] = b;
            len += 1;
        }
        (len >= 3).then(|| self.candidates(&plain[..len])).flatten()
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
            return self.dotted_acronym(stem).map(|candidates| NameMatch {
                end_token: i + 1,
                end: first.start() + stem.len(),
                candidates,
            });
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
        let longer = count > 2
            && self
                .opening_pairs
                .may_contain(&text[start..tokens[ends[1]].end()]);
        let tried = |k: &usize| lengths & (1 << k) != 0 && (*k == 1 || longer);
        for k in (1..count).rev().filter(tried) {
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
            // `Hong Kong-based`, `New York-area`: the name ends inside the
            // compound its last word opens.
            let hyphen = || text[last.range()].iter().position(|&b| b == b'-');
            if let Some(hyphen) = last.has_hyphen().then(hyphen).flatten() {
                let head = &text[start..last.start() + hyphen];
                if let Some(c) = self.candidates(head) {
                    return Some(NameMatch {
                        end_token: ends[k] + 1,
                        end: start + head.len(),
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
            (Some(k), _) if k.len > 0 => (first.end(), k),
            (_, Some(k)) if k.len > 0 => (start + stem.len(), k),
            _ => return None,
        };
        Some(NameMatch {
            end_token: i + 1,
            end,
            candidates: self.candidates_of(known),
        })
    }
}

/// Does `name` hold a straight apostrophe (`Macy's`)?
fn has_apostrophe(name: &str) -> bool {
    name.bytes().any(|b| b == b'\'')
}

/// How the tokenizer splits a name.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    /// The first visible token.
    first: Range<usize>,
    /// The number of visible tokens.
    words: usize,
    /// Where the second visible token ends (the first, in a name of one).
    two_end: usize,
    /// Words of ASCII letters between single spaces.
    plain: bool,
}

/// The shape of `name`; `None` when it has no visible token or spans a
/// line break. `toks` is scratch space for the tokenizer.
fn name_shape(name: &str, toks: &mut Vec<RawToken>) -> Option<Shape> {
    // Most names are ASCII letters between single spaces, which the
    // tokenizer splits at the spaces: they need no tokenizing (tens of
    // thousands of names at every start-up).
    if let Some(shape) = letter_words(name) {
        return Some(shape);
    }
    toks.clear();
    tokenize(name, toks);
    if toks.iter().any(|t| matches!(t.kind, TokenKind::LineBreak)) {
        return None;
    }
    let mut visible = toks.iter().filter(|t| !t.is_space());
    let first = visible.next()?;
    let second = visible.next();
    Some(Shape {
        first: first.range(),
        words: 1 + usize::from(second.is_some()) + visible.count(),
        two_end: second.unwrap_or(first).end(),
        plain: false,
    })
}

/// The shape of `name`, if it is words of ASCII letters between single
/// spaces.
fn letter_words(name: &str) -> Option<Shape> {
    let mut ends = [None; 2];
    let mut words = 0;
    let mut in_word = false;
    for (i, &b) in name.as_bytes().iter().enumerate() {
        if b.is_ascii_alphabetic() {
            words += usize::from(!in_word);
            in_word = true;
        } else if b == b' ' && in_word {
            if let Some(end) = ends.get_mut(words - 1) {
                *end = Some(i);
            }
            in_word = false;
        } else {
            return None;
        }
    }
    let first = ends[0].unwrap_or(name.len());
    in_word.then(|| Shape {
        first: 0..first,
        words,
        two_end: if words > 1 {
            ends[1].unwrap_or(name.len())
        } else {
            first
        },
        plain: true,
    })
}

/// A key of the gazetteer's map: borrowed from the embedded gazetteers,
/// which spares an allocation per name at every start-up, and copied from
/// the user's.
type Key = Cow<'static, [u8]>;

/// The record of `surface[part]` in `known`, made empty if it has none; a
/// key from the user's gazetteers is copied only when it is new.
fn known_mut<'m>(
    known: &'m mut FastMap<Key, Known>,
    surface: &Text,
    part: Range<usize>,
) -> &'m mut Known {
    match surface {
        Cow::Borrowed(s) => known.entry(Cow::Borrowed(&s.as_bytes()[part])).or_default(),
        Cow::Owned(s) => {
            let key = &s.as_bytes()[part];
            if known.contains_key(key) {
                known.get_mut(key).expect("the key is in the map")
            } else {
                known.entry(Cow::Owned(key.to_vec())).or_default()
            }
        }
    }
}

/// The shorter legal forms wire copy writes for a company's name ending
/// in a longer one: `Federal Deposit Insurance Corp` for `… Corporation`,
/// `Ford Motor Co` for `… Company`, `Apple Inc` for `Apple Inc.`.
fn short_legal_forms(name: &str) -> Vec<Text> {
    // The last letter of each longer form, tested before the search.
    if !name.ends_with(['n', 'y', '.']) {
        return Vec::new();
    }
    let Some((stem, form)) = name.rsplit_once(' ') else {
        return Vec::new();
    };
    let shorter: &[&str] = match form {
        "Corporation" => &["Corp.", "Corp"],
        "Company" => &["Co.", "Co"],
        "Corp." => &["Corp"],
        "Co." => &["Co"],
        "Inc." => &["Inc"],
        _ => return Vec::new(),
    };
    shorter
        .iter()
        .map(|short| Cow::Owned(format!("{stem} {short}")))
        .collect()
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
        // A plural's possessive, or a name's in `s` (`voters'`, `ISIS’`).
        [_, .., b's' | b'S', b'\''] => &word[..word.len() - 1],
        [.., b's' | b'S', 0xE2, 0x80, 0x99] => &word[..word.len() - 3],
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
        "orgs/culture.tsv",
        include_str!("../../gazetteers/orgs/culture.tsv"),
    ),
    (
        "people/world_leaders.tsv",
        include_str!("../../gazetteers/people/world_leaders.tsv"),
    ),
    (
        "people/historical.tsv",
        include_str!("../../gazetteers/people/historical.tsv"),
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_shaped_as_the_tokenizer_splits_them() {
        let mut entries = Vec::new();
        for (name, text) in DEFAULT_GAZETTEERS {
            parse_embedded_tsv(name, text, &mut entries).unwrap();
        }
        let odd = [
            "", " ", "a", "a b", "a  b", " a", "a ", "Ab Cd Ef", "A-b", "a\nb", "É b",
        ];
        let names = entries
            .iter()
            .flat_map(|e| std::iter::once(&*e.canonical).chain(e.aliases.iter().map(|a| &**a)))
            .chain(odd);
        let (mut toks, mut scratch) = (Vec::new(), Vec::new());
        for name in names {
            toks.clear();
            tokenize(name, &mut toks);
            let mut visible = toks.iter().filter(|t| !t.is_space());
            let want = visible
                .next()
                .filter(|_| !toks.iter().any(|t| matches!(t.kind, TokenKind::LineBreak)))
                .map(|first| {
                    let second = visible.next();
                    let two_end = second.unwrap_or(first).end();
                    let words = 1 + usize::from(second.is_some()) + visible.count();
                    (&name[first.range()], words, &name[..two_end])
                });
            let got = name_shape(name, &mut scratch)
                .map(|s| (&name[s.first], s.words, &name[..s.two_end]));
            assert_eq!(got, want, "{name:?}");
        }
    }

    #[test]
    fn possessives_are_stripped_and_nothing_else() {
        for (word, stem) in [
            ("Moscow's", "Moscow"),
            ("Moscow’s", "Moscow"),
            ("NATO'S", "NATO"),
            ("NATO’S", "NATO"),
            ("voters'", "voters"),
            ("voters’", "voters"),
            ("ISIS’", "ISIS"),
            ("ISIS'", "ISIS"),
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
