//! The few Python spellings the scorer's results depend on.
//!
//! score.py walks the system's roles and relations in the order of `sorted(..., key=str)`, and
//! which system edge claims which gold fact can depend on that order; so the scorer builds the
//! same `str` of each tuple and sorts by it. Python compares strings by code point, which is
//! the byte order of UTF-8, so a Rust `String` sorts the same. Messages use `str()` of a value
//! that may be `None`.

use unicode_normalization::char::is_public_assigned;

/// Python's `str(x)` of an optional string: the string, or `None`.
pub fn py_str(value: Option<&str>) -> &str {
    value.unwrap_or("None")
}

/// Python's `repr(x)` of an optional string: `'text'` (or `"it's"`), or `None`.
pub fn py_repr_opt(value: Option<&str>) -> String {
    value.map_or_else(|| "None".to_string(), py_repr)
}

/// Python's `repr(s)` of a string (CPython `unicode_repr`): single quotes unless the string
/// holds a single quote and no double quote; backslash escapes for the quote, backslash, tab,
/// newline, carriage return and characters Python does not print.
pub fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(frozenset(items))`. Python lists the items in hash order, which changes from
/// run to run (string hashing is salted); they are listed sorted here. The order of two system
/// edges can then differ from one run of score.py only when an endpoint stands for two or more
/// gold ids, and the counts only when both edges also fit the same gold relation.
pub fn py_frozenset_repr<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut items: Vec<&str> = items.into_iter().collect();
    if items.is_empty() {
        return "frozenset()".to_string();
    }
    items.sort_unstable();
    let reprs: Vec<String> = items.into_iter().map(py_repr).collect();
    format!("frozenset({{{}}})", reprs.join(", "))
}

/// `str.isprintable()` of one character: not a control, format, private-use, unassigned or
/// separator character, space excepted. Format characters (Cf) are listed from Python 3.11
/// (Unicode 14); assignment comes from the Unicode tables of `unicode-normalization`.
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control() || c.is_whitespace() || !is_public_assigned(c) || is_format(c))
}

/// General category Cf, Unicode 14.
fn is_format(c: char) -> bool {
    const FORMAT: &[(char, char)] = &[
        ('\u{00AD}', '\u{00AD}'),
        ('\u{0600}', '\u{0605}'),
        ('\u{061C}', '\u{061C}'),
        ('\u{06DD}', '\u{06DD}'),
        ('\u{070F}', '\u{070F}'),
        ('\u{0890}', '\u{0891}'),
        ('\u{08E2}', '\u{08E2}'),
        ('\u{180E}', '\u{180E}'),
        ('\u{200B}', '\u{200F}'),
        ('\u{202A}', '\u{202E}'),
        ('\u{2060}', '\u{2064}'),
        ('\u{2066}', '\u{206F}'),
        ('\u{FEFF}', '\u{FEFF}'),
        ('\u{FFF9}', '\u{FFFB}'),
        ('\u{110BD}', '\u{110BD}'),
        ('\u{110CD}', '\u{110CD}'),
        ('\u{13430}', '\u{13438}'),
        ('\u{1BCA0}', '\u{1BCA3}'),
        ('\u{1D173}', '\u{1D17A}'),
        ('\u{E0001}', '\u{E0001}'),
        ('\u{E0020}', '\u{E007F}'),
    ];
    FORMAT.iter().any(|&(first, last)| (first..=last).contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_quotes_and_escapes_like_python() {
        assert_eq!(py_repr("putin"), "'putin'");
        assert_eq!(py_repr("O'Brien"), "\"O'Brien\"");
        assert_eq!(py_repr("say \"hi\" o'k"), "'say \"hi\" o\\'k'");
        assert_eq!(py_repr("a\\b\tc\n"), "'a\\\\b\\tc\\n'");
        assert_eq!(py_repr("\u{7}\u{7f}\u{a0}\u{200b}"), "'\\x07\\x7f\\xa0\\u200b'");
        assert_eq!(py_repr("Erdoğan"), "'Erdoğan'");
        assert_eq!(py_repr("\u{e000}"), "'\\ue000'");
        assert_eq!(py_repr_opt(None), "None");
    }

    #[test]
    fn frozensets_print_like_python() {
        assert_eq!(py_frozenset_repr([]), "frozenset()");
        assert_eq!(py_frozenset_repr(["r2", "putin"]), "frozenset({'putin', 'r2'})");
    }
}
