//! Small graphs for unit tests (of `query`, `export`, …), built from nodes and edges as a file
//! gives them.

use crate::graph::{Edge, KnowledgeGraph, Node};
use crate::model::{EdgeKind, Evidence, NodeKind};

/// A node with an id, a kind, a name and aliases, mentioned once.
pub(crate) fn node(id: &str, kind: NodeKind, name: &str, aliases: &[&str]) -> Node {
    Node {
        id: id.into(),
        kind,
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        mentions: 1,
        iso3: None,
        title: None,
        country: None,
        sources: Vec::new(),
    }
}

/// An edge `source -[kind]-> target` with one sentence of evidence.
pub(crate) fn edge(source: &str, kind: EdgeKind, target: &str) -> (String, String, Edge) {
    let evidence = Evidence {
        article: "a.txt".into(),
        sentence: 0,
        start: 0,
        end: 1,
        rule: "test".into(),
        text: "x".into(),
        date: None,
        what: None,
        former: false,
    };
    (source.into(), target.into(), Edge { kind, weight: 1, what: None, former: false, evidence: vec![evidence] })
}

/// The graph of these nodes and edges.
pub(crate) fn graph(nodes: Vec<Node>, edges: Vec<(String, String, Edge)>) -> KnowledgeGraph {
    KnowledgeGraph::from_parts(Vec::new(), nodes, edges).expect("test graphs are consistent")
}
