//! The pipeline: tokens → names → entities → quotes, built once and reused.

use crate::document::Document;
use crate::entity::{self, Entities};
use crate::error::{read_text_file, Error};
use crate::gazetteer::{
    line_count, parse_embedded_tsv, parse_tsv, Gazetteer, Lexicon, DEFAULT_GAZETTEERS,
};
use crate::quote;
use crate::token::{self, RawToken, Segments};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Everything an extraction reads and never changes: shared by every
/// [`Document`] the extractor makes.
#[derive(Debug)]
pub(crate) struct Model {
    pub gazetteer: Gazetteer,
    /// The embedded word lists, shared by every extractor.
    pub lexicon: &'static Lexicon,
}

/// Finds the people, places, organisations and quotations of English news
/// text.
///
/// Build one with [`Extractor::new`] (the gazetteers embedded in the crate)
/// or [`Extractor::builder`] (your own, on top of or instead of those), then
/// call [`extract`](Extractor::extract) on as many documents as you like.
/// Building parses the gazetteers and takes about 15 milliseconds (the
/// embedded word lists are parsed once per process, on a second thread
/// while the gazetteers are parsed, and shared by every extractor; the
/// largest, the English words, comes indexed at compile time);
/// extracting takes microseconds per kilobyte, so build once and reuse.
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
    /// country, the regions of the largest ones, towns of at least 5,000
    /// people (those under 15,000 only where the text shows a place),
    /// international and government organisations, news outlets, large
    /// companies and world leaders.
    pub fn new() -> Extractor {
        ExtractorBuilder::new()
            .build()
            .expect("the embedded gazetteers are valid (checked by the test suite)")
    }

    /// A builder for an extractor with custom gazetteers.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// Extracts the entities and quotations of `text`.
    ///
    /// Any `&str` is accepted, including empty text and text in other
    /// scripts; the result borrows `text` and reports byte offsets into it.
    /// Time and memory are linear in `text.len()`: a document holds about 3
    /// bytes per byte of text (mostly its tokens, 12 bytes each), on top of
    /// the extractor's own 35 MB. For texts of hundreds of megabytes,
    /// extract a few paragraphs at a time: no token, sentence or quotation
    /// crosses a line break, so only the linking of names and speakers
    /// across pieces is lost. Token offsets are 32-bit: of a text longer
    /// than 4 GiB, only the part up to its last line break before 4 GiB is
    /// analysed.
    pub fn extract<'h>(&self, text: &'h str) -> Document<'h> {
        let (tokens, segments, entities) = self.entities_of(text);
        let mut quotes = Vec::new();
        quote::find(
            &quote::Input {
                text,
                tokens: &tokens,
                segments: &segments,
                entities: &entities,
                gazetteer: &self.model.gazetteer,
                lexicon: self.model.lexicon,
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

    /// The stages before quotations: tokens, sentences and paragraphs, and
    /// linked entity mentions.
    pub(crate) fn entities_of(&self, text: &str) -> (Vec<RawToken>, Segments, Entities) {
        let model = &*self.model;
        let (tokens, segments) = token::analyze(text);
        let mut entities = Entities::default();
        entity::recognize(
            &entity::Input {
                text,
                tokens: &tokens,
                segments: &segments,
                gazetteer: &model.gazetteer,
                lexicon: model.lexicon,
            },
            &mut entities,
        );
        (tokens, segments, entities)
    }

    /// Extracts every text of `texts` on up to `threads` threads and maps
    /// each document through `f`, returning the results in the order of
    /// `texts`: `result[i] == f(i, self.extract(texts[i].as_ref()))`.
    ///
    /// Use it to process a batch on all cores without holding every
    /// [`Document`] at once: `f` runs on the worker thread right after the
    /// extraction, so it can serialize, count or filter the document and
    /// return only what you keep (a JSON line, a list of speakers). The
    /// documents may borrow `texts`, and so may the results.
    ///
    /// * `threads == 0` means one thread per available core
    ///   ([`std::thread::available_parallelism`]); `threads == 1`, or fewer
    ///   than two texts, runs on the calling thread and spawns nothing.
    ///   Never more threads than texts are used.
    /// * The calling thread works too, with `threads - 1` scoped threads
    ///   ([`std::thread::scope`]); all of them have finished when this
    ///   returns. Texts are handed out in small chunks from a shared
    ///   counter, so a thread that draws long documents does not hold up
    ///   the others.
    /// * Results are identical to the sequential ones (extraction is
    ///   deterministic and documents are independent); only the order in
    ///   which `f` is called varies.
    /// * If `f` panics, the panic is propagated to the caller once every
    ///   thread has stopped.
    ///
    /// Memory is that of `texts`, the results, and one document per thread.
    ///
    /// ```
    /// let extractor = whosaid::Extractor::new();
    /// let texts = [
    ///     "“We are close,” Kremlin spokesman Dmitry Peskov said.",
    ///     "No one spoke in Paris.",
    /// ];
    /// let counts = extractor.extract_each(&texts, 2, |_, doc| doc.quotes().count());
    /// assert_eq!(counts, [1, 0]);
    /// ```
    pub fn extract_each<'t, T, R, F>(&self, texts: &'t [T], threads: usize, f: F) -> Vec<R>
    where
        T: AsRef<str> + Sync,
        R: Send,
        F: Fn(usize, Document<'t>) -> R + Sync,
    {
        let threads = match threads {
            0 => std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
            n => n,
        }
        .min(texts.len());
        let one = |i: usize| f(i, self.extract(texts[i].as_ref()));
        if threads <= 1 {
            return (0..texts.len()).map(one).collect();
        }
        // About 64 chunks per thread: small enough that the threads finish
        // together, large enough that the shared counter is touched rarely
        // when the texts are short.
        let chunk = (texts.len() / (threads * 64)).max(1);
        let next = AtomicUsize::new(0);
        let work = || {
            let mut done: Vec<(usize, Vec<R>)> = Vec::new();
            loop {
                let start = next.fetch_add(chunk, Ordering::Relaxed);
                if start >= texts.len() {
                    return done;
                }
                let end = (start + chunk).min(texts.len());
                done.push((start, (start..end).map(one).collect()));
            }
        };
        let mut chunks = std::thread::scope(|scope| {
            let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
            let mut chunks = work();
            for helper in helpers {
                match helper.join() {
                    Ok(done) => chunks.extend(done),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            chunks
        });
        chunks.sort_unstable_by_key(|&(start, _)| start);
        let mut results = Vec::with_capacity(texts.len());
        for (_, done) in chunks {
            results.extend(done);
        }
        results
    }

    /// Extracts every text of `texts` on up to `threads` threads and returns
    /// the documents in the order of `texts`.
    ///
    /// The same as [`extract_each`](Extractor::extract_each) with
    /// `|_, doc| doc` (and the same meaning of `threads`, `0` being one
    /// thread per core); prefer `extract_each` for large batches, as this
    /// holds every document at once.
    ///
    /// ```
    /// let extractor = whosaid::Extractor::new();
    /// let texts = vec!["Macron met Scholz in Berlin.".to_string(); 3];
    /// let docs = extractor.extract_batch(&texts, 0);
    /// assert_eq!(docs.len(), 3);
    /// assert!(docs.iter().all(|d| d.places().count() == 1));
    /// ```
    pub fn extract_batch<'t, T>(&self, texts: &'t [T], threads: usize) -> Vec<Document<'t>>
    where
        T: AsRef<str> + Sync,
    {
        self.extract_each(texts, threads, |_, doc| doc)
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
    /// The format is described in the crate documentation. Where one of
    /// your names is also in the embedded gazetteers, yours wins.
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
        // The word lists and the gazetteers are independent and take about
        // the same time to index: build the word lists (once per process) on
        // a second thread meanwhile. Where no thread can be started, the
        // lexicon is built afterwards on this one.
        std::thread::scope(|scope| {
            let lexicon = std::thread::Builder::new()
                .name("whosaid-lexicon".into())
                .spawn_scoped(scope, Lexicon::shared)
                .ok();
            let gazetteer = self.index_gazetteers();
            let lexicon = match lexicon {
                Some(thread) => thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                None => Lexicon::shared(),
            };
            Ok(Extractor {
                model: Arc::new(Model {
                    gazetteer: gazetteer?,
                    lexicon: lexicon?,
                }),
            })
        })
    }

    fn index_gazetteers(&self) -> Result<Gazetteer, Error> {
        let mut entries = Vec::new();
        if self.defaults {
            // A line is at most an entry: room for all of them at once
            // spares copying tens of thousands of entries as the list grows.
            let lines = DEFAULT_GAZETTEERS.iter().map(|(_, text)| line_count(text));
            entries.reserve(lines.sum());
            for (name, text) in DEFAULT_GAZETTEERS {
                parse_embedded_tsv(name, text, &mut entries)?;
            }
        }
        let embedded = entries.len();
        for source in &self.sources {
            match source {
                Source::Text { name, text } => parse_tsv(name, text, &mut entries)?,
                Source::File(path) => {
                    let text = read_text_file(path)?;
                    parse_tsv(&path.display().to_string(), &text, &mut entries)?;
                }
            }
        }
        Ok(Gazetteer::from_entries(mark_custom(entries, embedded)))
    }
}

/// Marks the entries from `first` on as the user's own.
fn mark_custom(
    mut entries: Vec<crate::gazetteer::Entry>,
    first: usize,
) -> Vec<crate::gazetteer::Entry> {
    for e in entries.iter_mut().skip(first) {
        e.custom = true;
    }
    entries
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }
}
