//! Exporters: pure functions from a graph to the bytes of a format. They never mutate the
//! graph and never touch the file system; the binary decides where the bytes go.

pub mod dot;

use crate::graph::KnowledgeGraph;

/// The formats newsgraph writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// SCHEMA §3 node-link JSON (see [`crate::wire`]).
    Json,
    /// Graphviz DOT.
    Dot,
}

/// Renders `graph` in `format`.
pub fn render(graph: &KnowledgeGraph, format: ExportFormat) -> String {
    match format {
        ExportFormat::Json => crate::wire::to_json(graph),
        ExportFormat::Dot => dot::render(graph, &dot::DotOptions { legend: true }),
    }
}

/// Writes the bytes [`render`] returns to `out`; JSON is streamed as it is serialized, so a
/// large graph is not held in memory twice.
pub fn write(graph: &KnowledgeGraph, format: ExportFormat, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    match format {
        ExportFormat::Json => crate::wire::write_json(graph, out),
        _ => out.write_all(render(graph, format).as_bytes()),
    }
}
