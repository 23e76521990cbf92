//! Speech cues and the speaker phrases next to them.
//!
//! Cues come from the lexicon (`speech_verbs.tsv`) and are found once per
//! document, longest match first, outside quotations. Every search for a
//! cue or a speaker afterwards looks at a fixed window of tokens next to a
//! quote, so attribution costs a constant per quote.

use super::Ctx;
use crate::gazetteer::{lowercase, strip_possessive, Cue, CueKind, Label, WordClass, WordGroup};
use crate::span::Span;
use crate::token::{is_all_caps, TokenKind};

/// A cue occurrence: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
pub(super) struct CueHit {
    pub start: usize,
    pub end: usize,
    pub cue: Cue,
}

impl CueHit {
    pub(super) fn span(&self, cx: &Ctx<'_>) -> Span {
        let t = cx.input.tokens;
        Span::new(t[self.start].start(), t[self.end - 1].end())
    }
}

/// Finds the cues of the document outside quotations, in text order.
pub(super) fn index(cx: &Ctx<'_>, out: &mut Vec<CueHit>) {
    let tokens = cx.input.tokens;
    let text = cx.input.text.as_bytes();
    let lexicon = cx.input.lexicon;
    // Sized once for the longest keys: grown from empty, they would be
    // copied a few times on every document.
    let mut key = String::with_capacity(64);
    let mut word = String::with_capacity(32);
    // Tokens are visited in order, so the pieces are walked alongside
    // rather than searched for each word.
    let pieces = &cx.pieces;
    // Rules look for cues in a quote's own paragraph and its neighbours
    // only, so paragraphs far from any quote are not read.
    let paragraphs = &cx.input.segments.paragraphs;
    let mut near_quote = vec![false; paragraphs.len()];
    for p in pieces {
        let around = p.para.saturating_sub(1)..(p.para + 2).min(paragraphs.len());
        near_quote[around].fill(true);
    }
    // Cues run at about one per thirty tokens of news.
    out.reserve(tokens.len() / 16);
    let mut k = 0;
    for (para, _) in paragraphs.iter().zip(&near_quote).filter(|(_, &near)| near) {
        let mut i = para.start;
        while i < para.end {
            while k < pieces.len() && pieces[k].outer().end <= i {
                k += 1;
            }
            // A quote holds no cue of its own: skip it whole, and read the
            // tokens up to the next one without testing each against it.
            if let Some(p) = pieces.get(k).filter(|p| p.open <= i) {
                i = p.outer().end;
                continue;
            }
            let unquoted_end = pieces.get(k).map_or(para.end, |p| p.open.min(para.end));
            while i < unquoted_end {
                let start = match tokens[i].kind {
                    TokenKind::Word => lexicon.cue_start(&text[tokens[i].range()]),
                    _ => None,
                };
                let Some(start) = start else {
                    i += 1;
                    continue;
                };
                // What the lexicon says of the words `i..=j` as a key.
                let mut found = start.found;
                let mut best: Option<CueHit> = None;
                let mut j = i;
                let mut words = 1;
                while let Some(cue) = found {
                    if let Some(cue) = cue {
                        best = Some(CueHit {
                            start: i,
                            end: j + 1,
                            cue,
                        });
                    }
                    if words == lexicon.cue_max_words {
                        break;
                    }
                    match cx.next_visible(j + 1, para.end) {
                        Some(k)
                            if matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number) =>
                        {
                            let next = lowercase(cx.text(k), &mut word);
                            let spaced =
                                tokens[k - 1].is_space() || tokens[k - 1].spaced_from(&tokens[k]);
                            if spaced && !lexicon.may_go_on_cue(next) {
                                break;
                            }
                            // Most cues end at their first word: the key
                            // is written only for one that may go on.
                            if words == 1 {
                                key.clear();
                                key.push_str(&start.lower);
                            }
                            if spaced {
                                key.push(' ');
                            }
                            key.push_str(next);
                            j = k;
                        }
                        _ => break,
                    }
                    found = lexicon.cue_or_prefix(&key);
                    words += 1;
                }
                // `the report`, and `Threats Project` or `Voice of America
                // Reports`: a cue word inside a name is a noun.
                // After a possessive it is a noun too (`the senator's
                // claims`).
                // `a snappy retort`, `its new report`: a base form after
                // `a` or a possessive and a modifier is a noun too (a verb
                // there would need a plural subject: `their members say`).
                let modified = |hit: &CueHit| {
                    // (The cue's form first: most cues are no base form.)
                    if !hit.cue.base_form {
                        return false;
                    }
                    let Some(m) = cx.prev_visible(i, para.start).filter(|&m| {
                        tokens[m].kind == TokenKind::Word && !tokens[m].is_capitalised()
                    }) else {
                        return false;
                    };
                    let plural = cx.text(m).ends_with('s');
                    cx.prev_visible(m, para.start).is_some_and(|a| {
                        let a = cx.text(a);
                        ["a", "an"].iter().any(|d| a.eq_ignore_ascii_case(d))
                            || (!plural
                                && ["its", "his", "her", "their", "our", "my", "your"]
                                    .iter()
                                    .any(|d| a.eq_ignore_ascii_case(d)))
                    })
                };
                // `Obama's final State of the Union`: a capitalised cue word
                // before `of` opens a title.
                let titled = |hit: &CueHit| {
                    hit.end == i + 1
                        && cx
                            .next_visible(i + 1, para.end)
                            .is_some_and(|n| cx.text(n) == "of")
                };
                // `said State Senator Jane Roe`: a capitalised cue word
                // before a title is the title's.
                let opens_title = || cx.title_after(i, para.end);
                // `BJP state president Jo Roe`, `TMC State general secretary
                // Jo Roe`: a base form between an organisation or a place
                // and a title in lower case is the title's too.
                let modifies_title = |hit: &CueHit| {
                    hit.cue.base_form
                        && hit.end == i + 1
                        && cx.next_visible(i + 1, para.end).is_some_and(|n| {
                            !tokens[n].is_capitalised()
                                && cx.input.lexicon.title_any_case(cx.text(n)).is_some()
                        })
                        && cx.prev_visible(i, para.start).is_some_and(|p| {
                            matches!(
                                cx.mention_cand(p).and_then(|m| m.label()),
                                Some(Label::Organization | Label::Location)
                            )
                        })
                };
                // `wrote Post columnist Jane Roe`: a capitalised cue word
                // right after a cue opens its speaker's description.
                let after_cue = || {
                    out.last()
                        .is_some_and(|c: &CueHit| cx.next_visible(c.end, para.end) == Some(i))
                };
                // `wanted to be known for`, `is believed to`, `would be
                // pushed back`: a weak verb or a verb of more than one word
                // in the passive has no speaker for its subject (`was told`,
                // `was asked` are read by rules of their own).
                let passive = |hit: &CueHit| {
                    (hit.cue.kind == CueKind::Weak || hit.cue.words > 1)
                        && cx.after_a_form_of_be(i, para.start)
                };
                // `former state Sen. Jane Roe`: a level of government before
                // a title is the title's.
                let level_of_title = || cx.lower_is(i, WordGroup::SubNational) && opens_title();
                // `said in a statement, quote, “…”`: a broadcast's spoken
                // quotation mark reports nothing itself.
                let spoken_mark = |hit: &CueHit| {
                    hit.end == i + 1
                        && cx.text(i).eq_ignore_ascii_case("quote")
                        && cx
                            .next_visible(i + 1, para.end)
                            .is_some_and(|n| matches!(cx.text(n), "," | ":"))
                };
                let noun = |hit: &CueHit| {
                    cx.prev_visible(i, para.start).is_some_and(|p| {
                        cx.lower_is(p, WordGroup::NounMarker) || ends_in_apostrophe_s(cx.text(p))
                    }) || passive(hit)
                        || level_of_title()
                        || (tokens[i].is_capitalised()
                            && (cx.mention_cand(i).is_some()
                                || titled(hit)
                                || opens_title()
                                || after_cue()))
                        || modified(hit)
                        || modifies_title(hit)
                        || spoken_mark(hit)
                };
                match best {
                    Some(hit) if !noun(&hit) => {
                        out.push(hit);
                        i = hit.end;
                    }
                    _ => i += 1,
                }
            }
        }
    }
}

/// A personal pronoun that can report speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pronoun {
    He,
    She,
    It,
    They,
    /// The writer, in first-person columns and memoirs (`“…,” I said`).
    /// `We` is left out: `what we call “reform”` marks a term, not speech.
    I,
}

pub(super) fn pronoun(word: &str) -> Option<Pronoun> {
    match word {
        "I" => Some(Pronoun::I),
        "he" | "He" => Some(Pronoun::He),
        "she" | "She" => Some(Pronoun::She),
        "it" | "It" => Some(Pronoun::It),
        "they" | "They" => Some(Pronoun::They),
        _ => None,
    }
}

/// What a speaker phrase is.
#[derive(Clone, Copy, Debug)]
pub(super) enum Who {
    /// An entity mention.
    Mention {
        referent: u32,
        label: Label,
    },
    Pronoun(Pronoun),
    /// A noun phrase: `the Kremlin spokesman`, `officials`, a name the
    /// entity stage did not find.
    Description,
}

/// A speaker phrase: tokens `first..=last`. The speaker's `span` may end
/// before `last`: `Jane Roe` in `Jane Roe of Acme News`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Cand {
    pub span: Span,
    pub first: usize,
    pub last: usize,
    pub who: Who,
}

impl Cand {
    /// The label of the entity mention the phrase is, if it is one.
    pub(super) fn label(&self) -> Option<Label> {
        match self.who {
            Who::Mention { label, .. } => Some(label),
            _ => None,
        }
    }
}

/// Longest parenthesis after a name (`(D-N.Y.)`), in visible tokens.
const PARENTHESIS: usize = 8;
/// Longest description, in words.
const RUN_WORDS: usize = 6;
/// Most prepositional phrases a description of a speaker may hold (`a
/// nurse at a hospital in Leeds`).
const MAX_PREPOSITIONS: usize = 3;
/// Longest apposition between a name and its cue, in visible tokens.
pub(super) const APPOSITION: usize = 24;
/// Most content tokens (words and the spaces between) of a term in marks
/// that an aside may hold (`known as “Lupita”`).
const NICKNAME_TOKENS: usize = 5;
/// Most words skipped between a subject and its verb.
const SKIP_WORDS: usize = 4;
/// Longest subject the phrase parser cannot read, in visible tokens.
const LONG_SUBJECT: usize = 12;
/// Most cues with `he` or `she` as subject a quote may follow and still be
/// the previous speaker's.
const PRONOUN_CUES: usize = 4;
/// Longest dateline, in visible tokens, before its dash.
const DATELINE: usize = 8;
/// How far a cue may be from the quote it introduces, in visible tokens.
pub(super) const WINDOW: usize = 40;

impl Ctx<'_> {
    /// Is token `i`, lower-cased, in `group`?
    pub(super) fn lower_is(&self, i: usize, group: WordGroup) -> bool {
        self.input.lexicon.in_group_lower(group, self.text(i))
    }

    /// A word that can be part of a description.
    fn run_word(&self, i: usize) -> bool {
        let t = &self.input.tokens[i];
        if !matches!(t.kind, TokenKind::Word)
            || pronoun(self.text(i)).is_some()
            || self.cue_starts_at(i)
        {
            return false;
        }
        let w = self.text(i);
        if self.lower_is(i, WordGroup::FunctionWord) {
            return false;
        }
        // Weekdays, months and sentence adverbs are capitalised stop words;
        // titles and their first words (`President`, `Vice President`) and
        // groups that speak (`Police`) are stop words too but belong to the
        // phrase.
        !t.is_capitalised()
            || !self.input.lexicon.is_stopword(w)
            || self.input.lexicon.title_first_words.contains(w)
            || self.lower_is(i, WordGroup::SpeakingGroup)
            || self.title_after(i, self.input.tokens.len())
    }

    /// Is the word after token `i` a capitalised title (`State Senator`,
    /// `State Rep.`), which makes the capitalised word at `i` part of it?
    fn title_after(&self, i: usize, ceil: usize) -> bool {
        self.next_visible(i + 1, ceil).is_some_and(|n| {
            self.input.tokens[n].is_capitalised()
                && self.input.lexicon.title_any_case(self.text(n)).is_some()
        })
    }

    pub(super) fn cue_starts_at(&self, i: usize) -> bool {
        self.cue_at(i).is_some()
    }

    pub(super) fn cue_at(&self, i: usize) -> Option<&CueHit> {
        let k = self.cues.partition_point(|c| c.start < i);
        self.cues.get(k).filter(|c| c.start == i)
    }

    pub(super) fn cand(&self, first: usize, last: usize, who: Who) -> Cand {
        let t = self.input.tokens;
        let span = Span::new(t[first].start(), t[last].end());
        Cand {
            span,
            first,
            last,
            who,
        }
    }

    /// `c` extended to token `last`, as a description.
    pub(super) fn widen(&self, c: Cand, last: usize) -> Cand {
        let end = self.input.tokens[last].end();
        Cand {
            span: Span::new(c.span.start, end),
            first: c.first,
            last,
            who: Who::Description,
        }
    }

    pub(super) fn mention_cand(&self, i: usize) -> Option<Cand> {
        let m = self.input.entities.mention_at_token(i)?;
        Some(Cand {
            span: m.span,
            first: m.tokens.start,
            last: m.tokens.end - 1,
            who: Who::Mention {
                referent: m.referent,
                label: m.label,
            },
        })
    }

    /// The speaker phrase that ends at token `j`, reaching back no further
    /// than `floor`.
    pub(super) fn cand_ending_at(&self, j: usize, floor: usize) -> Option<Cand> {
        let mut c = self.phrase_ending_at(j, floor)?;
        // `a nurse at a hospital in Leeds`: one preposition after another.
        for _ in 0..MAX_PREPOSITIONS {
            match self.head_before(c, floor) {
                Some(head) => c = head,
                None => break,
            }
        }
        Some(c)
    }

    /// `a spokesman for the campaign`, `a source familiar with the talks`,
    /// `aides to Clinton`: a phrase after a preposition belongs to the
    /// description before it, which is the speaker.
    fn head_before(&self, c: Cand, floor: usize) -> Option<Cand> {
        // A place set off by a comma may be part of an address (`a pastor
        // in Elizabeth, Colorado, said`), which the apposition rules read.
        let address = || {
            c.label() == Some(Label::Location)
                && self
                    .next_visible(c.last + 1, self.input.tokens.len())
                    .is_some_and(|k| self.text(k) == ",")
        };
        if matches!(c.who, Who::Pronoun(_)) || address() {
            return None;
        }
        let mut prep = self.prev_visible(c.first, floor)?;
        // `outside the U.S. Embassy`: the article before a name.
        if matches!(c.who, Who::Mention { .. }) && self.lower_is(prep, WordGroup::Determiner) {
            prep = self.prev_visible(prep, floor)?;
        }
        // After `to`, a verb is an infinitive (`spoke anonymously to
        // discuss strategy`): only a name or a noun phrase will do.
        let noun_phrase = matches!(c.who, Who::Mention { .. })
            || self.input.tokens[c.first].is_capitalised()
            || self.lower_is(c.first, WordGroup::Determiner);
        if !noun_phrase || !self.lower_is(prep, WordGroup::SpeakerPreposition) {
            return None;
        }
        let mut head_end = self.prev_visible(prep, floor)?;
        // `Another source speaking to Fox News said`: a participle after
        // the head.
        if self.text(head_end).ends_with("ing") && self.cue_starts_at(head_end) {
            head_end = self.prev_visible(head_end, floor)?;
        }
        // `Noa Levin of the opposition party called …`: a person named
        // before the preposition is the speaker.
        // So is an organisation named before a place (`The Zelvo Embassy
        // in Washington said`).
        if let Some(named) = self.mention_cand(head_end) {
            let organisation_there =
                named.label() == Some(Label::Organization) && c.label() == Some(Label::Location);
            return ((named.label() == Some(Label::Person) || organisation_there)
                && named.first >= floor)
                .then(|| self.person_of(named, floor).unwrap_or(named));
        }
        let head = self.phrase_ending_at(head_end, floor)?;
        matches!(head.who, Who::Description).then(|| self.widen(head, c.last))
    }

    fn phrase_ending_at(&self, j: usize, floor: usize) -> Option<Cand> {
        if let Some(p) = pronoun(self.text(j)) {
            return Some(self.cand(j, j, Who::Pronoun(p)));
        }
        // `Others, reacting to …, shouted`: a determiner that opens its
        // clause may stand for the speakers alone.
        let opens_clause = || {
            self.prev_visible(j, floor).map_or(true, |k| {
                !matches!(self.input.tokens[k].kind, TokenKind::Word)
            })
        };
        if self.lower_is(j, WordGroup::StandaloneDeterminer) && opens_clause() {
            return Some(self.cand(j, j, Who::Description));
        }
        if let Some(c) = self.mention_cand(j) {
            return (c.first >= floor).then(|| self.person_of(c, floor).unwrap_or(c));
        }
        if !self.run_word(j) {
            return None;
        }
        let mut first = j;
        let mut words = 1;
        while words < RUN_WORDS {
            match self.prev_visible(first, floor) {
                Some(k) if self.run_word(k) => {
                    // `One Club for Growth ad`: a name in the phrase is one
                    // word of it, whatever words it holds.
                    first = self
                        .input
                        .entities
                        .mention_at_token(k)
                        .map_or(k, |m| m.tokens.start)
                        .max(floor);
                    words += 1;
                }
                Some(k) if self.lower_is(k, WordGroup::Determiner) => {
                    first = k;
                    break;
                }
                _ => break,
            }
        }
        // `… raising fresh questions`: a participle opens a clause, not a
        // speaker's description.
        if self.is_participle(first) {
            return None;
        }
        Some(self.cand(first, j, Who::Description))
    }

    /// Is token `i` a lower-case word in `-ing`?
    pub(super) fn is_participle(&self, i: usize) -> bool {
        let w = self.text(i);
        w.len() > 4 && w.ends_with("ing") && !self.input.tokens[i].is_capitalised()
    }

    /// `Jane Roe of Acme News observed`: the person a place or an
    /// organisation before the cue belongs to, across a few capitalised
    /// words and `of`.
    fn person_of(&self, c: Cand, floor: usize) -> Option<Cand> {
        if !matches!(c.label(), Some(Label::Location | Label::Organization)) {
            return None;
        }
        let mut k = c.first;
        for _ in 0..RUN_WORDS {
            k = self.prev_visible(k, floor)?;
            if self.text(k) == "of" {
                let person = self.mention_cand(self.prev_visible(k, floor)?)?;
                return Some(person)
                    .filter(|p| p.label() == Some(Label::Person) && p.first >= floor);
            }
            // `Tom Mann of the Brookings Institution`
            let article_after_of = self.text(k) == "the"
                && self
                    .prev_visible(k, floor)
                    .is_some_and(|p| self.text(p) == "of");
            if !self.input.tokens[k].is_capitalised() && !article_after_of {
                return None;
            }
        }
        None
    }

    /// The speaker phrase that starts at token `i`, reaching no further
    /// than `ceil`.
    pub(super) fn cand_starting_at(&self, i: usize, ceil: usize) -> Option<Cand> {
        if let Some(p) = pronoun(self.text(i)) {
            return Some(self.cand(i, i, Who::Pronoun(p)));
        }
        let mut last = None;
        // `said Jane Roe of Acme News`: the person, not where they are from.
        let mut person_of = None;
        let mut j = i;
        // `said the 46-year-old.`: an age standing for the person.
        let mut age = None;
        if self.lower_is(i, WordGroup::Determiner) {
            // `“…,” tweeted another.`: a determiner that stands alone.
            let alone = self
                .next_visible(i + 1, self.input.tokens.len())
                .map_or(true, |n| {
                    !matches!(self.input.tokens[n].kind, TokenKind::Word)
                });
            if alone && self.lower_is(i, WordGroup::StandaloneDeterminer) {
                return Some(self.cand(i, i, Who::Description));
            }
            j = self.next_visible(i + 1, ceil)?;
            // `one of two witnesses`, `some of the organisers`
            if self.text(j) == "of" {
                j = self.next_visible(j + 1, ceil)?;
                if self.lower_is(j, WordGroup::Determiner)
                    || matches!(self.input.tokens[j].kind, TokenKind::Number)
                {
                    j = self.next_visible(j + 1, ceil)?;
                }
            }
            // `a 59-year-old farmer`, `a 2008 Clinton veteran`
            if matches!(self.input.tokens[j].kind, TokenKind::Number) {
                if self.text(j).ends_with("-year-old") {
                    age = Some(j);
                }
                match self.next_visible(j + 1, ceil) {
                    Some(n) => j = n,
                    None => return age.map(|a| self.cand(i, a, Who::Description)),
                }
            }
            // `a Wednesday editorial`: a day after a determiner modifies the
            // noun; elsewhere it ends the phrase (`said Monday`).
            if self
                .input
                .lexicon
                .in_group(WordGroup::Calendar, self.text(j))
            {
                j = self.next_visible(j + 1, ceil)?;
            }
        }
        for _ in 0..RUN_WORDS {
            // `“…,” came shouts from the crowd`, `“…,” raising fresh
            // questions`: a verb opens no phrase.
            if last.is_none()
                && !self.input.tokens[j].is_capitalised()
                && (self.lower_is(j, WordGroup::Auxiliary) || (j == i && self.is_participle(j)))
            {
                return None;
            }
            // `Ryan's campaign shrugged off …`: a past tense after a noun is
            // the verb (`the newly elected mayor` is not).
            let verb = last.is_some_and(|k| {
                self.looks_like_a_verb(j)
                    && (self.lower_is(j, WordGroup::Auxiliary) || !self.text(k).ends_with("ly"))
            });
            if verb {
                break;
            }
            if let Some(m) = self.mention_cand(j) {
                // The whole name, with its connectors (`Jane Roe of the
                // Centre for Policy Studies`).
                j = m.last;
                last = Some(j);
            } else if self.run_word(j) {
                last = Some(j);
            } else if last.is_some() && self.text(j) == "of" {
                person_of = person_of.or_else(|| {
                    last.and_then(|k| self.mention_cand(k))
                        .filter(|m| m.label() == Some(Label::Person))
                });
            } else if !(person_of.is_some() && self.text(j) == "the") {
                // `Tom Mann of the Brookings Institution`
                break;
            }
            match self.next_visible(j + 1, ceil) {
                Some(k) => j = k,
                None => break,
            }
        }
        let mut last = last.or(age)?;
        // `my father often said`: an adverb before the verb is no part of
        // the speaker.
        while last > i && !self.input.tokens[last].is_capitalised() && self.is_skippable_word(last)
        {
            last = self.prev_visible(last, i)?;
        }
        if let Some(person) = person_of {
            return Some(Cand { last, ..person });
        }
        if let Some(m) = self.mention_cand(last) {
            // The phrase ends in a name: that name is the speaker
            // (`said Kremlin spokesman Dmitry Peskov`).
            return Some(m);
        }
        // `according to a statement from the White House`: the source the
        // description names belongs to it.
        let source = self
            .next_visible(last + 1, ceil)
            .filter(|&k| matches!(self.text(k), "from" | "by"))
            .and_then(|k| self.next_visible(k + 1, ceil))
            .and_then(|k| match self.text(k) {
                "the" => self.next_visible(k + 1, ceil),
                _ => Some(k),
            })
            .and_then(|k| self.mention_cand(k))
            .filter(|m| matches!(m.label(), Some(Label::Person | Label::Organization)));
        Some(self.cand(i, source.map_or(last, |m| m.last), Who::Description))
    }

    /// A subject too long or too varied for the phrase parser, between
    /// token `i` and a cue at most [`LONG_SUBJECT`] words on: the name right
    /// before the cue (`New York City Public Advocate Jane Roe said`,
    /// `Ann Lee and Tom Park wrote`), else the whole phrase when it opens
    /// with a determiner (`the senator from Ohio and party leader said`).
    /// Only words and numbers may stand between, so the search never
    /// leaves the clause.
    pub(super) fn long_subject(&self, i: usize, ceil: usize) -> Option<(Cand, CueHit)> {
        // `“…,” when Clinton blasted him`: another clause, not a subject;
        // `which Roe thinks` may still lead to one.
        if self.opens_clause(i) && !self.lower_is(i, WordGroup::BetweenSubjectAndVerb) {
            return None;
        }
        let mut j = i;
        for _ in 0..LONG_SUBJECT {
            j = self.next_visible(j + 1, ceil)?;
            if let Some(&cue) = self.cue_at(j) {
                let mut last = self.prev_visible(j, i)?;
                while last > i && self.is_skippable_word(last) {
                    last = self.prev_visible(last, i)?;
                }
                let name = self.mention_cand(last).filter(|c| {
                    c.first >= i && matches!(c.label(), Some(Label::Person | Label::Organization))
                });
                return match name {
                    Some(c) => Some((c, cue)),
                    None if self.lower_is(i, WordGroup::Determiner) => {
                        Some((self.cand(i, last, Who::Description), cue))
                    }
                    None => None,
                };
            }
            // (`Fight for $15 organizing director Kendall Fells told`: a
            // sign that touches the word after it is part of that word.)
            let tokens = self.input.tokens;
            let sign = || {
                matches!(self.text(j), "$" | "#" | "£" | "€")
                    && tokens
                        .get(j + 1)
                        .is_some_and(|n| n.start() == tokens[j].end())
            };
            if !matches!(tokens[j].kind, TokenKind::Word | TokenKind::Number) && !sign() {
                return None;
            }
        }
        None
    }

    /// Is the word at `i` a participle that may open an introductory
    /// phrase, in any case (`Appearing`, `Asked`)? A past one is no name
    /// (`Ted`, `Fred`).
    pub(super) fn introduces_phrase(&self, i: usize) -> bool {
        let w = self.text(i);
        let lex = self.input.lexicon;
        (w.ends_with("ing")
            || (w.len() >= 5
                && w.ends_with("ed")
                && !lex.class(w).any(WordClass::GIVEN_NAME | WordClass::SURNAME)))
            && lex.is_english_word(w)
    }

    /// The subject of the cue at `cue`, looking back no further than
    /// `floor`.
    pub(super) fn subject_before(&self, cue: &CueHit, floor: usize) -> Option<Cand> {
        // A participle (`…, adding`, `before adding:`) shares the subject of
        // its sentence.
        let participle = self.text(cue.start).ends_with("ing");
        let shared = || {
            if participle {
                self.sentence_subject(cue.start)
            } else {
                None
            }
        };
        let Some(mut j) = self.prev_visible(cue.start, floor) else {
            return shared();
        };
        // `The department said in a court filing that …`: a phrase right
        // after a reporting verb shares its subject.
        if cue.cue.kind == CueKind::Phrase {
            let verb = self.last_cue_between(floor, j + 1).filter(|c| {
                c.end == j + 1
                    && c.cue.kind == CueKind::Verb
                    && !self.text(c.start).ends_with("ing")
            });
            if let Some(verb) = verb {
                return self.subject_before(&verb, floor);
            }
        }
        // `Mike Lee, who declared in the spin room, “…”`: `who` stands for
        // the person before it, as `he` would.
        // (`who has called`: an auxiliary may come between.)
        let who = Some(j)
            .filter(|&j| self.lower_is(j, WordGroup::Auxiliary))
            .and_then(|j| self.prev_visible(j, floor))
            .filter(|&k| self.text(k) == "who")
            .unwrap_or(j);
        if self.text(who) == "who" {
            let j = who;
            // With or without a comma (`a tweet from Rikkie Wells who
            // tweeted`).
            let person = self
                .prev_visible(j, floor)
                .and_then(|k| match self.text(k) {
                    "," => self.prev_visible(k, floor),
                    _ => Some(k),
                })
                .and_then(|k| self.mention_cand(k))
                .filter(|c| c.label() == Some(Label::Person) && c.first >= floor);
            if let Some(person) = person {
                return Some(Cand {
                    who: person.who,
                    ..self.cand(j, j, Who::Description)
                });
            }
        }
        // `a sign that read`, `water bottles that said`: the thing the
        // relative `that` or `which` stands for.
        // (`that report Friday`: before a base form `that` is a determiner.)
        if matches!(self.text(j), "that" | "which") && !cue.cue.base_form {
            // (`the Local Government Association, which said`: a comma may
            // set off a `which` clause.)
            let thing = self
                .prev_visible(j, floor)
                .and_then(|k| match self.text(k) {
                    "," if self.text(j) == "which" => self.prev_visible(k, floor),
                    _ => Some(k),
                })
                .and_then(|k| self.cand_ending_at(k, floor))
                .filter(|c| !matches!(c.who, Who::Pronoun(_)));
            match thing {
                Some(c) if matches!(c.who, Who::Description) => {
                    // The phrase parser may run back over a verb (`Protesters
                    // carried signs`): the thing is the noun phrase after it.
                    let first = (c.first..=c.last)
                        .rev()
                        .find(|&k| self.looks_like_a_verb(k))
                        .and_then(|k| self.next_visible(k + 1, j))
                        .unwrap_or(c.first);
                    return Some(self.cand(first, j, Who::Description));
                }
                Some(c) => {
                    return Some(Cand {
                        who: c.who,
                        ..self.cand(j, j, Who::Description)
                    })
                }
                None => {}
            }
        }
        for _ in 0..SKIP_WORDS {
            // A stop word in a name is no adverb (`Jo Roe of The Nation said`).
            if !self.is_skippable_word(j)
                || pronoun(self.text(j)).is_some()
                || self.mention_cand(j).is_some()
            {
                break;
            }
            match self.prev_visible(j, floor) {
                Some(k) => j = k,
                None => return shared(),
            }
        }
        if self.text(j) == ")" {
            j = self.before_parenthesis(j, floor)?;
        }
        // `Mr. Trump was prompted to say`, `went on to tell`: the subject of
        // an infinitive is that of the verbs it completes.
        if self.text(j) == "to" {
            let mut k = self.prev_visible(j, floor)?;
            for _ in 0..SKIP_WORDS {
                if !(self.looks_like_a_verb(k)
                    || self.is_skippable_word(k)
                    || matches!(
                        self.text(k),
                        "on" | "want" | "wants" | "have" | "has" | "had"
                    ))
                {
                    break;
                }
                k = self.prev_visible(k, floor)?;
            }
            return self
                .cand_ending_at(k, floor)
                .filter(|c| !matches!(c.who, Who::Description));
        }
        // `Gingrich — mentioned as a running mate — told …`: an aside
        // between dashes.
        if self.is_dash(j) {
            let mut k = j;
            for _ in 0..APPOSITION {
                match self.prev_visible(k, floor) {
                    Some(p) if self.is_dash(p) => {
                        j = self.prev_visible(p, floor)?;
                        break;
                    }
                    Some(p) => k = p,
                    None => break,
                }
            }
        }
        if self.text(j) == "," {
            if !participle {
                return self.apposition_subject(j, floor);
            }
            // `…, Nefzi said, adding, “…”`: the participle goes with the
            // reporting clause right before it, not with the sentence. After
            // a possessive the cue word is a noun (`Ryan's comments, saying`).
            // A base form there is a noun (`struck a more cautious note,
            // telling …`).
            let reporting = self.prev_visible(j, floor).and_then(|k| {
                self.last_cue_between(floor, k + 1).filter(|c| {
                    let before = self.input.text[..self.input.tokens[c.start].start()].trim_end();
                    c.end == k + 1
                        && c.cue.kind == CueKind::Verb
                        && !c.cue.base_form
                        && !before.ends_with(['\'', '’'])
                        && !ends_in_apostrophe_s(before)
                })
            });
            // (`while the inquiry continues, saying`: a verb that reports
            // only by chance, with a thing for its subject, leaves the
            // participle to a person who is the sentence's subject.)
            let reported = reporting.and_then(|c| self.subject_before(&c, floor));
            return match reported {
                Some(r) if matches!(r.who, Who::Description) => shared()
                    .filter(|s| s.label() == Some(Label::Person))
                    .or(Some(r)),
                Some(r) => Some(r),
                // `An agreement fell apart after Sen. Jo Roe withdrew her
                // support, saying …`: with a thing for the sentence's
                // subject, a person acting in the clause before the comma.
                None => match shared() {
                    Some(s) if matches!(s.who, Who::Description) && self.names_a_thing(s.last) => {
                        self.person_acting_before(s.last, j).or(Some(s))
                    }
                    s => s,
                },
            };
        }
        if self.lower_is(j, WordGroup::Coordinator) {
            // `When Jo Roe, the manager, was asked, he laughed and said`:
            // a person right before the first verb is its subject, rather
            // than a description opening the sentence.
            let sentence = self.sentence_subject(cue.start);
            if sentence
                .as_ref()
                .is_some_and(|c| !matches!(c.who, Who::Description))
            {
                return sentence;
            }
            let first_verb_subject = self
                .prev_visible(j, floor)
                .filter(|&k| self.looks_like_a_verb(k))
                .and_then(|k| self.prev_visible(k, floor))
                .and_then(|m| self.cand_ending_at(m, floor))
                .filter(|c| matches!(c.who, Who::Pronoun(_)) || c.label() == Some(Label::Person));
            return first_verb_subject.or(sentence);
        }
        // `a man can be heard telling`, `Jo Roe was caught saying`: the
        // verbs before a participle are no subject; the words before them
        // are.
        let after_auxiliary = || {
            self.prev_visible(j, floor)
                .is_some_and(|p| self.lower_is(p, WordGroup::Auxiliary))
        };
        if participle
            && !self.input.tokens[j].is_capitalised()
            && (self.looks_like_a_verb(j) || after_auxiliary())
        {
            let mut first = j;
            for _ in 0..SKIP_WORDS {
                match self.prev_visible(first, floor) {
                    Some(p)
                        if self.looks_like_a_verb(p)
                            || self.lower_is(p, WordGroup::Modal)
                            || matches!(self.text(p), "be" | "been" | "being") =>
                    {
                        first = p
                    }
                    _ => break,
                }
            }
            // (A thing there leaves the participle to the sentence's
            // subject: `released as the polls closed stating`.)
            let subject = self
                .prev_visible(first, floor)
                .and_then(|k| self.cand_ending_at(k, floor));
            return match subject {
                Some(c) if !matches!(c.who, Who::Description) || !self.names_a_thing(c.last) => {
                    Some(c)
                }
                _ => shared(),
            };
        }
        let near = self.cand_ending_at(j, floor);
        // `a White House official who spoke anonymously to discuss strategy
        // said`: the subject is before the relative clause.
        if near
            .as_ref()
            .map_or(true, |c| matches!(c.who, Who::Description))
        {
            if let Some(head) = self.before_relative_clause(j, floor) {
                return Some(head);
            }
        }
        // `She released a statement saying …`: the participle's noun is the
        // vehicle; `She responded on Facebook writing …`: a medium or a
        // place after a preposition (a person there is the participle's
        // subject: `with Gorka noting`). The sentence's subject, when it is
        // someone, speaks.
        let vehicle = |c: &Cand| {
            matches!(c.who, Who::Description)
                || (c.label() != Some(Label::Person)
                    && self.prev_visible(c.first, floor).is_some_and(|p| {
                        self.lower_is(p, WordGroup::FunctionWord)
                            && !self.lower_is(p, WordGroup::Determiner)
                    }))
        };
        // `emailed supporters saying`, `sent a text to supporters saying`:
        // the ones addressed never speak, whoever the subject is.
        let addressed = |c: &Cand| {
            matches!(c.who, Who::Description)
                && self
                    .prev_visible(c.first, floor)
                    .is_some_and(|p| self.text(p) == "to" || self.cue_at(p).is_some())
        };
        if participle && near.as_ref().is_some_and(vehicle) {
            let any_subject = near.as_ref().is_some_and(addressed);
            if let Some(s) = shared().filter(|s| any_subject || !matches!(s.who, Who::Description))
            {
                return Some(s);
            }
        }
        near.or_else(shared)
    }

    /// Is the word at `i`, the head of a description, a noun for no one
    /// who speaks: no title, role, group of people or organisation
    /// (`agreement`, not `spokesman`, `group` or `police`)?
    fn names_a_thing(&self, i: usize) -> bool {
        let lex = self.input.lexicon;
        let w = self.text(i);
        lex.title_any_case(w).is_none()
            && ![
                WordGroup::PersonNoun,
                WordGroup::UnnamedRole,
                WordGroup::SpeakingGroup,
                WordGroup::OrgDescriptor,
                WordGroup::OrgKind,
                WordGroup::StaffNoun,
            ]
            .iter()
            .any(|&g| self.lower_is(i, g))
    }

    /// The last person named after token `from` and before `comma` whose
    /// verb follows the name (and where they are from: `Sen. Jo Roe of
    /// Utah withdrew`).
    fn person_acting_before(&self, from: usize, comma: usize) -> Option<Cand> {
        let mut found = None;
        let mut k = from + 1;
        while k < comma {
            match self.mention_cand(k) {
                Some(m) => {
                    let mut after = self.next_visible(m.last + 1, comma);
                    if let Some(of) = after.filter(|&a| self.text(a) == "of") {
                        after = self
                            .next_visible(of + 1, comma)
                            .and_then(|p| self.mention_cand(p))
                            .filter(|p| p.label() == Some(Label::Location))
                            .and_then(|p| self.next_visible(p.last + 1, comma));
                    }
                    if m.label() == Some(Label::Person)
                        && after.is_some_and(|a| self.looks_like_a_verb(a))
                    {
                        found = Some(m);
                    }
                    k = m.last + 1;
                }
                None => k += 1,
            }
        }
        found
    }

    /// The phrase before a relative `who` that the clause ending at `end`
    /// follows, with nothing but words between them.
    fn before_relative_clause(&self, end: usize, floor: usize) -> Option<Cand> {
        let mut k = end;
        for _ in 0..LONG_SUBJECT {
            if self.text(k) == "who" {
                return self
                    .prev_visible(k, floor)
                    .and_then(|p| self.cand_ending_at(p, floor));
            }
            if !matches!(self.input.tokens[k].kind, TokenKind::Word) {
                return None;
            }
            k = self.prev_visible(k, floor)?;
        }
        None
    }

    /// The first token after a dateline that opens the sentence at `start`
    /// (`WASHINGTON —`, `KYIV, Ukraine (AP) —`): a place in capitals, then
    /// capitalised words, a date, commas or an agency in parentheses, then
    /// a dash.
    fn after_dateline(&self, start: usize, ceil: usize) -> Option<usize> {
        if !is_all_caps(self.text(start)) {
            return None;
        }
        let mut k = start;
        for _ in 0..DATELINE {
            k = self.next_visible(k + 1, ceil)?;
            if self.is_dash(k) {
                return self.next_visible(k + 1, ceil);
            }
            // `WASHINGTON, Dec. 8 (UPI) —`
            let t = &self.input.tokens[k];
            if !(t.is_capitalised()
                || t.kind == TokenKind::Number
                || matches!(self.text(k), "," | "(" | ")"))
            {
                return None;
            }
        }
        None
    }

    /// The token before the `(` that opens the parenthesis closing at
    /// `close`: `Sen. Jane Roe (D-Ore.) said`.
    pub(super) fn before_parenthesis(&self, close: usize, floor: usize) -> Option<usize> {
        let mut k = close;
        for _ in 0..PARENTHESIS {
            k = self.prev_visible(k, floor)?;
            if self.text(k) == "(" {
                return self.prev_visible(k, floor);
            }
        }
        None
    }

    /// The token after the `)` that closes the parenthesis opening at
    /// `open`.
    pub(super) fn after_parenthesis(&self, open: usize, ceil: usize) -> Option<usize> {
        let mut k = open;
        for _ in 0..PARENTHESIS {
            k = self.next_visible(k + 1, ceil)?;
            if self.text(k) == ")" {
                return self.next_visible(k + 1, ceil);
            }
        }
        None
    }

    /// `NAME, a TITLE of ORG, said`: the subject before the comma that
    /// opens the apposition.
    fn apposition_subject(&self, comma: usize, floor: usize) -> Option<Cand> {
        // `Gov. Jane Roe (R-OH), said`: a name and its party before a stray
        // comma.
        let before = self.prev_visible(comma, floor)?;
        if self.text(before) == ")" {
            let party = |open: usize| {
                self.next_visible(open + 1, before).is_some_and(|k| {
                    matches!(
                        self.text(k).as_bytes(),
                        [b'R' | b'D' | b'I'] | [b'R' | b'D' | b'I', b'-', ..]
                    )
                })
            };
            let person = self
                .before_parenthesis(before, floor)
                .filter(|&j| party(j + 1))
                .and_then(|j| self.mention_cand(j))
                .filter(|c| c.label() == Some(Label::Person) && c.first >= floor);
            if person.is_some() {
                return person;
            }
        }
        // `A spokeswoman for the agency, Maria Alvarez, said`: the name set
        // off by commas right before the cue is the speaker.
        // (`His barrister, Nadia Qureshi KC, said`: letters after the name
        // for an office or honour are passed.)
        let named = self
            .prev_visible(comma, floor)
            .and_then(|j| {
                if self
                    .input
                    .lexicon
                    .in_group(WordGroup::PostNominal, self.text(j))
                {
                    self.prev_visible(j, floor)
                } else {
                    Some(j)
                }
            })
            .and_then(|j| self.cand_ending_at(j, floor))
            // A place set off by commas ends an address (`a pastor in
            // Elizabeth, Colorado, said`), not a name.
            .filter(|c| matches!(c.who, Who::Mention { label, .. } if label != Label::Location))
            .filter(|c| {
                // (`The Prime Minister, Sir Keir Starmer, told`: a title
                // may stand between the comma and the name, after `the`
                // too: `The chair, the Rev Ana Roe, said`.)
                // (`Chepkoech’s lawyer, Nairobi-based Jo Roe, said`: so may
                // where the person works.)
                let mut p = self.prev_visible(c.first, floor);
                let mut titles = 0;
                for _ in 0..3 {
                    // (A title of several words the entity stage read:
                    // `Vice Finance Minister Kenji Morita`.)
                    if let Some(first) = p.and_then(|t| self.role_ending_at(t)) {
                        titles += 1;
                        p = self.prev_visible(first, floor);
                        continue;
                    }
                    match p {
                        Some(t)
                            if self.input.lexicon.title_any_case(self.text(t)).is_some()
                                || (titles > 0 && self.lower_is(t, WordGroup::DeputyWord))
                                || self.text(t).ends_with("-based") =>
                        {
                            titles += 1;
                            p = self.prev_visible(t, floor);
                        }
                        Some(t) if titles > 0 && self.text(t) == "the" => {
                            p = self.prev_visible(t, floor);
                        }
                        _ => break,
                    }
                }
                p.is_some_and(|p| self.text(p) == ",")
            });
        if named.is_some() {
            return named;
        }
        let mut k = comma;
        let mut fallback = None;
        for _ in 0..APPOSITION {
            k = match self.prev_visible(k, floor) {
                Some(p) => p,
                // `A Warren adviser, who spoke …, said`: the description
                // that opens the clause, after an opening adverb if any
                // (`Meanwhile, a Harris aide, speaking …, said`).
                None => {
                    return fallback.filter(|c: &Cand| {
                        c.first == k
                            || self.prev_visible(c.first, floor).is_some_and(|p| {
                                self.text(p) == ","
                                    && self.prev_visible(p, floor) == Some(k)
                                    && self.is_skippable_word(k)
                            })
                    })
                }
            };
            match self.text(k) {
                "," => {
                    // `Sen. Jane Roe (D-Ore.), noting …, said`
                    let c = self
                        .prev_visible(k, floor)
                        .and_then(|j| match self.text(j) {
                            ")" => self.before_parenthesis(j, floor),
                            _ => Some(j),
                        })
                        .and_then(|j| self.cand_ending_at(j, floor));
                    match c {
                        // A place is part of an address: the name is further
                        // back (`Jo Roe, of Sumter, South Carolina, said`).
                        Some(Cand {
                            who:
                                Who::Mention {
                                    label: Label::Location,
                                    ..
                                },
                            ..
                        }) => {}
                        // (`Jo Roe, managing director of Zelvo, a toolmaker,
                        // said`: a name after a preposition is the
                        // apposition's, not the subject.)
                        Some(c)
                            if matches!(c.who, Who::Mention { .. })
                                && self.prev_visible(c.first, floor).is_some_and(|p| {
                                    matches!(self.text(p), "of" | "at" | "for" | "with")
                                }) => {}
                        Some(c) if matches!(c.who, Who::Mention { .. } | Who::Pronoun(_)) => {
                            return Some(c)
                        }
                        Some(c) => {
                            fallback.get_or_insert(c);
                        }
                        None => {}
                    }
                }
                "." | "!" | "?" | ";" | ":" => break,
                _ if self.input.tokens[k].kind
                    == TokenKind::Quote(crate::token::QuoteMark::Closing) =>
                {
                    // (`Jo Roe, known as “Lupita”, called`: a nickname or
                    // a term in marks is part of the aside.)
                    match self.piece_at(k).map(|p| &self.pieces[p]) {
                        Some(p) if p.open >= floor && p.content.len() <= NICKNAME_TOKENS => {
                            k = p.open
                        }
                        _ => break,
                    }
                }
                _ => {}
            }
        }
        fallback
    }

    /// The subject of the sentence holding token `at`: its first phrase,
    /// after a quotation it opens with or an introductory phrase set off by
    /// a comma.
    pub(super) fn sentence_subject(&self, at: usize) -> Option<Cand> {
        let sent = self.sentence(at);
        let mut i = self.after_dateline(sent.start, at).unwrap_or(sent.start);
        if let Some(p) = self.piece_at(i) {
            let end = self.pieces[p].outer().end;
            i = self.next_visible(end, sent.end)?;
            if self.text(i) == "," {
                i = self.next_visible(i + 1, sent.end)?;
            }
        }
        if self.lower_is(i, WordGroup::Coordinator) {
            i = self.next_visible(i + 1, sent.end)?;
        }
        // `Then Trump went …`, `and later Trump said`: an adverb before a
        // name opens no introductory phrase.
        if self.lower_is(i, WordGroup::BetweenSubjectAndVerb) {
            let n = self.next_visible(i + 1, sent.end)?;
            if let Some(m) = self.subject_name_at(n) {
                return Some(m);
            }
        }
        let t = &self.input.tokens[i];
        let w = self.text(i);
        let lex = self.input.lexicon;
        // `Appearing before supporters, Suu Kyi said`, `Asked about it,
        // Roe said`: a participle opens an introductory phrase, as stop
        // words do (`On Monday, …`).
        let participle = self.introduces_phrase(i);
        // After a conjunction the opener is lower case (`And although he
        // thanked them, he said`).
        let opener = (t.is_capitalised()
            && (lex.is_stopword(w) || participle)
            && lex.title_any_case(w).is_none()
            && !self.lower_is(i, WordGroup::Determiner)
            && pronoun(w).is_none())
            || self.opens_clause(i);
        // `Former Secretary of State Jane Roe …`, `Retired Gen. …`: a word
        // before a title qualifies the title and opens the subject; other
        // such words open an introductory phrase (`On Monday, …`).
        let qualifies_title = opener
            && !self.lower_is(i, WordGroup::FunctionWord)
            && self.next_visible(i + 1, sent.end).is_some_and(|j| {
                self.input.tokens[j].is_capitalised()
                    && self.input.lexicon.title_first_words.contains(self.text(j))
            });
        let unskipped = i;
        if qualifies_title {
            i = self.next_visible(i + 1, sent.end)?;
        } else if opener {
            let mut k = i;
            for _ in 0..WINDOW {
                // No comma before the cue: no phrase was opened (`Party
                // leader Jo Roe said it was fine and warned …`).
                let Some(n) = self.next_visible(k + 1, sent.end.min(at)) else {
                    break;
                };
                k = n;
                if self.text(k) != "," {
                    continue;
                }
                i = self.next_visible(k + 1, sent.end)?;
                // `in Salem, New Hampshire, Trump said`: a place set off by
                // commas belongs to the phrase.
                let place_in_phrase = self.mention_cand(i).is_some_and(|m| {
                    m.first == i
                        && m.label() == Some(Label::Location)
                        && self
                            .next_visible(m.last + 1, sent.end)
                            .is_some_and(|n| self.text(n) == ",")
                });
                // `Once, when my mother mentioned it, I laughed`: a clause
                // set off by commas belongs to the phrase too, as does a
                // list of modifiers (`In a wide-ranging, in-prison
                // interview …, Lazar said`).
                let t = &self.input.tokens[i];
                let modifier = t.kind == TokenKind::Word
                    && !t.is_capitalised()
                    && !self.lower_is(i, WordGroup::Determiner)
                    && pronoun(self.text(i)).is_none()
                    && (i..at.min(i + WINDOW)).any(|j| self.text(j) == ",");
                // `On July 6, 2015, Roe said`: the year of a date.
                let year = t.kind == TokenKind::Number;
                if !place_in_phrase && !self.opens_clause(i) && !modifier && !year {
                    break;
                }
            }
        }
        // `City boss Pep Guardiola praised him, saying …`: what looked like an
        // introductory phrase was the subject's clause.
        self.subject_at(i, at).or_else(|| {
            (i != unskipped)
                .then(|| self.subject_at(unskipped, at))
                .flatten()
        })
    }

    /// The subject that starts at token `i`, before the cue at `at`.
    fn subject_at(&self, i: usize, at: usize) -> Option<Cand> {
        // The phrase parser cannot tell a verb from a head noun; a name at
        // the start of a clause is its subject (`Mayor Laura Chen
        // criticised …`, `Lopez attacked Ruiz …`, not the whole run of
        // words), unless it is a possessive (`Lopez's aide said`).
        if let Some(m) = self.subject_name_at(i) {
            return Some(m);
        }
        let c = self.cand_starting_at(i, at);
        if let Some(c) = c.filter(|c| !matches!(c.who, Who::Description)) {
            return Some(c);
        }
        // `The committee's chairman, Sen. Jo Roe of Utah, defended …`: the
        // person named in apposition to the description.
        if let Some(named) = c.and_then(|c| self.named_in_apposition(c.last, at)) {
            return Some(named);
        }
        // A title run (`Secretary of State Jane Roe`, `City boss Pep
        // Guardiola`) may stop the phrase parser before the name it leads
        // to: the first person within a few words, before any punctuation,
        // is the subject, unless possessive (`the timing of Roe's surge`).
        let mut k = i;
        for _ in 0..RUN_WORDS + 2 {
            if let Some(m) = self
                .mention_cand(k)
                .filter(|m| m.label() == Some(Label::Person))
            {
                return if self.possessive_at(m.span.end) {
                    c
                } else {
                    Some(m)
                };
            }
            match self.next_visible(k + 1, at) {
                // A verb ends the subject (`Roe and her backers tried to tie
                // Lopez …`).
                Some(j)
                    if matches!(self.input.tokens[j].kind, TokenKind::Word)
                        && !self.looks_like_a_verb(j) =>
                {
                    k = j
                }
                _ => break,
            }
        }
        c
    }

    /// The person named after the comma that follows token `last`, past
    /// any titles (`, Sen. Jo Roe`, `, the Rev Ana Roe`), before `at`.
    fn named_in_apposition(&self, last: usize, at: usize) -> Option<Cand> {
        const TITLES: usize = 3;
        // `A head in Cornwall, Gareth Pengelly, wrote`: where the one
        // described works or lives may come before the name.
        let located = self
            .next_visible(last + 1, at)
            .filter(|&k| self.lower_is(k, WordGroup::PlacePreposition) || self.text(k) == "of")
            .and_then(|k| self.next_visible(k + 1, at))
            .and_then(|k| self.mention_cand(k))
            .filter(|m| matches!(m.label(), Some(Label::Location | Label::Organization)));
        let last = located.map_or(last, |m| m.last);
        let comma = self
            .next_visible(last + 1, at)
            .filter(|&k| self.text(k) == ",")?;
        let mut k = self.next_visible(comma + 1, at)?;
        for _ in 0..TITLES {
            let titled = self.input.lexicon.title_any_case(self.text(k)).is_some();
            if !titled && self.text(k) != "the" {
                break;
            }
            k = self.next_visible(k + 1, at)?;
        }
        self.subject_name_at(k)
    }

    /// The first token of a title the entity stage read before a name
    /// that ends at token `t` (`Vice Finance Minister`), if any.
    fn role_ending_at(&self, t: usize) -> Option<usize> {
        let roles = &self.input.entities.roles;
        let end = self.input.tokens[t].end();
        let start = roles[..roles.partition_point(|r| r.span.start < end)]
            .last()
            .filter(|r| r.span.end == end)?
            .span
            .start;
        Some(self.input.tokens.partition_point(|x| x.start() < start))
    }

    /// Is the word at `i` right after a form of `be` (`was`, `been`), from
    /// `floor` on, as a verb in the passive is?
    pub(super) fn after_a_form_of_be(&self, i: usize, floor: usize) -> bool {
        self.prev_visible(i, floor).is_some_and(|p| {
            matches!(
                self.text(p),
                "be" | "been" | "being" | "is" | "are" | "was" | "were"
            )
        })
    }

    /// A lower-case past tense (`tried`, `sent`) or auxiliary (`was`).
    fn looks_like_a_verb(&self, j: usize) -> bool {
        let w = self.text(j);
        !self.input.tokens[j].is_capitalised()
            && ((w.len() >= 4 && w.ends_with("ed") && !w.ends_with("eed"))
                || self.lower_is(j, WordGroup::Auxiliary))
    }

    /// Is the word at `i` a modal or an auxiliary that carries on a clause
    /// (`could`, `was`, `has`), as after the subject of a reported clause?
    pub(super) fn starts_reported_clause(&self, i: usize) -> bool {
        let w = self.text(i);
        !self.input.tokens[i].is_capitalised()
            && !matches!(w, "to" | "who")
            && (self.lower_is(i, WordGroup::Modal)
                || (self.lower_is(i, WordGroup::Auxiliary)
                    && !self.lower_is(i, WordGroup::Coordinator)))
    }

    /// Does a lower-case conjunction or preposition at `i` open a clause
    /// or phrase of its own (`when`, `after`, `on Sunday`)? Determiners,
    /// `and`, `or`, `but` and pronouns lead on to a subject.
    pub(super) fn opens_clause(&self, i: usize) -> bool {
        !self.input.tokens[i].is_capitalised()
            && self.lower_is(i, WordGroup::FunctionWord)
            && !self.lower_is(i, WordGroup::Determiner)
            && !self.lower_is(i, WordGroup::Coordinator)
            && pronoun(self.text(i)).is_none()
    }

    /// A person named from token `i` on, not in the possessive.
    fn subject_name_at(&self, i: usize) -> Option<Cand> {
        self.mention_cand(i).filter(|m| {
            m.first == i && m.label() == Some(Label::Person) && !self.possessive_at(m.span.end)
        })
    }

    /// The last cue that ends at or before `before` and starts at or after
    /// `floor`.
    pub(super) fn last_cue_between(&self, floor: usize, before: usize) -> Option<CueHit> {
        let k = self.cues.partition_point(|c| c.end <= before);
        self.cues[..k].last().filter(|c| c.start >= floor).copied()
    }

    /// The first cue that starts at or after `from` and before `ceil`.
    pub(super) fn first_cue_between(&self, from: usize, ceil: usize) -> Option<CueHit> {
        let k = self.cues.partition_point(|c| c.start < from);
        self.cues.get(k).filter(|c| c.start < ceil).copied()
    }

    /// Does a cue between `from` and `ceil` have a subject other than `he`
    /// or `she`, so possibly someone new? After `“…,” Obama said. He
    /// didn't suggest retaliation.` the next quote is still his.
    /// Past a few such cues the speaker is taken to have changed, which
    /// also bounds the work per quote.
    pub(super) fn new_speaker_between(&self, from: usize, ceil: usize) -> bool {
        let k = self.cues.partition_point(|c| c.start < from);
        let mut between = self.cues[k..].iter().take_while(|c| c.start < ceil);
        let other = between.by_ref().take(PRONOUN_CUES).any(|c| {
            let floor = self.sentence(c.start).start.max(from);
            !matches!(
                self.subject_before(c, floor).map(|s| s.who),
                Some(Who::Pronoun(Pronoun::He | Pronoun::She))
            )
        });
        other || between.next().is_some()
    }

    pub(super) fn is_dash(&self, i: usize) -> bool {
        self.input.lexicon.in_group(WordGroup::Dash, self.text(i))
    }

    /// A word that may stand between a subject and its verb: an
    /// auxiliary, a negation (`didn't`), an adverb, a weekday.
    pub(super) fn is_skippable_word(&self, i: usize) -> bool {
        let t = &self.input.tokens[i];
        let w = self.text(i);
        matches!(t.kind, TokenKind::Word)
            && (self.lower_is(i, WordGroup::BetweenSubjectAndVerb)
                || (!t.is_capitalised() && w.ends_with("ly") && !self.after_noun_marker(i))
                || (!t.is_capitalised() && (w.ends_with("n't") || w.ends_with("n’t")))
                || (t.is_capitalised()
                    && self.input.lexicon.is_stopword(w)
                    && self.input.lexicon.title_any_case(w).is_none()
                    && !self.lower_is(i, WordGroup::SpeakingGroup)
                    && !self.lower_is(i, WordGroup::StandaloneDeterminer)))
    }

    /// An `-ly` word after a word that makes it a noun is no adverb: `the
    /// family said`, `an ally wrote`, `the victim's family said`.
    fn after_noun_marker(&self, i: usize) -> bool {
        self.prev_visible(i, 0).is_some_and(|k| {
            let w = self.text(k);
            self.lower_is(k, WordGroup::NounMarker) || strip_possessive(w).len() < w.len()
        })
    }
}

/// `the senator's`, `Ryan’s`: a possessive in `'s`.
pub(super) fn ends_in_apostrophe_s(text: &str) -> bool {
    text.ends_with("'s") || text.ends_with("’s")
}
