//! Neo4j bulk-import CSV: `nodes.csv` and `edges.csv`, for
//! `neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv`.
//!
//! `nodes.csv` has the columns `id:ID,name,kind,:LABEL,iso3,title,country` (the label is
//! `Person`, `Country`, `Role` or `Organization`); `edges.csv` has
//! `:START_ID,:END_ID,:TYPE,weight:int,what,evidence`, with the type in Cypher's convention
//! (`MET_WITH`, `HOLDS_ROLE`) and the evidence flattened to one string. `weight` carries the
//! `:int` type because an untyped Neo4j column imports as a string. An empty field is an absent
//! property.
//!
//! Fields are quoted as RFC 4180 says (`"` doubled) whenever they hold text. Line breaks inside
//! a field become spaces: `neo4j-admin` rejects them unless `--multiline-fields` is given, and
//! no name needs them. Other control characters are dropped.

use std::fmt::Write;

use crate::graph::KnowledgeGraph;

/// The file holding the nodes.
pub const NODES_FILE: &str = "nodes.csv";
/// The file holding the edges (Neo4j calls them relationships).
pub const EDGES_FILE: &str = "edges.csv";

/// The header of `nodes.csv`.
pub const NODES_HEADER: &str = "id:ID,name,kind,:LABEL,iso3,title,country";
/// The header of `edges.csv`.
pub const EDGES_HEADER: &str = ":START_ID,:END_ID,:TYPE,weight:int,what,evidence";

/// The two files of an export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvFiles {
    /// Contents of `nodes.csv`.
    pub nodes: String,
    /// Contents of `edges.csv`.
    pub edges: String,
}

/// Renders the graph as Neo4j import files.
pub fn render(graph: &KnowledgeGraph) -> CsvFiles {
    let mut nodes = format!("{NODES_HEADER}\n");
    for node in graph.nodes() {
        let _ = writeln!(
            nodes,
            "{},{},{},{},{},{},{}",
            field(&node.id),
            field(&node.name),
            node.kind,
            super::node_label(node.kind),
            optional(&node.iso3),
            optional(&node.title),
            optional(&node.country)
        );
    }
    let mut edges = format!("{EDGES_HEADER}\n");
    for (source, target, edge) in graph.edges() {
        let _ = writeln!(
            edges,
            "{},{},{},{},{},{}",
            field(&source.id),
            field(&target.id),
            super::relationship_type(edge.kind),
            edge.weight,
            optional(&edge.what),
            field(&super::evidence_text(edge, " | "))
        );
    }
    CsvFiles { nodes, edges }
}

fn optional(value: &Option<String>) -> String {
    value.as_deref().map(field).unwrap_or_default()
}

/// A quoted CSV field: `"` doubled, line breaks and tabs as spaces, control characters dropped.
pub fn field(text: &str) -> String {
    super::quoted(text, '"', |c, out| match c {
        '"' => out.push_str("\"\""),
        '\n' | '\r' | '\t' => out.push(' '),
        c if c.is_control() => {}
        c => out.push(c),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_with_quotes_doubled_and_on_one_line() {
        assert_eq!(field("O\"Brien, Jr."), "\"O\"\"Brien, Jr.\"");
        assert_eq!(field("two\r\nlines"), "\"two  lines\"");
        assert_eq!(field("back\\"), "\"back\\\"");
    }
}
