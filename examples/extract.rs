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
//! input line is read. With more threads each of N workers takes the next
//! chunk of input lines (at most 64 lines or 64 KB, whichever comes first;
//! a longer line is a chunk of its own), parses, extracts and serializes it,
//! and hands it to the main thread, which writes the chunks in input order
//! and flushes whenever it has nothing more to write. At most 8 chunks per
//! worker are taken and not yet written, which bounds memory. The output
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
        ok &= answer_line(extractor, opts, &buf, line_no, &mut line)?;
        out.write_all(&line)?;
        out.flush()?;
    }
    Ok(ok)
}

/// A worker takes input lines in chunks of this many lines, or fewer when
/// they reach [`CHUNK_BYTES`] (a longer line is a chunk of its own): a
/// dozen articles, under a millisecond of work, so the workers finish
/// within a chunk of each other and the lock on the input is rarely held.
const CHUNK_LINES: usize = 64;
/// See [`CHUNK_LINES`].
const CHUNK_BYTES: usize = 64 << 10;
/// Chunks per worker that may be taken from the input and not yet written:
/// the bound on memory while a long line holds up the output.
const CHUNKS_AHEAD_PER_THREAD: usize = 8;

/// Input lines taken by one worker, numbered in input order.
struct Chunk {
    seq: usize,
    first_line_no: usize,
    lines: Vec<Vec<u8>>,
    /// The read error that ended the input after `lines`.
    error: Option<io::Error>,
}

/// The output of a chunk: its lines' output, whether all of them were
/// good records, and the read error that followed them.
struct Answered {
    seq: usize,
    output: Vec<u8>,
    ok: bool,
    error: Option<io::Error>,
}

/// What the workers share: the input, read one chunk at a time under the
/// lock, and the permits to take a chunk (the writer returns one per chunk
/// written).
struct Input {
    reader: Box<dyn BufRead + Send>,
    permits: std::sync::mpsc::Receiver<()>,
    next_seq: usize,
    lines_read: usize,
    finished: bool,
}

/// `run_jsonl` with `opts.threads` worker threads that each take a chunk of
/// lines from the shared input, answer it and hand it to this thread, which
/// writes the chunks in input order and flushes whenever it has nothing
/// more to write. No worker waits for another: only the number of chunks
/// taken and not yet written is bounded.
fn run_jsonl_parallel(
    extractor: &Extractor,
    opts: &Options,
    reader: Box<dyn BufRead + Send>,
    out: &mut impl Write,
) -> io::Result<bool> {
    let ahead = CHUNKS_AHEAD_PER_THREAD * opts.threads;
    let (permit, permits) = std::sync::mpsc::sync_channel(ahead);
    for _ in 0..ahead {
        permit.send(()).expect("the channel holds every permit");
    }
    let input = std::sync::Arc::new(std::sync::Mutex::new(Input {
        reader,
        permits,
        next_seq: 0,
        lines_read: 0,
        finished: false,
    }));
    let (answer, answers) = std::sync::mpsc::channel();
    // Not scoped threads: on a write error (a closed pipe) we return at
    // once rather than wait for a worker blocked on input; dropping the
    // permits and the receiver stops the workers.
    let workers: Vec<_> = (0..opts.threads)
        .map(|_| {
            let (input, answer) = (input.clone(), answer.clone());
            let (extractor, opts) = (extractor.clone(), opts.clone());
            std::thread::spawn(move || work(&input, &extractor, &opts, &answer))
        })
        .collect();
    drop(answer);
    let mut ok = true;
    let mut waiting = std::collections::BTreeMap::new();
    let mut next = 0;
    loop {
        let answered = match answers.try_recv() {
            Ok(a) => a,
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                out.flush()?;
                match answers.recv() {
                    Ok(a) => a,
                    Err(_) => break,
                }
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => break,
        };
        waiting.insert(answered.seq, answered);
        while let Some(answered) = waiting.remove(&next) {
            out.write_all(&answered.output)?;
            ok &= answered.ok;
            if let Some(e) = answered.error {
                return Err(e);
            }
            next += 1;
            // A worker that stopped has no use for the permit.
            let _ = permit.send(());
        }
    }
    // Every worker has stopped; a chunk left unwritten means one panicked.
    for worker in workers {
        worker.join().expect("a worker thread does not panic");
    }
    assert!(waiting.is_empty(), "every chunk taken was answered");
    Ok(ok)
}

/// A worker: takes chunks until the input ends or the writer stops.
fn work(
    input: &std::sync::Mutex<Input>,
    extractor: &Extractor,
    opts: &Options,
    answer: &std::sync::mpsc::Sender<Answered>,
) {
    while let Some(chunk) = take_chunk(input) {
        let mut answered = Answered {
            seq: chunk.seq,
            output: Vec::new(),
            ok: true,
            error: chunk.error,
        };
        for (k, line) in chunk.lines.iter().enumerate() {
            let line_no = chunk.first_line_no + k;
            match answer_line(extractor, opts, line, line_no, &mut answered.output) {
                Ok(good) => answered.ok &= good,
                Err(e) => {
                    answered.error = Some(e);
                    break;
                }
            }
        }
        if answer.send(answered).is_err() {
            return;
        }
    }
}

/// The next chunk of input lines, or `None` at the end of the input or
/// when the writer has stopped.
fn take_chunk(input: &std::sync::Mutex<Input>) -> Option<Chunk> {
    // A worker that panicked held no lock: the input is intact.
    let mut input = input
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if input.finished || input.permits.recv().is_err() {
        return None;
    }
    let mut chunk = Chunk {
        seq: input.next_seq,
        first_line_no: input.lines_read + 1,
        lines: Vec::new(),
        error: None,
    };
    let mut bytes = 0;
    while chunk.lines.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
        let mut line = Vec::new();
        match input.reader.read_until(b'\n', &mut line) {
            Ok(0) => {
                input.finished = true;
                break;
            }
            Ok(n) => {
                bytes += n;
                input.lines_read += 1;
                chunk.lines.push(line);
            }
            Err(e) => {
                // Lines read before the error are still answered.
                input.finished = true;
                chunk.error = Some(e);
                break;
            }
        }
    }
    if chunk.lines.is_empty() && chunk.error.is_none() {
        return None;
    }
    input.next_seq += 1;
    Some(chunk)
}

/// Appends the output line of JSONL input line `line_no` to `out`: its
/// record, or the error record of a bad line. Returns whether the line was
/// a good record.
fn answer_line(
    extractor: &Extractor,
    opts: &Options,
    line: &[u8],
    line_no: usize,
    out: &mut Vec<u8>,
) -> io::Result<bool> {
    match parse_record(trim_line(line, line_no)) {
        Ok((id, text)) => write_record(&id, &extractor.extract(&text), opts, out).map(|()| true),
        Err((id, msg)) => write_error(&id, line_no, &msg, out).map(|()| false),
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
