//! `extract --jsonl` never loses a record: on a file that mixes good lines
//! with every kind of bad one (invalid JSON, no `text`, empty and blank
//! lines, a byte-order mark, invalid UTF-8, NUL bytes, JSON nested ten
//! thousand deep, a number out of range, CRLF endings, a 5 MB text, 5 MB of
//! garbage) it writes exactly one line per input line, in order, with the
//! input's `id`, an `{"id", "error"}` record for each bad line, and exits
//! with status 1.
//!
//! The same check with a 50 MB text is ignored by default (about a minute
//! in a debug build):
//!
//! ```text
//! cargo test --release --test jsonl_robustness -- --ignored
//! ```
#![cfg(feature = "serde")]

#[path = "support/cli.rs"]
mod cli_support;
use cli_support::*;

use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// What one input line must give.
#[derive(Debug)]
enum Expect {
    /// A record with this id, entities and quotes.
    Record(Value),
    /// An error record with this id.
    Error(Value),
}

struct Case {
    input: Vec<u8>,
    expect: Expect,
}

fn good(id: Value, text: &str) -> Case {
    Case {
        input: serde_json::to_vec(&json!({"id": id, "text": text})).unwrap(),
        expect: Expect::Record(id),
    }
}

fn bad(input: impl Into<Vec<u8>>, id: Value) -> Case {
    Case {
        input: input.into(),
        expect: Expect::Error(id),
    }
}

/// About `bytes` bytes of news-like text with paragraphs, quotes, names and
/// non-ASCII characters (JSON-escaped line breaks and quotes included).
fn big_text(bytes: usize) -> String {
    const PARAS: [&str; 4] = [
        "“We are close,” Kremlin spokesman Dmitry Peskov said on Friday.\n\n",
        "Vladimir Putin met Ada Quill in Zürich; the U.S. delegation left early.\n\n",
        "\"It's done,\" she said. «Non», a dit Macron — \tfin.\r\n",
        "Sen. O’Neill’s aide called it “a \\ hard \u{1F600} deal.\n",
    ];
    let mut s = String::with_capacity(bytes + 128);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(PARAS[i % PARAS.len()]);
        i += 1;
    }
    s
}

/// The mixed input; `big` is the size of the large text line.
fn cases(big: usize) -> Vec<Case> {
    let mut first = b"\xEF\xBB\xBF".to_vec();
    first.extend(
        serde_json::to_vec(&json!({"id": "bom", "text": "Talks were held in Paris."})).unwrap(),
    );
    let mut garbage = Vec::with_capacity(big);
    while garbage.len() < big {
        garbage.extend_from_slice(b"{\"id\": [\xff\xfe, \"text\": }}}\x00 ");
    }
    vec![
        Case {
            input: first,
            expect: Expect::Record("bom".into()),
        },
        good(
            json!(2),
            "“We are close,” Kremlin spokesman Dmitry Peskov said.",
        ),
        bad(&b"{not json"[..], Value::Null),
        bad(&br#"{"id": "no-text"}"#[..], "no-text".into()),
        bad(&b""[..], Value::Null),
        bad(&b" \t "[..], Value::Null),
        // Invalid UTF-8 inside the text, and outside any string.
        bad(
            &b"{\"id\": \"utf8-in-text\", \"text\": \"caf\xe9 \xff\"}"[..],
            Value::Null,
        ),
        bad(&b"\xff\xfe\xfd"[..], Value::Null),
        // A byte-order mark is only skipped at the start of the file.
        bad(
            &b"\xEF\xBB\xBF{\"id\": \"bom-again\", \"text\": \"x\"}"[..],
            Value::Null,
        ),
        bad(
            &br#"{"id": "text-number", "text": 5}"#[..],
            "text-number".into(),
        ),
        bad(
            &br#"{"id": "text-null", "text": null}"#[..],
            "text-null".into(),
        ),
        bad(&br#"["id", "text"]"#[..], Value::Null),
        bad(&br#""just a string""#[..], Value::Null),
        bad(&br#"{"id": 1e400, "text": "x"}"#[..], Value::Null),
        bad(&b"{\"id\": \"nul\", \"text\": \"a\x00b\"}"[..], Value::Null),
        bad(
            [
                b"{\"id\": ".to_vec(),
                b"[".repeat(10_000),
                b"]".repeat(10_000),
                b", \"text\": \"x\"}".to_vec(),
            ]
            .concat(),
            Value::Null,
        ),
        bad(
            &br#"{"id": "trailing", "text": "x"} {"id": "second"}"#[..],
            Value::Null,
        ),
        bad(garbage, Value::Null),
        good("empty-text".into(), ""),
        good(json!({"nested": [1, "two"]}), "An object id, kept as is."),
        Case {
            input: serde_json::to_vec(&json!({"id": "crlf", "text": "Berlin."}))
                .unwrap()
                .into_iter()
                .chain(*b"\r")
                .collect(),
            expect: Expect::Record("crlf".into()),
        },
        good(
            "ls".into(),
            "Line\u{2028}separator and \u{85} next line \u{0} nul.",
        ),
        good("big".into(), &big_text(big)),
        good("after-big".into(), "Putin spoke in Moscow."),
        // The last line has no newline (see `input`).
        good("last".into(), "The end, Peskov said."),
    ]
}

fn input(cases: &[Case]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        out.extend_from_slice(&c.input);
        if i + 1 < cases.len() {
            out.push(b'\n');
        }
    }
    out
}

fn run_file(name: &str, bytes: &[u8]) -> Output {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("jsonl-robustness-{name}"));
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new(extract_bin())
        .arg("--jsonl")
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("extract runs");
    let _ = std::fs::remove_file(&path);
    out
}

fn check(cases: &[Case], out: &Output) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad lines make the exit status 1; stderr: {stderr}"
    );
    let stdout = std::str::from_utf8(&out.stdout).expect("the output is UTF-8");
    assert!(stdout.ends_with('\n'), "every record ends with a newline");
    let lines: Vec<&str> = stdout.split_terminator('\n').collect();
    assert_eq!(
        lines.len(),
        cases.len(),
        "one output line per input line; stderr: {stderr}"
    );
    for (n, (line, case)) in lines.iter().zip(cases).enumerate() {
        let line_no = n + 1;
        let short: String = line.chars().take(300).collect();
        let record: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("output line {line_no} is not JSON ({e}): {short}"));
        match &case.expect {
            Expect::Record(id) => {
                assert_eq!(&record["id"], id, "line {line_no}: {short}");
                assert!(record.get("error").is_none(), "line {line_no}: {short}");
                assert!(
                    record["entities"].is_array() && record["quotes"].is_array(),
                    "line {line_no}: {short}"
                );
                // The offsets select the record's texts from the input text.
                let raw = &case.input[..];
                let raw = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
                let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
                let input: Value = serde_json::from_slice(raw).unwrap();
                let text = input["text"].as_str().unwrap();
                for item in record["entities"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .chain(record["quotes"].as_array().unwrap())
                {
                    let (s, e) = (
                        item["start"].as_u64().unwrap(),
                        item["end"].as_u64().unwrap(),
                    );
                    assert_eq!(
                        text.get(s as usize..e as usize),
                        item["text"].as_str(),
                        "line {line_no}: {item}"
                    );
                }
            }
            Expect::Error(id) => {
                assert_eq!(&record["id"], id, "line {line_no}: {short}");
                let message = record["error"]
                    .as_str()
                    .unwrap_or_else(|| panic!("line {line_no} is not an error record: {short}"));
                assert!(
                    message.starts_with(&format!("line {line_no}: ")),
                    "line {line_no}: {message}"
                );
                assert!(record.get("entities").is_none(), "line {line_no}: {short}");
                assert!(
                    line.len() < 1024,
                    "line {line_no}: the error record echoes its input ({} bytes)",
                    line.len()
                );
            }
        }
    }
}

#[test]
fn mixed_file_with_a_5_mb_line() {
    let cases = cases(5 << 20);
    let out = run_file("5mb.jsonl", &input(&cases));
    check(&cases, &out);
}

#[test]
#[ignore = "50 MB of text; run with --release -- --ignored"]
fn mixed_file_with_a_50_mb_line() {
    let cases = cases(50 << 20);
    let out = run_file("50mb.jsonl", &input(&cases));
    check(&cases, &out);
}

/// The same lines through stdin, without the 5 MB ones.
#[test]
fn mixed_stdin() {
    use std::io::Write;
    let cases = cases(1 << 10);
    let bytes = input(&cases);
    let mut child = spawn(&["--jsonl"]);
    let mut pipe = child.stdin.take().unwrap();
    // Write from another thread so a full stdout pipe cannot deadlock us.
    let writer = std::thread::spawn(move || pipe.write_all(&bytes));
    let out = child.wait_with_output().expect("extract runs");
    writer.join().unwrap().expect("extract reads all of stdin");
    check(&cases, &out);
}
