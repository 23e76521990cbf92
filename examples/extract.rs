//! Extract people, places, organisations and quotes from news text.
//!
//! ```text
//! extract [OPTIONS] FILE...          one JSON object per file
//! extract [OPTIONS] --jsonl [FILE]   JSONL in ({"id", "text"} per line), JSONL out
//!
//! --compact                 one line per JSON object (JSONL output is always compact)
//! --text                    a readable view: entities, then quotes by speaker
//! --html                    an HTML page: entities highlighted by label, quotes coloured by speaker
//! --char-offsets            offsets in Unicode characters instead of UTF-8 bytes
//! --gazetteer FILE          add a gazetteer file (repeatable)
//! --no-default-gazetteers   use only the gazetteers given with --gazetteer
//! --threads N               JSONL mode: N worker threads (default 1; 0 = one per core)
//! ```
//!
//! In JSONL mode every input line yields exactly one output line, in order.
//! A line that is not a JSON object with a string `text` yields
//! `{"id": ..., "error": "line N: ..."}` and the run goes on; the exit
//! status is 1 at the end if any line failed.
//!
//! With `--threads 1` each output line is written and flushed as soon as its
//! input line is read. With more threads a reader thread reads and parses
//! the input in batches of at most 256 lines or 8 MB (whichever comes first;
//! a longer line is a batch of its own; the first batches are smaller, from
//! 16 lines, doubling), one batch ahead; each batch is
//! extracted in parallel with `Extractor::extract_each`, and its output
//! lines are written in input order and flushed as soon as the batch is
//! done. Memory stays bounded by three batches and their output. The output
//! is byte-for-byte the same for any N.

use serde::Serialize;
use serde_json::Value;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;
use whosaid::{Document, Extractor, Offsets, Serializable};

#[path = "support/record.rs"]
mod record;
use record::parse_record;

#[derive(Clone, Default)]
struct Options {
    compact: bool,
    text: bool,
    html: bool,
    jsonl: bool,
    offsets: Offsets,
    gazetteers: Vec<String>,
    no_defaults: bool,
    threads: usize,
    files: Vec<String>,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        threads: 1,
        ..Options::default()
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--compact" => o.compact = true,
            "--text" => o.text = true,
            "--html" => o.html = true,
            "--jsonl" => o.jsonl = true,
            "--char-offsets" => o.offsets = Offsets::Chars,
            "--no-default-gazetteers" => o.no_defaults = true,
            "--gazetteer" => o
                .gazetteers
                .push(args.next().ok_or("--gazetteer needs a file")?),
            "--threads" => {
                let n = args.next().ok_or("--threads needs a number")?;
                o.threads = n
                    .parse()
                    .map_err(|_| format!("--threads needs a number, not {n:?}"))?;
                if o.threads == 0 {
                    o.threads = std::thread::available_parallelism().map_or(1, |n| n.get());
                }
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => o.files.push(a),
        }
    }
    if !o.jsonl && o.files.is_empty() {
        return Err("no input: give FILE... or --jsonl [FILE]".into());
    }
    Ok(o)
}

/// The size of the input and output buffers: a line of JSONL holds an
/// article, several kilobytes, and the default 8 KB would take a system
/// call for every line or two.
const IO_BUFFER: usize = 1 << 16;

const USAGE: &str = "usage: extract [--compact|--text|--html] [--char-offsets] [--gazetteer FILE]... [--no-default-gazetteers] (FILE... | --jsonl [--threads N] [FILE])";

#[derive(Serialize)]
struct Record<'a> {
    id: &'a Value,
    #[serde(flatten)]
    doc: Serializable<'a>,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a Value,
    error: String,
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("extract: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut builder = Extractor::builder();
    builder.default_gazetteers(!opts.no_defaults);
    for g in &opts.gazetteers {
        builder.gazetteer_file(g);
    }
    let extractor = match builder.build() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(IO_BUFFER, stdout.lock());
    let result = if opts.jsonl {
        run_jsonl(&extractor, &opts, &mut out)
    } else {
        run_files(&extractor, &opts, &mut out)
    };
    // Freeing the gazetteer index entry by entry takes a few milliseconds;
    // the process is about to exit, and exiting frees it at once.
    std::mem::forget(extractor);
    match result.and_then(|ok| out.flush().map(|_| ok)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_files(extractor: &Extractor, opts: &Options, out: &mut impl Write) -> io::Result<bool> {
    let mut ok = true;
    for path in &opts.files {
        let text = match whosaid::read_text_file(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("extract: {e}");
                ok = false;
                continue;
            }
        };
        let doc = extractor.extract(&text);
        let id = Value::String(path.clone());
        if opts.text {
            write_text(&doc, path, out)?;
        } else if opts.html {
            write_html(&doc, path, out)?;
        } else {
            let record = Record {
                id: &id,
                doc: doc.serializable(opts.offsets),
            };
            if opts.compact {
                serde_json::to_writer(&mut *out, &record)?;
            } else {
                serde_json::to_writer_pretty(&mut *out, &record)?;
            }
            writeln!(out)?;
        }
    }
    Ok(ok)
}

/// Reads `{"id", "text"}` lines and writes one output line per input line.
fn run_jsonl(extractor: &Extractor, opts: &Options, out: &mut impl Write) -> io::Result<bool> {
    let input: Box<dyn BufRead + Send> = match opts.files.as_slice() {
        [] => Box::new(io::BufReader::with_capacity(IO_BUFFER, io::stdin())),
        [path] => match std::fs::File::open(path) {
            Ok(f) => Box::new(io::BufReader::with_capacity(IO_BUFFER, f)),
            Err(e) => {
                eprintln!("extract: {path}: {e}");
                return Ok(false);
            }
        },
        _ => {
            eprintln!("extract: --jsonl takes at most one file");
            return Ok(false);
        }
    };
    if opts.threads > 1 {
        return run_jsonl_parallel(extractor, opts, input, out);
    }
    let mut ok = true;
    let (mut buf, mut line) = (Vec::new(), Vec::new());
    let mut reader = input;
    let mut line_no = 0;
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line_no += 1;
        line.clear();
        match parse_record(trim_line(&buf, line_no)) {
            Ok((id, text)) => write_record(&id, &extractor.extract(&text), opts, &mut line)?,
            Err((id, msg)) => {
                ok = false;
                write_error(&id, line_no, &msg, &mut line)?;
            }
        }
        out.write_all(&line)?;
        out.flush()?;
    }
    Ok(ok)
}

/// Lines per batch in JSONL mode with several threads.
const BATCH_LINES: usize = 256;
/// Lines of the first batch: the batches grow from this to [`BATCH_LINES`],
/// doubling, so that extraction starts after a few lines rather than a full
/// batch have been read, and the first output lines come soon.
const FIRST_BATCH_LINES: usize = 16;
/// Bytes per batch in JSONL mode with several threads (a batch ends with
/// the line that reaches it).
const BATCH_BYTES: usize = 8 << 20;

/// A batch of parsed JSONL lines: the id and text of each, or the id and
/// what is wrong.
struct Batch {
    first_line_no: usize,
    records: Vec<Result<(Value, String), (Value, String)>>,
}

/// `run_jsonl` with `opts.threads` threads, as three stages each a batch
/// ahead of the next: a reader thread reads and parses batches of lines; an
/// extraction thread extracts each batch on `opts.threads` threads and
/// serializes its records; this thread writes them in input order and
/// flushes, while the next batch is extracted.
fn run_jsonl_parallel(
    extractor: &Extractor,
    opts: &Options,
    reader: Box<dyn BufRead + Send>,
    out: &mut impl Write,
) -> io::Result<bool> {
    // One batch in each channel and one in each stage: memory stays bounded
    // by a few batches and their output.
    let (sender, batches) = std::sync::mpsc::sync_channel(1);
    let (done_sender, done) = std::sync::mpsc::sync_channel(1);
    // Not scoped threads: on a write error (a closed pipe) we return at
    // once rather than wait for the reader, which may be blocked on input;
    // dropping the receivers stops the other stages.
    let reader = std::thread::spawn(move || read_batches(reader, sender));
    let (extractor, extract_opts) = (extractor.clone(), opts.clone());
    let extraction = std::thread::spawn(move || {
        extract_batches(&extractor, &extract_opts, batches, done_sender)
    });
    let mut ok = true;
    for finished in done {
        let (lines, batch_ok) = finished?;
        ok &= batch_ok;
        for line in lines {
            out.write_all(&line?)?;
        }
        out.flush()?;
    }
    // The channels are closed: the other stages have finished.
    reader.join().expect("the reader thread does not panic");
    extraction
        .join()
        .expect("the extraction thread does not panic");
    Ok(ok)
}

/// The serialized lines of one batch, in input order, and whether all its
/// lines were good records.
type Finished = io::Result<(Vec<io::Result<Vec<u8>>>, bool)>;

fn extract_batches(
    extractor: &Extractor,
    opts: &Options,
    batches: std::sync::mpsc::Receiver<io::Result<Batch>>,
    done: std::sync::mpsc::SyncSender<Finished>,
) {
    for batch in batches {
        let finished = batch.map(|batch| {
            let Batch {
                first_line_no,
                records,
            } = batch;
            // A bad line is extracted as an empty text and written as its error.
            let texts: Vec<&str> = records
                .iter()
                .map(|r| r.as_ref().map_or("", |(_, text)| text.as_str()))
                .collect();
            let lines = extractor.extract_each(&texts, opts.threads, |k, doc| {
                let mut buf = Vec::new();
                match &records[k] {
                    Ok((id, _)) => write_record(id, &doc, opts, &mut buf),
                    Err((id, msg)) => write_error(id, first_line_no + k, msg, &mut buf),
                }
                .map(|()| buf)
            });
            (lines, records.iter().all(Result::is_ok))
        });
        if done.send(finished).is_err() {
            return;
        }
    }
}

fn read_batches(
    mut reader: Box<dyn BufRead + Send>,
    sender: std::sync::mpsc::SyncSender<io::Result<Batch>>,
) {
    let mut line_no = 0;
    let mut buf = Vec::new();
    let mut lines = FIRST_BATCH_LINES;
    loop {
        let mut batch = Batch {
            first_line_no: line_no + 1,
            records: Vec::with_capacity(lines),
        };
        let mut bytes = 0;
        while batch.records.len() < lines && bytes < BATCH_BYTES {
            buf.clear();
            let n = match reader.read_until(b'\n', &mut buf) {
                Ok(n) => n,
                Err(e) => {
                    // Lines read before the error are still answered.
                    if !batch.records.is_empty() && sender.send(Ok(batch)).is_err() {
                        return;
                    }
                    let _ = sender.send(Err(e));
                    return;
                }
            };
            if n == 0 {
                break;
            }
            bytes += n;
            line_no += 1;
            batch.records.push(parse_record(trim_line(&buf, line_no)));
        }
        if batch.records.is_empty() || sender.send(Ok(batch)).is_err() {
            return;
        }
        lines = (lines * 2).min(BATCH_LINES);
    }
}

/// A JSONL line without its end of line (and, on line 1, a byte-order mark).
fn trim_line(buf: &[u8], line_no: usize) -> &[u8] {
    let mut line = buf;
    if line_no == 1 {
        line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    }
    while let [rest @ .., b'\n' | b'\r'] = line {
        line = rest;
    }
    line
}

/// Appends the output line of a document: its JSON record, or with
/// `--text` its readable view.
fn write_record(
    id: &Value,
    doc: &Document<'_>,
    opts: &Options,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    if opts.text {
        return write_text(doc, &id.to_string(), out);
    }
    let record = Record {
        id,
        doc: doc.serializable(opts.offsets),
    };
    serde_json::to_writer(&mut *out, &record)?;
    out.push(b'\n');
    Ok(())
}

/// Appends the error record of input line `line_no`.
fn write_error(id: &Value, line_no: usize, msg: &str, out: &mut Vec<u8>) -> io::Result<()> {
    let record = ErrorRecord {
        id,
        error: format!("line {line_no}: {msg}"),
    };
    serde_json::to_writer(&mut *out, &record)?;
    out.push(b'\n');
    Ok(())
}

/// A readable view: entities by label, then quotes grouped by speaker.
fn write_text(doc: &Document<'_>, name: &str, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "== {name}")?;
    for (title, referents) in [
        ("People", doc.people().collect::<Vec<_>>()),
        ("Places", doc.places().collect()),
        ("Organisations", doc.organizations().collect()),
    ] {
        if referents.is_empty() {
            continue;
        }
        let names: Vec<String> = referents
            .iter()
            .map(|r| format!("{} ({})", r.canonical(), r.mentions().count()))
            .collect();
        writeln!(out, "{title}: {}", names.join(", "))?;
    }
    let mut speakers: Vec<String> = Vec::new();
    let mut groups: Vec<Vec<whosaid::Quote<'_>>> = Vec::new();
    for q in doc.quotes() {
        let who = match q.speaker() {
            Some(s) => s.canonical().unwrap_or(s.as_str()).to_string(),
            None => "(no speaker)".to_string(),
        };
        match speakers.iter().position(|s| *s == who) {
            Some(k) => groups[k].push(q),
            None => {
                speakers.push(who);
                groups.push(vec![q]);
            }
        }
    }
    for (who, quotes) in speakers.iter().zip(&groups) {
        writeln!(out, "{who}:")?;
        for q in quotes {
            let cue = q
                .cue()
                .map(|c| format!(" [{}]", c.as_str()))
                .unwrap_or_default();
            writeln!(out, "  → “{}” ({}{cue})", q.as_str(), q.kind().as_str())?;
        }
    }
    writeln!(out)
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Background colours for speakers, in order of first quote.
const SPEAKER_COLOURS: &[&str] = &[
    "#fde2a7", "#c8e6c9", "#bbdefb", "#f8bbd0", "#d1c4e9", "#ffccbc", "#b2ebf2", "#f0f4c3",
];

/// An HTML page of the article: entities underlined by label, quotes shaded
/// by speaker, with a legend.
fn write_html(doc: &Document<'_>, name: &str, out: &mut impl Write) -> io::Result<()> {
    let text = doc.text();
    let mut speakers: Vec<String> = Vec::new();
    // (start, end, opening tag) for quotes, then entities; quotes enclose
    // entities, and neither crosses a line.
    let mut marks: Vec<(usize, usize, String)> = Vec::new();
    for q in doc.quotes() {
        let who = q
            .speaker()
            .map(|s| s.canonical().unwrap_or(s.as_str()).to_string())
            .unwrap_or_else(|| "(no speaker)".into());
        let k = speakers.iter().position(|s| *s == who).unwrap_or_else(|| {
            speakers.push(who.clone());
            speakers.len() - 1
        });
        let colour = SPEAKER_COLOURS[k % SPEAKER_COLOURS.len()];
        let title = format!("{} quote, {} ({})", q.kind().as_str(), who, q.rule());
        marks.push((
            q.span().start,
            q.span().end,
            format!(
                "<span class=\"quote\" style=\"background:{colour}\" title=\"{}\">",
                escape(&title)
            ),
        ));
    }
    for e in doc.entities() {
        let title = format!("{} → {}", e.label().as_str(), e.canonical());
        marks.push((
            e.span().start,
            e.span().end,
            format!(
                "<span class=\"ent {}\" title=\"{}\">",
                e.label().as_str(),
                escape(&title)
            ),
        ));
    }
    // Outer spans first at equal starts, so tags nest.
    marks.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    writeln!(
        out,
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{}</title>",
        escape(name)
    )?;
    writeln!(
        out,
        "<style>body{{font:16px/1.6 Georgia,serif;max-width:46em;margin:2em auto;color:#222}}\
         .ent{{border-bottom:3px solid;padding:0 1px}}.PER{{border-color:#d32f2f}}.LOC{{border-color:#1976d2}}\
         .ORG{{border-color:#388e3c}}.quote{{border-radius:3px}}.legend span{{margin-right:1em;padding:2px 4px}}\
         h1{{font-size:1.2em}}</style></head><body>"
    )?;
    writeln!(out, "<h1>{}</h1>\n<div class=\"legend\"><b>Entities:</b> <span class=\"ent PER\">person</span><span class=\"ent LOC\">place</span><span class=\"ent ORG\">organisation</span></div>", escape(name))?;
    write!(out, "<div class=\"legend\"><b>Speakers:</b> ")?;
    for (k, who) in speakers.iter().enumerate() {
        write!(
            out,
            "<span style=\"background:{}\">{}</span>",
            SPEAKER_COLOURS[k % SPEAKER_COLOURS.len()],
            escape(who)
        )?;
    }
    writeln!(out, "</div><hr>")?;
    let mut pos = 0;
    let mut open: Vec<usize> = Vec::new();
    let mut next = 0;
    write!(out, "<p>")?;
    while pos < text.len() {
        while let Some(&end) = open.last() {
            if end > pos {
                break;
            }
            write!(out, "</span>")?;
            open.pop();
        }
        if next < marks.len() && marks[next].0 == pos {
            write!(out, "{}", marks[next].2)?;
            open.push(marks[next].1);
            next += 1;
            continue;
        }
        // Text up to the next tag: span ends and starts lie on char boundaries.
        let stop = marks
            .get(next)
            .map_or(text.len(), |m| m.0)
            .min(open.last().copied().unwrap_or(text.len()));
        for (k, line) in text[pos..stop].split('\n').enumerate() {
            if k > 0 {
                write!(out, "</p>\n<p>")?;
            }
            write!(out, "{}", escape(line))?;
        }
        pos = stop;
    }
    for _ in open {
        write!(out, "</span>")?;
    }
    writeln!(out, "</p></body></html>")
}
