//! Questions to a built graph: neighbours, paths, edges, a node's report, statistics and
//! Cypher-like patterns, answered without a database server.
//!
//! A [`Question`] names nodes the way users do ([`names`]); [`answer`] resolves the names and
//! walks the graph, giving an [`Answer`] that holds petgraph indices into the graph it was asked
//! of; [`format`] renders an answer as an aligned table, JSON or a DOT subgraph.
//!
//! **`query` never mutates a graph**: it borrows it, and builds a new small graph when a DOT
//! subgraph is wanted. Answers are ordered explicitly (by depth, name, id), so the same question
//! to the same graph prints the same bytes.

pub mod format;
mod matching;
pub mod names;
pub mod pattern;
mod questions;

use std::collections::BTreeMap;

use petgraph::stable_graph::{EdgeIndex, NodeIndex};

use crate::graph::KnowledgeGraph;
use crate::model::{EdgeKind, NodeKind};

pub use pattern::{Pattern, PatternError};

/// Why a question could not be answered.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// No node fits the name: the graph has no answer (exit status 1).
    #[error("no node is called {name:?}{}", suggest(suggestions))]
    NotFound {
        /// The name as given.
        name: String,
        /// Nodes with similar names, as `Name (id)`.
        suggestions: Vec<String>,
    },
    /// The name fits several nodes (exit status 2).
    #[error(
        "{name:?} is ambiguous: it fits {} nodes:\n  {}\nname one by its id or by a fuller name",
        candidates.len(),
        candidates.join("\n  ")
    )]
    Ambiguous {
        /// The name as given.
        name: String,
        /// Every node it fits, as `Name (id)`.
        candidates: Vec<String>,
    },
    /// A `match` pattern that does not parse.
    #[error("invalid pattern: {0}")]
    Pattern(PatternError),
    /// A date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[error("invalid date {0:?}: expected YYYY, YYYY-MM or YYYY-MM-DD")]
    Date(String),
    /// A `match` pattern with nothing to show.
    #[error("the pattern names no variable, so there is nothing to show: name one, as in (a)-[:advises]->(b)")]
    NoVariables,
    /// `path` from a node to itself.
    #[error("{0} is both ends of the path; name two different nodes")]
    SameEnds(String),
}

impl QueryError {
    /// True when the error means "the graph has no answer" rather than "the question is wrong".
    pub fn is_no_answer(&self) -> bool {
        matches!(self, QueryError::NotFound { .. })
    }
}

// Not `#[from]`: that would make the pattern error the source too, and error chains would
// print it twice.
impl From<PatternError> for QueryError {
    fn from(err: PatternError) -> QueryError {
        QueryError::Pattern(err)
    }
}

fn suggest(suggestions: &[String]) -> String {
    if suggestions.is_empty() { String::new() } else { format!("; did you mean {}?", suggestions.join(", ")) }
}

/// Which edges of a node to follow.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Direction {
    /// Edges pointing at the node.
    In,
    /// Edges leaving the node.
    Out,
    /// Both.
    #[default]
    Both,
}

/// A question to a graph. Names are resolved by [`names::resolve`]; an empty `kinds` means
/// every edge kind. `met-with` edges are undirected: they are followed whatever the direction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Question {
    /// The nodes within `depth` edges of a node.
    Neighbors {
        /// The node.
        name: String,
        /// Follow only these kinds.
        kinds: Vec<EdgeKind>,
        /// Which edges to follow.
        direction: Direction,
        /// How many edges away, at least 1.
        depth: usize,
    },
    /// The shortest paths between two nodes, edges followed either way.
    Path {
        /// One end.
        from: String,
        /// The other end.
        to: String,
        /// Follow only these kinds.
        kinds: Vec<EdgeKind>,
        /// Every shortest path (up to [`MAX_PATHS`]), not only the first.
        all: bool,
    },
    /// Edges, filtered.
    Edges {
        /// Only these kinds.
        kinds: Vec<EdgeKind>,
        /// Only edges from this node (either end for `met-with`).
        from: Option<String>,
        /// Only edges to this node (either end for `met-with`).
        to: Option<String>,
        /// Only edges with a sentence dated on or after this date.
        since: Option<String>,
        /// Only edges with a sentence dated on or before this date (a prefix counts whole:
        /// `2025-12` takes in all of December).
        until: Option<String>,
    },
    /// What the graph knows of one node.
    Node {
        /// The node.
        name: String,
    },
    /// Counts by kind and the most connected people and countries.
    Stats {
        /// How many of the most connected to list.
        top: usize,
    },
    /// The bindings of a pattern's variables.
    Match {
        /// The pattern.
        pattern: Pattern,
    },
}

/// The most paths `path --all` lists.
pub const MAX_PATHS: usize = 100;

/// What a question found, as indices into the graph it was asked of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Nodes near `center`, by depth then name.
    Neighbors {
        /// The node asked about.
        center: NodeIndex,
        /// What was found.
        neighbors: Vec<Neighbor>,
    },
    /// Shortest paths, all of one length.
    Paths(Vec<Path>),
    /// Edges, by source name, kind and target name.
    Edges(Vec<EdgeIndex>),
    /// One node's report.
    Node(NodeReport),
    /// Counts.
    Stats(Stats),
    /// A pattern's bindings.
    Match(Matches),
}

impl Answer {
    /// True when the question has no answer in the graph (exit status 1). A node report and
    /// statistics always answer.
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Neighbors { neighbors, .. } => neighbors.is_empty(),
            Answer::Paths(paths) => paths.is_empty(),
            Answer::Edges(edges) => edges.is_empty(),
            Answer::Node(_) | Answer::Stats(_) => false,
            Answer::Match(matches) => matches.rows.is_empty(),
        }
    }
}

/// A node near the one asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Neighbor {
    /// The node.
    pub node: NodeIndex,
    /// How many edges away it is.
    pub depth: usize,
    /// The edges that reach it from the nodes one step closer.
    pub via: Vec<EdgeIndex>,
}

/// A path: `nodes[i]` and `nodes[i + 1]` are joined by every edge of `hops[i]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    /// The nodes, from the first end to the second.
    pub nodes: Vec<NodeIndex>,
    /// The edges of each step (of the kinds asked for), in either direction.
    pub hops: Vec<Vec<EdgeIndex>>,
}

/// What the graph knows of one node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeReport {
    /// The node.
    pub node: NodeIndex,
    /// For a person, the roles it holds; for a role, its holders (`holds-role` edges).
    pub roles: Vec<EdgeIndex>,
    /// Edges by kind: (leaving the node, pointing at it).
    pub degree: BTreeMap<EdgeKind, (usize, usize)>,
    /// Ids of the articles that mention the node, sorted.
    pub articles: Vec<String>,
}

/// Counts by kind, and the most connected people and countries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    /// Number of articles.
    pub articles: usize,
    /// Nodes by kind.
    pub nodes: BTreeMap<NodeKind, usize>,
    /// Edges by kind.
    pub edges: BTreeMap<EdgeKind, usize>,
    /// The most connected persons, with their number of edges, most first.
    pub top_people: Vec<(NodeIndex, usize)>,
    /// The most connected countries, with their number of edges, most first.
    pub top_countries: Vec<(NodeIndex, usize)>,
}

/// A pattern's matches: one row per distinct binding of its named variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matches {
    /// The named variables, in the order they first appear in the pattern.
    pub columns: Vec<String>,
    /// The bindings, one per column, sorted by the names they show.
    pub rows: Vec<Vec<Binding>>,
    /// Every edge some match went through (named or not), for evidence and subgraphs.
    pub edges: Vec<EdgeIndex>,
}

/// What a variable is bound to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Binding {
    /// A node variable.
    Node(NodeIndex),
    /// An edge variable.
    Edge(EdgeIndex),
}

/// Answers a question. Errors are about the question (a name that fits no node or several, a
/// bad date or pattern); an answer may be empty ([`Answer::is_empty`]).
pub fn answer(graph: &KnowledgeGraph, question: &Question) -> Result<Answer, QueryError> {
    match question {
        Question::Neighbors { name, kinds, direction, depth } => {
            let center = names::resolve(graph, name)?;
            Ok(Answer::Neighbors {
                center,
                neighbors: questions::neighbors(graph, center, kinds, *direction, (*depth).max(1)),
            })
        }
        Question::Path { from, to, kinds, all } => {
            let (from, to) = (names::resolve(graph, from)?, names::resolve(graph, to)?);
            if from == to {
                return Err(QueryError::SameEnds(names::describe(graph, from)));
            }
            Ok(Answer::Paths(questions::paths(graph, from, to, kinds, if *all { MAX_PATHS } else { 1 })))
        }
        Question::Edges { kinds, from, to, since, until } => {
            let from = from.as_deref().map(|name| names::resolve(graph, name)).transpose()?;
            let to = to.as_deref().map(|name| names::resolve(graph, name)).transpose()?;
            let since = since.as_deref().map(questions::check_date).transpose()?;
            let until = until.as_deref().map(questions::check_date).transpose()?;
            Ok(Answer::Edges(questions::edges(graph, kinds, from, to, since, until)))
        }
        Question::Node { name } => Ok(Answer::Node(questions::node_report(graph, names::resolve(graph, name)?))),
        Question::Stats { top } => Ok(Answer::Stats(questions::stats(graph, *top))),
        Question::Match { pattern } => {
            let named = pattern.nodes().any(|n| n.var.is_some()) || pattern.hops.iter().any(|(e, _)| e.var.is_some());
            if !named {
                return Err(QueryError::NoVariables);
            }
            Ok(Answer::Match(matching::find(graph, pattern)))
        }
    }
}
