//! Graphviz DOT: node shape and colour by kind, edge colour and label by kind, `met-with`
//! drawn without arrowheads, a legend, and optionally boxes that group people under the
//! country they represent.
//!
//! Our own writer rather than petgraph's `Dot`, which uses node indices as ids and leaves
//! attribute text unescaped. Every id and label is a quoted string with quotes, backslashes,
//! `&` and line breaks escaped, so Graphviz reads any name (keywords, hyphens, `a:b`, a
//! trailing backslash) without misreading it as a keyword, a port, an operator or an escape.
//! Other characters, emoji and right-to-left text included, are written as UTF-8 (the file
//! declares `charset="UTF-8"`): Graphviz 2.43 turns character references above U+FFFF into
//! invalid UTF-8, so references are not an option.
//!
//! Graphviz keeps `\\` as two characters in an id (only `\"` is an escape there) but reads it as
//! one backslash in a label; ids only need to be the same string everywhere, so one quoting
//! function serves both.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use crate::graph::{KnowledgeGraph, Node};
use crate::model::{EdgeKind, NodeKind};

/// How a DOT file is drawn.
#[derive(Clone, Debug, Default)]
pub struct DotOptions {
    /// Add a legend of node and edge kinds.
    pub legend: bool,
    /// Group nodes in boxes.
    pub cluster_by: Option<ClusterBy>,
    /// A line written under the drawing (used to say that nodes were left out).
    pub caption: Option<String>,
}

/// What nodes are grouped by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClusterBy {
    /// One box per country, holding the country, the people who represent it (each person in
    /// the country they represent most often) and the offices that belong to it.
    Country,
}

/// Fill colour, shape of a node kind.
pub fn node_style(kind: NodeKind) -> (&'static str, &'static str) {
    match kind {
        NodeKind::Person => ("#cfe2ff", "ellipse"),
        NodeKind::Country => ("#d1e7dd", "hexagon"),
        NodeKind::Role => ("#fff3cd", "box"),
        NodeKind::Organization => ("#e2e3e5", "component"),
    }
}

/// Line colour of an edge kind.
pub fn edge_color(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::MetWith => "#0d6efd",
        EdgeKind::Advises => "#6f42c1",
        EdgeKind::Demands => "#dc3545",
        EdgeKind::Represents => "#198754",
        EdgeKind::HoldsRole => "#8a6d3b",
    }
}

/// Renders the graph as DOT.
pub fn render(graph: &KnowledgeGraph, options: &DotOptions) -> String {
    let mut out = String::new();
    out.push_str("digraph newsgraph {\n");
    out.push_str(
        "  graph [charset=\"UTF-8\", rankdir=\"LR\", overlap=\"false\", splines=\"true\", fontname=\"Helvetica\"];\n",
    );
    out.push_str("  node [fontname=\"Helvetica\", fontsize=\"11\", style=\"filled\"];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=\"9\"];\n");
    if let Some(caption) = &options.caption {
        let _ = writeln!(out, "  label={};\n  labelloc=\"b\";", quote(caption));
    }
    let clusters = match options.cluster_by {
        Some(ClusterBy::Country) => clusters_by_country(graph),
        None => BTreeMap::new(),
    };
    let clustered: HashMap<&str, &str> = clusters
        .iter()
        .flat_map(|(country, members)| members.iter().map(move |m| (m.id.as_str(), country.as_str())))
        .collect();
    for (country, members) in &clusters {
        let name = graph.node(country).map_or(country.as_str(), |c| c.name.as_str());
        let _ = writeln!(
            out,
            "  subgraph {} {{\n    label={};\n    style=\"rounded\";\n    color=\"{}\";",
            quote(&format!("cluster:{country}")),
            quote(name),
            edge_color(EdgeKind::Represents)
        );
        for member in members {
            node_statement(&mut out, "    ", member);
        }
        out.push_str("  }\n");
    }
    for node in graph.nodes().filter(|n| !clustered.contains_key(n.id.as_str())) {
        node_statement(&mut out, "  ", node);
    }
    for (source, target, edge) in graph.edges() {
        let dir = if edge.kind.is_symmetric() { ", dir=\"none\"" } else { "" };
        let style = if edge.former { ", style=\"dashed\"" } else { "" };
        let _ = writeln!(
            out,
            "  {} -> {} [label={}, color=\"{}\", fontcolor=\"{}\", kind=\"{}\", weight=\"{}\"{dir}{style}];",
            quote(&source.id),
            quote(&target.id),
            quote(&super::edge_label(edge, 40)),
            edge_color(edge.kind),
            edge_color(edge.kind),
            edge.kind,
            edge.weight
        );
    }
    if options.legend {
        legend(&mut out);
    }
    out.push_str("}\n");
    out
}

fn node_statement(out: &mut String, indent: &str, node: &Node) {
    let (fill, shape) = node_style(node.kind);
    let _ = writeln!(
        out,
        "{indent}{} [label={}, shape=\"{shape}\", fillcolor=\"{fill}\", kind=\"{}\"];",
        quote(&node.id),
        quote(&node.name),
        node.kind
    );
}

/// Country id → its members (the country first, then by id). A person goes with the country
/// they represent by the most evidence (ties: the smaller id); a role with its country. A
/// country that nobody represents and that has no offices gets no box.
fn clusters_by_country(graph: &KnowledgeGraph) -> BTreeMap<String, Vec<&Node>> {
    let mut represents: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
    for (person, country, edge) in graph.edges() {
        if edge.kind != EdgeKind::Represents || country.kind != NodeKind::Country {
            continue;
        }
        let best = represents.entry(person.id.as_str()).or_insert((edge.weight, country.id.as_str()));
        if edge.weight > best.0 || (edge.weight == best.0 && country.id.as_str() < best.1) {
            *best = (edge.weight, country.id.as_str());
        }
    }
    let mut clusters: BTreeMap<String, Vec<&Node>> = BTreeMap::new();
    for node in graph.nodes() {
        let country = match node.kind {
            NodeKind::Person => represents.get(node.id.as_str()).map(|(_, c)| c.to_string()),
            NodeKind::Role => node.country.clone().filter(|c| graph.node(c).is_some()),
            _ => None,
        };
        if let Some(country) = country {
            clusters.entry(country).or_default().push(node);
        }
    }
    for (country, members) in clusters.iter_mut() {
        if let Some(node) = graph.node(country) {
            members.insert(0, node);
        }
    }
    clusters
}

fn legend(out: &mut String) {
    out.push_str(
        "  subgraph cluster_legend {\n    label=\"Legend\";\n    fontname=\"Helvetica\";\n    style=\"rounded\";\n",
    );
    for kind in NodeKind::ALL {
        let (fill, shape) = node_style(kind);
        let _ = writeln!(out, "    \"legend:{kind}\" [label=\"{kind}\", shape=\"{shape}\", fillcolor=\"{fill}\"];");
    }
    for (i, kind) in EdgeKind::ALL.iter().enumerate() {
        let dir = if kind.is_symmetric() { ", dir=\"none\"" } else { "" };
        let _ = writeln!(
            out,
            "    \"legend:edge{i}a\" [label=\"\", shape=\"point\"];\n    \"legend:edge{i}b\" [label=\"\", shape=\"point\"];\n    \"legend:edge{i}a\" -> \"legend:edge{i}b\" [label=\"{kind}\", color=\"{c}\", fontcolor=\"{c}\"{dir}];",
            c = edge_color(*kind)
        );
    }
    out.push_str("  }\n");
}

/// A DOT quoted string: `"` and `\\` escaped, line breaks as `\\n`, `&` as `&amp;` (Graphviz
/// reads `&name;` in labels as an entity), tabs as spaces, other control characters dropped.
pub fn quote(text: &str) -> String {
    super::quoted(text, '"', |c, out| match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => {}
        '\t' => out.push(' '),
        '&' => out.push_str("&amp;"),
        c if c.is_control() => {}
        c => out.push(c),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_everything_graphviz_misreads() {
        assert_eq!(quote("a\"b"), "\"a\\\"b\"");
        assert_eq!(quote("trailing\\"), "\"trailing\\\\\"");
        assert_eq!(quote("two\nlines"), "\"two\\nlines\"");
        assert_eq!(quote("Erdoğan 🇺🇦 محمد"), "\"Erdoğan 🇺🇦 محمد\"");
        assert_eq!(quote("two\r\nlines\u{7}"), "\"two\\nlines\"");
        assert_eq!(quote("node"), "\"node\"");
        assert_eq!(quote("a:b & c"), "\"a:b &amp; c\"");
    }
}
