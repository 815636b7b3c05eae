//! A Cypher script of `MERGE` statements, one per line, for Neo4j (`cypher-shell -f`) and
//! embedded Cypher engines (Kùzu and its fork Ladybug, once their schema is created).
//!
//! The script is idempotent: nodes are merged on their `id` and relationships on their ends
//! and type, then their properties are `SET`, so running it twice, or over an older load of
//! the same graph, leaves one node per id and one relationship per (source, type, target).
//! Labels are `Person`, `Country`, `Role`, `Organization`; relationship types are in Cypher's
//! convention (`MET_WITH`, `HOLDS_ROLE`), since `met-with` would need backticks in every query.
//! `MET_WITH` is stored once in one direction; match it undirected: `(a)-[:MET_WITH]-(b)`.
//!
//! Properties: every node has `id`, `name`, `kind`, `aliases` (a list) and `mentions`;
//! countries add `iso3`, roles `title` and `country` (the country's node id) when known. Every
//! relationship has `weight`, `former` and `evidence` (one string, one line per entry);
//! `DEMANDS` adds `what` when known. Strings are single-quoted with `\` escapes, which both Neo4j and
//! Kùzu read; no statement relies on a Neo4j-only feature.

use std::fmt::Write;

use crate::graph::{KnowledgeGraph, Node};
use crate::model::NodeKind;

/// Renders the graph as a Cypher script.
pub fn render(graph: &KnowledgeGraph) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// newsgraph: {} nodes, {} relationships. Idempotent: running it again changes nothing.",
        graph.node_count(),
        graph.edge_count()
    );
    out.push_str("// In Neo4j, create the uniqueness constraints first on large graphs, so MERGE finds nodes fast:\n");
    for kind in NodeKind::ALL {
        let label = super::node_label(kind);
        let _ = writeln!(out, "//   CREATE CONSTRAINT {kind}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;");
    }
    for node in graph.nodes() {
        let aliases: Vec<String> = node.aliases.iter().map(|a| string(a)).collect();
        let _ = write!(
            out,
            "MERGE (n:{} {{id: {}}}) SET n.name = {}, n.kind = {}, n.aliases = [{}], n.mentions = {}",
            super::node_label(node.kind),
            string(&node.id),
            string(&node.name),
            string(node.kind.as_str()),
            aliases.join(", "),
            node.mentions
        );
        let extra = match node.kind {
            NodeKind::Country => vec![("iso3", &node.iso3)],
            NodeKind::Role => vec![("title", &node.title), ("country", &node.country)],
            NodeKind::Person | NodeKind::Organization => Vec::new(),
        };
        for (property, value) in extra {
            if let Some(value) = value {
                let _ = write!(out, ", n.{property} = {}", string(value));
            }
        }
        out.push_str(";\n");
    }
    for (source, target, edge) in graph.edges() {
        let _ = write!(
            out,
            "MATCH {}, {} MERGE (a)-[r:{}]->(b) SET r.weight = {}, r.former = {}, r.evidence = {}",
            pattern("a", source),
            pattern("b", target),
            super::relationship_type(edge.kind),
            edge.weight,
            edge.former,
            string(&super::evidence_text(edge, "\n")),
        );
        if let Some(what) = &edge.what {
            let _ = write!(out, ", r.what = {}", string(what));
        }
        out.push_str(";\n");
    }
    out
}

/// A Cypher string literal: single quotes, with `\`, `'` and control characters escaped.
pub fn string(text: &str) -> String {
    super::quoted(text, '\'', |c, out| match c {
        '\\' => out.push_str("\\\\"),
        '\'' => out.push_str("\\'"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c.is_control() => {
            let _ = write!(out, "\\u{:04X}", c as u32);
        }
        c => out.push(c),
    })
}

/// The node pattern `(var:Label {id: '...'})` a statement matches `node` with.
fn pattern(var: &str, node: &Node) -> String {
    format!("({var}:{} {{id: {}}})", super::node_label(node.kind), string(&node.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_quotes_backslashes_and_line_breaks() {
        assert_eq!(string("O'Brien \"x\""), "'O\\'Brien \"x\"'");
        assert_eq!(string("a\\"), "'a\\\\'");
        assert_eq!(string("two\nlines\u{7}"), "'two\\nlines\\u0007'");
        assert_eq!(string("Erdoğan"), "'Erdoğan'");
    }
}
