//! `newsgraph eval`: score the extractor against gold annotations (SCHEMA §4–§5), printing what
//! `shared/eval/score.py` prints.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;

use newsgraph::eval::{Gold, Summary, SystemGraph, score_article};
use newsgraph::graph::KnowledgeGraph;
use newsgraph::input;
use newsgraph::lexicon::Lexicon;
use newsgraph::pipeline::{self, PipelineOptions};

/// Score the extractor against gold annotations.
///
/// Reads every `*.json` gold file in the --gold folder (SCHEMA.md §4), builds the graph of the
/// article each one names from --articles (each article on its own, as `newsgraph build ARTICLE`
/// would) or reads it from --system, and prints precision, recall and F1 per entity kind, for
/// roles and per relation type, micro-averaged over the articles: the same table and figures
/// as shared/eval/score.py.
///
/// An article that cannot be read or built is named on stderr and scored as an empty graph;
/// a gold file with problems is named with each problem, and scored as score.py scores it.
/// Either makes the exit status 2 once the table is printed. A gold file that cannot be read
/// at all stops the run.
///
/// Examples:
///   newsgraph eval --gold corpus/gold --articles corpus/articles
///   newsgraph eval --gold corpus/gold --articles corpus/articles --verbose
///   newsgraph eval --gold corpus/gold --system graphs/ --json
///   newsgraph eval --gold corpus/gold --check
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct EvalArgs {
    /// Folder of gold annotation files (`<article>.json`).
    #[arg(long, value_name = "DIR")]
    gold: PathBuf,

    /// Folder of the annotated articles; each is built into its own graph.
    #[arg(long, value_name = "DIR", required_unless_present_any = ["system", "check"], conflicts_with = "system")]
    articles: Option<PathBuf>,

    /// Folder of graphs already built, one `<article>.json` per gold file (any node-link JSON).
    #[arg(long, value_name = "DIR")]
    system: Option<PathBuf>,

    /// Only check the gold files.
    #[arg(long, conflicts_with_all = ["articles", "system"])]
    check: bool,

    /// Print the misses and false hits of each article before the table.
    #[arg(short, long)]
    verbose: bool,

    /// Print the summary as JSON (the keys of score.py --json); --verbose then goes to stderr.
    #[arg(long)]
    json: bool,

    /// Extend the built-in lexicon with a lexicon file (repeatable; as for build).
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
}

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let golds = read_gold_folder(&args.gold)?;
    let mut stderr = std::io::stderr();
    let mut problems = 0;
    for (path, gold) in &golds {
        for problem in gold.problems() {
            writeln!(stderr, "newsgraph: warning: {}: {problem}", path.display())?;
            problems += 1;
        }
    }
    if args.check {
        println!("{} gold files, {problems} problems", golds.len());
        return Ok(ExitCode::from(if problems == 0 { super::EXIT_OK } else { super::EXIT_ERROR }));
    }

    let lexicon = super::build::load_lexicon(&args.lexicon)?;
    let mut summary = Summary::default();
    let mut stdout = std::io::stdout().lock();
    for (_, gold) in &golds {
        let graph = match (&args.system, &args.articles) {
            (Some(folder), _) => read_system_graph(&folder.join(format!("{}.json", gold.article))),
            (None, Some(folder)) => build_article_graph(&folder.join(&gold.article), &lexicon),
            (None, None) => unreachable!("clap requires --articles or --system"),
        };
        let score = match graph {
            Ok(graph) => {
                let score = score_article(gold, &graph);
                summary.add(&score);
                score
            }
            Err(err) => {
                writeln!(stderr, "newsgraph: warning: {}: no graph ({err:#})", gold.article)?;
                let score = score_article(gold, &SystemGraph::empty());
                summary.add_failed(&score);
                score
            }
        };
        if args.verbose {
            let out: &mut dyn Write = if args.json { &mut stderr } else { &mut stdout };
            writeln!(out, "== {}", gold.article)?;
            for miss in &score.misses {
                writeln!(out, "   missed: {miss}")?;
            }
            for hit in &score.false_hits {
                writeln!(out, "   false:  {hit}")?;
            }
        }
    }
    let report = if args.json { summary.to_json() } else { summary.to_table() };
    stdout.write_all(report.as_bytes())?;
    stdout.flush()?;
    if summary.failed > 0 || problems > 0 {
        writeln!(
            stderr,
            "newsgraph: {} article(s) without a graph, {problems} gold problem(s): see the messages above",
            summary.failed
        )?;
        return Ok(ExitCode::from(super::EXIT_ERROR));
    }
    Ok(ExitCode::from(super::EXIT_OK))
}

/// Reads every `*.json` file of the folder, in file-name order; a file that cannot be read or
/// parsed stops the run, after every such file has been named.
fn read_gold_folder(folder: &Path) -> Result<Vec<(PathBuf, Gold)>> {
    let entries = std::fs::read_dir(folder).with_context(|| format!("reading gold folder {}", folder.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("reading gold folder {}", folder.display()))?;
        if entry.file_name().to_string_lossy().ends_with(".json") {
            paths.push(entry.path());
        }
    }
    paths.sort();
    if paths.is_empty() {
        bail!("no gold files (*.json) in {}", folder.display());
    }
    let mut golds = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let loaded = std::fs::read_to_string(&path)
            .map_err(anyhow::Error::from)
            .and_then(|text| Gold::from_json(&text).map_err(anyhow::Error::from));
        match loaded {
            Ok(gold) => golds.push((path, gold)),
            Err(err) => errors.push(format!("{}: {err:#}", path.display())),
        }
    }
    if !errors.is_empty() {
        bail!("{} gold file(s) cannot be scored:\n  {}", errors.len(), errors.join("\n  "));
    }
    Ok(golds)
}

fn read_system_graph(path: &Path) -> Result<SystemGraph> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    SystemGraph::from_json(&text).with_context(|| format!("{}: not a node-link graph", path.display()))
}

/// The graph `newsgraph build ARTICLE --format json` prints, built in-process.
fn build_article_graph(path: &Path, lexicon: &Lexicon) -> Result<SystemGraph> {
    // An InputError's message already ends with its cause: flattened, so that `{:#}` does not
    // print the cause twice.
    let flat = |err: input::InputError| anyhow::anyhow!("{err}");
    let sources = input::discover(&[path.to_path_buf()]).into_iter().collect::<Result<Vec<_>, _>>().map_err(flat)?;
    let outcome = pipeline::run(&sources, lexicon, &PipelineOptions::default(), &mut |_| {}).map_err(flat)?;
    if outcome.extractions.is_empty() {
        bail!("no article could be read from {}", path.display());
    }
    let (graph, _conflicts) = KnowledgeGraph::build(outcome.extractions);
    Ok(SystemGraph::from_graph(&graph))
}
