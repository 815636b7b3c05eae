//! Cytoscape.js elements JSON: `{"data": {...}, "elements": {"nodes": [...], "edges": [...]}}`,
//! the shape `cy.json()` writes and `cytoscape({elements})` and Cytoscape desktop
//! (File → Import → Network from File, "Cytoscape.js JSON") read.
//!
//! Each element's `data` holds its `id` (edges: `source|kind|target`), a `label` to draw, and
//! the graph's fields; evidence is a list of strings (see [`super::evidence_line`]) because
//! Cytoscape desktop keeps only scalar and list columns. `classes` holds the kind (and
//! `undirected` for `met-with`), for stylesheets such as `node.person { ... }`.

use serde::Serialize;

use crate::graph::KnowledgeGraph;

#[derive(Serialize)]
struct Document<'g> {
    data: GraphData,
    elements: Elements<'g>,
}

#[derive(Serialize)]
struct GraphData {
    name: &'static str,
    articles: Vec<String>,
}

#[derive(Serialize)]
struct Elements<'g> {
    nodes: Vec<Element<NodeData<'g>>>,
    edges: Vec<Element<EdgeData<'g>>>,
}

#[derive(Serialize)]
struct Element<D> {
    data: D,
    /// Space-separated, the form both Cytoscape.js and Cytoscape desktop read.
    classes: String,
}

#[derive(Serialize)]
struct NodeData<'g> {
    id: &'g str,
    label: &'g str,
    kind: &'static str,
    name: &'g str,
    aliases: Vec<&'g str>,
    mentions: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    iso3: Option<&'g str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'g str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'g str>,
}

#[derive(Serialize)]
struct EdgeData<'g> {
    id: String,
    source: &'g str,
    target: &'g str,
    label: String,
    kind: &'static str,
    weight: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    what: Option<&'g str>,
    former: bool,
    evidence: Vec<String>,
}

/// Renders the graph as Cytoscape.js JSON (pretty-printed, with a final newline).
pub fn render(graph: &KnowledgeGraph) -> String {
    let nodes = graph
        .nodes()
        .map(|node| Element {
            data: NodeData {
                id: &node.id,
                label: &node.name,
                kind: node.kind.as_str(),
                name: &node.name,
                aliases: node.aliases.iter().map(String::as_str).collect(),
                mentions: node.mentions,
                iso3: node.iso3.as_deref(),
                title: node.title.as_deref(),
                country: node.country.as_deref(),
            },
            classes: node.kind.as_str().to_string(),
        })
        .collect();
    let edges = graph
        .edges()
        .into_iter()
        .map(|(source, target, edge)| Element {
            data: EdgeData {
                id: super::edge_id(source, edge, target),
                source: &source.id,
                target: &target.id,
                label: super::edge_label(edge, 40),
                kind: edge.kind.as_str(),
                weight: edge.weight,
                what: edge.what.as_deref(),
                former: edge.former,
                evidence: edge.evidence.iter().map(super::evidence_line).collect(),
            },
            classes: if edge.kind.is_symmetric() { format!("{} undirected", edge.kind) } else { edge.kind.to_string() },
        })
        .collect();
    let document = Document {
        data: GraphData { name: "newsgraph", articles: graph.articles().map(|a| a.id.clone()).collect() },
        elements: Elements { nodes, edges },
    };
    let mut out = serde_json::to_string_pretty(&document).expect("documents of strings and numbers serialize");
    out.push('\n');
    out
}
