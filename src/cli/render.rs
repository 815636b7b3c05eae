//! `newsgraph render`: a graph drawn to SVG, PNG or PDF by Graphviz, which must be installed;
//! when it is not, the error says how to install it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};

use newsgraph::export::{self, Export, ExportFormat};

use super::export::DrawingArgs;
use super::output::write_atomically;

/// Draw a graph to SVG, PNG or PDF with Graphviz.
///
/// Reads a graph written by `newsgraph build`, writes it as DOT (as `export --format dot`
/// does) and runs Graphviz on it. The image format comes from the extension of -o. Graphviz
/// must be installed (`dot` on the PATH): `sudo apt-get install graphviz` on Debian and
/// Ubuntu, `brew install graphviz` on macOS.
///
/// Examples:
///   newsgraph render graph.json -o graph.svg
///   newsgraph render graph.json -o graph.png --layout sfdp --max-nodes 80
///   newsgraph render graph.json -o graph.pdf --cluster-by country
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct RenderArgs {
    /// The graph: a JSON file written by `newsgraph build`.
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,

    /// The image to write: a .svg, .png or .pdf file (replaced atomically).
    #[arg(short, long, value_name = "FILE", required = true)]
    output: PathBuf,

    /// Graphviz layout engine: dot (layered, the default), neato (spring model), fdp (spring
    /// model, draws --cluster-by boxes), sfdp (fast, for large graphs).
    #[arg(long, value_enum, default_value_t = Layout::Dot)]
    layout: Layout,

    #[command(flatten)]
    drawing: DrawingArgs,
}

/// Graphviz layout engines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Layout {
    /// Layered drawing of directed graphs.
    Dot,
    /// Spring model.
    Neato,
    /// Force-directed, with clusters.
    Fdp,
    /// Multiscale force-directed, for large graphs.
    Sfdp,
}

impl Layout {
    fn as_str(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
        }
    }
}

/// What to tell a user who has no Graphviz.
const INSTALL_HINT: &str = "Graphviz is not installed (no `dot` program on the PATH); install it with \
     `sudo apt-get install graphviz` (Debian, Ubuntu) or `brew install graphviz` (macOS), see \
     https://graphviz.org/download/, or write DOT with `newsgraph export --format dot` and draw it elsewhere";

/// Runs `newsgraph render`: exit 2, with how to install Graphviz, when `dot` is missing.
pub fn run(args: RenderArgs) -> Result<ExitCode> {
    let image_format = match args.output.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase) {
        Some(ext) if ["svg", "png", "pdf"].contains(&ext.as_str()) => ext,
        _ => bail!("{}: the image must end in .svg, .png or .pdf", args.output.display()),
    };
    let graph = super::load_graph(&args.graph)?;
    let Export::File(dot) = export::render(&graph, ExportFormat::Dot, &args.drawing.options()) else {
        unreachable!("DOT is one file")
    };
    let mut child = match Command::new("dot")
        .arg(format!("-K{}", args.layout.as_str()))
        .arg(format!("-T{image_format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => bail!(INSTALL_HINT),
        Err(err) => return Err(err).context("running Graphviz (dot)"),
    };
    // Write from another thread: Graphviz may fill its output pipe before it has read all of its
    // input, and both sides would wait forever.
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || stdin.write_all(dot.as_bytes()));
    let out = child.wait_with_output().context("running Graphviz (dot)")?;
    let written = writer.join().expect("the writer thread does not panic");
    let messages = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        bail!("Graphviz (dot -K{} -T{image_format}) failed: {}", args.layout.as_str(), messages.trim());
    }
    written.context("sending the graph to Graphviz")?;
    for line in messages.lines().filter(|l| !l.trim().is_empty()) {
        eprintln!("newsgraph: graphviz: {line}");
    }
    write_atomically(&args.output, &out.stdout)?;
    Ok(ExitCode::from(super::EXIT_OK))
}
