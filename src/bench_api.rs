//! Entry points for the benches to time single stages. Not part of the
//! stable API.

use crate::entity::{self, Entities};
use crate::token::{segment, tokenize, Segments};
use crate::Extractor;

/// Tokenizes and segments `text`; returns the number of tokens.
pub fn tokenize_and_segment(text: &str) -> usize {
    let mut tokens = Vec::new();
    tokenize(text, &mut tokens);
    let mut segments = Segments::default();
    segment(text, &tokens, &mut segments);
    tokens.len()
}

/// Runs the stages up to entity linking; returns the number of mentions.
pub fn recognize_entities(extractor: &Extractor, text: &str) -> usize {
    let model = extractor.model();
    let mut tokens = Vec::new();
    tokenize(text, &mut tokens);
    let mut segments = Segments::default();
    segment(text, &tokens, &mut segments);
    let mut entities = Entities::default();
    entity::recognize(
        &entity::Input {
            text,
            tokens: &tokens,
            segments: &segments,
            gazetteer: &model.gazetteer,
            lexicon: &model.lexicon,
        },
        &mut entities,
    );
    entities.mentions.len()
}
