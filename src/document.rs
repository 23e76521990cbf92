//! The result of an extraction: tokens, sentences, entities and quotes of
//! one text, each with its span in that text.

use crate::entity::{Entities, Mention, Name};
use crate::extractor::Model;
use crate::gazetteer::Label;
use crate::quote::{QuoteKind, QuoteRecord, SpeakerRecord};
use crate::span::Span;
use crate::token::{RawToken, Segments, Token};
use std::ops::Range;
use std::sync::Arc;

/// Everything whosaid found in one text.
///
/// A document borrows the text it was made from (`'h`); every item it hands
/// out has a [`Span`] of byte offsets into that text and an `as_str()` that
/// returns the covered text.
#[derive(Debug)]
pub struct Document<'h> {
    text: &'h str,
    model: Arc<Model>,
    tokens: Vec<RawToken>,
    segments: Segments,
    entities: Entities,
    quotes: Vec<QuoteRecord>,
}

impl<'h> Document<'h> {
    pub(crate) fn new(
        text: &'h str,
        model: Arc<Model>,
        tokens: Vec<RawToken>,
        segments: Segments,
        entities: Entities,
        quotes: Vec<QuoteRecord>,
    ) -> Document<'h> {
        Document {
            text,
            model,
            tokens,
            segments,
            entities,
            quotes,
        }
    }

    /// The text the document was extracted from.
    pub fn text(&self) -> &'h str {
        self.text
    }

    /// Every token, whitespace included, in text order.
    pub fn tokens(&self) -> impl ExactSizeIterator<Item = Token<'h>> + '_ {
        Tokens::new(self.text, &self.tokens)
    }

    /// The sentences, in text order.
    pub fn sentences(&self) -> impl ExactSizeIterator<Item = Segment<'_>> + '_ {
        self.segments
            .sentences
            .iter()
            .map(move |r| Segment::new(self, r.clone()))
    }

    /// The paragraphs (text between line breaks), in text order.
    pub fn paragraphs(&self) -> impl ExactSizeIterator<Item = Segment<'_>> + '_ {
        self.segments
            .paragraphs
            .iter()
            .map(move |r| Segment::new(self, r.clone()))
    }

    /// Every mention of a person, place or organisation, in text order.
    pub fn entities(&self) -> impl ExactSizeIterator<Item = Entity<'_>> + '_ {
        self.entities.mentions.iter().map(move |m| Entity {
            doc: self,
            mention: m,
        })
    }

    /// The distinct people, places and organisations mentioned, in order of
    /// first mention; each gathers its mentions.
    pub fn referents(&self) -> impl ExactSizeIterator<Item = Referent<'_>> + '_ {
        (0..self.entities.referents.len() as u32).map(move |id| Referent { doc: self, id })
    }

    /// The distinct people mentioned.
    pub fn people(&self) -> impl Iterator<Item = Referent<'_>> + '_ {
        self.referents().filter(|r| r.label() == Label::Person)
    }

    /// The distinct places mentioned.
    pub fn places(&self) -> impl Iterator<Item = Referent<'_>> + '_ {
        self.referents().filter(|r| r.label() == Label::Location)
    }

    /// The distinct organisations mentioned.
    pub fn organizations(&self) -> impl Iterator<Item = Referent<'_>> + '_ {
        self.referents()
            .filter(|r| r.label() == Label::Organization)
    }

    /// The quotations, in text order.
    pub fn quotes(&self) -> impl ExactSizeIterator<Item = Quote<'_>> + '_ {
        self.quotes.iter().map(move |q| Quote {
            doc: self,
            record: q,
        })
    }

    /// The quotations attributed to `referent`.
    pub fn quotes_by<'d>(
        &'d self,
        referent: &Referent<'_>,
    ) -> impl Iterator<Item = Quote<'d>> + 'd {
        let id = referent.id;
        self.quotes()
            .filter(move |q| q.record.speaker.and_then(|s| s.referent) == Some(id))
    }

    fn canonical_of(&self, referent: u32) -> &str {
        match self.entities.referents[referent as usize].name {
            Name::Known(e) => &self.model.gazetteer.entry(e).canonical,
            Name::Text(span) => &self.text[span.range()],
        }
    }
}

/// A sentence or a paragraph.
#[derive(Clone, Debug)]
pub struct Segment<'d> {
    doc: &'d Document<'d>,
    tokens: Range<usize>,
}

impl<'d> Segment<'d> {
    fn new(doc: &'d Document<'_>, tokens: Range<usize>) -> Segment<'d> {
        Segment { doc, tokens }
    }

    /// The byte span, from the first to the last visible token.
    pub fn span(&self) -> Span {
        let t = &self.doc.tokens;
        Span::new(t[self.tokens.start].start(), t[self.tokens.end - 1].end())
    }

    /// The text of the segment.
    pub fn as_str(&self) -> &'d str {
        &self.doc.text[self.span().range()]
    }

    /// The tokens of the segment.
    pub fn tokens(&self) -> impl Iterator<Item = Token<'d>> + 'd {
        let doc = self.doc;
        Tokens::new(doc.text, &doc.tokens[self.tokens.clone()])
    }
}

/// The tokens of a stored stretch, with a space token put back in each
/// one-byte gap the tokenizer left for a lone space.
struct Tokens<'h, 'd> {
    text: &'h str,
    stored: std::slice::Iter<'d, RawToken>,
    /// The stored token that follows a space being handed out.
    after_space: Option<RawToken>,
    /// The last token handed out.
    last: Option<RawToken>,
    left: usize,
}

impl<'h, 'd> Tokens<'h, 'd> {
    fn new(text: &'h str, stored: &'d [RawToken]) -> Tokens<'h, 'd> {
        let gaps = stored
            .windows(2)
            .filter(|w| w[0].spaced_from(&w[1]))
            .count();
        Tokens {
            text,
            stored: stored.iter(),
            after_space: None,
            last: None,
            left: stored.len() + gaps,
        }
    }
}

impl<'h> Iterator for Tokens<'h, '_> {
    type Item = Token<'h>;

    fn next(&mut self) -> Option<Token<'h>> {
        let next = match self.after_space.take() {
            Some(t) => t,
            None => {
                let t = *self.stored.next()?;
                match self.last.and_then(|last| last.space_before(&t)) {
                    Some(space) => {
                        self.after_space = Some(t);
                        space
                    }
                    None => t,
                }
            }
        };
        self.last = Some(next);
        self.left -= 1;
        Some(Token::new(self.text, next))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Tokens<'_, '_> {}

/// One mention of a person, place or organisation.
#[derive(Clone, Copy, Debug)]
pub struct Entity<'d> {
    doc: &'d Document<'d>,
    mention: &'d Mention,
}

impl<'d> Entity<'d> {
    /// The byte span of the mention (without a possessive `'s`).
    pub fn span(&self) -> Span {
        self.mention.span
    }

    /// The mention as written.
    pub fn as_str(&self) -> &'d str {
        &self.doc.text[self.mention.span.range()]
    }

    /// Person, place or organisation.
    pub fn label(&self) -> Label {
        self.mention.label
    }

    /// The name of the entity the mention refers to: the gazetteer's
    /// canonical name, or the fullest form used in the document (for an
    /// acronym the document defines, `the Fair Housing Center (FHC)`, the
    /// name it stands for).
    pub fn canonical(&self) -> &'d str {
        self.doc.canonical_of(self.mention.referent)
    }

    /// The name of the rule that found the mention (`gazetteer`, `title`,
    /// `given-name`, `surname` …), for auditing. Rule names may change
    /// between versions.
    pub fn rule(&self) -> &'static str {
        self.mention.evidence.name()
    }

    /// The entity the mention refers to.
    pub fn referent(&self) -> Referent<'d> {
        Referent {
            doc: self.doc,
            id: self.mention.referent,
        }
    }
}

/// A distinct person, place or organisation of a document.
#[derive(Clone, Copy, Debug)]
pub struct Referent<'d> {
    doc: &'d Document<'d>,
    id: u32,
}

impl<'d> Referent<'d> {
    /// The canonical name.
    pub fn canonical(&self) -> &'d str {
        self.doc.canonical_of(self.id)
    }

    /// Person, place or organisation.
    pub fn label(&self) -> Label {
        self.doc.entities.referents[self.id as usize].label
    }

    /// The gazetteer's subtype (`country`, `city`, `politician` …), or
    /// `None` for a name found by the rules alone.
    pub fn subtype(&self) -> Option<&'d str> {
        match self.doc.entities.referents[self.id as usize].name {
            Name::Known(e) => {
                Some(&*self.doc.model.gazetteer.entry(e).subtype).filter(|s| !s.is_empty())
            }
            Name::Text(_) => None,
        }
    }

    /// The gazetteer's stable id (a GeoNames id for places), if it has one.
    pub fn id(&self) -> Option<&'d str> {
        match self.doc.entities.referents[self.id as usize].name {
            Name::Known(e) => {
                Some(&*self.doc.model.gazetteer.entry(e).id).filter(|s| !s.is_empty())
            }
            Name::Text(_) => None,
        }
    }

    /// Its mentions, in text order.
    pub fn mentions(&self) -> impl Iterator<Item = Entity<'d>> + 'd {
        let (doc, id) = (self.doc, self.id);
        doc.entities().filter(move |e| e.mention.referent == id)
    }
}

impl PartialEq for Referent<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.doc, other.doc) && self.id == other.id
    }
}

/// A quotation, with its speaker when whosaid could attribute it.
#[derive(Clone, Copy, Debug)]
pub struct Quote<'d> {
    doc: &'d Document<'d>,
    record: &'d QuoteRecord,
}

impl<'d> Quote<'d> {
    /// The byte span of the quoted words, without the quotation marks.
    pub fn span(&self) -> Span {
        self.record.span
    }

    /// The quoted words.
    pub fn as_str(&self) -> &'d str {
        &self.doc.text[self.record.span.range()]
    }

    /// Direct, partial or indirect.
    pub fn kind(&self) -> QuoteKind {
        self.record.kind
    }

    /// Who said it: the mention next to the speech cue (a name, a pronoun,
    /// the `who` of `NAME, who said`, or a description), resolved where
    /// possible.
    pub fn speaker(&self) -> Option<Speaker<'d>> {
        self.record.speaker.as_ref().map(|s| Speaker {
            doc: self.doc,
            record: s,
        })
    }

    /// The speech cue (`said`, `told`, `according to`) that licenses the
    /// attribution.
    pub fn cue(&self) -> Option<Cue<'d>> {
        self.record.cue.map(|span| Cue {
            text: self.doc.text,
            span,
        })
    }

    /// The name of the rule that attributed the quotation, for debugging
    /// and auditing. Rule names may change between versions.
    pub fn rule(&self) -> &'static str {
        self.record.rule
    }
}

/// The speaker of a quotation.
#[derive(Clone, Copy, Debug)]
pub struct Speaker<'d> {
    doc: &'d Document<'d>,
    record: &'d SpeakerRecord,
}

impl<'d> Speaker<'d> {
    /// The byte span of the speaker mention.
    pub fn span(&self) -> Span {
        self.record.span
    }

    /// The mention as written: `Peskov`, `he`, `the Kremlin spokesman`.
    pub fn as_str(&self) -> &'d str {
        &self.doc.text[self.record.span.range()]
    }

    /// The canonical name of the person or organisation the mention
    /// resolves to, or `None` when it resolves to no entity.
    pub fn canonical(&self) -> Option<&'d str> {
        self.record.referent.map(|r| self.doc.canonical_of(r))
    }

    /// Person or organisation, when known.
    pub fn label(&self) -> Option<Label> {
        self.record.label
    }

    /// The entity the speaker resolves to.
    pub fn referent(&self) -> Option<Referent<'d>> {
        self.record
            .referent
            .map(|id| Referent { doc: self.doc, id })
    }
}

/// The speech cue of a quotation.
#[derive(Clone, Copy, Debug)]
pub struct Cue<'d> {
    text: &'d str,
    span: Span,
}

impl<'d> Cue<'d> {
    /// The byte span of the cue.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The cue as written.
    pub fn as_str(&self) -> &'d str {
        &self.text[self.span.range()]
    }
}

/// The unit of the offsets in serialized output.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Offsets {
    /// UTF-8 byte offsets, as everywhere in the Rust API (the default).
    #[default]
    Bytes,
    /// Unicode scalar value (`char`) offsets, as Python's `str` and most
    /// JSON consumers index text.
    Chars,
}

#[cfg(feature = "serde")]
mod json {
    use super::*;
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    /// A serializable view of a [`Document`]: `{"entities": [...], "quotes": [...]}`
    /// with offsets in the chosen unit. Made by [`Document::serializable`].
    pub struct Serializable<'d> {
        doc: &'d Document<'d>,
        map: OffsetMap,
    }

    /// Byte → char offset conversion for the offsets a document reports.
    enum OffsetMap {
        Identity,
        Chars(Vec<(usize, usize)>),
    }

    impl OffsetMap {
        fn new(doc: &Document<'_>, unit: Offsets) -> OffsetMap {
            if unit == Offsets::Bytes || doc.text.is_ascii() {
                return OffsetMap::Identity;
            }
            let mut wanted: Vec<usize> = Vec::new();
            for e in doc.entities() {
                wanted.extend([e.span().start, e.span().end]);
            }
            for q in doc.quotes() {
                wanted.extend([q.span().start, q.span().end]);
                if let Some(s) = q.speaker() {
                    wanted.extend([s.span().start, s.span().end]);
                }
                if let Some(c) = q.cue() {
                    wanted.extend([c.span().start, c.span().end]);
                }
            }
            wanted.sort_unstable();
            wanted.dedup();
            let mut pairs = Vec::with_capacity(wanted.len());
            let (mut byte, mut chars) = (0, 0);
            for w in wanted {
                chars += doc.text[byte..w].chars().count();
                byte = w;
                pairs.push((w, chars));
            }
            OffsetMap::Chars(pairs)
        }

        fn get(&self, byte: usize) -> usize {
            match self {
                OffsetMap::Identity => byte,
                OffsetMap::Chars(pairs) => pairs
                    .binary_search_by_key(&byte, |p| p.0)
                    .map_or(byte, |k| pairs[k].1),
            }
        }
    }

    impl<'h> Document<'h> {
        /// A view of the document that serializes as whosaid's JSON record
        /// (without `id`), with offsets in `unit`.
        pub fn serializable(&self, unit: Offsets) -> Serializable<'_> {
            Serializable {
                doc: self,
                map: OffsetMap::new(self, unit),
            }
        }
    }

    impl Serialize for Document<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            self.serializable(Offsets::Bytes).serialize(s)
        }
    }

    #[derive(serde::Serialize)]
    struct EntityOut<'a> {
        start: usize,
        end: usize,
        text: &'a str,
        label: Label,
        canonical: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<&'a str>,
        rule: &'a str,
    }

    #[derive(serde::Serialize)]
    struct SpeakerOut<'a> {
        start: usize,
        end: usize,
        text: &'a str,
        canonical: Option<&'a str>,
        label: Option<Label>,
    }

    #[derive(serde::Serialize)]
    struct CueOut<'a> {
        start: usize,
        end: usize,
        text: &'a str,
    }

    #[derive(serde::Serialize)]
    struct QuoteOut<'a> {
        start: usize,
        end: usize,
        text: &'a str,
        kind: QuoteKind,
        speaker: Option<SpeakerOut<'a>>,
        cue: Option<CueOut<'a>>,
        rule: &'a str,
    }

    impl Serialize for Serializable<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let m = &self.map;
            let entities: Vec<EntityOut<'_>> = self
                .doc
                .entities()
                .map(|e| EntityOut {
                    start: m.get(e.span().start),
                    end: m.get(e.span().end),
                    text: e.as_str(),
                    label: e.label(),
                    canonical: e.canonical(),
                    id: e.referent().id(),
                    rule: e.rule(),
                })
                .collect();
            let quotes: Vec<QuoteOut<'_>> = self
                .doc
                .quotes()
                .map(|q| QuoteOut {
                    start: m.get(q.span().start),
                    end: m.get(q.span().end),
                    text: q.as_str(),
                    kind: q.kind(),
                    speaker: q.speaker().map(|sp| SpeakerOut {
                        start: m.get(sp.span().start),
                        end: m.get(sp.span().end),
                        text: sp.as_str(),
                        canonical: sp.canonical(),
                        label: sp.label(),
                    }),
                    cue: q.cue().map(|c| CueOut {
                        start: m.get(c.span().start),
                        end: m.get(c.span().end),
                        text: c.as_str(),
                    }),
                    rule: q.rule(),
                })
                .collect();
            let mut st = s.serialize_struct("Document", 2)?;
            st.serialize_field("entities", &entities)?;
            st.serialize_field("quotes", &quotes)?;
            st.end()
        }
    }
}

#[cfg(feature = "serde")]
pub use json::Serializable;
