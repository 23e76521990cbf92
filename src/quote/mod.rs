//! Stage 4: quotations and who said them.
//!
//! Four steps, each a bounded pass over the document:
//!
//! 1. [`marks`] pairs quotation marks into quoted pieces per paragraph.
//!    Curly and straight double marks, `''`, guillemets and low-9 marks
//!    open and close quotes; single marks nested in a double quote are part
//!    of its content, single marks outside any double quote pair on their
//!    own (headline style), and a single quote that opens a sentence and
//!    closes after punctuation holds double marks (British style: `‘a
//!    “game changer” for us,’ she said`). A paragraph that ends inside a quote whose next
//!    paragraph opens with a mark continues the quote (news convention);
//!    each paragraph's piece is reported as its own quote with the same
//!    speaker. **A quote that does not close by the end of its paragraph
//!    ends there and is reported**: the opening mark is evidence enough
//!    that speech follows, and the paragraph bounds it, so a stray mark
//!    never swallows the rest of the document.
//! 2. [`kind`] tells direct quotes from partial ones and leaves out quoted
//!    titles, nicknames and subheadings, which are not speech.
//! 3. [`cue`] finds the speech cues of the lexicon once, and [`attribute`]
//!    tries the layouts of news writing around each piece: after the
//!    closing mark, before the opening mark, a colon lead-in paragraph, a
//!    reporting verb elsewhere in the sentence. A direct quote without a
//!    cue of its own continues the speaker of the quote before it in the
//!    same or the previous paragraph, unless a cue intervenes.
//! 4. [`resolve`] maps the speaker phrase to a referent: names through
//!    entity linking, pronouns and epithets to a compatible entity of the
//!    latest sentence that names one outside quotes (who speaks there, or
//!    its subject), descriptions through roles stated earlier or, for a
//!    role no one was given, to the person last spoken of.

use crate::entity::Entities;
use crate::gazetteer::{Gazetteer, Label, Lexicon, WordGroup};
use crate::span::Span;
use crate::token::{RawToken, Segments, TokenKind};
use std::ops::Range;

mod attribute;
mod cue;
mod kind;
mod marks;
mod resolve;
#[cfg(test)]
mod tests;

/// How a quotation sits in the writer's text.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum QuoteKind {
    /// Quoted clauses or sentences: `“We are close,” she said.`
    Direct,
    /// Quoted words or a phrase inside the writer's own sentence:
    /// `the talks were “very productive”`.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// `direct`, `partial` or `indirect`, as in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who a quotation is attributed to, as the quote stage found it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SpeakerRecord {
    /// The mention next to the cue: a name, a pronoun, a description.
    pub span: Span,
    /// The document referent it resolves to, if any.
    pub referent: Option<u32>,
    pub label: Option<Label>,
}

/// A quotation as the quote stage found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct QuoteRecord {
    /// The content between the marks, without them.
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<SpeakerRecord>,
    pub cue: Option<Span>,
    /// Name of the rule that attributed the quote (or found it).
    pub rule: &'static str,
}

/// What the quote stage reads.
pub(crate) struct Input<'a> {
    pub text: &'a str,
    pub tokens: &'a [RawToken],
    pub segments: &'a Segments,
    pub entities: &'a Entities,
    pub gazetteer: &'a Gazetteer,
    pub lexicon: &'a Lexicon,
}

/// The document as the rules of this stage see it.
pub(super) struct Ctx<'a> {
    input: &'a Input<'a>,
    pieces: Vec<marks::Piece>,
    cues: Vec<cue::CueHit>,
}

impl<'a> Ctx<'a> {
    fn text(&self, i: usize) -> &'a str {
        &self.input.text[self.input.tokens[i].range()]
    }

    /// The last visible token before `i`, not before `floor`.
    fn prev_visible(&self, i: usize, floor: usize) -> Option<usize> {
        (floor..i).rev().find(|&k| !self.input.tokens[k].is_space())
    }

    /// The first visible token at or after `i`, before `ceil`.
    fn next_visible(&self, i: usize, ceil: usize) -> Option<usize> {
        (i..ceil.min(self.input.tokens.len())).find(|&k| !self.input.tokens[k].is_space())
    }

    fn paragraph(&self, p: usize) -> Range<usize> {
        self.input.segments.paragraphs[p].clone()
    }

    /// The sentence holding token `i` (just `i` between sentences).
    fn sentence(&self, i: usize) -> Range<usize> {
        let s = &self.input.segments.sentences;
        let k = s.partition_point(|r| r.end <= i);
        s.get(k)
            .filter(|r| r.start <= i)
            .cloned()
            .unwrap_or(i..i + 1)
    }

    /// Is the mention whose span ends at byte `end` in the possessive
    /// (`Roe's`, `Sanders’`)?
    fn possessive_at(&self, end: usize) -> bool {
        self.input.text[end..].starts_with(['\'', '’'])
    }

    /// The piece whose marks enclose token `i`.
    fn piece_at(&self, i: usize) -> Option<usize> {
        let k = self.pieces.partition_point(|p| p.outer().end <= i);
        self.pieces.get(k).filter(|p| p.open <= i).map(|_| k)
    }
}

/// A speaker is never inside a quotation (a vocative such as `“Sean, …”`
/// addresses someone; it does not attribute): where a rule picked a mention
/// inside any quote of the document, the quote loses its speaker and cue.
fn drop_speakers_inside_quotes(records: &mut [QuoteRecord]) {
    let spans: Vec<Span> = records.iter().map(|r| r.span).collect();
    let inside = |s: Span| {
        let k = spans.partition_point(|q| q.end <= s.start);
        spans.get(k).is_some_and(|q| q.overlaps(s))
    };
    for r in records.iter_mut() {
        if r.speaker.is_some_and(|s| inside(s.span)) || r.cue.is_some_and(inside) {
            r.speaker = None;
            r.cue = None;
        }
    }
}

/// The speaker found for the last attributed quote, for continuations.
struct Last {
    para: usize,
    speaker: SpeakerRecord,
    /// Cues after this token intervene between that quote and the next.
    after: usize,
    /// The tokens after the cue that belong to the report (`told the BBC's
    /// Laura Kuenssberg that`): who is named there is spoken to or of.
    reported: Range<usize>,
}

/// Gives `record` the speaker and cue `f` found for piece `p`, and makes
/// it the `last` attribution, which the next quotes may continue from.
fn attribute_to(
    cx: &Ctx<'_>,
    resolver: &mut resolve::Resolver,
    record: &mut QuoteRecord,
    p: &marks::Piece,
    f: &attribute::Found,
    last: &mut Option<Last>,
) {
    let previous = last
        .as_ref()
        .filter(|l| l.speaker.label == Some(Label::Person))
        .and_then(|l| Some((l.speaker.referent?, l.reported.clone())));
    let speaker = resolver.resolve(cx, &f.cand, previous);
    let attribution_end = f.cue.map_or(0, |c| c.end).max(f.cand.last + 1);
    record.speaker = Some(speaker);
    record.cue = f.cue.map(|c| c.span(cx));
    record.rule = f.rule;
    // The rest of the attribution's sentence tells more of the same act
    // (`…,” Roe said, in answer to a question.`): a cue there introduces no
    // new speaker.
    let sentence_end = cx.sentence(attribution_end - 1).end;
    let after = p.outer().end.max(attribution_end).max(sentence_end);
    // From the cue to the quote it introduces, or to the end of the
    // sentence of a cue after its quote.
    let reported = f.cue.map_or(0..0, |c| {
        c.end..if c.end <= p.open {
            p.open
        } else {
            sentence_end
        }
    });
    *last = Some(Last {
        para: p.para,
        speaker,
        after,
        reported,
    });
}

/// Finds the quotations of one document.
pub(crate) fn find(input: &Input<'_>, out: &mut Vec<QuoteRecord>) {
    out.clear();
    let mut pieces = Vec::new();
    marks::find(input, &mut pieces);
    if pieces.is_empty() {
        return;
    }
    let mut cx = Ctx {
        input,
        pieces,
        cues: Vec::new(),
    };
    let mut cues = Vec::new();
    cue::index(&cx, &mut cues);
    cx.cues = cues;
    out.reserve(cx.pieces.len());
    let mut resolver = resolve::Resolver::new(&cx);
    // Index into `out` of each piece, for multi-paragraph groups.
    let mut record_of: Vec<Option<usize>> = Vec::with_capacity(cx.pieces.len());
    // Records that went on with the speaker of the paragraph before, whom
    // their own group's attribution, if any, overrides.
    let mut went_on: Vec<bool> = Vec::with_capacity(cx.pieces.len());
    let mut last: Option<Last> = None;
    for (idx, p) in cx.pieces.iter().enumerate() {
        let kind::Class::Speech(kind) = kind::classify(&cx, p) else {
            record_of.push(None);
            continue;
        };
        // A quote that ends its own sentence (`…?”`, `….”`) is more often
        // introduced by the sentence before it than tagged by the words
        // after it, which may begin a new sentence with a cue of its own.
        // (`“…?” asked Roe`: a lower-case word after the mark goes on with
        // the sentence.)
        let goes_on = p.close.is_some_and(|close| {
            cx.next_visible(close + 1, cx.paragraph(p.para).end)
                .is_some_and(|k| {
                    let t = &cx.input.tokens[k];
                    t.kind == TokenKind::Word && !t.is_capitalised()
                })
        });
        let ends_sentence = p
            .last_content()
            .is_some_and(|k| matches!(cx.text(k), "." | "?" | "!" | "…"))
            && !goes_on;
        let tagged_before = || ends_sentence.then(|| attribute::before(&cx, idx)).flatten();
        let hit = tagged_before()
            .or_else(|| attribute::after(&cx, p))
            .or_else(|| match attribute::before(&cx, idx) {
                Some(f) if kind == QuoteKind::Partial && f.rule == "cue-embedded" => {
                    attribute::closing_report(&cx, idx, &f).or(Some(f))
                }
                f => f,
            })
            .or_else(|| attribute::lead_in(&cx, idx))
            .or_else(|| attribute::name_colon(&cx, idx))
            .or_else(|| attribute::subject_colon(&cx, idx))
            .or_else(|| attribute::headline_label(&cx, p))
            .or_else(|| {
                (kind == QuoteKind::Partial)
                    .then(|| attribute::later_in_sentence(&cx, idx))
                    .flatten()
            })
            .or_else(|| {
                (kind == QuoteKind::Direct)
                    .then(|| attribute::name_then_past_tense(&cx, p))
                    .flatten()
            });
        let mut record = QuoteRecord {
            span: p.span,
            kind,
            speaker: None,
            cue: None,
            rule: "marks",
        };
        if let Some(f) = hit {
            attribute_to(&cx, &mut resolver, &mut record, p, &f, &mut last);
        } else if kind == QuoteKind::Direct {
            let group = (p.group != idx)
                .then(|| record_of[p.group].and_then(|r| out[r].speaker))
                .flatten();
            // A cue later in the quote's own sentence is an attribution the
            // layouts could not read: the quote has a speaker of its own.
            let own_cue = || {
                let end = p.outer().end;
                let sentence_end = cx.sentence(end.saturating_sub(1)).end;
                cx.first_cue_between(end, sentence_end).is_some()
            };
            // No one else speaks in between; a person may go on being `he`
            // or `she`.
            let quiet = |l: &Last| {
                if l.speaker.label == Some(Label::Person) {
                    !cx.new_speaker_between(l.after, p.open)
                } else {
                    cx.first_cue_between(l.after, p.open).is_none()
                }
            };
            let near = last
                .as_ref()
                .filter(|l| (l.para == p.para || l.para + 1 == p.para) && quiet(l) && !own_cue());
            if let Some(speaker) = group.or(near.map(|l| l.speaker)) {
                record.speaker = Some(speaker);
                record.rule = "continuation";
                if group.is_none() {
                    went_on.resize(out.len() + 1, false);
                    went_on[out.len()] = true;
                }
                if let Some(l) = last.as_mut() {
                    l.para = p.para;
                    l.after = p.outer().end;
                }
            } else if let Some(f) = attribute::previous_sentence(&cx, idx) {
                attribute_to(&cx, &mut resolver, &mut record, p, &f, &mut last);
            }
        }
        if kind == QuoteKind::Partial && record.speaker.is_none() {
            // `said the vote was “premature” but that the minister had
            // “lost …”`: a second quote in the clause of the cue that
            // tagged the quote before it, no other cue between but one
            // that shares its subject (`and predicted that voters would
            // “…”`), is the same speaker's.
            let before = idx
                .checked_sub(1)
                .and_then(|q| Some((&cx.pieces[q], record_of[q]?)))
                .filter(|&(q, r)| {
                    let shares_subject = |c: cue::CueHit| {
                        cx.prev_visible(c.start, q.outer().end)
                            .is_some_and(|k| cx.lower_is(k, WordGroup::Coordinator))
                    };
                    out[r].rule == "cue-embedded"
                        && cx.sentence(q.open) == cx.sentence(p.open)
                        && cx
                            .first_cue_between(q.outer().end, p.open)
                            .map_or(true, shares_subject)
                });
            match before {
                Some((_, r)) => {
                    record.speaker = out[r].speaker;
                    record.cue = out[r].cue;
                    record.rule = out[r].rule;
                }
                // Quoted words with no one saying them are the writer's
                // scare quotes or terms, not reported speech.
                None => {
                    record_of.push(None);
                    continue;
                }
            }
        }
        record_of.push(Some(out.len()));
        out.push(record);
    }
    // A quote over several paragraphs is often attributed only in its last
    // piece (`“…` ¶ `“…,” she said.`): earlier pieces take that speaker,
    // rather than the speaker of the paragraph before.
    let mut pending: Option<(usize, SpeakerRecord)> = None;
    for (idx, p) in cx.pieces.iter().enumerate().rev() {
        let Some(r) = record_of[idx] else { continue };
        let overridden = went_on.get(r).copied().unwrap_or(false);
        match (out[r].speaker, pending) {
            (None, Some((g, s))) if g == p.group => {
                out[r].speaker = Some(s);
                out[r].rule = "continuation";
            }
            (Some(_), Some((g, s))) if g == p.group && overridden => {
                out[r].speaker = Some(s);
            }
            (Some(s), _) => pending = Some((p.group, s)),
            _ => {}
        }
    }
    drop_speakers_inside_quotes(out);
}
