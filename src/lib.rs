#![deny(missing_docs)]
#![forbid(unsafe_code)]
//! whosaid
#[doc(hidden)]
pub mod bench_api;
mod document;
mod entity;
mod error;
mod extractor;
mod gazetteer;
mod quote;
mod span;
mod token;

#[cfg(feature = "serde")]
pub use document::Serializable;
pub use document::{Cue, Document, Entity, Offsets, Quote, Referent, Segment, Speaker};
pub use error::{read_text_file, Error};
pub use extractor::{Extractor, ExtractorBuilder};
pub use gazetteer::Label;
pub use quote::QuoteKind;
pub use span::Span;
pub use token::{QuoteMark, Token, TokenKind};
#[doc(hidden)]
pub use bench_api as __bench;
