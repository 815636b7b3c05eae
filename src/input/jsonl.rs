//! A reader for the usual JSONL article line: one object of known string fields, each at most
//! once, with no `\u` escape. Anything else is left to serde_json, which reads it the same way
//! or says what is wrong with it, so the messages stay serde_json's.
//!
//! Perf: serde_json copies a string with escapes (every paragraph break is one) into a scratch
//! buffer and then into the string; this reader finds the escapes eight bytes at a time and
//! copies the text once, into a string of the final size.

use crate::wire::next_escape;

use super::JsonArticle;

/// The article of `line` (already trimmed), when the line is an object whose members are all
/// `id`, `title`, `date`, `url`, `text`, `body` or `content`, each once, with a string value
/// whose escapes are all short ones (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`). `None`
/// otherwise, whether or not the line is valid JSON.
pub(super) fn read_plain_line(line: &str) -> Option<JsonArticle> {
    let bytes = line.as_bytes();
    let mut at = skip_whitespace(bytes, 0);
    if bytes.get(at) != Some(&b'{') {
        return None;
    }
    at = skip_whitespace(bytes, at + 1);
    let mut article = JsonArticle::default();
    if bytes.get(at) == Some(&b'}') {
        return (skip_whitespace(bytes, at + 1) == bytes.len()).then_some(article);
    }
    loop {
        let (key, next) = string(line, at)?;
        at = skip_whitespace(bytes, next);
        if bytes.get(at) != Some(&b':') {
            return None;
        }
        at = skip_whitespace(bytes, at + 1);
        let (value, next) = string(line, at)?;
        // serde_json reports a field given twice: left to it.
        match key.as_str() {
            "id" if article.id.is_none() => article.id = Some(serde_json::Value::String(value)),
            "title" if article.title.is_none() => article.title = Some(value),
            "date" if article.date.is_none() => article.date = Some(value),
            "url" if article.url.is_none() => article.url = Some(value),
            "text" if article.text.is_none() => article.text = Some(value),
            "body" if article.body.is_none() => article.body = Some(value),
            "content" if article.content.is_none() => article.content = Some(value),
            _ => return None,
        }
        at = skip_whitespace(bytes, next);
        match bytes.get(at) {
            Some(b',') => at = skip_whitespace(bytes, at + 1),
            Some(b'}') => return (skip_whitespace(bytes, at + 1) == bytes.len()).then_some(article),
            _ => return None,
        }
    }
}

/// The first byte at or after `at` that is not JSON whitespace.
fn skip_whitespace(bytes: &[u8], mut at: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(at) {
        at += 1;
    }
    at
}

/// The string that starts at `at` (at its opening quote), and the position after its closing
/// quote; `None` for anything but a string with short escapes only.
fn string(line: &str, at: usize) -> Option<(String, usize)> {
    let bytes = line.as_bytes();
    if bytes.get(at) != Some(&b'"') {
        return None;
    }
    let start = at + 1;
    // Where it ends, and where its escapes are (each two bytes for one).
    let mut escapes = Vec::new();
    let mut from = start;
    let end = loop {
        let stop = next_escape(bytes, from)?;
        match bytes[stop] {
            b'"' => break stop,
            b'\\' if unescape(*bytes.get(stop + 1)?).is_some() => {
                escapes.push(stop);
                from = stop + 2;
            }
            // A control character, or an escape left to serde_json.
            _ => return None,
        }
    };
    let mut out = String::with_capacity(end - start - escapes.len());
    let mut from = start;
    for stop in escapes {
        out.push_str(&line[from..stop]);
        out.push(unescape(bytes[stop + 1]).expect("checked above"));
        from = stop + 2;
    }
    out.push_str(&line[from..end]);
    Some((out, end + 1))
}

/// The character a short escape (the byte after the backslash) stands for.
fn unescape(byte: u8) -> Option<char> {
    Some(match byte {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\x08',
        b'f' => '\x0c',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde_read(line: &str) -> Option<JsonArticle> {
        serde_json::from_str(line).ok()
    }

    #[test]
    fn usual_lines_are_read_as_serde_json_reads_them() {
        for line in [
            r#"{"id":"a/b.txt","text":"Putin met Trump.\n\n\"Yes,\" he said \\ \/ \t\r\b\f é “curly” 😀","title":"T"}"#,
            r#"{ "body" : "B" , "date" : "2025-12-02", "url": "http://x/y" }"#,
            r#"{"content":"","id":""}"#,
            "{}",
            "{\t\"text\":\r\"x\"\n}",
        ] {
            let fast = read_plain_line(line);
            assert!(fast.is_some(), "{line}");
            assert_eq!(fast, serde_read(line), "{line}");
        }
    }

    #[test]
    fn other_lines_are_left_to_serde_json() {
        for line in [
            r#"{"id":1,"text":"x"}"#,
            r#"{"id":null,"text":"x"}"#,
            r#"{"text":"x","text":"y"}"#,
            r#"{"text":"x","extra":"y"}"#,
            r#"{"text":"\u00e9"}"#,
            r#"{"text":"a\qb"}"#,
            "{\"text\":\"a\u{1}b\"}",
            r#"{"te\u0078t":"x"}"#,
            r#"{"text":"x",}"#,
            r#"{"text":"x"} x"#,
            r#"{"text":"x""#,
            r#"{"text" "x"}"#,
            r#"["x"]"#,
            "",
        ] {
            assert_eq!(read_plain_line(line), None, "{line}");
        }
    }

    proptest::proptest! {
        /// Whatever line it reads, it reads as serde_json does.
        #[test]
        fn what_is_read_is_what_serde_json_reads(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just("{".to_string()),
                    proptest::strategy::Just("}".to_string()),
                    proptest::strategy::Just(",".to_string()),
                    proptest::strategy::Just(":".to_string()),
                    proptest::strategy::Just(" ".to_string()),
                    proptest::strategy::Just("\"text\"".to_string()),
                    proptest::strategy::Just("\"id\"".to_string()),
                    proptest::strategy::Just("\"title\"".to_string()),
                    proptest::strategy::Just("\"other\"".to_string()),
                    proptest::strategy::Just("null".to_string()),
                    proptest::strategy::Just("12".to_string()),
                    "\"([a-z é😀\\\\\"/bfnrtu0\\x01]|\\\\[\"\\\\/bfnrtuq]){0,12}\"",
                ],
                0..12,
            ),
            object in proptest::bool::ANY,
        ) {
            let mut line = parts.concat();
            if object {
                // Mostly well-formed: `{"k": v, ...}` from the pieces in pairs.
                let members: Vec<String> = parts.chunks(2).map(|pair| pair.join(":")).collect();
                line = format!("{{{}}}", members.join(","));
            }
            if let Some(fast) = read_plain_line(&line) {
                proptest::prop_assert_eq!(Some(fast), serde_read(&line), "{}", line);
            }
        }
    }
}
