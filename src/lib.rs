//! newsgraph: news articles in, one knowledge graph of people, countries and roles out.
//!
//! The pipeline, each stage a function from value to value:
//! [`input`] (files → [`model::Article`]) → [`text`] (tokens, sentences) → [`lexicon`]
//! (countries, titles, names, cues) → [`extract`] (per-article [`model::Extraction`]) →
//! [`graph`] (the merged [`graph::KnowledgeGraph`]) → [`export`] and [`wire`] (bytes).
//!
//! ```
//! use newsgraph::{extract::Extractor, graph::KnowledgeGraph, lexicon::Lexicon, model::Article};
//!
//! let lexicon = Lexicon::builtin();
//! let article = Article::new("a.txt", "Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow.");
//! let extraction = Extractor::new(&lexicon).extract(&article);
//! let (graph, _conflicts) = KnowledgeGraph::build([extraction]);
//! assert!(graph.node("person:vladimir-putin").is_some());
//! assert!(graph.node("country:russia").is_some());
//! ```

pub mod alloc;
pub mod eval;
pub mod export;
pub mod extract;
#[cfg(test)]
mod fixtures;
pub mod graph;
pub mod input;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod query;
pub mod text;
pub mod wire;
