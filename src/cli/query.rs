//! `newsgraph query`: questions to a built graph. This file only parses arguments and prints;
//! the answers come from `newsgraph::query`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Subcommand, ValueEnum};

use newsgraph::model::EdgeKind;
use newsgraph::query::{self, Direction, QueryError, Question, format};

use super::output::write_output;

/// Ask questions of a graph written by `newsgraph build`.
///
/// Names resolve by the node's id, its name or any alias, ignoring case, accents and
/// punctuation ("erdogan" finds Recep Tayyip Erdoğan), or by the last word of a person's name
/// ("putin"). A name that fits several nodes is an error that lists them (exit 2): use the id
/// (`person:donald-trump`) or a fuller name.
///
/// Exit status: 0 with an answer; 1 when the graph has no answer (nothing matched, or no node
/// has the name); 2 on errors (unreadable graph, bad arguments, ambiguous name, bad pattern).
///
/// Examples:
///   newsgraph query graph.json neighbors putin --kind met-with
///   newsgraph query graph.json path "Jared Kushner" Ukraine --all
///   newsgraph query graph.json edges --kind demands --since 2025-11 --evidence
///   newsgraph query graph.json node "Steve Witkoff"
///   newsgraph query graph.json stats --format json
///   newsgraph query graph.json match '(a:person)-[:advises]->(b:person {name:"Donald Trump"})'
///   newsgraph query graph.json neighbors putin --depth 2 --format dot | dot -Tsvg > putin.svg
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct QueryArgs {
    /// A JSON graph written by `newsgraph build`.
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,

    #[command(subcommand)]
    question: QuestionArgs,

    /// Output format: an aligned table, JSON for scripts, or a DOT subgraph to render.
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Table, global = true)]
    format: OutputFormat,

    /// Print the sentences behind each edge of the answer.
    #[arg(long, global = true)]
    evidence: bool,
}

#[derive(Debug, Subcommand)]
enum QuestionArgs {
    /// The nodes joined to NAME, up to --depth edges away.
    Neighbors {
        /// The node: an id, a name, an alias or a person's last name.
        name: String,
        /// Follow only edges of this kind (repeatable, or comma-separated).
        #[arg(short, long = "kind", value_name = "K", value_parser = edge_kind_parser(), value_delimiter = ',')]
        kinds: Vec<EdgeKind>,
        /// Which edges to follow; met-with is followed either way.
        #[arg(long, value_enum, default_value_t = DirectionArg::Both)]
        direction: DirectionArg,
        /// How many edges away to look.
        #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        depth: u32,
    },
    /// The shortest path between A and B, each step with its edges (followed either way).
    Path {
        /// One end.
        a: String,
        /// The other end.
        b: String,
        /// Follow only edges of this kind (repeatable, or comma-separated).
        #[arg(short, long = "kind", value_name = "K", value_parser = edge_kind_parser(), value_delimiter = ',')]
        kinds: Vec<EdgeKind>,
        /// Every shortest path (up to 100), not only the first.
        #[arg(long)]
        all: bool,
    },
    /// Edges, filtered by kind, ends and date.
    ///
    /// Dates are those of the articles the edge was read from (ISO 8601); with --since or
    /// --until, edges with no dated sentence are left out. --until 2025-12 includes all of
    /// December. --from and --to match either end of a met-with edge.
    Edges {
        /// Only edges of this kind (repeatable, or comma-separated).
        #[arg(short, long = "kind", value_name = "K", value_parser = edge_kind_parser(), value_delimiter = ',')]
        kinds: Vec<EdgeKind>,
        /// Only edges from this node.
        #[arg(long, value_name = "NAME")]
        from: Option<String>,
        /// Only edges to this node.
        #[arg(long, value_name = "NAME")]
        to: Option<String>,
        /// Only edges with a sentence dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Only edges with a sentence dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
    },
    /// Everything about one node: aliases, roles held, edges by kind, articles.
    Node {
        /// The node: an id, a name, an alias or a person's last name.
        name: String,
    },
    /// Counts by kind, and the most connected people and countries.
    Stats {
        /// How many of the most connected to list.
        #[arg(long, default_value_t = 10, value_name = "N")]
        top: usize,
    },
    /// The bindings of a Cypher-like pattern's variables (grammar in the README)
    ///
    /// A pattern is a chain of nodes `(var:kind {name: "..."})` joined by edges `-[:kind]->`,
    /// `<-[:kind]-` or `-[:kind]-` (either way); `-[:a|b]->` allows two kinds, `-->` any kind.
    /// Each row binds the named variables to distinct edges; rows are distinct.
    #[command(verbatim_doc_comment)]
    Match {
        /// The pattern, e.g. '(a:person)-[:advises]->(b:person {name:"Donald Trump"})'.
        pattern: String,
    },
}

/// Output formats of `query`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    /// An aligned table.
    Table,
    /// One JSON object.
    Json,
    /// A Graphviz DOT subgraph of the answer.
    Dot,
}

/// Which edges `neighbors` follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum DirectionArg {
    /// Edges pointing at the node.
    In,
    /// Edges leaving the node.
    Out,
    /// Both.
    Both,
}

/// Accepts the edge kinds by their JSON names, and lists them in `--help`.
fn edge_kind_parser() -> impl TypedValueParser<Value = EdgeKind> {
    PossibleValuesParser::new(EdgeKind::ALL.map(EdgeKind::as_str))
        .map(|name| EdgeKind::parse(&name).expect("the parser admits only kind names"))
}

pub fn run(args: QueryArgs) -> Result<ExitCode> {
    let question = match args.question {
        QuestionArgs::Neighbors { name, kinds, direction, depth } => Question::Neighbors {
            name,
            kinds,
            direction: match direction {
                DirectionArg::In => Direction::In,
                DirectionArg::Out => Direction::Out,
                DirectionArg::Both => Direction::Both,
            },
            depth: depth as usize,
        },
        QuestionArgs::Path { a, b, kinds, all } => Question::Path { from: a, to: b, kinds, all },
        QuestionArgs::Edges { kinds, from, to, since, until } => Question::Edges { kinds, from, to, since, until },
        QuestionArgs::Node { name } => Question::Node { name },
        QuestionArgs::Stats { top } => Question::Stats { top },
        // A bad pattern is reported before the graph is read: no need to wait for a big file.
        QuestionArgs::Match { pattern } => Question::Match { pattern: pattern.parse().map_err(QueryError::from)? },
    };
    let graph = super::load_graph(&args.graph)?;
    let answer = match query::answer(&graph, &question) {
        Ok(answer) => answer,
        Err(err) if err.is_no_answer() => {
            let _ = writeln!(std::io::stderr(), "newsgraph: {err}");
            return Ok(ExitCode::from(super::EXIT_NO_MATCH));
        }
        Err(err) => return Err(err.into()),
    };
    let format = match args.format {
        OutputFormat::Table => format::Format::Table,
        OutputFormat::Json => format::Format::Json,
        OutputFormat::Dot => format::Format::Dot,
    };
    let empty = answer.is_empty();
    // An empty answer prints nothing but a note, except in JSON, where scripts get the empty
    // document they can parse.
    if !empty || format == format::Format::Json {
        let text = format::render(&graph, &answer, format, format::Options { evidence: args.evidence });
        write_output(None, text.as_bytes())?;
    }
    // Freeing a graph of a million edges takes a noticeable part of a second, and the process
    // is about to end, which frees it anyway.
    std::mem::forget(graph);
    if empty {
        let _ = writeln!(std::io::stderr(), "newsgraph: no answer in {}", args.graph.display());
        return Ok(ExitCode::from(super::EXIT_NO_MATCH));
    }
    Ok(ExitCode::from(super::EXIT_OK))
}
