//! The pretty-printed document written by hand, byte for byte what serde_json's pretty printer
//! writes for [`super::Document`] (`the_writer_writes_what_serde_json_writes` holds it to that).
//!
//! Perf: serde_json escapes strings a byte at a time and writes each key and indentation through
//! its formatter; a graph's JSON is mostly evidence sentences, so writing the known shape
//! directly, and copying a string that needs no escape (almost all of them) in one piece, writes
//! a graph several times faster. A field added to the document must be added here too.

use std::io::{self, Write};

use crate::graph::{Edge, KnowledgeGraph, Node, NodeSource};
use crate::model::{ArticleMeta, Evidence};

/// An object member's key as it is written, `"name": ` (made by [`key!`] only).
#[derive(Clone, Copy)]
struct Key(&'static str);

/// The [`Key`] of a member name.
macro_rules! key {
    ($name:literal) => {
        Key(concat!("\"", $name, "\": "))
    };
}

/// Bytes gathered before they are handed to the writer.
const FLUSH_AT: usize = 1 << 16;

/// Writes the graph document (with a final newline) to `out`.
pub(super) fn write_pretty(graph: &KnowledgeGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Pretty { buf: Vec::with_capacity(FLUSH_AT + 4096), out, depth: 0, first: true };
    w.begin('{');
    w.key(key!("directed"));
    w.raw("true");
    w.key(key!("multigraph"));
    w.raw("true");
    w.key(key!("graph"));
    w.begin('{');
    w.key(key!("schema_version"));
    w.number(super::SCHEMA_VERSION as usize);
    w.key(key!("articles"));
    w.begin('[');
    for article in graph.articles() {
        w.item();
        w.string(&article.id);
    }
    w.end(']');
    if graph.articles().any(|a| a.title.is_some() || a.date.is_some() || a.url.is_some()) {
        w.key(key!("article_meta"));
        w.begin('[');
        for article in graph.articles() {
            w.item();
            article_meta(&mut w, article);
        }
        w.end(']');
    }
    w.end('}');
    w.key(key!("nodes"));
    w.begin('[');
    for node in graph.nodes() {
        w.item();
        self::node(&mut w, node);
        w.flush_if_full()?;
    }
    w.end(']');
    w.key(key!("edges"));
    w.begin('[');
    for (source, target, edge) in graph.edges() {
        w.item();
        self::edge(&mut w, source, target, edge);
        w.flush_if_full()?;
    }
    w.end(']');
    w.end('}');
    w.buf.push(b'\n');
    w.out.write_all(&w.buf)
}

fn article_meta(w: &mut Pretty<'_>, meta: &ArticleMeta) {
    w.begin('{');
    w.key(key!("id"));
    w.string(&meta.id);
    w.optional_string(key!("title"), &meta.title);
    w.optional_string(key!("date"), &meta.date);
    w.optional_string(key!("url"), &meta.url);
    w.end('}');
}

fn node(w: &mut Pretty<'_>, node: &Node) {
    w.begin('{');
    w.key(key!("id"));
    w.string(&node.id);
    w.key(key!("kind"));
    w.plain_string(node.kind.as_str());
    w.key(key!("name"));
    w.string(&node.name);
    w.key(key!("aliases"));
    w.strings(&node.aliases);
    w.key(key!("mentions"));
    w.number(node.mentions);
    w.optional_string(key!("iso3"), &node.iso3);
    w.optional_string(key!("title"), &node.title);
    w.optional_string(key!("country"), &node.country);
    w.key(key!("sources"));
    w.begin('[');
    for source in &node.sources {
        w.item();
        node_source(w, source);
    }
    w.end(']');
    w.end('}');
}

fn node_source(w: &mut Pretty<'_>, source: &NodeSource) {
    w.begin('{');
    w.key(key!("article"));
    w.string(&source.article);
    w.key(key!("name"));
    w.string(&source.name);
    if !source.aliases.is_empty() {
        w.key(key!("aliases"));
        w.strings(&source.aliases);
    }
    w.key(key!("mentions"));
    w.number(source.mentions);
    w.end('}');
}

fn edge(w: &mut Pretty<'_>, source: &Node, target: &Node, edge: &Edge) {
    w.begin('{');
    w.key(key!("source"));
    w.string(&source.id);
    w.key(key!("target"));
    w.string(&target.id);
    w.key(key!("kind"));
    w.plain_string(edge.kind.as_str());
    w.key(key!("weight"));
    w.number(edge.weight);
    w.optional_string(key!("what"), &edge.what);
    if edge.former {
        w.key(key!("former"));
        w.raw("true");
    }
    w.key(key!("evidence"));
    w.begin('[');
    for evidence in &edge.evidence {
        w.item();
        self::evidence(w, evidence);
    }
    w.end(']');
    w.end('}');
}

fn evidence(w: &mut Pretty<'_>, evidence: &Evidence) {
    w.begin('{');
    w.key(key!("article"));
    w.string(&evidence.article);
    w.key(key!("sentence"));
    w.number(evidence.sentence);
    w.key(key!("start"));
    w.number(evidence.start);
    w.key(key!("end"));
    w.number(evidence.end);
    w.key(key!("rule"));
    w.string(&evidence.rule);
    w.key(key!("text"));
    w.string(&evidence.text);
    w.optional_string(key!("date"), &evidence.date);
    w.optional_string(key!("what"), &evidence.what);
    if evidence.former {
        w.key(key!("former"));
        w.raw("true");
    }
    w.end('}');
}

/// A pretty printer in serde_json's layout: two spaces of indentation, `"key": value`, one
/// member per line, and `{}` or `[]` for an empty object or array.
struct Pretty<'a> {
    buf: Vec<u8>,
    out: &'a mut dyn Write,
    /// Open objects and arrays.
    depth: usize,
    /// Nothing was written yet in the innermost object or array.
    first: bool,
}

impl Pretty<'_> {
    fn raw(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    fn flush_if_full(&mut self) -> io::Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Opens an object (`{`) or array (`[`).
    fn begin(&mut self, open: char) {
        self.buf.push(open as u8);
        self.depth += 1;
        self.first = true;
    }

    /// Closes the innermost object (`}`) or array (`]`).
    fn end(&mut self, close: char) {
        self.depth -= 1;
        if !self.first {
            self.line_break(false);
        }
        self.buf.push(close as u8);
        self.first = false;
    }

    /// Starts the next member of an array.
    fn item(&mut self) {
        self.line_break(!self.first);
        self.first = false;
    }

    /// Starts the next member of an object: its key, one of the names written in this file,
    /// as [`key!`] writes it.
    // perf: the key comes quoted and followed by `: `, one copy instead of three; inlined, it
    // is a copy of known length.
    #[inline(always)]
    fn key(&mut self, Key(quoted): Key) {
        debug_assert!(
            quoted.len() > 4
                && quoted.starts_with('"')
                && quoted.ends_with("\": ")
                && !quoted[1..quoted.len() - 3].bytes().any(|b| ESCAPES[usize::from(b)] != 0),
            "{quoted:?} is not a key as `key!` writes it"
        );
        self.item();
        self.raw(quoted);
    }

    /// A comma if asked, a newline and the indentation of the current depth.
    fn line_break(&mut self, comma: bool) {
        // perf: the longest line break of a graph copied whole (a copy of known length, no call)
        // and cut back, in place of a byte, a comma and the indentation copied apart.
        const LINE: &[u8; 2 + 2 * 16] = b",\n                                ";
        let indent = 2 * self.depth;
        if indent <= LINE.len() - 2 {
            let len = self.buf.len() + usize::from(comma) + 1 + indent;
            if comma {
                self.buf.extend_from_slice(LINE);
            } else {
                self.buf.extend_from_slice(&LINE[1..]);
            }
            self.buf.truncate(len);
        } else {
            self.buf.extend_from_slice(&LINE[usize::from(!comma)..2]);
            self.buf.resize(self.buf.len() + indent, b' ');
        }
    }

    fn number(&mut self, n: usize) {
        self.buf.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    fn optional_string(&mut self, key: Key, value: &Option<String>) {
        if let Some(value) = value {
            self.key(key);
            self.string(value);
        }
    }

    fn strings<'s>(&mut self, items: impl IntoIterator<Item = &'s String>) {
        self.begin('[');
        for item in items {
            self.item();
            self.string(item);
        }
        self.end(']');
    }

    /// A string known to need no escape: a key or a kind's name.
    #[inline(always)]
    fn plain_string(&mut self, s: &'static str) {
        // perf: the names are fixed in the source, so they are copied without looking at them.
        debug_assert!(!s.bytes().any(|b| ESCAPES[usize::from(b)] != 0), "{s:?} needs an escape");
        self.buf.push(b'"');
        self.buf.extend_from_slice(s.as_bytes());
        self.buf.push(b'"');
    }

    /// A JSON string, escaped as serde_json escapes: `"`, `\` and the control characters
    /// below U+0020, with the short forms `\b \t \n \f \r` where they exist.
    fn string(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.buf.reserve(bytes.len() + 2);
        self.buf.push(b'"');
        let mut start = 0;
        while let Some(at) = next_escape(bytes, start) {
            self.buf.extend_from_slice(&bytes[start..at]);
            let byte = bytes[at];
            match ESCAPES[usize::from(byte)] {
                b'u' => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.buf.extend_from_slice(b"\\u00");
                    self.buf.extend_from_slice(&[HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 0xf)]]);
                }
                short => self.buf.extend_from_slice(&[b'\\', short]),
            }
            start = at + 1;
        }
        self.buf.extend_from_slice(&bytes[start..]);
        self.buf.push(b'"');
    }
}

/// For each byte, the letter after the backslash of its escape (`u` for `\u00XX`), or 0 for a
/// byte written as it is.
const ESCAPES: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = b'u';
        byte += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0a] = b'n';
    table[0x0c] = b'f';
    table[0x0d] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// The position of the first byte at or after `from` that needs an escape: `"`, `\` or a
/// control character, the bytes that also end or break a JSON string being read.
pub(crate) fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    // perf: eight bytes at a time, and the position found from the mask, so that a clean
    // string is never looked at byte by byte, its last bytes included.
    let mut at = from;
    // Sixteen bytes a turn while all are clean: one test and one branch for two masks.
    for block in bytes[from..].chunks_exact(16) {
        let (low, high) = block.split_at(8);
        let low = first_escape_mask(u64::from_le_bytes(low.try_into().expect("eight bytes")));
        let high = first_escape_mask(u64::from_le_bytes(high.try_into().expect("eight bytes")));
        if low | high != 0 {
            break;
        }
        at += 16;
    }
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mask = first_escape_mask(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        if mask != 0 {
            return Some(at + mask.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    let rest = bytes.len() - at;
    if rest == 0 {
        None
    } else if let Some(last) = bytes.len().checked_sub(8) {
        // The last eight bytes, of which the first `8 - rest` lie before `at`; the mask is
        // exact per byte, so dropping theirs leaves just the bytes from `at` on.
        let chunk = u64::from_le_bytes(bytes[last..].try_into().expect("eight bytes"));
        let mask = escape_mask(chunk) >> (8 * (8 - rest));
        (mask != 0).then(|| at + mask.trailing_zeros() as usize / 8)
    } else {
        bytes[at..].iter().position(|&b| ESCAPES[usize::from(b)] != 0).map(|i| at + i)
    }
}

/// A mask of `chunk` (little-endian) that is 0 when none of its bytes needs an escape, and
/// else has as its lowest set bit the high bit of the first byte that does. Bytes after that
/// one may be marked too (a borrow runs on from a byte that is marked rightly). Cheaper than
/// [`escape_mask`]: the classic "has a byte less than n" and "has a zero byte" tests.
fn first_escape_mask(chunk: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x;
    let quote = chunk ^ (ONES * u64::from(b'"'));
    let backslash = chunk ^ (ONES * u64::from(b'\\'));
    (below(chunk, 0x20) | below(quote, 1) | below(backslash, 1)) & HIGH
}

/// The high bit of each of the eight bytes of `chunk` (little-endian) that is `"`, `\` or below
/// 0x20, and no other bit. Exact per byte: no carry crosses from one byte to the next, since
/// the low seven bits of a byte plus at most 0x7f stay below 0x100.
fn escape_mask(chunk: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW: u64 = ONES * 0x7f;
    const HIGH: u64 = ONES * 0x80;
    // The high bit of each zero byte of `x`.
    let zero = |x: u64| !(((x & LOW) + LOW) | x);
    // Below 0x20: the high bit clear, and the low seven bits plus 0x60 below 0x80.
    let below_space = !(((chunk & LOW) + ONES * 0x60) | chunk);
    (below_space | zero(chunk ^ (ONES * u64::from(b'"'))) | zero(chunk ^ (ONES * u64::from(b'\\')))) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::lexicon::Lexicon;
    use crate::model::Article;

    fn serde_pretty(graph: &KnowledgeGraph) -> String {
        let mut out = serde_json::to_string_pretty(&super::super::to_document(graph)).unwrap();
        out.push('\n');
        out
    }

    fn written(graph: &KnowledgeGraph) -> String {
        let mut out = Vec::new();
        write_pretty(graph, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_writer_writes_what_serde_json_writes() {
        let lexicon = Lexicon::builtin();
        let extractor = Extractor::new(&lexicon);
        let odd = "Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow, \"quoted\" \\ back\
                   slash\ttab\u{1}\u{1f}\u{7f} é “curly” 😀.\nPutin said he demanded a ceasefire from Ukraine.";
        let mut articles = [
            Article::new("a.txt", odd),
            Article::new("b\"\n.txt", "Xi Jinping met Putin in Beijing. Former US President Bill Clinton spoke."),
        ];
        articles[1].meta.date = Some("2025-12-02".into());
        articles[1].meta.title = Some("Tab\there \u{0}".into());
        let (graph, _) = KnowledgeGraph::build(articles.iter().map(|a| extractor.extract(a)));
        assert!(graph.edge_count() > 0);
        assert_eq!(written(&graph), serde_pretty(&graph));
        let (empty, _) = KnowledgeGraph::build([extractor.extract(&Article::new("e.txt", "Nothing here."))]);
        assert_eq!(written(&empty), serde_pretty(&empty));
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
        let mut examples = Vec::new();
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if let Ok(text) = std::fs::read_to_string(&path) {
                examples.push(extractor.extract(&Article::new(path.display().to_string(), text)));
            }
        }
        let (examples, _) = KnowledgeGraph::build(examples);
        assert!(examples.edge_count() > 10);
        assert_eq!(written(&examples), serde_pretty(&examples));
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("é “curly” \u{2028} 😀 and some more plain text to pass a chunk");
        for end in 0..all.len() {
            let Some(s) = all.get(end.saturating_sub(20)..end) else { continue };
            let mut out = Vec::new();
            let mut w = Pretty { buf: Vec::new(), out: &mut out, depth: 0, first: true };
            w.string(s);
            assert_eq!(String::from_utf8(w.buf).unwrap(), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn the_escape_mask_marks_exactly_the_bytes_with_an_escape() {
        // Every byte value at every position, beside neighbours that borrow or carry most.
        for byte in 0..=255u8 {
            for at in 0..8 {
                for fill in [0x00, 0x1f, 0x20, b'"', b'\\', 0x7f, 0x80, 0xff] {
                    let mut chunk = [fill; 8];
                    chunk[at] = byte;
                    let expected = chunk
                        .iter()
                        .enumerate()
                        .filter(|&(_, &b)| ESCAPES[usize::from(b)] != 0)
                        .fold(0, |mask, (i, _)| mask | 0x80 << (8 * i));
                    let chunk = u64::from_le_bytes(chunk);
                    assert_eq!(escape_mask(chunk), expected, "{chunk:x}");
                    let first = first_escape_mask(chunk);
                    assert_eq!(first.trailing_zeros(), expected.trailing_zeros(), "{chunk:x}");
                    assert_eq!(first & (first.wrapping_neg()), expected & expected.wrapping_neg(), "{chunk:x}");
                }
            }
        }
    }

    proptest::proptest! {
        /// The cheaper mask finds the same first byte, among bytes that borrow and carry.
        #[test]
        fn the_first_escape_mask_finds_the_first_byte_with_an_escape(
            chunk in proptest::array::uniform8(proptest::prop_oneof![
                proptest::sample::select(vec![0u8, 1, 0x1f, 0x20, 0x21, b'"', b'#', b'\\', b']', 0x7f, 0x80, 0xff]),
                proptest::num::u8::ANY,
            ])
        ) {
            let chunk = u64::from_le_bytes(chunk);
            let (exact, first) = (escape_mask(chunk), first_escape_mask(chunk));
            proptest::prop_assert_eq!(exact & exact.wrapping_neg(), first & first.wrapping_neg(), "{:x}", chunk);
        }
    }

    fn serde_escaped(s: &str) -> String {
        serde_json::to_string(s).unwrap()
    }

    fn escaped(s: &str) -> String {
        let mut out = Vec::new();
        let mut w = Pretty { buf: Vec::new(), out: &mut out, depth: 0, first: true };
        w.string(s);
        String::from_utf8(w.buf).unwrap()
    }

    #[test]
    fn kinds_need_no_escape() {
        for kind in crate::model::NodeKind::ALL {
            assert_eq!(serde_escaped(kind.as_str()), format!("\"{}\"", kind.as_str()));
        }
        for kind in crate::model::EdgeKind::ALL {
            assert_eq!(serde_escaped(kind.as_str()), format!("\"{}\"", kind.as_str()));
        }
    }

    proptest::proptest! {
        #[test]
        fn random_strings_are_escaped_as_serde_json_escapes_them(
            s in "([\\x00-\\x1f\"\\\\a-z é😀]{0,3}|[a-z ]{0,12}){0,8}"
        ) {
            proptest::prop_assert_eq!(escaped(&s), serde_escaped(&s));
        }
    }
}
