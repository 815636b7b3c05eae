//! The JSON wire format of SCHEMA.md §3: a networkx node-link document.
//!
//! Writing is a pure function of the graph; reading validates the document and reports the
//! line and column of what is wrong. Fields beyond SCHEMA §3 that newsgraph writes:
//! `graph.schema_version`, `graph.article_meta` (title, date and url of each article), node
//! `sources` (what each article said about the node, which lets graphs be merged again),
//! edge `what` and `former`, and evidence `what` and `former`. Readers must ignore fields they
//! do not know; fields may be added in later versions, none will be removed or change meaning
//! without a new `schema_version`.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::io;

use serde::{Deserialize, Serialize};

use crate::graph::{Edge, KnowledgeGraph, Node, NodeSource};
use crate::model::{ArticleMeta, EdgeKind, Evidence, NodeKind};

mod read;
mod write;

pub(crate) use write::next_escape;

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole document. Written borrowing from the graph (no copy of its strings and
/// evidence), read into owned values.
#[derive(Serialize, Deserialize)]
struct Document<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttributes<'a>,
    nodes: Vec<WireNode<'a>>,
    #[serde(alias = "links")]
    edges: Vec<WireEdge<'a>>,
}

#[derive(Serialize, Deserialize)]
struct GraphAttributes<'a> {
    #[serde(default = "default_version")]
    schema_version: u32,
    articles: Vec<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    article_meta: Vec<Cow<'a, ArticleMeta>>,
}

fn default_version() -> u32 {
    SCHEMA_VERSION
}

#[derive(Serialize, Deserialize)]
struct WireNode<'a> {
    id: Cow<'a, str>,
    kind: NodeKind,
    name: Cow<'a, str>,
    #[serde(default)]
    aliases: Cow<'a, BTreeSet<String>>,
    #[serde(default)]
    mentions: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    iso3: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    country: Option<Cow<'a, str>>,
    #[serde(default)]
    sources: Cow<'a, [NodeSource]>,
}

#[derive(Serialize, Deserialize)]
struct WireEdge<'a> {
    source: Cow<'a, str>,
    target: Cow<'a, str>,
    kind: EdgeKind,
    #[serde(default)]
    weight: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    what: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    former: bool,
    #[serde(deserialize_with = "vec_without_spare_room")]
    evidence: Cow<'a, [Evidence]>,
}

/// Deserializes a vector and drops its spare capacity. serde grows a vector from room for
/// four; most edges have one or two sentences, and for a million edges the spare room alone
/// came to a fifth of the memory a loaded graph took.
fn vec_without_spare_room<'de, 'a, D, T>(deserializer: D) -> Result<Cow<'a, [T]>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Clone,
{
    let mut items = Vec::<T>::deserialize(deserializer)?;
    items.shrink_to_fit();
    Ok(Cow::Owned(items))
}

/// A graph document that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Not JSON, or JSON of the wrong shape.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What serde_json expected.
        message: String,
    },
    /// Written by a newer newsgraph.
    #[error("schema version {found} is newer than this newsgraph understands ({supported}); upgrade newsgraph")]
    NewerSchema {
        /// Version in the file.
        found: u32,
        /// Version this build reads.
        supported: u32,
    },
    /// Well-formed JSON whose content is inconsistent.
    #[error("{0}")]
    Invalid(String),
}

/// Serializes the graph as a pretty-printed JSON document (with a final newline).
pub fn to_json(graph: &KnowledgeGraph) -> String {
    let mut out = Vec::new();
    write_json(graph, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Writes the document [`to_json`] returns to `out`, as it is serialized: a large graph is
/// never held in memory twice. Buffer `out`; errors are `out`'s.
pub fn write_json(graph: &KnowledgeGraph, out: &mut dyn io::Write) -> io::Result<()> {
    // Written by hand in serde_json's layout (see `wire/write.rs`): several times faster.
    write::write_pretty(graph, out)?;
    out.flush()
}

/// Serializes the graph as compact JSON on one line (with a final newline).
pub fn to_json_compact(graph: &KnowledgeGraph) -> String {
    let mut out = serde_json::to_string(&to_document(graph)).expect("graph documents always serialize");
    out.push('\n');
    out
}

fn to_document(graph: &KnowledgeGraph) -> Document<'_> {
    let with_meta = graph.articles().any(|a| a.title.is_some() || a.date.is_some() || a.url.is_some());
    Document {
        directed: true,
        multigraph: true,
        graph: GraphAttributes {
            schema_version: SCHEMA_VERSION,
            articles: graph.articles().map(|a| Cow::Borrowed(a.id.as_str())).collect(),
            article_meta: if with_meta { graph.articles().map(Cow::Borrowed).collect() } else { Vec::new() },
        },
        nodes: graph
            .nodes()
            .map(|n| WireNode {
                id: Cow::Borrowed(&n.id),
                kind: n.kind,
                name: Cow::Borrowed(&n.name),
                aliases: Cow::Borrowed(&n.aliases),
                mentions: n.mentions,
                iso3: borrowed(&n.iso3),
                title: borrowed(&n.title),
                country: borrowed(&n.country),
                sources: Cow::Borrowed(&n.sources),
            })
            .collect(),
        edges: graph
            .edges()
            .into_iter()
            .map(|(s, t, e)| WireEdge {
                source: Cow::Borrowed(&s.id),
                target: Cow::Borrowed(&t.id),
                kind: e.kind,
                weight: e.weight,
                what: borrowed(&e.what),
                former: e.former,
                evidence: Cow::Borrowed(&e.evidence),
            })
            .collect(),
    }
}

/// Reads a graph document.
///
/// Documents are read by a parser of their exact shape that parses the edges in parallel
/// (`wire/read.rs`); one it declines, which includes every document with an error, is read
/// again with serde_json, which gives the error with its line and column.
pub fn from_json(json: &str) -> Result<KnowledgeGraph, ReadError> {
    read::read(json.as_bytes()).map_or_else(|| from_json_with_serde(json), Ok)
}

/// Reads a graph document from bytes, such as a file mapped into memory; invalid UTF-8 is a
/// syntax error with its line and column, like any other.
pub fn from_json_bytes(json: &[u8]) -> Result<KnowledgeGraph, ReadError> {
    if let Some(graph) = read::read(json) {
        return Ok(graph);
    }
    // Checking the whole text at once and parsing a `str` is faster than letting serde_json
    // check each string of a byte slice (a fifth of the parse, on a graph of a million edges).
    match std::str::from_utf8(json) {
        Ok(text) => from_json_with_serde(text),
        Err(e) => {
            let before = &json[..e.valid_up_to()];
            let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            Err(ReadError::Syntax {
                line: before.iter().filter(|&&b| b == b'\n').count() + 1,
                column: e.valid_up_to() - line_start + 1,
                message: "invalid UTF-8".to_string(),
            })
        }
    }
}

/// Reads a graph document with serde_json alone: what [`from_json`] falls back on, and what
/// its fast path must agree with.
fn from_json_with_serde(json: &str) -> Result<KnowledgeGraph, ReadError> {
    from_parsed(serde_json::from_str(json), json)
}

fn from_parsed(parsed: serde_json::Result<Document>, json: &str) -> Result<KnowledgeGraph, ReadError> {
    // One pass over the document: a graph of a million edges is hundreds of megabytes, and a
    // second pass just to read the version first would cost a fifth of the load time. The
    // version is looked at afterwards, and again when the document does not fit this version's
    // shape, so a newer file still gets the right message rather than a shape error.
    let document = match parsed {
        Ok(document) => document,
        Err(e) => {
            return Err(newer_schema(json).unwrap_or_else(|| ReadError::Syntax {
                line: e.line(),
                column: e.column(),
                message: strip_position(&e.to_string()),
            }));
        }
    };
    if document.graph.schema_version > SCHEMA_VERSION {
        return Err(ReadError::NewerSchema { found: document.graph.schema_version, supported: SCHEMA_VERSION });
    }
    from_document(document)
}

/// The error for a document written by a newer newsgraph, if it is one.
fn newer_schema(json: &str) -> Option<ReadError> {
    #[derive(Deserialize)]
    struct Probe {
        graph: Option<ProbeGraph>,
    }
    #[derive(Deserialize)]
    struct ProbeGraph {
        schema_version: Option<u32>,
    }
    match serde_json::from_str::<Probe>(json) {
        Ok(Probe { graph: Some(ProbeGraph { schema_version: Some(found) }) }) if found > SCHEMA_VERSION => {
            Some(ReadError::NewerSchema { found, supported: SCHEMA_VERSION })
        }
        _ => None,
    }
}

pub(crate) fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

fn borrowed(s: &Option<String>) -> Option<Cow<'_, str>> {
    s.as_deref().map(Cow::Borrowed)
}

fn from_document(document: Document<'_>) -> Result<KnowledgeGraph, ReadError> {
    let metas = article_metas(
        document.graph.article_meta.into_iter().map(Cow::into_owned).collect(),
        document.graph.articles.into_iter().map(Cow::into_owned).collect(),
    );
    let owned = |s: Option<Cow<'_, str>>| s.map(Cow::into_owned);
    let nodes = document
        .nodes
        .into_iter()
        .map(|n| Node {
            id: n.id.into_owned(),
            kind: n.kind,
            name: n.name.into_owned(),
            aliases: n.aliases.into_owned(),
            mentions: n.mentions,
            iso3: owned(n.iso3),
            title: owned(n.title),
            country: owned(n.country),
            sources: n.sources.into_owned(),
        })
        .collect();
    // A map and a collect rather than pushes: the standard library then reuses the document's
    // buffer for the result where it can.
    let edges = document
        .edges
        .into_iter()
        .map(|e| {
            if e.evidence.is_empty() {
                return Err(ReadError::Invalid(format!(
                    "edge {} -[{}]-> {} has no evidence; every edge needs at least one",
                    e.source, e.kind, e.target
                )));
            }
            let weight = weight_or_count(e.weight, &e.evidence);
            Ok((
                e.source.into_owned(),
                e.target.into_owned(),
                Edge { kind: e.kind, weight, what: owned(e.what), former: e.former, evidence: e.evidence.into_owned() },
            ))
        })
        .collect::<Result<Vec<_>, _>>()?;
    KnowledgeGraph::from_parts(metas, nodes, edges).map_err(ReadError::Invalid)
}

/// The articles of a document: those of `article_meta`, then those of `articles` it lacks.
fn article_metas(mut metas: Vec<ArticleMeta>, articles: Vec<String>) -> Vec<ArticleMeta> {
    let known: BTreeSet<String> = metas.iter().map(|m| m.id.clone()).collect();
    for id in articles {
        if !known.contains(&id) {
            metas.push(ArticleMeta { id, ..ArticleMeta::default() });
        }
    }
    metas
}

/// An edge's weight as read: a missing or zero weight is the number of sentences.
fn weight_or_count(weight: usize, evidence: &[Evidence]) -> usize {
    if weight == 0 { evidence.len() } else { weight }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"{"directed": true, "multigraph": true, "graph": {"articles": ["a.txt"]},
  "nodes": [{"id": "person:a", "kind": "person", "name": "A"}, {"id": "person:b", "kind": "person", "name": "B"}],
  "edges": [{"source": "person:a", "target": "person:b", "kind": "met-with",
             "evidence": [{"article": "a.txt", "sentence": 0, "start": 0, "end": 5, "rule": "r", "text": "A met B."}]}]}"#;

    #[test]
    fn reads_what_it_writes() {
        let graph = from_json(SMALL).unwrap();
        assert_eq!((graph.node_count(), graph.edge_count()), (2, 1));
        let again = from_json(&to_json(&graph)).unwrap();
        assert_eq!(to_json(&again), to_json(&graph));
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let broken = SMALL.replace(r#""kind": "met-with","#, r#""kind": "met-with""#);
        match from_json(&broken) {
            Err(ReadError::Syntax { line, column, .. }) => assert_eq!((line, column), (4, 14)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn newer_versions_are_named_whether_or_not_their_shape_fits() {
        let newer = SMALL.replace(r#""graph": {"#, r#""graph": {"schema_version": 9, "#);
        assert!(matches!(from_json(&newer), Err(ReadError::NewerSchema { found: 9, .. })));
        let newer_shape = newer.replace(r#""directed": true, "#, "");
        assert!(matches!(from_json(&newer_shape), Err(ReadError::NewerSchema { found: 9, .. })));
    }

    #[test]
    fn bytes_read_like_text_and_invalid_utf8_has_a_position() {
        assert_eq!(to_json(&from_json_bytes(SMALL.as_bytes()).unwrap()), to_json(&from_json(SMALL).unwrap()));
        // "A met B\xe9.": a Latin-1 é in the last line.
        let mut bytes = SMALL.as_bytes().to_vec();
        bytes.insert(SMALL.find("B.\"").unwrap() + 1, 0xe9);
        match from_json_bytes(&bytes) {
            Err(ReadError::Syntax { line, column, message }) => {
                assert_eq!((line, column, message.as_str()), (4, 114, "invalid UTF-8"));
            }
            other => panic!("{other:?}"),
        }
    }
}
