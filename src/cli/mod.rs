//! Command-line parsing and dispatch. Each subcommand lives in its own file with a
//! `run(args) -> anyhow::Result<ExitCode>`; this module maps errors to messages and exit codes.
//!
//! Exit codes: 0 success; 1 a query matched nothing; 2 an error (bad input, bad arguments,
//! unreadable files). A closed output pipe (`newsgraph … | head`) ends quietly with 0.

mod build;
mod eval;
mod explain;
mod export;
mod merge;
mod output;
mod progress;
mod query;
mod render;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit code for success.
pub const EXIT_OK: u8 = 0;
/// Exit code when a query found nothing.
pub const EXIT_NO_MATCH: u8 = 1;
/// Exit code for errors.
pub const EXIT_ERROR: u8 = 2;

/// Turn news articles into a knowledge graph of people, countries and roles.
///
/// newsgraph reads articles (plain text, Markdown, HTML or JSONL), finds the people, countries
/// and offices in them, links them with typed edges (met-with, advises, demands, represents,
/// holds-role) backed by the sentence each came from, and merges everything into one graph.
/// It runs offline and gives the same output for the same input.
///
/// Exit status: 0 on success, 1 when a query matches nothing, 2 on errors.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Build(build::BuildArgs),
    Merge(merge::MergeArgs),
    Eval(eval::EvalArgs),
    /// Show how an article was read, sentence by sentence (for developers; format may change).
    #[command(hide = true)]
    Trace {
        /// A plain-text article.
        file: std::path::PathBuf,
    },
    Export(export::ExportArgs),
    Render(render::RenderArgs),
    Explain(explain::ExplainArgs),
    Query(query::QueryArgs),
}

/// Parses the command line, runs the subcommand and maps the outcome to an exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { EXIT_ERROR } else { EXIT_OK });
        }
    };
    let result = match cli.command {
        Command::Build(args) => build::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Trace { file } => trace(&file),
        Command::Export(args) => export::run(args),
        Command::Render(args) => render::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Query(args) => query::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::from(EXIT_OK),
        Err(err) => {
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(stderr, "newsgraph: error: {err:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn trace(file: &std::path::Path) -> anyhow::Result<ExitCode> {
    use anyhow::Context;
    let text = std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let lexicon = newsgraph::lexicon::Lexicon::builtin();
    let article = newsgraph::input::text_to_article(&file.display().to_string(), text);
    print!("{}", newsgraph::extract::Extractor::new(&lexicon).trace(&article));
    Ok(ExitCode::from(EXIT_OK))
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Reads a graph written by `newsgraph build`, with the file named in errors: the line, column
/// and what was expected for a file of the wrong shape, an upgrade for a newer schema. Every
/// command that reads a graph goes through here.
///
/// The file is mapped into memory rather than read: for a graph of a million edges (700 MB of
/// JSON) that spares the kernel zeroing and copying as much memory again, which was a third of
/// the load time (README, "Speed"). Files that cannot be mapped, such as pipes, are read.
pub fn load_graph(path: &std::path::Path) -> anyhow::Result<newsgraph::graph::KnowledgeGraph> {
    use anyhow::Context;
    use newsgraph::wire::ReadError;
    let reading = || format!("reading graph {}", path.display());
    let file = std::fs::File::open(path).with_context(reading)?;
    // SAFETY: the map is only read, while parsing. Were another process to rewrite the file in
    // place meanwhile, the parser would see torn bytes (an error; a SIGBUS if the file shrank),
    // the risk ripgrep takes for the same speed. newsgraph itself never rewrites a file in place:
    // it writes a new file and renames it over the old one, which leaves a mapping intact.
    let graph = match unsafe { memmap2::Mmap::map(&file) } {
        Ok(map) => newsgraph::wire::from_json_bytes(&map),
        Err(_) => newsgraph::wire::from_json_bytes(&std::fs::read(path).with_context(reading)?),
    };
    graph.map_err(|err| match err {
        ReadError::NewerSchema { .. } => anyhow::anyhow!("{}: {err}", path.display()),
        _ => anyhow::anyhow!("{}: not a newsgraph graph: {err}", path.display()),
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
