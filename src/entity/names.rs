//! Recognition rules: where a name starts, where it ends, what it is.

use super::{Evidence, Input};
use crate::gazetteer::{strip_possessive, CueKind, Gender, Label, Title, TitleKind};
use crate::span::Span;
use crate::token::{RawToken, TokenKind};
use std::ops::Range;

/// A name found in the text, before linking.
#[derive(Clone, Debug)]
pub(crate) struct Found<'g> {
    pub span: Span,
    pub tokens: Range<usize>,
    pub label: Label,
    /// Gazetteer entries the name may be, best first (empty if unknown).
    pub candidates: &'g [u32],
    pub evidence: Evidence,
    pub gender: Option<Gender>,
    /// A role title stated before the name, lower-cased, with its span.
    pub role: Option<(Box<str>, Span)>,
}

/// Longest person name, in words, that the rules build from capitals.
const MAX_NAME_WORDS: usize = 5;
/// Longest organisation name built from a head-word pattern.
const MAX_ORG_WORDS: usize = 9;

/// Lower-case particles inside personal names (`Ursula von der Leyen`).
const NAME_PARTICLES: &[&str] = &["al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "ibn", "la", "le", "van", "von"];
/// Lower-case words that may join the words of an organisation name.
const ORG_CONNECTORS: &[&str] = &["of", "for", "and", "on", "the", "&", "de"];
/// Prepositions before a place name that make an ambiguous one a place.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "from", "near", "to", "outside", "across", "into", "toward", "towards"];

struct Cursor<'i, 'a> {
    input: &'i Input<'a>,
    /// Reused buffer for lower-casing.
    lower: String,
}

impl<'i, 'a> Cursor<'i, 'a> {
    fn tokens(&self) -> &'a [RawToken] {
        self.input.tokens
    }

    fn text_of(&self, i: usize) -> &'a str {
        &self.input.text[self.input.tokens[i].span.range()]
    }

    /// The next visible token after `i` when exactly one plain space
    /// separates them (or nothing does).
    fn next_joined(&self, i: usize) -> Option<usize> {
        let t = self.tokens();
        match t.get(i + 1)?.kind {
            TokenKind::Space if t[i + 1].span.len() == 1 => t.get(i + 2).filter(|n| !n.is_space()).map(|_| i + 2),
            TokenKind::Space | TokenKind::LineBreak => None,
            _ => Some(i + 1),
        }
    }

    /// The visible token before `i` on the same line, separated from it by
    /// one plain space or nothing.
    fn prev_joined(&self, i: usize) -> Option<usize> {
        let t = self.tokens();
        let p = i.checked_sub(1)?;
        match t[p].kind {
            TokenKind::Space if t[p].span.len() == 1 => p.checked_sub(1).filter(|&q| !t[q].is_space()),
            TokenKind::Space | TokenKind::LineBreak => None,
            _ => Some(p),
        }
    }

    /// The next visible token after `i` on the same line, whatever spaces lie between.
    fn next_visible(&self, i: usize) -> Option<usize> {
        let t = self.tokens();
        let mut j = i + 1;
        while j < t.len() {
            match t[j].kind {
                TokenKind::LineBreak => return None,
                TokenKind::Space => j += 1,
                _ => return Some(j),
            }
        }
        None
    }

    fn is_cap_word(&self, i: usize) -> bool {
        let t = &self.tokens()[i];
        t.is_word() && t.is_capitalised()
    }

    fn is_stopword(&self, i: usize) -> bool {
        self.input.lexicon.is_stopword(strip_possessive(self.text_of(i)))
    }

    fn ends_with_possessive(&self, i: usize) -> bool {
        let w = self.text_of(i);
        strip_possessive(w).len() < w.len()
    }

    /// Lower-cases the text of tokens `from..=to` into the buffer.
    fn lowered(&mut self, from: usize, to: usize) -> &str {
        let s = &self.input.text[self.tokens()[from].span.start..self.tokens()[to].span.end];
        self.lower.clear();
        for c in s.chars() {
            self.lower.extend(c.to_lowercase());
        }
        &self.lower
    }

    /// A title that starts at `i`: the token one past it and the title.
    fn title_at(&mut self, i: usize) -> Option<(usize, Title, Box<str>)> {
        let max = self.input.lexicon.title_max_words;
        let mut ends = Vec::with_capacity(max);
        let mut j = i;
        ends.push(j);
        while ends.len() < max {
            match self.next_joined(j) {
                Some(n) if self.tokens()[n].is_word() => {
                    j = n;
                    ends.push(j);
                }
                _ => break,
            }
        }
        for &end in ends.iter().rev() {
            let lex = self.input.lexicon;
            let key = self.lowered(i, end);
            if let Some(title) = lex.title(key) {
                let head: Box<str> = key.into();
                return Some((end + 1, title, head));
            }
        }
        None
    }

    /// A title that ends right before `i` (`spokesman` in `spokesman Dmitry
    /// Peskov`): its first token and the title.
    fn title_before(&mut self, i: usize) -> Option<(usize, Title, Box<str>)> {
        let max = self.input.lexicon.title_max_words;
        let end = self.prev_joined(i)?;
        if !self.tokens()[end].is_word() || self.ends_with_possessive(end) {
            return None;
        }
        let mut best = None;
        let mut start = end;
        for _ in 0..max {
            let lex = self.input.lexicon;
            let key = self.lowered(start, end);
            if let Some(title) = lex.title(key) {
                best = Some((start, title, key.into()));
            }
            match self.prev_joined(start) {
                Some(p) if self.tokens()[p].is_word() => start = p,
                _ => break,
            }
        }
        best
    }

    /// The end (exclusive token index, byte end) of a personal name made of
    /// capitalised words starting at `i`: initials, particles and suffixes
    /// (`Jr.`) included; a possessive ends it.
    fn person_run(&self, i: usize) -> Option<(usize, usize)> {
        if !self.is_cap_word(i) || self.is_stopword(i) {
            return None;
        }
        let lex = self.input.lexicon;
        let mut last = i;
        let mut words = 1;
        while words < MAX_NAME_WORDS && !self.ends_with_possessive(last) {
            let Some(n) = self.next_joined(last) else { break };
            let w = self.text_of(n);
            if self.is_cap_word(n) && !lex.is_stopword(strip_possessive(w)) && !lex.name_suffixes.contains_key(strip_possessive(w)) {
                last = n;
                words += 1;
            } else if NAME_PARTICLES.contains(&w) {
                match self.next_joined(n) {
                    Some(m) if self.is_cap_word(m) => {
                        last = m;
                        words += 2;
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        let end = self.tokens()[last].span.start + strip_possessive(self.text_of(last)).len();
        Some((last + 1, end))
    }

    /// An organisation or place named by a head word: a capitalised phrase
    /// ending in `Ministry`, `Council`, `Party` …, or starting with
    /// `Ministry of`, `University of` ….
    fn head_word_name(&self, i: usize) -> Option<(usize, usize, Label)> {
        if !self.is_cap_word(i) || self.is_stopword(i) {
            return None;
        }
        let lex = self.input.lexicon;
        let mut best = None;
        let mut last = i;
        let mut words = 1;
        let first = strip_possessive(self.text_of(i));
        let prefix = lex.name_prefixes.get(first).copied();
        loop {
            let w = strip_possessive(self.text_of(last));
            if let Some(&label) = lex.name_suffixes.get(w) {
                if last > i {
                    best = Some((last, label));
                }
            }
            if let Some(label) = prefix {
                if last > i + 2 {
                    best = Some((last, label));
                }
            }
            if words >= MAX_ORG_WORDS || self.ends_with_possessive(last) {
                break;
            }
            let Some(n) = self.next_joined(last) else { break };
            if self.is_cap_word(n) {
                last = n;
                words += 1;
            } else if ORG_CONNECTORS.contains(&self.text_of(n)) {
                match self.next_joined(n) {
                    Some(m) if self.is_cap_word(m) && !self.is_stopword(m) => {
                        last = m;
                        words += 2;
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        let (last, label) = best?;
        let end = self.tokens()[last].span.start + strip_possessive(self.text_of(last)).len();
        Some((last + 1, end, label))
    }

    /// Is the visible token after `end` a speech verb (`said`, `asked`)?
    fn speech_verb_after(&mut self, last: usize) -> bool {
        let Some(n) = self.next_joined(last) else { return false };
        if !self.tokens()[n].is_word() {
            return false;
        }
        let lex = self.input.lexicon;
        let key = self.lowered(n, n);
        matches!(lex.cue(key), Some(c) if c.kind == CueKind::Verb && c.words == 1)
    }

    /// Context that makes an ambiguous known name safe to accept.
    fn has_evidence(&mut self, label: Label, i: usize, end_token: usize) -> bool {
        match label {
            Label::Location => {
                let before = self.prev_joined(i).map(|p| self.text_of(p));
                if before.is_some_and(|w| PLACE_PREPOSITIONS.contains(&w)) {
                    return true;
                }
                // `Reading, Pa.` or `Mobile, Alabama`.
                let t = self.tokens();
                end_token < t.len()
                    && &self.input.text[t[end_token].span.range()] == ","
                    && self.next_visible(end_token).is_some_and(|n| self.is_cap_word(n) && self.input.gazetteer.longest_match(self.input.text, t, n).is_some())
            }
            _ => self.title_before(i).is_some(),
        }
    }
}

/// Finds every name in the document, sentence by sentence.
pub(crate) fn find<'g>(input: &Input<'g>, out: &mut Vec<Found<'g>>) {
    let mut c = Cursor {
        input,
        lower: String::new(),
    };
    let tokens = input.tokens;
    for sentence in &input.segments.sentences {
        let mut i = sentence.start;
        let mut first_word = true;
        while i < sentence.end {
            let t = &tokens[i];
            if !t.is_word() {
                i += 1;
                continue;
            }
            let at_start = first_word;
            first_word = false;
            if !t.is_capitalised() {
                i += 1;
                continue;
            }
            match best_at(&mut c, i, at_start) {
                Some(f) => {
                    i = f.tokens.end;
                    out.push(f);
                }
                None => {
                    hyphen_parts(&c, i, out);
                    i += 1;
                }
            }
        }
    }
}

/// The longest name any rule finds at token `i`.
fn best_at<'g>(c: &mut Cursor<'_, 'g>, i: usize, at_start: bool) -> Option<Found<'g>> {
    let input = c.input;
    let tokens = input.tokens;
    let lex = input.lexicon;
    let span_of = |a: usize, end: usize| Span::new(tokens[a].span.start, end);
    let mut best: Option<Found<'g>> = None;
    let consider = |f: Found<'g>, best: &mut Option<Found<'g>>| {
        if best.as_ref().map_or(true, |b| f.tokens.end > b.tokens.end) {
            *best = Some(f);
        }
    };

    // A known name.
    if let Some(m) = input.gazetteer.longest_match(input.text, tokens, i) {
        let entry = input.gazetteer.entry(m.candidates[0]);
        let single = m.end_token == i + 1;
        let word = strip_possessive(c.text_of(i));
        let doubtful = entry.ambiguous || (single && (lex.is_stopword(word) || (lex.first_names.contains_key(word) && entry.label != Label::Person)));
        if !doubtful || c.has_evidence(entry.label, i, m.end_token) {
            consider(
                Found {
                    span: span_of(i, m.end),
                    tokens: i..m.end_token,
                    label: entry.label,
                    candidates: m.candidates,
                    evidence: Evidence::Gazetteer,
                    gender: entry.gender,
                    role: None,
                },
                &mut best,
            );
        }
    }

    // A title, then a name: `President Vladimir Putin`, `Sen. Jones`.
    if let Some((after, title, head)) = c.title_at(i) {
        if let Some(n) = c.next_joined(after - 1) {
            if let Some((end_tok, end)) = c.person_run(n) {
                let role_span = span_of(i, tokens[after - 1].span.end);
                let f = person(c, n, end_tok, end, Evidence::Title, title.gender, title.kind, head, role_span);
                consider(f, &mut best);
            }
        }
    }

    // A name after a lower-case title: `spokesman Dmitry Peskov`.
    if let Some((end_tok, end)) = c.person_run(i) {
        if let Some((start, title, head)) = c.title_before(i) {
            let role_span = span_of(start, tokens[c.prev_joined(i).unwrap_or(i)].span.end);
            let f = person(c, i, end_tok, end, Evidence::Title, title.gender, title.kind, head, role_span);
            consider(f, &mut best);
        } else if end_tok > i + 1 || c.ends_with_possessive(i) || c.next_joined(i).is_some() {
            // A known given name and more capitalised words: `Sean Hannity`.
            let first = c.text_of(i);
            if end_tok > i + 1 && !lex.name_suffixes.contains_key(strip_possessive(c.text_of(end_tok - 1))) {
                if let Some(&gender) = lex.first_names.get(first) {
                    consider(
                        Found {
                            span: span_of(i, end),
                            tokens: i..end_tok,
                            label: Label::Person,
                            candidates: &[],
                            evidence: Evidence::GivenName,
                            gender,
                            role: None,
                        },
                        &mut best,
                    );
                }
            }
        }
        // The subject of a speech verb: `Hannity asked`.
        if best.is_none() && !at_start_stop(c, i, at_start) && c.speech_verb_after(end_tok - 1) && !c.ends_with_possessive(end_tok - 1) {
            consider(
                Found {
                    span: span_of(i, end),
                    tokens: i..end_tok,
                    label: Label::Person,
                    candidates: &[],
                    evidence: Evidence::SpeechSubject,
                    gender: None,
                    role: None,
                },
                &mut best,
            );
        }
    }

    // An organisation or place by its head word: `National Security Council`.
    if let Some((end_tok, end, label)) = c.head_word_name(i) {
        consider(
            Found {
                span: span_of(i, end),
                tokens: i..end_tok,
                label,
                candidates: &[],
                evidence: Evidence::NamePattern,
                gender: None,
                role: None,
            },
            &mut best,
        );
    }
    best
}

/// A sentence-initial word that is only capitalised because it starts the
/// sentence.
fn at_start_stop(c: &Cursor<'_, '_>, i: usize, at_start: bool) -> bool {
    at_start && c.is_stopword(i)
}

#[allow(clippy::too_many_arguments)]
fn person<'g>(
    c: &Cursor<'_, 'g>,
    i: usize,
    end_tok: usize,
    end: usize,
    evidence: Evidence,
    title_gender: Option<Gender>,
    kind: TitleKind,
    head: Box<str>,
    role_span: Span,
) -> Found<'g> {
    let input = c.input;
    let span = Span::new(input.tokens[i].span.start, end);
    // The name may be a known person: keep the link.
    let candidates = input
        .gazetteer
        .get(&input.text[span.range()])
        .filter(|cands| input.gazetteer.entry(cands[0]).label == Label::Person)
        .unwrap_or(&[]);
    let gender = title_gender
        .or_else(|| candidates.first().and_then(|&e| input.gazetteer.entry(e).gender))
        .or_else(|| input.lexicon.first_names.get(c.text_of(i)).copied().flatten());
    Found {
        span,
        tokens: i..end_tok,
        label: Label::Person,
        candidates,
        evidence,
        gender,
        role: (kind == TitleKind::Role).then_some((head, role_span)),
    }
}

/// Known names joined by hyphens inside one word: `Trump-Putin`,
/// `Kremlin-backed`.
fn hyphen_parts<'g>(c: &Cursor<'_, 'g>, i: usize, out: &mut Vec<Found<'g>>) {
    let word = c.text_of(i);
    if !word.contains('-') {
        return;
    }
    let start = c.tokens()[i].span.start;
    let mut offset = 0;
    for part in word.split('-') {
        let part_start = start + offset;
        offset += part.len() + 1;
        if !part.starts_with(char::is_uppercase) || c.input.lexicon.is_stopword(part) {
            continue;
        }
        if let Some(cands) = c.input.gazetteer.get(part) {
            let entry = c.input.gazetteer.entry(cands[0]);
            if entry.ambiguous {
                continue;
            }
            out.push(Found {
                span: Span::new(part_start, part_start + part.len()),
                tokens: i..i + 1,
                label: entry.label,
                candidates: cands,
                evidence: Evidence::Gazetteer,
                gender: entry.gender,
                role: None,
            });
        }
    }
}
