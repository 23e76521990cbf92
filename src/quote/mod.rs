//! Stage 4: quotations and who said them.

use crate::entity::Entities;
use crate::gazetteer::{Gazetteer, Label, Lexicon};
use crate::span::Span;
use crate::token::{QuoteMark, RawToken, Segments, TokenKind};

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

/// Finds the quotations of one document.
pub(crate) fn find(input: &Input<'_>, out: &mut Vec<QuoteRecord>) {
    out.clear();
    for para in &input.segments.paragraphs {
        let mut open: Option<usize> = None;
        for i in para.clone() {
            let t = &input.tokens[i];
            if t.quote_family() != Some(crate::token::QuoteFamily::Double) {
                continue;
            }
            match (open, t.kind) {
                (None, TokenKind::Quote(QuoteMark::Opening | QuoteMark::Ambiguous)) => open = Some(i),
                (Some(o), TokenKind::Quote(QuoteMark::Closing | QuoteMark::Ambiguous)) => {
                    let span = Span::new(input.tokens[o].span.end, t.span.start);
                    if !span.is_empty() {
                        out.push(QuoteRecord {
                            span,
                            kind: QuoteKind::Direct,
                            speaker: None,
                            cue: None,
                            rule: "marks",
                        });
                    }
                    open = None;
                }
                _ => {}
            }
        }
    }
}
