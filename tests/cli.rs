//! The `extract` example as a command-line program: file mode, JSONL mode,
//! stdin, the text view and errors.
#![cfg(feature = "serde")]

#[path = "support/cli.rs"]
mod cli_support;
use cli_support::*;

use serde_json::Value;
use std::path::PathBuf;
use std::process::Output;

fn stdout(out: &Output) -> &str {
    std::str::from_utf8(&out.stdout).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A file in the target's scratch directory, unique to this test.
fn scratch_file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Checks that a record's offsets select its texts from `text`.
fn check_record(record: &Value, text: &str) {
    let entities = record["entities"].as_array().expect("an entities array");
    let quotes = record["quotes"].as_array().expect("a quotes array");
    for item in entities.iter().chain(quotes) {
        let start = item["start"].as_u64().unwrap() as usize;
        let end = item["end"].as_u64().unwrap() as usize;
        assert_eq!(&text[start..end], item["text"].as_str().unwrap(), "{item}");
    }
    for e in entities {
        for key in ["label", "canonical"] {
            assert!(e.get(key).is_some(), "entity without `{key}`: {e}");
        }
    }
}

const WIRE_PATH: &str = "tests/fixtures/wire.txt";
const WIRE: &str = include_str!("fixtures/wire.txt");

#[test]
fn file_mode_prints_one_json_object_per_file() {
    let out = run(&[WIRE_PATH], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let record: Value = serde_json::from_str(stdout(&out)).expect("valid JSON");
    assert_eq!(record["id"], WIRE_PATH);
    check_record(&record, WIRE);
    assert!(record["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["text"] == "Paris"));
    assert!(
        stdout(&out).lines().count() > 1,
        "pretty-printed by default"
    );
}

#[test]
fn file_mode_with_several_files_keeps_their_order() {
    let menu = "tests/fixtures/menu.txt";
    let out = run(&[WIRE_PATH, menu, WIRE_PATH], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let records: Vec<Value> = serde_json::Deserializer::from_str(stdout(&out))
        .into_iter()
        .collect::<Result<_, _>>()
        .expect("a stream of JSON objects");
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [WIRE_PATH, menu, WIRE_PATH]);
    assert_eq!(records[0], records[2]);
}

#[test]
fn compact_prints_one_line() {
    let out = run(&["--compact", WIRE_PATH], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    let record: Value = serde_json::from_str(text).unwrap();
    assert_eq!(record["id"], WIRE_PATH);
    check_record(&record, WIRE);
}

#[test]
fn char_offsets_count_characters() {
    let text = "Un café à Paris.\n";
    let path = scratch_file("chars.txt", text.as_bytes());
    let out = run(
        &["--compact", "--char-offsets", path.to_str().unwrap()],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let record: Value = serde_json::from_str(stdout(&out)).unwrap();
    let paris = record["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"] == "Paris")
        .expect("Paris is found");
    assert_eq!(paris["start"], 10);
    assert_eq!(paris["end"], 15);
}

/// One JSONL input line, the id its output line must carry, and whether it
/// must be an error record.
struct Line {
    input: &'static [u8],
    id: Value,
    error: bool,
}

macro_rules! lines {
    ($($input:expr => $id:expr, $kind:ident;)*) => {
        vec![$(Line { input: $input, id: $id, error: lines!(@$kind) }),*]
    };
    (@ok) => { false };
    (@error) => { true };
}

fn mixed_lines() -> Vec<Line> {
    lines! {
        b"\xEF\xBB\xBF{\"id\": \"bom\", \"text\": \"Talks were held in Paris.\"}" => "bom".into(), ok;
        b"{\"id\": \"broken\", \"text\": " => Value::Null, error;
        b"{\"id\": \"no-text\"}" => "no-text".into(), error;
        b"" => Value::Null, error;
        b"{\"id\": 7, \"text\": \"\\u201cWe agreed,\\u201d the minister said in Geneva.\"}" => 7.into(), ok;
        b"{\"id\": \"number\", \"text\": 42}" => "number".into(), error;
        b"[\"not\", \"an\", \"object\"]" => Value::Null, error;
        b"{\"id\": \"bad-utf8\", \"text\": \"caf\xe9\"}" => Value::Null, error;
        b"{\"text\": \"No id here, but Berlin is here.\"}" => Value::Null, ok;
        b"{\"id\": \"crlf\", \"text\": \"\\u039a\\u03b5\\u03bd\\u03c4\\u03c1\\u03b9\\u03ba\\u03ae \xf0\x9f\x8e\x89\"}\r" => "crlf".into(), ok;
        b"   " => Value::Null, error;
        b"{\"id\": [1, 2], \"text\": \"\"}" => serde_json::json!([1, 2]), ok;
    }
}

fn check_jsonl_output(out: &Output, lines: &[Line]) {
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed line makes the exit status 1; {}",
        stderr(out)
    );
    let text = stdout(out);
    let got: Vec<&str> = text.lines().collect();
    assert_eq!(
        got.len(),
        lines.len(),
        "one output line per input line:\n{text}"
    );
    for (n, (line, expected)) in got.iter().zip(lines).enumerate() {
        let record: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}: {line}", n + 1));
        assert_eq!(record["id"], expected.id, "line {}: {line}", n + 1);
        if expected.error {
            let message = record["error"]
                .as_str()
                .unwrap_or_else(|| panic!("line {} is no error: {line}", n + 1));
            assert!(
                message.starts_with(&format!("line {}: ", n + 1)),
                "line {}: {message}",
                n + 1
            );
            assert!(record.get("entities").is_none(), "{line}");
        } else {
            assert!(record.get("error").is_none(), "line {}: {line}", n + 1);
            assert!(
                record["entities"].is_array() && record["quotes"].is_array(),
                "{line}"
            );
        }
    }
}

fn jsonl_input(lines: &[Line]) -> Vec<u8> {
    let mut input = Vec::new();
    for line in lines {
        input.extend_from_slice(line.input);
        input.push(b'\n');
    }
    input
}

#[test]
fn jsonl_file_gives_one_output_line_per_input_line() {
    let lines = mixed_lines();
    let path = scratch_file("mixed.jsonl", &jsonl_input(&lines));
    let out = run(&["--jsonl", path.to_str().unwrap()], None);
    check_jsonl_output(&out, &lines);
    // The good records carry entities found in their own text.
    let first: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    check_record(&first, "Talks were held in Paris.");
}

#[test]
fn jsonl_from_stdin() {
    let lines = mixed_lines();
    let out = run(&["--jsonl"], Some(&jsonl_input(&lines)));
    check_jsonl_output(&out, &lines);
}

#[test]
fn jsonl_last_line_without_newline_and_all_good_lines_exit_zero() {
    let input = b"{\"id\": \"a\", \"text\": \"Paris.\"}\n{\"id\": \"b\", \"text\": \"Berlin.\"}";
    let out = run(&["--jsonl", "--char-offsets"], Some(input));
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].clone())
        .collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn jsonl_sample_file_runs() {
    let out = run(&["--jsonl", "examples/data/sample.jsonl"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let input = include_str!("../examples/data/sample.jsonl");
    assert_eq!(stdout(&out).lines().count(), input.lines().count());
    for (line, output) in input.lines().zip(stdout(&out).lines()) {
        let record: Value = serde_json::from_str(line).unwrap();
        let result: Value = serde_json::from_str(output).unwrap();
        assert_eq!(result["id"], record["id"]);
        check_record(&result, record["text"].as_str().unwrap());
    }
}

#[test]
fn invalid_utf8_file_is_a_clear_error() {
    let path = scratch_file("latin1.txt", b"Caf\xe9 in Paris\n");
    let out = run(&[path.to_str().unwrap()], None);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("cli-latin1.txt"), "{err}");
    assert!(err.contains("UTF-8"), "{err}");
    assert!(err.contains("byte 3"), "{err}");
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
}

#[test]
fn a_bad_file_does_not_stop_the_others() {
    let missing = "tests/fixtures/no-such-file.txt";
    let out = run(&["--compact", missing, WIRE_PATH], None);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no-such-file.txt"),
        "{}",
        stderr(&out)
    );
    let record: Value = serde_json::from_str(stdout(&out)).unwrap();
    assert_eq!(record["id"], WIRE_PATH);
}

#[test]
fn text_view_lists_entities_and_quotes_by_speaker() {
    let out = run(&["--text", WIRE_PATH], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some(format!("== {WIRE_PATH}").as_str()));
    assert!(
        text.lines()
            .any(|l| l.starts_with("Places: ") && l.contains("Paris")),
        "{text}"
    );
    // Quotes are listed under a speaker heading (a name, a mention or
    // "(no speaker)"), each on an indented arrow line.
    let quotes: Vec<usize> = (0..text.lines().count())
        .filter(|&i| text.lines().nth(i).unwrap().starts_with("  → “"))
        .collect();
    assert!(!quotes.is_empty(), "no quotes listed:\n{text}");
    let first_heading = text.lines().nth(quotes[0] - 1).unwrap();
    assert!(
        first_heading.ends_with(':') && !first_heading.starts_with(' '),
        "{first_heading:?} is not a speaker heading:\n{text}"
    );
}

#[test]
fn custom_gazetteer_option() {
    let out = run(
        &[
            "--compact",
            "--no-default-gazetteers",
            "--gazetteer",
            "tests/fixtures/people.tsv",
            "--jsonl",
        ],
        Some(b"{\"id\": 1, \"text\": \"Tobias Wrenfield arrived.\"}\n"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let record: Value = serde_json::from_str(stdout(&out).trim_end()).unwrap();
    assert!(
        record["entities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["canonical"] == "Tobias Wrenfield"),
        "{record}"
    );
}

#[test]
fn malformed_gazetteer_option_names_file_and_line() {
    let out = run(
        &["--gazetteer", "tests/fixtures/malformed.tsv", WIRE_PATH],
        None,
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("malformed.tsv:4"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["--no-such-option", WIRE_PATH][..],
        &["--gazetteer"][..],
    ] {
        let out = run(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("usage: extract"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}
