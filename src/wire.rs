//! The JSON wire format of SCHEMA.md §3: a networkx node-link document.
//!
//! Writing is a pure function of the graph; reading validates the document and reports the
//! line and column of what is wrong. Fields beyond SCHEMA §3 that newsgraph writes:
//! `graph.schema_version`, `graph.article_meta` (title, date and url of each article), node
//! `sources` (what each article said about the node, which lets graphs be merged again),
//! edge `what` and `former`, and evidence `what` and `former`. Readers must ignore fields they
//! do not know; fields may be added in later versions, none will be removed or change meaning
//! without a new `schema_version`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::graph::{Edge, KnowledgeGraph, Node, NodeSource};
use crate::model::{ArticleMeta, EdgeKind, Evidence, NodeKind};

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole document.
#[derive(Serialize, Deserialize)]
struct Document {
    directed: bool,
    multigraph: bool,
    graph: GraphAttributes,
    nodes: Vec<WireNode>,
    #[serde(alias = "links")]
    edges: Vec<WireEdge>,
}

#[derive(Serialize, Deserialize)]
struct GraphAttributes {
    #[serde(default = "default_version")]
    schema_version: u32,
    articles: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    article_meta: Vec<ArticleMeta>,
}

fn default_version() -> u32 {
    SCHEMA_VERSION
}

#[derive(Serialize, Deserialize)]
struct WireNode {
    id: String,
    kind: NodeKind,
    name: String,
    #[serde(default)]
    aliases: BTreeSet<String>,
    #[serde(default)]
    mentions: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    iso3: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    country: Option<String>,
    #[serde(default)]
    sources: Vec<NodeSource>,
}

#[derive(Serialize, Deserialize)]
struct WireEdge {
    source: String,
    target: String,
    kind: EdgeKind,
    #[serde(default)]
    weight: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    what: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    former: bool,
    #[serde(deserialize_with = "vec_without_spare_room")]
    evidence: Vec<Evidence>,
}

/// Deserializes a vector and drops its spare capacity. serde grows a vector from room for
/// four; most edges have one or two sentences, and for a million edges the spare room alone
/// came to a fifth of the memory a loaded graph took.
fn vec_without_spare_room<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    let mut items = Vec::<T>::deserialize(deserializer)?;
    items.shrink_to_fit();
    Ok(items)
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
    let document = to_document(graph);
    let mut out = serde_json::to_string_pretty(&document).expect("graph documents always serialize");
    out.push('\n');
    out
}

/// Serializes the graph as compact JSON on one line (with a final newline).
pub fn to_json_compact(graph: &KnowledgeGraph) -> String {
    let mut out = serde_json::to_string(&to_document(graph)).expect("graph documents always serialize");
    out.push('\n');
    out
}

fn to_document(graph: &KnowledgeGraph) -> Document {
    let articles: Vec<ArticleMeta> = graph.articles().cloned().collect();
    let with_meta = articles.iter().any(|a| a.title.is_some() || a.date.is_some() || a.url.is_some());
    Document {
        directed: true,
        multigraph: true,
        graph: GraphAttributes {
            schema_version: SCHEMA_VERSION,
            articles: articles.iter().map(|a| a.id.clone()).collect(),
            article_meta: if with_meta { articles } else { Vec::new() },
        },
        nodes: graph
            .nodes()
            .map(|n| WireNode {
                id: n.id.clone(),
                kind: n.kind,
                name: n.name.clone(),
                aliases: n.aliases.clone(),
                mentions: n.mentions,
                iso3: n.iso3.clone(),
                title: n.title.clone(),
                country: n.country.clone(),
                sources: n.sources.clone(),
            })
            .collect(),
        edges: graph
            .edges()
            .into_iter()
            .map(|(s, t, e)| WireEdge {
                source: s.id.clone(),
                target: t.id.clone(),
                kind: e.kind,
                weight: e.weight,
                what: e.what.clone(),
                former: e.former,
                evidence: e.evidence.clone(),
            })
            .collect(),
    }
}

/// Reads a graph document.
pub fn from_json(json: &str) -> Result<KnowledgeGraph, ReadError> {
    from_parsed(serde_json::from_str(json), json)
}

/// Reads a graph document from bytes, such as a file mapped into memory; invalid UTF-8 is a
/// syntax error with its line and column, like any other.
pub fn from_json_bytes(json: &[u8]) -> Result<KnowledgeGraph, ReadError> {
    // Checking the whole text at once and parsing a `str` is faster than letting serde_json
    // check each string of a byte slice (a fifth of the parse, on a graph of a million edges).
    match std::str::from_utf8(json) {
        Ok(text) => from_json(text),
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

fn from_document(document: Document) -> Result<KnowledgeGraph, ReadError> {
    let mut metas: Vec<ArticleMeta> = document.graph.article_meta;
    let known: BTreeSet<String> = metas.iter().map(|m| m.id.clone()).collect();
    for id in document.graph.articles {
        if !known.contains(&id) {
            metas.push(ArticleMeta { id, ..ArticleMeta::default() });
        }
    }
    let nodes = document
        .nodes
        .into_iter()
        .map(|n| Node {
            id: n.id,
            kind: n.kind,
            name: n.name,
            aliases: n.aliases,
            mentions: n.mentions,
            iso3: n.iso3,
            title: n.title,
            country: n.country,
            sources: n.sources,
        })
        .collect();
    // A map and a collect rather than pushes: the standard library then reuses the document's
    // buffer for the result, which saves a copy of a million edges.
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
            let weight = if e.weight == 0 { e.evidence.len() } else { e.weight };
            Ok((
                e.source,
                e.target,
                Edge { kind: e.kind, weight, what: e.what, former: e.former, evidence: e.evidence },
            ))
        })
        .collect::<Result<Vec<_>, _>>()?;
    KnowledgeGraph::from_parts(metas, nodes, edges).map_err(ReadError::Invalid)
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
