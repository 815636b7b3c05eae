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
use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use crate::graph::{Edge, KnowledgeGraph, Node, NodeSource};
use crate::model::{ArticleMeta, EdgeKind, Evidence, NodeKind};

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
    evidence: Cow<'a, [Evidence]>,
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
    // serde_json writes many small pieces: buffer them here, where writes are not virtual calls.
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut out, &to_document(graph))?;
    out.write_all(b"\n")?;
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
pub fn from_json(json: &str) -> Result<KnowledgeGraph, ReadError> {
    // Look at the version first, so a newer file gets the right message, not a shape error.
    #[derive(Deserialize)]
    struct Probe {
        graph: Option<ProbeGraph>,
    }
    #[derive(Deserialize)]
    struct ProbeGraph {
        schema_version: Option<u32>,
    }
    if let Ok(Probe { graph: Some(ProbeGraph { schema_version: Some(found) }) }) = serde_json::from_str::<Probe>(json)
        && found > SCHEMA_VERSION
    {
        return Err(ReadError::NewerSchema { found, supported: SCHEMA_VERSION });
    }
    let document: Document = serde_json::from_str(json).map_err(|e| ReadError::Syntax {
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    })?;
    from_document(document)
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

fn borrowed(s: &Option<String>) -> Option<Cow<'_, str>> {
    s.as_deref().map(Cow::Borrowed)
}

fn from_document(document: Document<'_>) -> Result<KnowledgeGraph, ReadError> {
    let mut metas: Vec<ArticleMeta> = document.graph.article_meta.into_iter().map(Cow::into_owned).collect();
    let known: BTreeSet<String> = metas.iter().map(|m| m.id.clone()).collect();
    for id in document.graph.articles {
        if !known.contains(id.as_ref()) {
            metas.push(ArticleMeta { id: id.into_owned(), ..ArticleMeta::default() });
        }
    }
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
    let mut edges = Vec::new();
    for e in document.edges {
        if e.evidence.is_empty() {
            return Err(ReadError::Invalid(format!(
                "edge {} -[{}]-> {} has no evidence; every edge needs at least one",
                e.source, e.kind, e.target
            )));
        }
        let weight = if e.weight == 0 { e.evidence.len() } else { e.weight };
        edges.push((
            e.source.into_owned(),
            e.target.into_owned(),
            Edge { kind: e.kind, weight, what: owned(e.what), former: e.former, evidence: e.evidence.into_owned() },
        ));
    }
    KnowledgeGraph::from_parts(metas, nodes, edges).map_err(ReadError::Invalid)
}
