//! Reading gold and graph documents the way score.py's `dict.get` reads them: an absent key
//! or a null is `None`, an absent list is empty. A value of the wrong type, which score.py
//! would trip over or silently misread, is an error that names the item and the key.

use serde_json::{Map, Value};

/// A gold file or graph document that cannot be scored: what is wrong, with the line and
/// column for JSON syntax errors.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ReadError(pub(crate) String);

pub(crate) fn parse(text: &str) -> Result<Value, ReadError> {
    serde_json::from_str(text).map_err(|e| {
        ReadError(format!("line {}, column {}: {}", e.line(), e.column(), crate::wire::strip_position(&e.to_string())))
    })
}

/// `d.get(key, [])`.
pub(crate) fn list<'a>(doc: &'a Map<String, Value>, key: &str) -> Result<&'a [Value], String> {
    match doc.get(key) {
        None => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(other) => Err(format!("\"{key}\" must be a list, not {}", brief(other))),
    }
}

/// Item `index` of a list of `what`s, which must be an object.
pub(crate) fn object<'a>(item: &'a Value, what: &str, index: usize) -> Result<&'a Map<String, Value>, String> {
    item.as_object().ok_or_else(|| format!("{what} {index} must be a JSON object, not {}", brief(item)))
}

/// A key score.py reads with `d[key]`.
pub(crate) fn required_str(object: &Map<String, Value>, key: &str, what: &str) -> Result<String, String> {
    match object.get(key) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(other) => Err(format!("{what}: \"{key}\" must be a string, not {}", brief(other))),
        None => Err(format!("{what}: no \"{key}\"")),
    }
}

/// A key score.py reads with `d.get(key)`.
pub(crate) fn optional_str(object: &Map<String, Value>, key: &str, what: &str) -> Result<Option<String>, String> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!("{what}: \"{key}\" must be a string or null, not {}", brief(other))),
    }
}

/// `list(d.get("aliases") or [])`; null items are skipped, as `norm(None)` is empty.
pub(crate) fn aliases<'a>(object: &'a Map<String, Value>, what: &str) -> Result<Vec<&'a str>, String> {
    match object.get("aliases") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .filter(|item| !item.is_null())
            .map(|item| {
                item.as_str().ok_or_else(|| format!("{what}: every alias must be a string, not {}", brief(item)))
            })
            .collect(),
        Some(other) => Err(format!("{what}: \"aliases\" must be a list of names, not {}", brief(other))),
    }
}

/// Python truthiness of `d.get(key)` (`if r.get("optional")`).
pub(crate) fn truthy(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|x| x != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(items)) => !items.is_empty(),
        Some(Value::Object(fields)) => !fields.is_empty(),
    }
}

/// A JSON value for a message, cut short.
fn brief(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}
