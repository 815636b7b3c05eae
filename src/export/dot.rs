//! Graphviz DOT: node shape and colour by kind, edge colour and label by kind, `met-with`
//! drawn without arrowheads.
//!
//! Every id and label is a quoted string with quotes, backslashes and line breaks escaped and
//! non-ASCII characters written as HTML character references, so Graphviz reads any name
//! (keywords, hyphens, `a:b`, a trailing backslash, emoji, right-to-left text) without
//! misreading it as a port, an operator or an escape.

use std::fmt::Write;

use crate::graph::KnowledgeGraph;
use crate::model::{EdgeKind, NodeKind};

/// How a DOT file is drawn.
#[derive(Clone, Debug, Default)]
pub struct DotOptions {
    /// Add a legend of node and edge kinds.
    pub legend: bool,
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
    for node in graph.nodes() {
        let (fill, shape) = node_style(node.kind);
        let _ = writeln!(
            out,
            "  {} [label={}, shape=\"{shape}\", fillcolor=\"{fill}\", kind=\"{}\"];",
            quote(&node.id),
            quote(&node.name),
            node.kind
        );
    }
    for (source, target, edge) in graph.edges() {
        let label = match &edge.what {
            Some(what) if edge.kind == EdgeKind::Demands => format!("demands: {}", shorten(what, 40)),
            _ => edge.kind.to_string(),
        };
        let dir = if edge.kind.is_symmetric() { ", dir=\"none\"" } else { "" };
        let style = if edge.former { ", style=\"dashed\"" } else { "" };
        let _ = writeln!(
            out,
            "  {} -> {} [label={}, color=\"{}\", fontcolor=\"{}\", kind=\"{}\", weight=\"{}\"{dir}{style}];",
            quote(&source.id),
            quote(&target.id),
            quote(&label),
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

fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars - 1).collect();
    format!("{}\u{2026}", cut.trim_end())
}

/// A DOT quoted string: `"` and `\` escaped, line breaks as `\n`, control characters dropped,
/// non-ASCII as `&#N;` references.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' | '\t' => out.push(' '),
            // "&" starts a character reference in Graphviz labels: write it as one.
            '&' => out.push_str("&amp;"),
            c if c.is_control() => {}
            c if c.is_ascii() => out.push(c),
            c => {
                let _ = write!(out, "&#{};", c as u32);
            }
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_everything_graphviz_misreads() {
        assert_eq!(quote("a\"b"), "\"a\\\"b\"");
        assert_eq!(quote("trailing\\"), "\"trailing\\\\\"");
        assert_eq!(quote("two\nlines"), "\"two\\nlines\"");
        assert_eq!(quote("Erdoğan"), "\"Erdo&#287;an\"");
        assert_eq!(quote("node"), "\"node\"");
        assert_eq!(quote("a:b & c"), "\"a:b &amp; c\"");
    }
}
