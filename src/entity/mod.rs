//! Stage 3: people, places and organisations, and which mentions name the
//! same one.
//!
//! Recognition walks the capitalised words of each sentence once. At each
//! one it asks every rule for the name that would start there and keeps the
//! longest: a known name from the gazetteers, a name after a title
//! (`Kremlin spokesman Dmitry Peskov`), a known given name followed by more
//! capitalised words, a capitalised phrase ending in an organisation head
//! word (`National Security Council`), and a name that is the subject of a
//! speech verb (`Hannity asked`). A headline in title case is read as such:
//! its capitals say nothing of names. [`link`] then resolves every mention
//! to one referent per document.

mod link;
mod names;

use crate::gazetteer::{Gazetteer, Gender, Label, Lexicon};
use crate::span::Span;
use crate::token::{RawToken, Segments};
use std::ops::Range;

/// Cities at least this large are named far more often for themselves
/// than for a person who shares the name (`in Austin`, `Paris`).
const LARGE_CITY: u64 = 500_000;

/// The name a referent is known by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Name {
    /// A gazetteer entry.
    Known(u32),
    /// Not in the gazetteers: the longest form found in the text.
    Text(Span),
}

/// One entity of the document: a person, place or organisation that one or
/// more mentions refer to.
#[derive(Clone, Debug)]
pub(crate) struct Referent {
    pub name: Name,
    pub label: Label,
    pub gender: Option<Gender>,
}

/// Which rule found a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Evidence {
    Gazetteer,
    Title,
    GivenName,
    NamePattern,
    SpeechSubject,
    /// Capitalised words that are no English words, in a name's position.
    Capitalised,
    Surname,
    /// A name a greeting or a letter's closing addresses.
    Greeting,
    /// A name joined by `and` or `or` to a person's name.
    Coordinated,
    /// A one-word place or organisation named elsewhere in the document
    /// with certainty.
    SameSense,
}

impl Evidence {
    /// The rule's name in output.
    pub fn name(self) -> &'static str {
        match self {
            Evidence::Gazetteer => "gazetteer",
            Evidence::Title => "title",
            Evidence::GivenName => "given-name",
            Evidence::NamePattern => "name-pattern",
            Evidence::SpeechSubject => "speech-subject",
            Evidence::Capitalised => "unknown-name",
            Evidence::Surname => "surname",
            Evidence::Greeting => "greeting",
            Evidence::Coordinated => "coordinated",
            Evidence::SameSense => "same-sense",
        }
    }
}

/// A stretch of text naming a referent.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub span: Span,
    pub tokens: Range<usize>,
    pub label: Label,
    pub referent: u32,
    pub evidence: Evidence,
}

/// A role stated next to a name (`Kremlin spokesman Dmitry Peskov`): lets a
/// later description (`the Kremlin spokesman`) resolve to the same person.
#[derive(Clone, Debug)]
pub(crate) struct Role {
    /// The title words, lower-cased head last (`spokesman`).
    pub head: Box<str>,
    pub span: Span,
    pub referent: u32,
}

/// The entity stage's output.
#[derive(Clone, Debug, Default)]
pub(crate) struct Entities {
    pub mentions: Vec<Mention>,
    pub referents: Vec<Referent>,
    pub roles: Vec<Role>,
}

impl Entities {
    pub fn clear(&mut self) {
        self.mentions.clear();
        self.referents.clear();
        self.roles.clear();
    }

    /// The mention that covers token `i`, if any (mentions are sorted).
    pub fn mention_at_token(&self, i: usize) -> Option<&Mention> {
        let k = self.mentions.partition_point(|m| m.tokens.end <= i);
        self.mentions.get(k).filter(|m| m.tokens.start <= i)
    }
}

/// What the entity stage reads.
pub(crate) struct Input<'a> {
    pub text: &'a str,
    pub tokens: &'a [RawToken],
    pub segments: &'a Segments,
    pub gazetteer: &'a Gazetteer,
    pub lexicon: &'a Lexicon,
}

/// Finds and links the entity mentions of one document.
pub(crate) fn recognize(input: &Input<'_>, out: &mut Entities) {
    out.clear();
    // About one name per hundred bytes of news.
    let mut found = Vec::with_capacity(input.text.len() / 64 + 4);
    let mut passed_over = Vec::new();
    names::find(input, &mut found, &mut passed_over);
    link::link(input, found, &passed_over, out);
}
#[cfg(test)]
mod tests;
