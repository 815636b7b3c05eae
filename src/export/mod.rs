//! Exporters: pure functions from a graph to the bytes of a format, one module per format.
//!
//! Each `render` takes a [`KnowledgeGraph`] (and the format's options) and returns text; every
//! string that reaches the output is escaped for that format by the module that writes it.
//! Exporters never mutate the graph and never touch the file system: the binary decides where
//! the bytes go. [`render`] dispatches on an [`ExportFormat`] and applies the options every
//! format shares (`--max-nodes`).
//!
//! Helpers shared by several formats live here: the Cypher/Neo4j names of kinds, stable edge
//! ids, and evidence flattened to one line for formats whose attributes are plain strings.

pub mod csv;
pub mod cypher;
pub mod cytoscape;
pub mod dot;
pub mod graphml;
pub mod mermaid;

use std::borrow::Cow;
use std::collections::HashMap;

use crate::graph::{Edge, KnowledgeGraph, Node};
use crate::model::{EdgeKind, Evidence, NodeKind};

/// The formats newsgraph writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// SCHEMA §3 node-link JSON (see [`crate::wire`]); networkx, D3.
    Json,
    /// Graphviz DOT, with a legend ([`dot`]).
    Dot,
    /// GraphML with typed keys ([`graphml`]); Gephi, yEd, networkx.
    Graphml,
    /// A folder of Neo4j bulk-import CSV files ([`csv`]).
    Csv,
    /// An idempotent Cypher script of `MERGE` statements ([`cypher`]).
    Cypher,
    /// Cytoscape.js elements JSON ([`cytoscape`]).
    Cytoscape,
    /// A Mermaid flowchart for Markdown ([`mermaid`]).
    Mermaid,
}

impl ExportFormat {
    /// The name used on the command line (`json`, `dot`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Dot => "dot",
            ExportFormat::Graphml => "graphml",
            ExportFormat::Csv => "csv",
            ExportFormat::Cypher => "cypher",
            ExportFormat::Cytoscape => "cytoscape",
            ExportFormat::Mermaid => "mermaid",
        }
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Options every format understands, plus the DOT-only ones.
#[derive(Clone, Debug, Default)]
pub struct ExportOptions {
    /// Keep only the N best-connected nodes (see [`best_connected`]).
    pub max_nodes: Option<usize>,
    /// DOT: group nodes in boxes.
    pub cluster_by: Option<dot::ClusterBy>,
}

/// What an exporter produced: one text, or a folder of named texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Export {
    /// The contents of one file (or of stdout).
    File(String),
    /// Files of one folder, as (file name, contents), in the order they should be written.
    Folder(Vec<(&'static str, String)>),
}

/// Renders `graph` in `format`.
pub fn render(graph: &KnowledgeGraph, format: ExportFormat, options: &ExportOptions) -> Export {
    let all_nodes = graph.node_count();
    let selected = match options.max_nodes {
        Some(n) if n < all_nodes => Cow::Owned(best_connected(graph, n)),
        _ => Cow::Borrowed(graph),
    };
    let graph = selected.as_ref();
    let text = match format {
        ExportFormat::Json => crate::wire::to_json(graph),
        ExportFormat::Dot => {
            // Say on the drawing itself that nodes were left out, so nobody reads it as whole.
            let caption = (graph.node_count() < all_nodes)
                .then(|| format!("The {} best-connected of {all_nodes} nodes", graph.node_count()));
            dot::render(graph, &dot::DotOptions { legend: true, cluster_by: options.cluster_by, caption })
        }
        ExportFormat::Graphml => graphml::render(graph),
        ExportFormat::Csv => {
            let files = csv::render(graph);
            return Export::Folder(vec![(csv::NODES_FILE, files.nodes), (csv::EDGES_FILE, files.edges)]);
        }
        ExportFormat::Cypher => cypher::render(graph),
        ExportFormat::Cytoscape => cytoscape::render(graph),
        ExportFormat::Mermaid => mermaid::render(graph),
    };
    Export::File(text)
}

/// The subgraph of the `max_nodes` best-connected nodes and the edges between them: nodes
/// ranked by the number of edges they touch, then by the evidence on those edges, then by id
/// (so the choice is deterministic). A new graph; `graph` is untouched.
pub fn best_connected(graph: &KnowledgeGraph, max_nodes: usize) -> KnowledgeGraph {
    let mut score: HashMap<&str, (usize, usize)> = graph.nodes().map(|n| (n.id.as_str(), (0, 0))).collect();
    for (source, target, edge) in graph.edges() {
        for id in [&source.id, &target.id] {
            let entry = score.entry(id.as_str()).or_default();
            entry.0 += 1;
            entry.1 += edge.weight;
        }
    }
    let mut ranked: Vec<&Node> = graph.nodes().collect();
    ranked.sort_by(|a, b| score[b.id.as_str()].cmp(&score[a.id.as_str()]).then_with(|| a.id.cmp(&b.id)));
    ranked.truncate(max_nodes);
    let kept: std::collections::HashSet<&str> = ranked.iter().map(|n| n.id.as_str()).collect();
    let nodes = graph.nodes().filter(|n| kept.contains(n.id.as_str())).cloned().collect();
    let edges = graph
        .edges()
        .into_iter()
        .filter(|(s, t, _)| kept.contains(s.id.as_str()) && kept.contains(t.id.as_str()))
        .map(|(s, t, e)| (s.id.clone(), t.id.clone(), e.clone()))
        .collect();
    KnowledgeGraph::from_parts(graph.articles().cloned().collect(), nodes, edges)
        .expect("a subgraph of a valid graph is valid")
}

/// The Neo4j/Cypher label of a node kind: `Person`, `Country`, `Role`, `Organization`.
pub fn node_label(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Person => "Person",
        NodeKind::Country => "Country",
        NodeKind::Role => "Role",
        NodeKind::Organization => "Organization",
    }
}

/// The Cypher relationship type of an edge kind, in Cypher's convention (`MET_WITH`,
/// `HOLDS_ROLE`): `met-with` would need backticks in every query.
pub fn relationship_type(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::MetWith => "MET_WITH",
        EdgeKind::Advises => "ADVISES",
        EdgeKind::Demands => "DEMANDS",
        EdgeKind::Represents => "REPRESENTS",
        EdgeKind::HoldsRole => "HOLDS_ROLE",
    }
}

/// A stable id for an edge, from what identifies it: its ends and its kind (the graph holds
/// one edge per source, kind and target).
pub fn edge_id(source: &Node, edge: &Edge, target: &Node) -> String {
    format!("{}|{}|{}", source.id, edge.kind, target.id)
}

/// One evidence entry as one line of text, for formats whose attributes are plain strings:
/// `seed.txt#3 (meet-verb, 2025-12-02): the sentence`.
pub fn evidence_line(evidence: &Evidence) -> String {
    let date = evidence.date.as_deref().map(|d| format!(", {d}")).unwrap_or_default();
    format!("{}#{} ({}{date}): {}", evidence.article, evidence.sentence, evidence.rule, evidence.text)
}

/// All evidence of an edge as one string, one [`evidence_line`] per entry, joined by `separator`.
pub fn evidence_text(edge: &Edge, separator: &str) -> String {
    edge.evidence.iter().map(evidence_line).collect::<Vec<_>>().join(separator)
}

/// The label an edge is drawn with: its kind, and for `demands` what is demanded, cut to
/// `max_chars` characters so drawings stay legible.
pub fn edge_label(edge: &Edge, max_chars: usize) -> String {
    match &edge.what {
        Some(what) if edge.kind == EdgeKind::Demands => format!("demands: {}", shorten(what, max_chars)),
        _ => edge.kind.to_string(),
    }
}

/// `text` between two `quote` characters, each of its characters written by `escape`, which
/// pushes the character's escaped form (or nothing, to drop it) onto the output.
pub fn quoted(text: &str, quote: char, mut escape: impl FnMut(char, &mut String)) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        escape(c, &mut out);
    }
    out.push(quote);
    out
}

/// `text` cut to at most `max_chars` characters, ending in an ellipsis when cut.
pub fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    format!("{}\u{2026}", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{edge, node};
    use crate::model::ArticleMeta;

    #[test]
    fn best_connected_keeps_the_hubs_and_the_edges_between_them() {
        let nodes =
            ["person:hub", "person:b", "person:c", "person:d"].map(|id| node(id, NodeKind::Person, id, &[])).to_vec();
        let edges = [("hub", "b"), ("hub", "c"), ("hub", "d"), ("b", "c")]
            .map(|(s, t)| edge(&format!("person:{s}"), EdgeKind::Advises, &format!("person:{t}")))
            .to_vec();
        let graph = KnowledgeGraph::from_parts(vec![ArticleMeta::default()], nodes, edges).unwrap();
        let kept = best_connected(&graph, 2);
        let ids: Vec<&str> = kept.nodes().map(|n| n.id.as_str()).collect();
        // hub touches 3 edges; b and c tie on 2 and the id breaks the tie; d touches 1.
        assert_eq!(ids, ["person:b", "person:hub"]);
        assert_eq!(kept.edge_count(), 1);
        assert_eq!(graph.node_count(), 4, "the original graph is untouched");
    }

    #[test]
    fn relationship_types_follow_the_cypher_convention() {
        for kind in EdgeKind::ALL {
            assert_eq!(relationship_type(kind), kind.as_str().to_uppercase().replace('-', "_"));
        }
    }
}
