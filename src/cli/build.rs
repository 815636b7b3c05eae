//! `newsgraph build`: articles in, one merged graph out.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};

use newsgraph::graph::KnowledgeGraph;
use newsgraph::input::{self, Format, InputError, ReadOptions};
use newsgraph::lexicon::Lexicon;
use newsgraph::pipeline::{self, ErrorPolicy, PipelineOptions};

use super::output::{report_written, warn_conflicts};
use super::progress::BuildProgress;

/// Build one knowledge graph from articles.
///
/// Reads every PATH: a file, a folder (searched recursively, in sorted order, for .txt, .md,
/// .html, .htm, .jsonl and .ndjson files) or `-` for stdin. Each article is analysed on its own;
/// the results are merged into one graph with one node per person, country and role and one
/// edge per (source, kind, target), each edge with the sentences it was read from.
///
/// Examples:
///   newsgraph build articles/ -o graph.json
///   newsgraph build articles/ --format dot -o graph.dot && dot -Tsvg graph.dot -o graph.svg
///   newsgraph build articles/ --format csv -o neo4j-import/
///   newsgraph build --into graph.json new-articles/
///   cat feed.jsonl | newsgraph build - --keep-going -o graph.json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct BuildArgs {
    /// Files, folders, or `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// Write the graph to FILE instead of stdout (replaced atomically).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    #[command(flatten)]
    format: super::export::FormatArgs,

    /// Add the articles to the graph in GRAPH (a JSON graph written by newsgraph); the result
    /// replaces GRAPH unless -o is given. Articles already in the graph are re-read.
    #[arg(long, value_name = "GRAPH")]
    into: Option<PathBuf>,

    /// Extend the built-in lexicon with a lexicon file (repeatable; format in README).
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,

    /// Skip inputs that cannot be read (reporting each on stderr) instead of stopping.
    #[arg(long)]
    keep_going: bool,

    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the file.
    #[arg(long)]
    lossy: bool,

    /// Read every input as this format instead of choosing by extension.
    #[arg(long, value_enum, value_name = "FORMAT")]
    input_format: Option<InputFormat>,

    /// Largest article accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = input::DEFAULT_MAX_ARTICLE_BYTES)]
    max_article_bytes: usize,

    /// Extraction threads (default: all cores). Output does not depend on it.
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    threads: usize,

    /// Print why names were merged into one node (or kept apart) to stderr.
    #[arg(long)]
    explain: bool,

    /// Print nothing but errors.
    #[arg(short, long)]
    quiet: bool,
}

/// Input formats that can be forced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Plain text or Markdown.
    Txt,
    /// HTML.
    Html,
    /// One JSON article per line.
    Jsonl,
}

/// Loads the built-in lexicon and the user's extensions.
pub fn load_lexicon(files: &[PathBuf]) -> Result<Lexicon> {
    let mut lexicon = Lexicon::builtin();
    for file in files {
        let text = std::fs::read_to_string(file).with_context(|| format!("reading lexicon {}", file.display()))?;
        lexicon.load_str(&file.display().to_string(), &text)?;
    }
    Ok(lexicon)
}

pub fn run(args: BuildArgs) -> Result<ExitCode> {
    if args.into.is_some() && args.output.is_none() && !args.format.is_json() {
        bail!("--into without -o replaces GRAPH, which must stay JSON: give -o FILE for another format");
    }
    let lexicon = load_lexicon(&args.lexicon)?;
    let policy = if args.keep_going { ErrorPolicy::KeepGoing } else { ErrorPolicy::FailFast };
    let mut stderr = std::io::stderr();

    let mut sources = Vec::new();
    let mut skipped: Vec<InputError> = Vec::new();
    for found in input::discover(&args.paths) {
        match found {
            Ok(source) => sources.push(source),
            Err(err) if args.keep_going => skipped.push(err),
            Err(err) => return Err(err.into()),
        }
    }
    let existing = match &args.into {
        Some(path) => Some(super::load_graph(path)?),
        None => None,
    };
    let options = PipelineOptions {
        read: ReadOptions {
            lossy: args.lossy,
            max_article_bytes: args.max_article_bytes,
            format: args.input_format.map(|f| match f {
                InputFormat::Txt => Format::Text,
                InputFormat::Html => Format::Html,
                InputFormat::Jsonl => Format::Jsonl,
            }),
        },
        policy,
        threads: args.threads,
        ..PipelineOptions::default()
    };
    let progress = BuildProgress::new(&sources, options.read.format, args.quiet);
    let outcome = pipeline::run(&sources, &lexicon, &options, &mut |counters| progress.update(counters));
    let outcome = outcome?;
    progress.stage("building the graph");
    skipped.extend(outcome.skipped);
    progress.suspend(|| {
        for err in &skipped {
            let _ = writeln!(stderr, "newsgraph: warning: skipped {err}");
        }
    });
    if outcome.extractions.is_empty() && existing.is_none() {
        bail!("no article could be read from {}", describe(&args.paths));
    }
    let mut extractions = outcome.extractions;
    if let Some(graph) = &existing {
        // Articles given again replace their old facts.
        let new_ids: std::collections::HashSet<String> = extractions.iter().map(|e| e.article.id.clone()).collect();
        extractions.extend(graph.extractions().into_iter().filter(|e| !new_ids.contains(&e.article.id)));
    }
    let (graph, conflicts) = KnowledgeGraph::build(extractions);
    progress.stage("writing");
    progress.suspend(|| -> Result<()> {
        warn_conflicts(&mut stderr, &conflicts);
        if args.explain {
            explain(&graph, &mut stderr)?;
        }
        Ok(())
    })?;
    let target = args.output.as_deref().or(args.into.as_deref());
    let written = args.format.write(&graph, target);
    progress.finish();
    written?;
    if !args.quiet {
        if !skipped.is_empty() {
            let _ = writeln!(stderr, "newsgraph: {} input(s) skipped", skipped.len());
        }
        if let Some(path) = target {
            report_written(&mut stderr, path, &graph);
        }
    }
    // The process ends next: the system takes the graph's memory back at once, where freeing
    // its millions of strings one by one took about 1% of a build.
    std::mem::forget(graph);
    Ok(ExitCode::from(super::EXIT_OK))
}

fn describe(paths: &[PathBuf]) -> String {
    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
}

fn explain(graph: &KnowledgeGraph, out: &mut dyn Write) -> Result<()> {
    writeln!(out, "# Why names became nodes")?;
    for node in graph.nodes() {
        if node.kind != newsgraph::model::NodeKind::Person || (node.aliases.is_empty() && node.sources.len() < 2) {
            continue;
        }
        let forms: Vec<&str> = node.aliases.iter().map(String::as_str).collect();
        writeln!(
            out,
            "{} ({}): also named {}",
            node.id,
            node.name,
            if forms.is_empty() { "-".to_string() } else { forms.join(", ") }
        )?;
        for source in &node.sources {
            let aliases: Vec<&str> = source.aliases.iter().map(String::as_str).collect();
            writeln!(
                out,
                "  {}: \"{}\"{}",
                source.article,
                source.name,
                if aliases.is_empty() { String::new() } else { format!(" with {}", aliases.join(", ")) }
            )?;
        }
    }
    for note in graph.merge_notes() {
        writeln!(out, "{}: {}", note.node, note.reason)?;
    }
    Ok(())
}
