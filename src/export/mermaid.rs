//! A Mermaid flowchart, to paste into Markdown in a ```` ```mermaid ```` block (GitHub, GitLab
//! and most documentation tools draw it).
//!
//! Node ids are ASCII (`person_vladimir_putin`): newsgraph's id with every other character
//! made `_`, `n_` put before an id without `_` so that none is a Mermaid keyword (`end`,
//! `graph`, `class`, ...), and `_2`, `_3` added to ids that would otherwise collide. Every
//! label is a quoted string in which `"` is written `#quot;` and the other characters Mermaid
//! or its HTML labels would read (`#`, `&`, `<`, `>`, a backquote) as entity codes; a line
//! break becomes `<br>`. Shapes and colours follow the DOT export: people rounded, countries
//! hexagons, roles boxes, organizations subroutine boxes; `met-with` has no arrowhead and a
//! past office is dotted.
//!
//! Mermaid refuses diagrams above 500 edges or 50,000 characters by default: use
//! `--max-nodes` for large graphs.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write;

use crate::graph::KnowledgeGraph;
use crate::model::{EdgeKind, NodeKind};

/// Renders the graph as a Mermaid flowchart.
pub fn render(graph: &KnowledgeGraph) -> String {
    let mut out = String::new();
    out.push_str("flowchart LR\n");
    let _ = writeln!(out, "  %% newsgraph: {} nodes, {} edges", graph.node_count(), graph.edge_count());
    let ids = ascii_ids(graph.nodes().map(|n| n.id.as_str()));
    for node in graph.nodes() {
        let (open, close) = match node.kind {
            NodeKind::Person => ("(", ")"),
            NodeKind::Country => ("{{", "}}"),
            NodeKind::Role => ("[", "]"),
            NodeKind::Organization => ("[[", "]]"),
        };
        let _ = writeln!(out, "  {}{open}{}{close}:::{}", ids[node.id.as_str()], label(&node.name), node.kind);
    }
    let mut links_by_kind: BTreeMap<EdgeKind, Vec<usize>> = BTreeMap::new();
    for (index, (source, target, edge)) in graph.edges().into_iter().enumerate() {
        let arrow = match (edge.kind.is_symmetric(), edge.former) {
            (true, false) => "---",
            (true, true) => "-.-",
            (false, false) => "-->",
            (false, true) => "-.->",
        };
        let _ = writeln!(
            out,
            "  {} {arrow}|{}| {}",
            ids[source.id.as_str()],
            label(&super::edge_label(edge, 40)),
            ids[target.id.as_str()]
        );
        links_by_kind.entry(edge.kind).or_default().push(index);
    }
    for kind in NodeKind::ALL {
        let (fill, _) = super::dot::node_style(kind);
        let _ = writeln!(out, "  classDef {kind} fill:{fill},stroke:#555555,color:#000000");
    }
    for (kind, links) in links_by_kind {
        let links: Vec<String> = links.iter().map(usize::to_string).collect();
        let color = super::dot::edge_color(kind);
        let _ = writeln!(out, "  linkStyle {} stroke:{color},color:{color}", links.join(","));
    }
    out
}

/// Mermaid ids for newsgraph ids, as described in the module documentation.
fn ascii_ids<'g>(ids: impl Iterator<Item = &'g str>) -> HashMap<&'g str, String> {
    let mut taken = HashSet::new();
    let mut out = HashMap::new();
    for id in ids {
        let mut base: String = id.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
        if !base.contains('_') {
            base.insert_str(0, "n_");
        }
        let mut candidate = base.clone();
        let mut n = 2;
        while !taken.insert(candidate.clone()) {
            candidate = format!("{base}_{n}");
            n += 1;
        }
        out.insert(id, candidate);
    }
    out
}

/// A quoted Mermaid label, escaped as described in the module documentation.
pub fn label(text: &str) -> String {
    super::quoted(text, '"', |c, out| match c {
        '"' => out.push_str("#quot;"),
        '#' => out.push_str("#35;"),
        '&' => out.push_str("#amp;"),
        '<' => out.push_str("#lt;"),
        '>' => out.push_str("#gt;"),
        '`' => out.push_str("#96;"),
        '\n' => out.push_str("<br>"),
        '\r' => {}
        '\t' => out.push(' '),
        c if c.is_control() => {}
        c => out.push(c),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_escape_quotes_and_markup() {
        assert_eq!(label("Say \"hi\""), "\"Say #quot;hi#quot;\"");
        assert_eq!(label("#1 <b>&`"), "\"#35;1 #lt;b#gt;#amp;#96;\"");
        assert_eq!(label("two\r\nlines"), "\"two<br>lines\"");
    }

    #[test]
    fn ids_are_ascii_never_keywords_and_never_collide() {
        let ids = ascii_ids(["person:a-b", "person:a_b", "end", "person:erdoğan"].into_iter());
        assert_eq!(ids["person:a-b"], "person_a_b");
        assert_eq!(ids["person:a_b"], "person_a_b_2");
        assert_eq!(ids["end"], "n_end");
        assert_eq!(ids["person:erdoğan"], "person_erdo_an");
    }
}
