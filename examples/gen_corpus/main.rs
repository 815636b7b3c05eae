//! Generates a benchmark corpus: N MB of news text made from sample articles, with persons,
//! countries and titles varied so that the graph grows with the corpus (see `corpus.rs`).
//! Output is deterministic for a seed: the same command writes the same bytes.
//!
//! Written under OUT: `txt/NNN/NNNNNN-template.txt` (one article a file) and `corpus.jsonl`
//! (the same articles, one JSON object a line, with the `.txt` path as `id` and the same
//! title), so a build of either gives the same graph.
//!
//! Run with: `cargo run --release --example gen_corpus -- --mb 10 --out target/bench/corpus-10mb`

mod corpus;

use std::fs;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use clap::Parser;

use newsgraph::input::text_to_article;

/// Generate a benchmark corpus of news articles.
#[derive(Parser)]
struct Args {
    /// Size of the corpus in MB (10^6 bytes of article text).
    #[arg(long, default_value_t = 10.0)]
    mb: f64,
    /// Folder to write `txt/` and `corpus.jsonl` into (replaced).
    #[arg(long)]
    out: PathBuf,
    /// Seed of the pseudo-random choices.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Folders of template `.txt` articles (default: examples/articles and, when present, the
    /// shared corpus: $NEWSGRAPH_SHARED/corpus/articles or ../shared/corpus/articles).
    #[arg(long = "templates")]
    templates: Vec<PathBuf>,
    /// Write only `corpus.jsonl`, not the `.txt` files.
    #[arg(long)]
    no_txt: bool,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let template_dirs = if args.templates.is_empty() { corpus::default_template_dirs() } else { args.templates };
    let generator = corpus::Generator::new(&template_dirs, (args.mb * 1e6) as usize, args.seed)?;
    let templates = generator.template_count();
    if args.out.exists() {
        fs::remove_dir_all(&args.out)?;
    }
    fs::create_dir_all(&args.out)?;
    let mut jsonl = BufWriter::new(fs::File::create(args.out.join("corpus.jsonl"))?);
    let (mut articles, mut bytes) = (0, 0);
    for article in generator {
        if !args.no_txt {
            let path = args.out.join("txt").join(&article.id);
            if articles % 1000 == 0 {
                fs::create_dir_all(path.parent().expect("a file in a folder"))?;
            }
            fs::write(&path, &article.text)?;
        }
        let title = text_to_article(&article.id, article.text.clone()).meta.title;
        let line = serde_json::json!({"id": article.id, "title": title, "text": article.text});
        writeln!(jsonl, "{line}")?;
        articles += 1;
        bytes += article.text.len();
    }
    jsonl.flush()?;
    eprintln!(
        "gen_corpus: {articles} articles, {:.1} MB from {templates} templates into {}",
        bytes as f64 / 1e6,
        args.out.display()
    );
    Ok(())
}
