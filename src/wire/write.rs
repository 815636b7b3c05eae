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

/// Bytes gathered before they are handed to the writer.
const FLUSH_AT: usize = 1 << 16;

/// Writes the graph document (with a final newline) to `out`.
pub(super) fn write_pretty(graph: &KnowledgeGraph, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Pretty { buf: Vec::with_capacity(FLUSH_AT + 4096), out, depth: 0, first: true };
    w.begin('{');
    w.key("directed");
    w.raw("true");
    w.key("multigraph");
    w.raw("true");
    w.key("graph");
    w.begin('{');
    w.key("schema_version");
    w.number(super::SCHEMA_VERSION as usize);
    w.key("articles");
    w.begin('[');
    for article in graph.articles() {
        w.item();
        w.string(&article.id);
    }
    w.end(']');
    if graph.articles().any(|a| a.title.is_some() || a.date.is_some() || a.url.is_some()) {
        w.key("article_meta");
        w.begin('[');
        for article in graph.articles() {
            w.item();
            article_meta(&mut w, article);
        }
        w.end(']');
    }
    w.end('}');
    w.key("nodes");
    w.begin('[');
    for node in graph.nodes() {
        w.item();
        self::node(&mut w, node);
        w.flush_if_full()?;
    }
    w.end(']');
    w.key("edges");
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
    w.key("id");
    w.string(&meta.id);
    w.optional_string("title", &meta.title);
    w.optional_string("date", &meta.date);
    w.optional_string("url", &meta.url);
    w.end('}');
}

fn node(w: &mut Pretty<'_>, node: &Node) {
    w.begin('{');
    w.key("id");
    w.string(&node.id);
    w.key("kind");
    w.string(node.kind.as_str());
    w.key("name");
    w.string(&node.name);
    w.key("aliases");
    w.strings(&node.aliases);
    w.key("mentions");
    w.number(node.mentions);
    w.optional_string("iso3", &node.iso3);
    w.optional_string("title", &node.title);
    w.optional_string("country", &node.country);
    w.key("sources");
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
    w.key("article");
    w.string(&source.article);
    w.key("name");
    w.string(&source.name);
    if !source.aliases.is_empty() {
        w.key("aliases");
        w.strings(&source.aliases);
    }
    w.key("mentions");
    w.number(source.mentions);
    w.end('}');
}

fn edge(w: &mut Pretty<'_>, source: &Node, target: &Node, edge: &Edge) {
    w.begin('{');
    w.key("source");
    w.string(&source.id);
    w.key("target");
    w.string(&target.id);
    w.key("kind");
    w.string(edge.kind.as_str());
    w.key("weight");
    w.number(edge.weight);
    w.optional_string("what", &edge.what);
    if edge.former {
        w.key("former");
        w.raw("true");
    }
    w.key("evidence");
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
    w.key("article");
    w.string(&evidence.article);
    w.key("sentence");
    w.number(evidence.sentence);
    w.key("start");
    w.number(evidence.start);
    w.key("end");
    w.number(evidence.end);
    w.key("rule");
    w.string(&evidence.rule);
    w.key("text");
    w.string(&evidence.text);
    w.optional_string("date", &evidence.date);
    w.optional_string("what", &evidence.what);
    if evidence.former {
        w.key("former");
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
            self.newline();
        }
        self.buf.push(close as u8);
        self.first = false;
    }

    /// Starts the next member of an array.
    fn item(&mut self) {
        if !self.first {
            self.buf.push(b',');
        }
        self.newline();
        self.first = false;
    }

    /// Starts the next member of an object: its key.
    fn key(&mut self, key: &str) {
        self.item();
        self.string(key);
        self.buf.extend_from_slice(b": ");
    }

    fn newline(&mut self) {
        const SPACES: &[u8] = &[b' '; 64];
        self.buf.push(b'\n');
        let mut indent = 2 * self.depth;
        while indent > 0 {
            let n = indent.min(SPACES.len());
            self.buf.extend_from_slice(&SPACES[..n]);
            indent -= n;
        }
    }

    fn number(&mut self, n: usize) {
        self.buf.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    fn optional_string(&mut self, key: &str, value: &Option<String>) {
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

    /// A JSON string, escaped as serde_json escapes: `"`, `\` and the control characters
    /// below U+0020, with the short forms `\b \t \n \f \r` where they exist.
    fn string(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.buf.reserve(bytes.len() + 2);
        self.buf.push(b'"');
        let mut start = 0;
        let mut at = 0;
        while at < bytes.len() {
            // Eight bytes at a time while none needs an escape.
            if let Some(chunk) = bytes.get(at..at + 8)
                && !needs_escape(u64::from_le_bytes(chunk.try_into().expect("eight bytes")))
            {
                at += 8;
                continue;
            }
            let byte = bytes[at];
            let escape: &[u8] = match byte {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\x08' => b"\\b",
                b'\t' => b"\\t",
                b'\n' => b"\\n",
                b'\x0c' => b"\\f",
                b'\r' => b"\\r",
                0..0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.buf.extend_from_slice(&bytes[start..at]);
                    self.buf.extend_from_slice(b"\\u00");
                    self.buf.extend_from_slice(&[HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 0xf)]]);
                    at += 1;
                    start = at;
                    continue;
                }
                _ => {
                    at += 1;
                    continue;
                }
            };
            self.buf.extend_from_slice(&bytes[start..at]);
            self.buf.extend_from_slice(escape);
            at += 1;
            start = at;
        }
        self.buf.extend_from_slice(&bytes[start..]);
        self.buf.push(b'"');
    }
}

/// Whether any of the eight bytes of `chunk` is `"`, `\` or below 0x20 (exact: the classic
/// "has a byte less than n" and "has a zero byte" tests, which never miss and never
/// misreport when only asked whether one exists).
fn needs_escape(chunk: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let below_space = chunk.wrapping_sub(ONES * 0x20) & !chunk & HIGH != 0;
    below_space || has_zero(chunk ^ (ONES * u64::from(b'"'))) || has_zero(chunk ^ (ONES * u64::from(b'\\')))
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
}
