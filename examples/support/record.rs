//! Reading one `{"id": ..., "text": ...}` line of JSONL input. A module of
//! the `extract` example, shared with its fuzz target (`fuzz/`).

use serde_json::Value;

/// The id and text of one JSONL line, or the id (if readable) and what is wrong.
pub fn parse_record(line: &[u8]) -> Result<(Value, String), (Value, String)> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err((Value::Null, "empty line".into()));
    }
    let mut value: Value =
        serde_json::from_slice(line).map_err(|e| (Value::Null, format!("invalid JSON: {e}")))?;
    let Some(obj) = value.as_object_mut() else {
        return Err((Value::Null, "not a JSON object".into()));
    };
    let id = obj.remove("id").unwrap_or(Value::Null);
    match obj.remove("text") {
        Some(Value::String(text)) => Ok((id, text)),
        Some(_) => Err((id, "`text` is not a string".into())),
        None => Err((id, "no `text` field".into())),
    }
}
