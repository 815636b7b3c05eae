//! `newsgraph export`: a graph written by `build`, in the format of another tool. Also holds
//! the format options `build` shares, and the one place that writes an export to its target.

use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::{Args, ValueEnum};

use newsgraph::export::{self, Export, ExportFormat, ExportOptions, dot::ClusterBy};
use newsgraph::graph::KnowledgeGraph;

use super::output::{write_folder, write_output, write_output_with};

/// Write a graph in the format of another tool.
///
/// Reads a graph written by `newsgraph build` (JSON) and writes it for Graphviz (dot), Gephi,
/// yEd and networkx (graphml), Neo4j (csv, a folder of bulk-import files; cypher, a script of
/// MERGE statements), Cytoscape.js (cytoscape), Markdown (mermaid) or as JSON again (json).
/// README.md says how to open each one in its tool.
///
/// Examples:
///   newsgraph export graph.json --format graphml -o graph.graphml
///   newsgraph export graph.json --format csv -o neo4j-import/
///   newsgraph export graph.json --format dot --max-nodes 60 | dot -Tsvg > graph.svg
///   newsgraph export graph.json --format mermaid --max-nodes 30 >> notes.md
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ExportArgs {
    /// The graph: a JSON file written by `newsgraph build`.
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,

    /// Write to FILE instead of stdout (replaced atomically); for csv, the folder to write
    /// nodes.csv and edges.csv into.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    #[command(flatten)]
    format: FormatArgs,
}

/// The output format and its options, shared by `build` and `export`.
#[derive(Debug, Args)]
pub struct FormatArgs {
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Json)]
    format: FormatArg,

    #[command(flatten)]
    drawing: DrawingArgs,
}

/// Options that shape a drawing, shared by `export`, `build` and `render`.
#[derive(Debug, Args)]
pub struct DrawingArgs {
    /// Keep only the N best-connected nodes (those with the most edges) and the edges between
    /// them, so that large graphs stay readable. Applies to every format.
    #[arg(long, value_name = "N")]
    max_nodes: Option<NonZeroUsize>,

    /// Draw boxes that group nodes: `country` puts each person in the country they represent,
    /// with the country and its offices. DOT and render only.
    #[arg(long, value_enum, value_name = "GROUPING")]
    cluster_by: Option<ClusterArg>,
}

/// Formats `build` and `export` write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Node-link JSON (SCHEMA.md §3), readable by networkx and by newsgraph itself.
    Json,
    /// Graphviz DOT, with a legend.
    Dot,
    /// GraphML with typed attributes, for Gephi, yEd and networkx.
    Graphml,
    /// Neo4j bulk-import CSV files (nodes.csv, edges.csv) in the folder given by -o.
    Csv,
    /// A Cypher script of idempotent MERGE statements (Neo4j, Kùzu).
    Cypher,
    /// Cytoscape.js elements JSON.
    Cytoscape,
    /// A Mermaid flowchart for Markdown.
    Mermaid,
}

/// Groupings for `--cluster-by`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ClusterArg {
    /// One box per country: the country, the people who represent it, its offices.
    Country,
}

impl FormatArgs {
    /// Whether the format is newsgraph's own JSON, the only one `build --into` can read back.
    pub fn is_json(&self) -> bool {
        self.format == FormatArg::Json
    }

    /// Renders `graph` and writes it to `target` (stdout when `None`).
    pub fn write(&self, graph: &KnowledgeGraph, target: Option<&Path>) -> Result<()> {
        let format = match self.format {
            FormatArg::Json => ExportFormat::Json,
            FormatArg::Dot => ExportFormat::Dot,
            FormatArg::Graphml => ExportFormat::Graphml,
            FormatArg::Csv => ExportFormat::Csv,
            FormatArg::Cypher => ExportFormat::Cypher,
            FormatArg::Cytoscape => ExportFormat::Cytoscape,
            FormatArg::Mermaid => ExportFormat::Mermaid,
        };
        if self.drawing.cluster_by.is_some() && format != ExportFormat::Dot {
            bail!("--cluster-by draws boxes in DOT; it does not apply to --format {format}");
        }
        if format == ExportFormat::Json && self.drawing.max_nodes.is_none_or(|n| n.get() >= graph.node_count()) {
            // The whole graph's JSON is streamed as it is serialized: never held in memory twice.
            return write_output_with(target, &mut |out| newsgraph::wire::write_json(graph, out));
        }
        match export::render(graph, format, &self.drawing.options()) {
            Export::File(text) => write_output(target, text.as_bytes()),
            Export::Folder(files) => match target {
                Some(dir) if dir.as_os_str() != "-" => write_folder(dir, &files),
                _ => bail!("--format {format} writes a folder of files: name it with -o FOLDER"),
            },
        }
    }
}

impl DrawingArgs {
    /// The library's options for these arguments.
    pub fn options(&self) -> ExportOptions {
        ExportOptions {
            max_nodes: self.max_nodes.map(NonZeroUsize::get),
            cluster_by: self.cluster_by.map(|c| match c {
                ClusterArg::Country => ClusterBy::Country,
            }),
        }
    }
}

/// Runs `newsgraph export`.
pub fn run(args: ExportArgs) -> Result<ExitCode> {
    let graph = super::load_graph(&args.graph)?;
    args.format.write(&graph, args.output.as_deref())?;
    Ok(ExitCode::from(super::EXIT_OK))
}
