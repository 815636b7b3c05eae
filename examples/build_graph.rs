//! Builds a graph from the bundled sample articles with the library API and prints who met
//! whom, with the sentence each meeting was read from.
//!
//! Run with: `cargo run --example build_graph`

use std::path::PathBuf;

use newsgraph::graph::KnowledgeGraph;
use newsgraph::input::{self, ReadOptions};
use newsgraph::lexicon::Lexicon;
use newsgraph::model::EdgeKind;
use newsgraph::pipeline::{self, PipelineOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let sources: Vec<input::Source> = input::discover(&[folder]).into_iter().collect::<Result<_, _>>()?;
    let lexicon = Lexicon::builtin();
    let options = PipelineOptions { read: ReadOptions::default(), ..PipelineOptions::default() };
    let outcome = pipeline::run(&sources, &lexicon, &options, &mut |_| {})?;
    let (graph, _conflicts) = KnowledgeGraph::build(outcome.extractions);

    println!("{} articles, {} nodes, {} edges", graph.article_count(), graph.node_count(), graph.edge_count());
    for (a, b, edge) in graph.edges() {
        if edge.kind == EdgeKind::MetWith {
            let evidence = &edge.evidence[0];
            println!("{} met {}\n    {}: \"{}\"", a.name, b.name, evidence.article, evidence.text);
        }
    }
    Ok(())
}
