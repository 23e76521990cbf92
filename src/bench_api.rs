//! Entry points for the benches to time single stages. Not part of the
//! stable API.

use crate::token;
use crate::Extractor;

/// Tokenizes and segments `text`; returns the number of tokens stored.
pub fn tokenize_and_segment(text: &str) -> usize {
    token::analyze(text).0.len()
}

/// Runs the stages up to entity linking; returns the number of mentions.
pub fn recognize_entities(extractor: &Extractor, text: &str) -> usize {
    extractor.entities_of(text).2.mentions.len()
}
