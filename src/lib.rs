/*!
whosaid reads English news text and answers two questions: **who is
mentioned** (people, places and organisations, each mention linked to one
canonical entity) and **who said what** (quotations and their speakers).

It is rule-based and data-driven: a tokenizer feeds gazetteer lookups and
name rules, and a quote detector attributes each quotation to the mention
next to its speech cue, resolving names, pronouns and descriptions. It runs
at tens to hundreds of megabytes per second on one core, needs no model
download and works offline: its gazetteers are compiled in.

# Usage

```text
cargo add whosaid
```

```
let extractor = whosaid::Extractor::new();
let doc = extractor.extract("“Talks will go on,” Kremlin spokesman Dmitry Peskov said.");
for quote in doc.quotes() {
    let speaker = quote.speaker().and_then(|s| s.canonical());
    println!("{:?} said {:?}", speaker, quote.as_str());
}
```

Build the [`Extractor`] once (it parses its gazetteers) and reuse it for every
document; it is `Send + Sync`, so threads can share one.

# What you get

A [`Document`] borrows the text it was made from and gives:

* [`Document::entities`]: every mention of a person, place or organisation,
  with its [`Label`] and the canonical name of the entity it refers to
  (`Putin` → `Vladimir Putin`, a bare `Hannity` → `Sean Hannity` mentioned
  earlier in the same text);
* [`Document::people`], [`Document::places`], [`Document::organizations`]:
  the distinct entities, each with its mentions;
* [`Document::quotes`]: quotations, each [`QuoteKind::Direct`] or
  [`QuoteKind::Partial`], with the [`Speaker`] mention next to the speech
  [`Cue`] (a name, a pronoun resolved to its antecedent, or a description)
  and the rule that attributed it; [`Document::quotes_by`] selects one
  speaker's;
* [`Document::tokens`], [`Document::sentences`] and [`Document::paragraphs`].

Every item has a [`Span`] of UTF-8 byte offsets into the text and an
`as_str()`. With the `serde` feature a document serializes to the JSON record
documented in the README ([`Document::serializable`] switches offsets to
Unicode characters for Python and JavaScript consumers).

# Custom gazetteers

Gazetteers are UTF-8 TSV files with a header line and six columns:

```text
canonical	label	subtype	aliases	id	attributes
Ada Quill	PER	politician	Quill|A. Quill		gender=f;country=GB
```

`label` is `PER`, `LOC` or `ORG`; `aliases` are `|`-separated; `attributes`
are `key=value` pairs separated by `;` (`population`, `gender` (`m`/`f`),
`country`, `ambiguous=1` for names that need evidence from the context).
Lines starting with `#` are comments. Load them with
[`ExtractorBuilder::gazetteer`] or [`ExtractorBuilder::gazetteer_file`], on
top of the embedded ones or, with
[`ExtractorBuilder::default_gazetteers`]`(false)`, instead of them. A
malformed line fails the build with an [`Error`] naming the source and line.

# Guarantees

* Any `&str` is accepted (empty, any script, emoji, no spaces) and no input
  makes the library panic.
* Every stage is linear in the length of the text. An unbalanced quotation
  mark never swallows a document: a quotation ends at the end of its
  paragraph at the latest.
* Spans always lie on `char` boundaries of the text.

# Features

| feature | default | what it adds |
|---|---|---|
| `serde` | yes | `Serialize` for [`Document`] and its items; the JSON record |
*/
#![deny(missing_docs)]
#![forbid(unsafe_code)]
// The gazetteer examples are TSV: their tabs are the format, not layout.
#![allow(clippy::tabs_in_doc_comments)]

#[doc(hidden)]
pub mod bench_api;
mod document;
mod entity;
mod error;
mod extractor;
mod gazetteer;
mod hash;
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

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
