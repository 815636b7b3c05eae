//! The walks behind `neighbors`, `path`, `edges`, `node` and `stats`, on resolved nodes.

use std::collections::{BTreeSet, HashMap};

use petgraph::Direction as Towards;
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::graph::{Edge, KnowledgeGraph};
use crate::model::{EdgeKind, NodeKind};

use super::{Direction, Neighbor, NodeReport, Path, QueryError, Stats};

/// The edges of `node` of the given kinds (all when empty) that `direction` follows, each with
/// the node at its other end. Symmetric kinds are followed whatever the direction.
pub(super) fn incident<'g>(
    graph: &'g KnowledgeGraph,
    node: NodeIndex,
    kinds: &'g [EdgeKind],
    direction: Direction,
) -> impl Iterator<Item = (EdgeIndex, NodeIndex)> + 'g {
    let petgraph = graph.petgraph();
    [Towards::Outgoing, Towards::Incoming].into_iter().flat_map(move |towards| {
        let wanted = match towards {
            Towards::Outgoing => direction != Direction::In,
            Towards::Incoming => direction != Direction::Out,
        };
        petgraph.edges_directed(node, towards).filter_map(move |edge| {
            let kind = edge.weight().kind;
            let followed = (wanted || kind.is_symmetric()) && (kinds.is_empty() || kinds.contains(&kind));
            let other = if edge.source() == node { edge.target() } else { edge.source() };
            followed.then_some((edge.id(), other))
        })
    })
}

/// Sorts nodes by name, then id.
pub(super) fn sort_nodes(graph: &KnowledgeGraph, nodes: &mut [NodeIndex]) {
    let petgraph = graph.petgraph();
    nodes.sort_by(|a, b| (&petgraph[*a].name, &petgraph[*a].id).cmp(&(&petgraph[*b].name, &petgraph[*b].id)));
}

/// Sorts edges by source name, kind, target name (ids break ties).
pub(super) fn sort_edges(graph: &KnowledgeGraph, edges: &mut [EdgeIndex]) {
    let petgraph = graph.petgraph();
    let key = |e: &EdgeIndex| {
        let (s, t) = petgraph.edge_endpoints(*e).expect("answers hold edges of their graph");
        let (s, t) = (&petgraph[s], &petgraph[t]);
        (&s.name, petgraph[*e].kind, &t.name, &s.id, &t.id)
    };
    edges.sort_by(|a, b| key(a).cmp(&key(b)));
}

pub(super) fn neighbors(
    graph: &KnowledgeGraph,
    center: NodeIndex,
    kinds: &[EdgeKind],
    direction: Direction,
    max_depth: usize,
) -> Vec<Neighbor> {
    let mut reached: HashMap<NodeIndex, usize> = HashMap::from([(center, 0)]);
    let mut frontier = vec![center];
    let mut out = Vec::new();
    for depth in 1..=max_depth {
        let mut found: HashMap<NodeIndex, Vec<EdgeIndex>> = HashMap::new();
        for &node in &frontier {
            for (edge, other) in incident(graph, node, kinds, direction) {
                if !reached.contains_key(&other) {
                    found.entry(other).or_default().push(edge);
                }
            }
        }
        if found.is_empty() {
            break;
        }
        frontier = found.keys().copied().collect();
        for (node, mut via) in found {
            reached.insert(node, depth);
            sort_edges(graph, &mut via);
            out.push(Neighbor { node, depth, via });
        }
    }
    let petgraph = graph.petgraph();
    out.sort_by(|a, b| {
        (a.depth, &petgraph[a.node].name, &petgraph[a.node].id).cmp(&(
            b.depth,
            &petgraph[b.node].name,
            &petgraph[b.node].id,
        ))
    });
    out
}

/// Up to `limit` shortest paths between `from` and `to`, edges followed either way.
pub(super) fn paths(
    graph: &KnowledgeGraph,
    from: NodeIndex,
    to: NodeIndex,
    kinds: &[EdgeKind],
    limit: usize,
) -> Vec<Path> {
    // Breadth-first from `from`, remembering every parent one step closer, until the level
    // that reaches `to` is complete.
    let mut distance: HashMap<NodeIndex, usize> = HashMap::from([(from, 0)]);
    let mut parents: HashMap<NodeIndex, Vec<NodeIndex>> = HashMap::new();
    let mut frontier = vec![from];
    let mut depth = 0;
    while !frontier.is_empty() && !distance.contains_key(&to) {
        depth += 1;
        let mut next = Vec::new();
        for &node in &frontier {
            for (_, other) in incident(graph, node, kinds, Direction::Both) {
                match distance.get(&other) {
                    None => {
                        distance.insert(other, depth);
                        parents.insert(other, vec![node]);
                        next.push(other);
                    }
                    Some(&d) if d == depth => {
                        let list = parents.entry(other).or_default();
                        if !list.contains(&node) {
                            list.push(node);
                        }
                    }
                    Some(_) => {}
                }
            }
        }
        frontier = next;
    }
    if !distance.contains_key(&to) {
        return Vec::new();
    }
    for list in parents.values_mut() {
        sort_nodes(graph, list);
    }
    // Walk back from `to`, depth first, in name order.
    let mut found = Vec::new();
    let mut stack = vec![to];
    walk_back(graph, &parents, from, &mut stack, kinds, limit, &mut found);
    found
}

fn walk_back(
    graph: &KnowledgeGraph,
    parents: &HashMap<NodeIndex, Vec<NodeIndex>>,
    from: NodeIndex,
    stack: &mut Vec<NodeIndex>,
    kinds: &[EdgeKind],
    limit: usize,
    found: &mut Vec<Path>,
) {
    if found.len() >= limit {
        return;
    }
    let last = *stack.last().expect("the stack starts with the far end");
    if last == from {
        let nodes: Vec<NodeIndex> = stack.iter().rev().copied().collect();
        let hops = nodes
            .windows(2)
            .map(|pair| {
                let mut edges: Vec<EdgeIndex> = incident(graph, pair[0], kinds, Direction::Both)
                    .filter(|&(_, other)| other == pair[1])
                    .map(|(edge, _)| edge)
                    .collect();
                sort_edges(graph, &mut edges);
                edges
            })
            .collect();
        found.push(Path { nodes, hops });
        return;
    }
    for &parent in parents.get(&last).map(Vec::as_slice).unwrap_or_default() {
        stack.push(parent);
        walk_back(graph, parents, from, stack, kinds, limit, found);
        stack.pop();
    }
}

/// Checks a `--since`/`--until` date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub(super) fn check_date(date: &str) -> Result<String, QueryError> {
    let shape_ok = matches!(date.len(), 4 | 7 | 10)
        && date.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if shape_ok { Ok(date.to_string()) } else { Err(QueryError::Date(date.to_string())) }
}

/// The dates of articles, for evidence that does not carry its own.
pub(crate) struct ArticleDates<'g> {
    by_article: HashMap<&'g str, &'g str>,
}

impl<'g> ArticleDates<'g> {
    pub(crate) fn new(graph: &'g KnowledgeGraph) -> ArticleDates<'g> {
        ArticleDates {
            by_article: graph.articles().filter_map(|a| Some((a.id.as_str(), a.date.as_deref()?))).collect(),
        }
    }

    /// The ISO 8601 dates of an edge's sentences (the evidence's own date, or its article's),
    /// sorted. Dates in other shapes cannot be compared and are left out.
    pub(crate) fn of<'e>(&self, edge: &'e Edge) -> BTreeSet<&'e str>
    where
        'g: 'e,
    {
        edge.evidence
            .iter()
            .filter_map(|e| e.date.as_deref().or_else(|| self.by_article.get(e.article.as_str()).copied()))
            .filter(|d| d.len() >= 4 && d.as_bytes()[..4].iter().all(u8::is_ascii_digit))
            .collect()
    }
}

pub(super) fn edges(
    graph: &KnowledgeGraph,
    kinds: &[EdgeKind],
    from: Option<NodeIndex>,
    to: Option<NodeIndex>,
    since: Option<String>,
    until: Option<String>,
) -> Vec<EdgeIndex> {
    let petgraph = graph.petgraph();
    let dates = ArticleDates::new(graph);
    let ends_fit = |s: NodeIndex, t: NodeIndex| from.is_none_or(|f| f == s) && to.is_none_or(|x| x == t);
    let in_range = |date: &str| {
        since.as_deref().is_none_or(|since| date >= since)
            && until.as_deref().is_none_or(|until| date[..until.len().min(date.len())] <= *until)
    };
    // With an end given, only its edges need looking at.
    let considered: Vec<EdgeIndex> = match from.or(to) {
        Some(node) => incident(graph, node, kinds, Direction::Both).map(|(edge, _)| edge).collect(),
        None => petgraph.edge_indices().collect(),
    };
    let mut found: Vec<EdgeIndex> = considered
        .into_iter()
        .filter(|&e| {
            let edge = &petgraph[e];
            let (s, t) = petgraph.edge_endpoints(e).expect("indices come from the graph");
            (kinds.is_empty() || kinds.contains(&edge.kind))
                && (ends_fit(s, t) || edge.kind.is_symmetric() && ends_fit(t, s))
                && (since.is_none() && until.is_none() || dates.of(edge).into_iter().any(in_range))
        })
        .collect();
    sort_edges(graph, &mut found);
    found
}

pub(super) fn node_report(graph: &KnowledgeGraph, node: NodeIndex) -> NodeReport {
    let petgraph = graph.petgraph();
    let mut degree = std::collections::BTreeMap::new();
    let mut roles = Vec::new();
    let mut articles: BTreeSet<String> = petgraph[node].sources.iter().map(|s| s.article.clone()).collect();
    for towards in [Towards::Outgoing, Towards::Incoming] {
        for edge in petgraph.edges_directed(node, towards) {
            let kind = edge.weight().kind;
            let counts: &mut (usize, usize) = degree.entry(kind).or_default();
            match towards {
                Towards::Outgoing => counts.0 += 1,
                Towards::Incoming => counts.1 += 1,
            }
            if kind == EdgeKind::HoldsRole {
                roles.push(edge.id());
            }
            articles.extend(edge.weight().evidence.iter().map(|e| e.article.clone()));
        }
    }
    sort_edges(graph, &mut roles);
    NodeReport { node, roles, degree, articles: articles.into_iter().collect() }
}

pub(super) fn stats(graph: &KnowledgeGraph, top: usize) -> Stats {
    let petgraph = graph.petgraph();
    let mut nodes = std::collections::BTreeMap::new();
    let mut top_people = Vec::new();
    let mut top_countries = Vec::new();
    for index in petgraph.node_indices() {
        let kind = petgraph[index].kind;
        *nodes.entry(kind).or_default() += 1;
        let degree = petgraph.edges_directed(index, Towards::Outgoing).count()
            + petgraph.edges_directed(index, Towards::Incoming).count();
        match kind {
            NodeKind::Person => top_people.push((index, degree)),
            NodeKind::Country => top_countries.push((index, degree)),
            _ => {}
        }
    }
    let mut edges = std::collections::BTreeMap::new();
    for edge in petgraph.edge_weights() {
        *edges.entry(edge.kind).or_default() += 1;
    }
    for list in [&mut top_people, &mut top_countries] {
        list.retain(|&(_, degree)| degree > 0);
        list.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| (&petgraph[a.0].name, &petgraph[a.0].id).cmp(&(&petgraph[b.0].name, &petgraph[b.0].id)))
        });
        list.truncate(top);
    }
    Stats { articles: graph.article_count(), nodes, edges, top_people, top_countries }
}
