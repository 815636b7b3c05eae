//! `newsgraph merge`: graphs in, the graph of all their articles out.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use newsgraph::graph::KnowledgeGraph;

use super::output::{report_written, warn_conflicts, write_output_with};

/// Merge graphs written by `newsgraph build` (or `merge`) into one.
///
/// The result is the graph of all the graphs' articles: the same graph a build of all those
/// articles at once gives. Merging is associative, commutative and idempotent, so graphs built
/// in parts (by day, by source, on several machines) can be merged in any order and any
/// grouping, and merging a graph with itself changes nothing. An article that two graphs hold
/// with different facts is kept once (the same version whatever the order), with a warning.
///
/// Examples:
///   newsgraph merge monday.json tuesday.json -o week.json
///   newsgraph merge parts/*.json -o all.json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct MergeArgs {
    /// Graphs: JSON files written by newsgraph.
    #[arg(required = true, value_name = "GRAPH")]
    graphs: Vec<PathBuf>,

    /// Write the merged graph to FILE instead of stdout (replaced atomically).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Print nothing but errors.
    #[arg(short, long)]
    quiet: bool,
}

pub fn run(args: MergeArgs) -> Result<ExitCode> {
    // One graph in memory at a time: each is read, taken back to its articles' facts, dropped.
    // Building from all of them is what `KnowledgeGraph::merge` does.
    let mut extractions = Vec::new();
    for path in &args.graphs {
        extractions.extend(super::load_graph(path)?.extractions());
    }
    let (graph, conflicts) = KnowledgeGraph::build(extractions);
    let mut stderr = std::io::stderr();
    warn_conflicts(&mut stderr, &conflicts);
    write_output_with(args.output.as_deref(), &mut |out| newsgraph::wire::write_json(&graph, out))?;
    if !args.quiet
        && let Some(path) = &args.output
    {
        report_written(&mut stderr, path, &graph);
    }
    Ok(ExitCode::from(super::EXIT_OK))
}
