//! `extract --jsonl --threads N`: the output is byte-for-byte that of one
//! thread, bad lines included, across the chunks the workers take; a reader
//! that stops reading stops the run.
#![cfg(feature = "serde")]

#[path = "support/cli.rs"]
mod cli_support;
use cli_support::*;

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::Output;
use std::time::{Duration, Instant};

/// A file in the target's scratch directory, unique to this test.
fn scratch_file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-threads-{name}"));
    std::fs::write(&path, bytes).unwrap();
    path
}

const SAMPLE: &str = include_str!("../examples/data/sample.txt");
const WIRE: &str = include_str!("fixtures/wire.txt");
const MENU: &str = include_str!("fixtures/menu.txt");

/// About 500 JSONL lines (at least eight chunks of at most 64 lines, more
/// where the long texts reach 64 KB first), with a byte-order mark, CRLF endings, every kind of bad line, texts of
/// very different lengths, and a last line without a newline. Returns the input and the
/// 1-based numbers of the bad lines.
fn generated_jsonl() -> (Vec<u8>, Vec<usize>) {
    let paragraphs: Vec<&str> = SAMPLE.split("\n\n").collect();
    let mut input = b"\xEF\xBB\xBF".to_vec();
    let mut bad = Vec::new();
    for n in 1..=503usize {
        let line = match n % 50 {
            7 => "{\"id\": \"broken\", \"text\": ".to_string(),
            13 => String::new(),
            21 => "[1, 2, 3]".to_string(),
            29 => json!({"id": n, "body": "no text"}).to_string(),
            37 => json!({"id": [n], "text": 42}).to_string(),
            _ => {
                let text = match n % 5 {
                    0 => SAMPLE.repeat(1 + n % 3),
                    1 => WIRE.to_string(),
                    2 => paragraphs[n % paragraphs.len()].to_string(),
                    3 => MENU.to_string(),
                    _ => format!("“Line {n},” Dmitry Peskov said in Moscow."),
                };
                json!({"id": format!("doc-{n}"), "text": text, "extra": n}).to_string()
            }
        };
        if matches!(n % 50, 7 | 13 | 21 | 29 | 37) {
            bad.push(n);
        }
        input.extend_from_slice(line.as_bytes());
        match n {
            503 => {}
            _ if n % 11 == 0 => input.extend_from_slice(b"\r\n"),
            _ => input.push(b'\n'),
        }
    }
    (input, bad)
}

fn assert_same(a: &Output, b: &Output, what: &str) {
    assert_eq!(a.status.code(), b.status.code(), "{what}: exit status");
    assert!(
        a.stdout == b.stdout,
        "{what}: outputs differ ({} and {} bytes)",
        a.stdout.len(),
        b.stdout.len()
    );
}

#[test]
fn threads_3_output_equals_threads_1_byte_for_byte() {
    let (input, bad) = generated_jsonl();
    let path = scratch_file("generated.jsonl", &input);
    let path = path.to_str().unwrap();
    let one = run(&["--jsonl", "--threads", "1", path], None);
    let default = run(&["--jsonl", path], None);
    assert_same(&one, &default, "--threads 1 is the default");
    assert_eq!(
        one.status.code(),
        Some(1),
        "bad lines make the exit status 1"
    );

    // One output line per input line, in order, errors where the bad lines are.
    let text = std::str::from_utf8(&one.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 503);
    for (k, line) in lines.iter().enumerate() {
        let n = k + 1;
        let record: Value = serde_json::from_str(line).expect("valid JSON");
        if bad.contains(&n) {
            let error = record["error"].as_str().expect("an error record");
            assert!(error.starts_with(&format!("line {n}: ")), "{error}");
        } else {
            assert_eq!(record["id"], format!("doc-{n}"));
            assert!(record["entities"].is_array(), "{line}");
        }
    }

    for threads in ["3", "2", "0"] {
        let many = run(&["--jsonl", "--threads", threads, path], None);
        assert_same(&one, &many, &format!("--threads {threads}"));
    }
    let stdin = run(&["--jsonl", "--threads", "3"], Some(&input));
    assert_same(&one, &stdin, "--threads 3 from stdin");
}

#[test]
fn threads_keep_the_other_options() {
    let (input, _) = generated_jsonl();
    let path = scratch_file("generated-options.jsonl", &input);
    let path = path.to_str().unwrap();
    for options in [&["--char-offsets"][..], &["--text"][..]] {
        let mut one_args = vec!["--jsonl", "--threads", "1"];
        one_args.extend_from_slice(options);
        one_args.push(path);
        let mut many_args = vec!["--jsonl", "--threads", "3"];
        many_args.extend_from_slice(options);
        many_args.push(path);
        let one = run(&one_args, None);
        let many = run(&many_args, None);
        assert!(!one.stdout.is_empty());
        assert_same(&one, &many, &format!("{options:?}"));
    }
}

#[test]
fn threads_with_good_lines_only_exit_zero() {
    let input = b"{\"id\": 1, \"text\": \"Merz spoke in Berlin.\"}\n{\"id\": 2, \"text\": \"\"}";
    let out = run(&["--jsonl", "--threads", "2"], Some(input));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::str::from_utf8(&out.stdout).unwrap();
    let ids: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].clone())
        .collect();
    assert_eq!(ids, [json!(1), json!(2)]);

    let empty = run(&["--jsonl", "--threads", "4"], Some(b""));
    assert!(empty.status.success());
    assert!(empty.stdout.is_empty());
}

#[test]
fn bad_thread_counts_are_usage_errors() {
    for args in [
        &["--jsonl", "--threads"][..],
        &["--jsonl", "--threads", "many"][..],
    ] {
        let out = run(args, Some(b""));
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--threads"), "{err}");
    }
}

#[test]
fn threads_stop_when_the_output_is_closed() {
    let (input, _) = generated_jsonl();
    let mut child = spawn(&["--jsonl", "--threads", "2"]);
    // Far more output than a pipe holds, and an input that never ends: only
    // the closed output can stop the run.
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
        stdin
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("doc-1"), "{first}");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("extract went on after its output was closed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "a closed output is no failure: {status}");
    drop(feeder.join().unwrap());
}
