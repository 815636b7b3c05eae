//! `newsgraph explain`: every edge of a graph with the rule that read it and the sentences it
//! was read from.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use newsgraph::model::EdgeKind;

use super::output::write_output;

/// Show the evidence behind every edge of a graph.
///
/// For each edge (source, kind, target): its weight, what was demanded (for demands), and for
/// each sentence it was read from the article, the sentence index, the rule and the text.
///
/// Examples:
///   newsgraph explain graph.json
///   newsgraph explain graph.json --kind demands --kind met-with
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ExplainArgs {
    /// A JSON graph written by `newsgraph build`.
    graph: PathBuf,

    /// Only edges of this kind (repeatable): met-with, advises, demands, represents, holds-role.
    #[arg(long, value_parser = parse_kind)]
    kind: Vec<EdgeKind>,

    /// Write to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

fn parse_kind(s: &str) -> Result<EdgeKind, String> {
    EdgeKind::parse(s).ok_or_else(|| {
        let kinds: Vec<&str> = EdgeKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("unknown edge kind {s:?}; expected one of {}", kinds.join(", "))
    })
}

pub fn run(args: ExplainArgs) -> Result<ExitCode> {
    let graph = super::load_graph(&args.graph)?;
    let mut out = String::new();
    let mut shown = 0;
    for (source, target, edge) in graph.edges() {
        if !args.kind.is_empty() && !args.kind.contains(&edge.kind) {
            continue;
        }
        shown += 1;
        let arrow = if edge.kind.is_symmetric() { format!("-[{}]-", edge.kind) } else { format!("-[{}]->", edge.kind) };
        let _ = writeln!(out, "{} {arrow} {} (weight {})", source.name, target.name, edge.weight);
        if let Some(what) = &edge.what {
            let _ = writeln!(out, "  what: {what}");
        }
        for evidence in &edge.evidence {
            let _ = writeln!(out, "  {evidence}");
        }
    }
    write_output(args.output.as_deref(), out.as_bytes())?;
    Ok(ExitCode::from(if shown == 0 { super::EXIT_NO_MATCH } else { super::EXIT_OK }))
}
