//! Fuzz targets, driven by proptest generators: cargo-fuzz needs nightly's `-Zsanitizer`, and
//! this project builds on one stable toolchain. Each target runs a fixed, seeded set of cases in
//! `cargo test` (a smoke test of a second or two); `scripts/fuzz SECONDS` runs each one for
//! SECONDS with fresh random seeds (the `#[ignore]`d `long_*` tests, in release mode) and prints
//! its executions and findings. proptest shrinks a failing case and prints it; every such
//! finding becomes a test in `regressions` below.
//!
//! Targets: `extractor` (any text as an article: random bytes, random Unicode, and sequences of
//! the words the rules react to, as plain text and as HTML; the evidence must point into the
//! text, the graph must survive a JSON round trip), `graph_loader` (`wire::from_json` on mutated
//! graph documents and random JSON tokens: never a panic, and what it accepts writes back),
//! `query_parser` (`match` patterns from the grammar's tokens and from any text: never a panic,
//! what parses prints back to the same pattern, and matching it against the seed graph ends).

use std::cell::Cell;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestError, TestRng, TestRunner};

use newsgraph::extract::Extractor;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::lexicon::Lexicon;
use newsgraph::model::Article;
use newsgraph::wire;

use crate::common::sample;

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::builtin)
}

/// Runs `check` on values of `strategy`: a fixed set of `smoke_cases` seeded cases, or, when
/// `seconds` is given, fresh random cases until that time is up. Panics with the shrunk input
/// on the first finding; returns the number of executions.
fn run_target<S: Strategy>(
    name: &str,
    strategy: S,
    smoke_cases: u32,
    seconds: Option<u64>,
    check: impl Fn(S::Value) -> Result<(), TestCaseError>,
) -> u64
where
    S::Value: std::fmt::Debug,
{
    let executions = Cell::new(0u64);
    let counted = |value: S::Value| {
        executions.set(executions.get() + 1);
        check(value)
    };
    let started = Instant::now();
    let rounds = |runner: &mut TestRunner| match runner.run(&strategy, counted) {
        Ok(()) => {}
        Err(TestError::Fail(reason, value)) => {
            panic!("fuzz {name}: finding after {} executions: {reason}\nshrunk input: {value:#?}", executions.get())
        }
        Err(TestError::Abort(reason)) => panic!("fuzz {name}: aborted: {reason}"),
    };
    match seconds {
        None => {
            let config = Config { cases: smoke_cases, failure_persistence: None, ..Config::default() };
            let rng = TestRng::deterministic_rng(config.rng_algorithm);
            rounds(&mut TestRunner::new_with_rng(config, rng));
        }
        Some(seconds) => {
            let deadline = Duration::from_secs(seconds);
            while started.elapsed() < deadline {
                let config = Config { cases: 200, failure_persistence: None, ..Config::default() };
                rounds(&mut TestRunner::new(config));
            }
            println!(
                "fuzz {name}: {:.0} s, {} executions, 0 findings",
                started.elapsed().as_secs_f64(),
                executions.get()
            );
        }
    }
    executions.get()
}

/// `NEWSGRAPH_FUZZ_SECONDS`, the time each long target runs (scripts/fuzz sets it).
fn fuzz_seconds() -> u64 {
    std::env::var("NEWSGRAPH_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(60)
}

// ---------------------------------------------------------------------------------------------
// extractor

/// Words the rules react to, grammar, markup and Unicode that has broken tokenizers elsewhere.
const VOCABULARY: &[&str] = &[
    "Vladimir",
    "Putin",
    "Donald",
    "J.",
    "Trump",
    "Steve",
    "Witkoff",
    "Xi",
    "Jinping",
    "Kim",
    "Jong",
    "-",
    "un",
    "al",
    "Te",
    "Lord",
    "Irvine",
    "of",
    "Lairg",
    "President",
    "president",
    "Prime",
    "Minister",
    "minister",
    "Foreign",
    "envoy",
    "envoys",
    "aide",
    "spokesman",
    "Kremlin",
    "Mr",
    "Mrs.",
    "Dr.",
    "U.S.",
    "UN",
    "NATO",
    "Russia",
    "Russian",
    "Ukraine",
    "Ukrainian",
    "Chinese",
    "China",
    "Georgia",
    "Jordan",
    "Chad",
    "Moscow",
    "Washington",
    "White",
    "House",
    "Party",
    "Council",
    "Street",
    "met",
    "meets",
    "meeting",
    "talks",
    "call",
    "between",
    "with",
    "and",
    "or",
    ",",
    ".",
    "!",
    "?",
    ";",
    ":",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'s",
    "\u{2019}s",
    "'",
    "(",
    ")",
    "[",
    "]",
    "|",
    "\u{2014}",
    "said",
    "told",
    "according",
    "to",
    "who",
    "that",
    "the",
    "The",
    "a",
    "an",
    "his",
    "her",
    "He",
    "he",
    "She",
    "they",
    "counterpart",
    "advised",
    "advice",
    "urged",
    "demanded",
    "demand",
    "called",
    "for",
    "on",
    "warned",
    "against",
    "ultimatum",
    "joined",
    "included",
    "attended",
    "was",
    "received",
    "hosted",
    "by",
    "former",
    "both",
    "two",
    "five",
    "countries",
    "members",
    "government",
    "administration",
    "son",
    "father",
    "in",
    "Reuters",
    "Reporting",
    "contributed",
    "\n",
    "\n\n",
    "75",
    "2025",
    "Dec.",
    "No.",
    "10",
    "Tuesday",
    "\u{200d}",
    "\u{200b}",
    "\u{202e}",
    "\u{0301}",
    "\u{0627}\u{0644}\u{0631}\u{0626}\u{064a}\u{0633}",
    "\u{1F468}\u{200D}\u{1F469}",
    "Z\u{0336}a\u{0335}",
    "\u{FEFF}",
    "&amp;",
    "&#x41;",
    "<p>",
    "</p>",
    "<div>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<br/>",
    "\u{e9}",
    "\u{130}",
    "\u{df}",
    "\u{fb01}",
    "\u{1e9e}",
    "\r\n",
    "\t",
];

/// Article texts: sequences of vocabulary words with or without spaces, arbitrary Unicode, and
/// arbitrary bytes read leniently (as `--lossy` does).
fn article_text() -> impl Strategy<Value = String> {
    let words = prop::collection::vec((prop::sample::select(VOCABULARY), any::<bool>()), 0..300).prop_map(|words| {
        let mut text = String::new();
        for (word, space) in words {
            text.push_str(word);
            if space {
                text.push(' ');
            }
        }
        text
    });
    let bytes = prop::collection::vec(any::<u8>(), 0..2000).prop_map(|b| String::from_utf8_lossy(&b).into_owned());
    prop_oneof![6 => words, 1 => any::<String>(), 1 => bytes]
}

fn check_article(text: String) -> Result<(), TestCaseError> {
    let extractor = Extractor::new(lexicon());
    let article = Article::new("fuzz.txt", text.clone());
    let extraction = extractor.extract(&article);
    for relation in &extraction.relations {
        let e = &relation.evidence;
        prop_assert_eq!(text.get(e.start..e.end), Some(e.text.as_str()), "evidence outside the text");
    }
    let html = newsgraph::input::html_to_article("fuzz.html", &text);
    let from_html = extractor.extract(&html);
    let (graph, _) = KnowledgeGraph::build([extraction, from_html]);
    check_round_trip(&graph)
}

/// A graph's JSON reads back as the same graph.
fn check_round_trip(graph: &KnowledgeGraph) -> Result<(), TestCaseError> {
    let json = wire::to_json(graph);
    let again = wire::from_json(&json).map_err(|e| TestCaseError::fail(format!("own JSON rejected: {e}")))?;
    prop_assert_eq!(wire::to_json(&again), json, "JSON round trip changed the graph");
    Ok(())
}

#[test]
fn extractor_smoke() {
    run_target("extractor", article_text(), 300, None, check_article);
}

#[test]
#[ignore = "long fuzz run: scripts/fuzz"]
fn long_extractor() {
    run_target("extractor", article_text(), 0, Some(fuzz_seconds()), check_article);
}

// ---------------------------------------------------------------------------------------------
// graph loader

/// The graph of the seed article, as `build` writes it.
fn seed_graph_json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| {
        let text = std::fs::read_to_string(sample("seed-kremlin-envoys.txt")).unwrap();
        let extraction = Extractor::new(lexicon()).extract(&Article::new("seed.txt", text));
        wire::to_json(&KnowledgeGraph::build([extraction]).0)
    })
}

/// Pieces of JSON that change a document's shape or meaning when put in at random.
const JSON_TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1e999",
    "18446744073709551616",
    "99",
    "\"\"",
    "\"person:x\"",
    "\"met-with\"",
    "\"country\"",
    "\"nodes\"",
    "\"edges\"",
    "\"links\"",
    "\"evidence\"",
    "\"schema_version\"",
    "\"source\"",
    "\"target\"",
    "\"start\"",
    "\"end\"",
    "\\u0000",
    "\\ud800",
    "\u{0}",
    "\u{feff}",
    " ",
    "\n",
];

/// One edit of a document: where (a fraction of its length), what to do, and with what.
#[derive(Clone, Debug)]
enum Edit {
    Delete { at: f64, len: usize },
    Insert { at: f64, token: &'static str },
    Replace { at: f64, token: &'static str },
    Byte { at: f64, byte: u8 },
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = 0.0..1.0f64;
    let token = prop::sample::select(JSON_TOKENS);
    prop_oneof![
        (at.clone(), 1..40usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        (at.clone(), token.clone()).prop_map(|(at, token)| Edit::Insert { at, token }),
        (at.clone(), token).prop_map(|(at, token)| Edit::Replace { at, token }),
        (at, any::<u8>()).prop_map(|(at, byte)| Edit::Byte { at, byte }),
    ]
}

/// Graph documents: the seed graph after a few edits, or random JSON tokens.
fn graph_document() -> impl Strategy<Value = Vec<u8>> {
    let mutated = prop::collection::vec(edit(), 1..6).prop_map(|edits| {
        let mut doc = seed_graph_json().as_bytes().to_vec();
        for edit in edits {
            let pos = |at: f64, doc: &[u8]| ((doc.len() as f64 * at) as usize).min(doc.len());
            match edit {
                Edit::Delete { at, len } => {
                    let start = pos(at, &doc);
                    let end = (start + len).min(doc.len());
                    doc.drain(start..end);
                }
                Edit::Insert { at, token } => {
                    let start = pos(at, &doc);
                    doc.splice(start..start, token.bytes());
                }
                Edit::Replace { at, token } => {
                    let start = pos(at, &doc);
                    let end = (start + token.len()).min(doc.len());
                    doc.splice(start..end, token.bytes());
                }
                Edit::Byte { at, byte } => {
                    let start = pos(at, &doc);
                    if start < doc.len() {
                        doc[start] = byte;
                    }
                }
            }
        }
        doc
    });
    let random = prop::collection::vec(prop::sample::select(JSON_TOKENS), 0..60).prop_map(|t| t.concat().into_bytes());
    prop_oneof![5 => mutated, 1 => random]
}

fn check_graph_document(bytes: Vec<u8>) -> Result<(), TestCaseError> {
    let text = String::from_utf8_lossy(&bytes);
    match wire::from_json(&text) {
        Ok(graph) => check_round_trip(&graph),
        Err(_) => Ok(()),
    }
}

#[test]
fn graph_loader_smoke() {
    run_target("graph_loader", graph_document(), 300, None, check_graph_document);
}

#[test]
#[ignore = "long fuzz run: scripts/fuzz"]
fn long_graph_loader() {
    run_target("graph_loader", graph_document(), 0, Some(fuzz_seconds()), check_graph_document);
}

// ---------------------------------------------------------------------------------------------
// query parser

/// The tokens of the `match` pattern grammar, some near misses, and odd text.
const PATTERN_TOKENS: &[&str] = &[
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "-[",
    "]->",
    "<-[",
    "]-",
    "-->",
    "<--",
    "--",
    "-",
    ">",
    "<",
    ":",
    ",",
    "|",
    " ",
    "a",
    "b",
    "_x",
    "p1",
    "9",
    "person",
    "country",
    "role",
    "organization",
    "met-with",
    "advises",
    "demands",
    "represents",
    "holds-role",
    "name",
    "id",
    "\"Vladimir Putin\"",
    "'Putin'",
    "\"",
    "'",
    "\\",
    "\\\"",
    "\"\"",
    "\u{0}",
    "\u{200d}",
    "\u{202e}",
    "\u{301}",
    "\u{1F468}",
    "\n",
    "\u{3000}",
];

/// Patterns the grammar accepts: nodes with optional variables, kinds and properties, joined
/// by edges of every form.
fn grammatical_pattern() -> impl Strategy<Value = String> {
    let variable = prop::option::of(prop::sample::select(&["a", "b", "_x", "p1"][..]));
    let node_kind = prop::option::of(prop::sample::select(&["person", "country", "role", "organization"][..]));
    let property = prop::option::of(prop::sample::select(
        &["{name: \"Vladimir Putin\"}", "{id: 'country:russia'}", "{name: \"Put\\\"in\"}, ", "{name: 'x', id: \"y\"}"]
            [..],
    ));
    let node = (variable.clone(), node_kind, property).prop_map(|(v, k, p)| {
        format!("({}{}{})", v.unwrap_or(""), k.map(|k| format!(":{k}")).unwrap_or_default(), p.unwrap_or(""))
    });
    let edge_kinds = prop::collection::vec(
        prop::sample::select(&["met-with", "advises", "demands", "represents", "holds-role"][..]),
        0..3,
    );
    let edge = (0..6usize, variable, edge_kinds).prop_map(|(form, v, kinds)| {
        let inner = format!(
            "{}{}",
            v.unwrap_or(""),
            if kinds.is_empty() { String::new() } else { format!(":{}", kinds.join("|")) }
        );
        match form {
            0 => format!("-[{inner}]->"),
            1 => format!("<-[{inner}]-"),
            2 => format!("-[{inner}]-"),
            3 => "-->".to_string(),
            4 => "<--".to_string(),
            _ => "--".to_string(),
        }
    });
    (node.clone(), prop::collection::vec((edge, node), 0..4)).prop_map(|(first, rest)| {
        let mut text = first;
        for (edge, node) in rest {
            text.push_str(&edge);
            text.push_str(&node);
        }
        text
    })
}

fn pattern_text() -> impl Strategy<Value = String> {
    let tokens = prop::collection::vec(prop::sample::select(PATTERN_TOKENS), 0..40).prop_map(|t| t.concat());
    prop_oneof![4 => grammatical_pattern(), 3 => tokens, 1 => any::<String>()]
}

fn check_pattern(text: String) -> Result<(), TestCaseError> {
    use newsgraph::query::{self, Question, pattern};
    let Ok(parsed) = pattern::parse(&text) else { return Ok(()) };
    let printed = parsed.to_string();
    let again =
        pattern::parse(&printed).map_err(|e| TestCaseError::fail(format!("{printed:?} does not parse: {e}")))?;
    prop_assert_eq!(&again, &parsed, "printing and parsing changed the pattern");
    static SEED: OnceLock<KnowledgeGraph> = OnceLock::new();
    let graph = SEED.get_or_init(|| wire::from_json(seed_graph_json()).unwrap());
    let _ = query::answer(graph, &Question::Match { pattern: parsed });
    Ok(())
}

#[test]
fn query_parser_smoke() {
    run_target("query_parser", pattern_text(), 300, None, check_pattern);
}

#[test]
#[ignore = "long fuzz run: scripts/fuzz"]
fn long_query_parser() {
    run_target("query_parser", pattern_text(), 0, Some(fuzz_seconds()), check_pattern);
}

/// Inputs fuzzing found a problem with, kept so that it stays fixed, and hand-written hostile
/// inputs of the same kind.
mod regressions {
    use newsgraph::wire;

    #[test]
    fn deeply_nested_json_is_an_error_not_a_stack_overflow() {
        for depth in [200, 100_000] {
            let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            let objects = format!("{}{}", "{\"a\":".repeat(depth), "}".repeat(depth));
            let inside = format!("{{\"directed\": true, \"multigraph\": true, \"graph\": {arrays}}}");
            for doc in [arrays.as_str(), objects.as_str(), inside.as_str()] {
                let Err(err) = wire::from_json(doc) else { panic!("{doc:.40} read as a graph") };
                assert!(err.to_string().starts_with("line 1, column "), "{err}");
            }
        }
    }
}
