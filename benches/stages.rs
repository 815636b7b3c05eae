//! Per-stage micro benchmarks (divan): sentence split, lexicon match, extraction, merge and
//! JSON export, each on the same generated corpus (2 MB by default, `NEWSGRAPH_BENCH_MB` to
//! change it). Throughput is reported in bytes of article text per second.
//!
//! Run with: `cargo bench --bench stages` (never run by the test suite). The generator reads
//! the shared corpus' articles as templates when `NEWSGRAPH_SHARED` (or ../shared) has them.

#[path = "../examples/gen_corpus/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::sync::OnceLock;

use divan::counter::BytesCount;
use divan::{Bencher, black_box};

use newsgraph::extract::Extractor;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::lexicon::Lexicon;
use newsgraph::model::{Article, Extraction};
use newsgraph::text;

// The allocator the binary uses (src/main.rs), so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: newsgraph::alloc::Mimalloc = newsgraph::alloc::Mimalloc;

fn main() {
    newsgraph::alloc::Mimalloc::configure();
    divan::main();
}

/// The corpus, the lexicon, and what each stage needs as input.
struct Fixture {
    articles: Vec<Article>,
    bytes: usize,
    lexicon: Lexicon,
    extractions: Vec<Extraction>,
    graph: KnowledgeGraph,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let mb: f64 = std::env::var("NEWSGRAPH_BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(2.0);
        let generator = corpus::Generator::new(&corpus::default_template_dirs(), (mb * 1e6) as usize, 1)
            .expect("the template articles are readable");
        let articles: Vec<Article> = generator.map(|a| Article::new(a.id, a.text)).collect();
        let bytes = articles.iter().map(|a| a.text.len()).sum();
        let lexicon = Lexicon::builtin();
        let extractor = Extractor::new(&lexicon);
        let extractions: Vec<Extraction> = articles.iter().map(|a| extractor.extract(a)).collect();
        let (graph, _) = KnowledgeGraph::build(extractions.clone());
        Fixture { articles, bytes, lexicon, extractions, graph }
    })
}

/// Tokens and sentences.
#[divan::bench]
fn sentence_split(bencher: Bencher) {
    let f = fixture();
    bencher.counter(BytesCount::new(f.bytes)).bench(|| {
        for article in &f.articles {
            black_box(text::analyze(&article.text));
        }
    });
}

/// Every lexicon phrase at every word, as the mention finder looks them up.
#[divan::bench]
fn lexicon_match(bencher: Bencher) {
    let f = fixture();
    let documents: Vec<(&str, Vec<text::Token>)> =
        f.articles.iter().map(|a| (a.text.as_str(), text::tokenize(&a.text))).collect();
    bencher.counter(BytesCount::new(f.bytes)).bench(|| {
        let mut found = 0;
        for (source, tokens) in &documents {
            for i in 0..tokens.len() {
                if tokens[i].is_word() {
                    found += f.lexicon.phrases_at(source, tokens, i, tokens.len()).len();
                }
            }
        }
        black_box(found)
    });
}

/// Whole-article extraction: tokens, mentions, roles, relations, evidence.
#[divan::bench]
fn extraction(bencher: Bencher) {
    let f = fixture();
    let extractor = Extractor::new(&f.lexicon);
    bencher.counter(BytesCount::new(f.bytes)).bench(|| {
        for article in &f.articles {
            black_box(extractor.extract(article));
        }
    });
}

/// Building the merged graph from every article's extraction.
#[divan::bench]
fn merge(bencher: Bencher) {
    let f = fixture();
    bencher
        .counter(BytesCount::new(f.bytes))
        .with_inputs(|| f.extractions.clone())
        .bench_values(|extractions| black_box(KnowledgeGraph::build(extractions)));
}

/// Merging two graphs of half the articles each.
#[divan::bench]
fn merge_two_graphs(bencher: Bencher) {
    let f = fixture();
    let half = f.extractions.len() / 2;
    let (a, _) = KnowledgeGraph::build(f.extractions[..half].to_vec());
    let (b, _) = KnowledgeGraph::build(f.extractions[half..].to_vec());
    bencher.counter(BytesCount::new(f.bytes)).bench(|| black_box(KnowledgeGraph::merge([&a, &b])));
}

/// The JSON document of the whole graph, written to a sink.
#[divan::bench]
fn json_export(bencher: Bencher) {
    let f = fixture();
    bencher.counter(BytesCount::new(f.bytes)).bench(|| newsgraph::wire::write_json(&f.graph, &mut std::io::sink()));
}
