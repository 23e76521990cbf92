//! The pipeline: tokens → names → entities → quotes, built once and reused.

use crate::document::Document;
use crate::entity::{self, Entities};
use crate::error::{read_text_file, Error};
use crate::gazetteer::{parse_tsv, Gazetteer, Lexicon, DEFAULT_GAZETTEERS};
use crate::quote;
use crate::token::{segment, tokenize, Segments};
use std::path::PathBuf;
use std::sync::Arc;

/// Everything an extraction reads and never changes: shared by every
/// [`Document`] the extractor makes.
#[derive(Debug)]
pub(crate) struct Model {
    pub gazetteer: Gazetteer,
    pub lexicon: Lexicon,
}

/// Finds the people, places, organisations and quotations of English news
/// text.
///
/// Build one with [`Extractor::new`] (the gazetteers embedded in the crate)
/// or [`Extractor::builder`] (your own, on top of or instead of those), then
/// call [`extract`](Extractor::extract) on as many documents as you like.
/// Building parses the gazetteers and takes tens of milliseconds; extracting
/// takes microseconds per kilobyte, so build once and reuse.
///
/// An `Extractor` is `Send + Sync` and cheap to clone (the model is shared
/// behind an [`Arc`]): share one across threads rather than building one per
/// thread.
///
/// ```
/// let extractor = whosaid::Extractor::new();
/// let doc = extractor.extract("“We are close,” Kremlin spokesman Dmitry Peskov said.");
/// let quote = doc.quotes().next().unwrap();
/// assert_eq!(quote.speaker().unwrap().canonical(), Some("Dmitry Peskov"));
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    model: Arc<Model>,
}

impl Extractor {
    /// An extractor over the gazetteers embedded in the crate: every
    /// country, the regions of the largest ones, cities of at least 15,000
    /// people, international and government organisations, news outlets,
    /// large companies and world leaders.
    pub fn new() -> Extractor {
        ExtractorBuilder::new()
            .build()
            .expect("the embedded gazetteers are valid (checked by the test suite)")
    }

    /// A builder for an extractor with custom gazetteers.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    pub(crate) fn model(&self) -> &Model {
        &self.model
    }

    /// Extracts the entities and quotations of `text`.
    ///
    /// Any `&str` is accepted, including empty text and text in other
    /// scripts; the result borrows `text` and reports byte offsets into it.
    /// Time and memory are linear in `text.len()`.
    pub fn extract<'h>(&self, text: &'h str) -> Document<'h> {
        let model = &*self.model;
        let mut tokens = Vec::with_capacity(text.len() / 3);
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
        let mut quotes = Vec::new();
        quote::find(
            &quote::Input {
                text,
                tokens: &tokens,
                segments: &segments,
                entities: &entities,
                lexicon: &model.lexicon,
            },
            &mut quotes,
        );
        Document::new(
            text,
            Arc::clone(&self.model),
            tokens,
            segments,
            entities,
            quotes,
        )
    }
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

#[derive(Clone, Debug)]
enum Source {
    Text { name: String, text: String },
    File(PathBuf),
}

/// Configures and builds an [`Extractor`].
///
/// Gazetteers added here are read when [`build`](ExtractorBuilder::build)
/// runs; a malformed line fails the build with an error naming the source
/// and the line, so no extractor is ever built from part of a file.
///
/// ```
/// let people = "canonical\tlabel\tsubtype\taliases\tid\tattributes\n\
///               Ada Quill\tPER\tpolitician\tQuill\t\tgender=f\n";
/// let extractor = whosaid::Extractor::builder()
///     .gazetteer("people.tsv", people)
///     .build()
///     .unwrap();
/// let doc = extractor.extract("Quill spoke in Paris.");
/// let names: Vec<_> = doc.entities().map(|e| e.canonical()).collect();
/// assert_eq!(names, ["Ada Quill", "Paris"]);
/// ```
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    defaults: bool,
    sources: Vec<Source>,
}

impl ExtractorBuilder {
    /// A builder that starts from the embedded gazetteers.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder {
            defaults: true,
            sources: Vec::new(),
        }
    }

    /// Whether to load the embedded gazetteers (default `true`). Turn them
    /// off to use only your own.
    pub fn default_gazetteers(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.defaults = yes;
        self
    }

    /// Adds a gazetteer held in memory; `name` identifies it in errors.
    /// The format is described in the crate documentation.
    pub fn gazetteer(&mut self, name: &str, tsv: &str) -> &mut ExtractorBuilder {
        self.sources.push(Source::Text {
            name: name.to_string(),
            text: tsv.to_string(),
        });
        self
    }

    /// Adds a gazetteer file, read when the extractor is built.
    pub fn gazetteer_file(&mut self, path: impl Into<PathBuf>) -> &mut ExtractorBuilder {
        self.sources.push(Source::File(path.into()));
        self
    }

    /// Reads every gazetteer and builds the extractor.
    pub fn build(&self) -> Result<Extractor, Error> {
        let mut entries = Vec::new();
        if self.defaults {
            for (name, text) in DEFAULT_GAZETTEERS {
                parse_tsv(name, text, &mut entries)?;
            }
        }
        for source in &self.sources {
            match source {
                Source::Text { name, text } => parse_tsv(name, text, &mut entries)?,
                Source::File(path) => {
                    let text = read_text_file(path)?;
                    parse_tsv(&path.display().to_string(), &text, &mut entries)?;
                }
            }
        }
        Ok(Extractor {
            model: Arc::new(Model {
                gazetteer: Gazetteer::from_entries(entries),
                lexicon: Lexicon::embedded()?,
            }),
        })
    }
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }
}
