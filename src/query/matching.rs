//! Runs a [`Pattern`] on a graph: every way to bind its node patterns to nodes and its edge
//! patterns to distinct edges.
//!
//! The search starts at the most selective node pattern (one with a `name` or `id`, else one
//! with a kind) and extends the chain edge by edge to the right and then to the left, so
//! `(a)-[:advises]->(b {name: "Donald Trump"})` looks at Trump's edges only, not at every node.
//! As in Cypher, one match uses an edge at most once, and an undirected pattern matches a pair
//! both ways round; `met-with` edges, stored once, match patterns of either direction.

use std::collections::HashSet;

use petgraph::Direction as Towards;
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::graph::KnowledgeGraph;

use super::pattern::{Direction, EdgePattern, NodePattern, Pattern, Property};
use super::{Binding, Matches, names, questions};

/// Where a column's value comes from.
#[derive(Clone, Copy)]
enum Slot {
    Node(usize),
    Edge(usize),
}

/// One step of the search: bind edge pattern `edge` and node pattern `to`, starting from the
/// bound node pattern `from`.
#[derive(Clone, Copy)]
struct Step {
    edge: usize,
    from: usize,
    to: usize,
}

struct Search<'a> {
    graph: &'a KnowledgeGraph,
    nodes: Vec<&'a NodePattern>,
    edges: Vec<&'a EdgePattern>,
    /// The nodes a pattern's properties allow, when it has any.
    allowed: Vec<Option<HashSet<NodeIndex>>>,
    /// For each node pattern, the other node patterns with the same variable.
    twins: Vec<Vec<usize>>,
    steps: Vec<Step>,
    columns: Vec<Slot>,
    bound_nodes: Vec<Option<NodeIndex>>,
    bound_edges: Vec<Option<EdgeIndex>>,
    seen_rows: HashSet<Vec<Binding>>,
    rows: Vec<Vec<Binding>>,
    seen_edges: HashSet<EdgeIndex>,
    edges_used: Vec<EdgeIndex>,
}

pub(super) fn find(graph: &KnowledgeGraph, pattern: &Pattern) -> Matches {
    let nodes: Vec<&NodePattern> = pattern.nodes().collect();
    let edges: Vec<&EdgePattern> = pattern.hops.iter().map(|(edge, _)| edge).collect();
    let allowed: Vec<Option<HashSet<NodeIndex>>> = nodes.iter().map(|node| property_filter(graph, node)).collect();
    let twins = nodes
        .iter()
        .enumerate()
        .map(|(i, node)| match &node.var {
            Some(var) => (0..nodes.len()).filter(|&j| j != i && nodes[j].var.as_ref() == Some(var)).collect(),
            None => Vec::new(),
        })
        .collect();
    let (names, columns) = columns(pattern);
    let anchor = (0..nodes.len())
        .min_by_key(|&i| match &allowed[i] {
            Some(set) => (0, set.len()),
            None if nodes[i].kind.is_some() => (1, 0),
            None => (2, 0),
        })
        .unwrap_or(0);
    let steps = (anchor..edges.len())
        .map(|edge| Step { edge, from: edge, to: edge + 1 })
        .chain((0..anchor).rev().map(|edge| Step { edge, from: edge + 1, to: edge }))
        .collect();
    let mut search = Search {
        graph,
        bound_nodes: vec![None; nodes.len()],
        bound_edges: vec![None; edges.len()],
        nodes,
        edges,
        allowed,
        twins,
        steps,
        columns,
        seen_rows: HashSet::new(),
        rows: Vec::new(),
        seen_edges: HashSet::new(),
        edges_used: Vec::new(),
    };
    let mut starts: Vec<NodeIndex> = match &search.allowed[anchor] {
        Some(set) => set.iter().copied().collect(),
        None => graph.petgraph().node_indices().collect(),
    };
    questions::sort_nodes(graph, &mut starts);
    for start in starts {
        if search.node_fits(anchor, start) {
            search.bound_nodes[anchor] = Some(start);
            search.extend(0);
            search.bound_nodes[anchor] = None;
        }
    }
    let Search { mut rows, mut edges_used, .. } = search;
    sort_rows(graph, &mut rows);
    questions::sort_edges(graph, &mut edges_used);
    Matches { columns: names, rows, edges: edges_used }
}

/// The named variables in order of first appearance, and where each one's value is.
fn columns(pattern: &Pattern) -> (Vec<String>, Vec<Slot>) {
    let mut names: Vec<String> = Vec::new();
    let mut slots = Vec::new();
    let mut add = |var: &Option<String>, slot: Slot| {
        if let Some(var) = var
            && !names.contains(var)
        {
            names.push(var.clone());
            slots.push(slot);
        }
    };
    add(&pattern.start.var, Slot::Node(0));
    for (i, (edge, node)) in pattern.hops.iter().enumerate() {
        add(&edge.var, Slot::Edge(i));
        add(&node.var, Slot::Node(i + 1));
    }
    (names, slots)
}

/// The nodes that fit every `name` and `id` of a node pattern; `None` when it has none.
fn property_filter(graph: &KnowledgeGraph, node: &NodePattern) -> Option<HashSet<NodeIndex>> {
    let mut allowed: Option<HashSet<NodeIndex>> = None;
    for (property, value) in &node.properties {
        let fitting: HashSet<NodeIndex> = match property {
            Property::Name => names::candidates(graph, value).into_iter().collect(),
            Property::Id => graph.index_of(value).into_iter().collect(),
        };
        allowed = Some(match allowed {
            Some(previous) => previous.intersection(&fitting).copied().collect(),
            None => fitting,
        });
    }
    allowed
}

impl Search<'_> {
    fn node_fits(&self, at: usize, node: NodeIndex) -> bool {
        let pattern = self.nodes[at];
        pattern.kind.is_none_or(|kind| self.graph.petgraph()[node].kind == kind)
            && self.allowed[at].as_ref().is_none_or(|set| set.contains(&node))
            && self.twins[at].iter().all(|&twin| self.bound_nodes[twin].is_none_or(|bound| bound == node))
    }

    fn extend(&mut self, step_number: usize) {
        let Some(&Step { edge: e, from, to }) = self.steps.get(step_number) else {
            self.record();
            return;
        };
        let at = self.bound_nodes[from].expect("steps start from bound nodes");
        let pattern = self.edges[e];
        // Walking rightwards, a `->` edge leaves the bound node; walking leftwards it enters it.
        let rightwards = to == e + 1;
        let (outgoing, incoming) = match pattern.direction {
            Direction::Either => (true, true),
            Direction::Right => (rightwards, !rightwards),
            Direction::Left => (!rightwards, rightwards),
        };
        let petgraph = self.graph.petgraph();
        let mut candidates = Vec::new();
        for (towards, wanted) in [(Towards::Outgoing, outgoing), (Towards::Incoming, incoming)] {
            for edge in petgraph.edges_directed(at, towards) {
                let kind = edge.weight().kind;
                if !(wanted || kind.is_symmetric()) || !(pattern.kinds.is_empty() || pattern.kinds.contains(&kind)) {
                    continue;
                }
                let other = if edge.source() == at { edge.target() } else { edge.source() };
                candidates.push((edge.id(), other));
            }
        }
        for (edge, other) in candidates {
            if self.bound_edges.contains(&Some(edge)) || !self.node_fits(to, other) {
                continue;
            }
            self.bound_edges[e] = Some(edge);
            self.bound_nodes[to] = Some(other);
            self.extend(step_number + 1);
            self.bound_nodes[to] = None;
            self.bound_edges[e] = None;
        }
    }

    fn record(&mut self) {
        let row: Vec<Binding> = self
            .columns
            .iter()
            .map(|slot| match *slot {
                Slot::Node(i) => Binding::Node(self.bound_nodes[i].expect("a full match binds every node")),
                Slot::Edge(i) => Binding::Edge(self.bound_edges[i].expect("a full match binds every edge")),
            })
            .collect();
        for edge in self.bound_edges.iter().flatten() {
            if self.seen_edges.insert(*edge) {
                self.edges_used.push(*edge);
            }
        }
        if self.seen_rows.insert(row.clone()) {
            self.rows.push(row);
        }
    }
}

/// Sorts rows by what they show: node names, and edges by their ends' names and kind.
fn sort_rows(graph: &KnowledgeGraph, rows: &mut [Vec<Binding>]) {
    let petgraph = graph.petgraph();
    let key = |row: &Vec<Binding>| -> Vec<(String, String)> {
        row.iter()
            .map(|binding| match *binding {
                Binding::Node(n) => (petgraph[n].name.clone(), petgraph[n].id.clone()),
                Binding::Edge(e) => {
                    let (s, t) = petgraph.edge_endpoints(e).expect("bindings are edges of the graph");
                    (format!("{}\t{}\t{}", petgraph[s].name, petgraph[e].kind, petgraph[t].name), String::new())
                }
            })
            .collect()
    };
    rows.sort_by_cached_key(key);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{self, edge, node};
    use crate::model::{EdgeKind, NodeKind};

    fn graph() -> KnowledgeGraph {
        use EdgeKind::*;
        let nodes = vec![
            node("p:putin", NodeKind::Person, "Vladimir Putin", &[]),
            node("p:witkoff", NodeKind::Person, "Steve Witkoff", &[]),
            node("p:kushner", NodeKind::Person, "Jared Kushner", &[]),
            node("p:trump", NodeKind::Person, "Donald Trump", &[]),
            node("c:us", NodeKind::Country, "United States", &[]),
        ];
        let edges = vec![
            edge("p:kushner", MetWith, "p:putin"),
            edge("p:putin", MetWith, "p:witkoff"),
            edge("p:kushner", Advises, "p:trump"),
            edge("p:witkoff", Advises, "p:trump"),
            edge("p:witkoff", Represents, "c:us"),
        ];
        fixtures::graph(nodes, edges)
    }

    /// Runs `pattern` and shows each row as `var=name` pairs.
    fn check(pattern: &str, expected: &[&str]) {
        let graph = graph();
        let matches = find(&graph, &pattern.parse().unwrap());
        let petgraph = graph.petgraph();
        let shown: Vec<String> = matches
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&matches.columns)
                    .map(|(binding, var)| match *binding {
                        Binding::Node(n) => format!("{var}={}", petgraph[n].name),
                        Binding::Edge(e) => format!("{var}={}", petgraph[e].kind),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(shown, expected, "{pattern}");
    }

    #[test]
    fn directed_patterns_follow_the_arrow() {
        check(
            r#"(a:person)-[:advises]->(b {name: "trump"})"#,
            &["a=Jared Kushner b=Donald Trump", "a=Steve Witkoff b=Donald Trump"],
        );
        check(
            r#"(b {name: "trump"})<-[:advises]-(a)"#,
            &["b=Donald Trump a=Jared Kushner", "b=Donald Trump a=Steve Witkoff"],
        );
        check(r#"(a {name: "trump"})-[:advises]->(b)"#, &[]);
    }

    #[test]
    fn met_with_matches_either_way_and_undirected_patterns_both_ways() {
        check(
            r#"(a {name: "putin"})-[:met-with]->(b)"#,
            &["a=Vladimir Putin b=Jared Kushner", "a=Vladimir Putin b=Steve Witkoff"],
        );
        check(
            r#"(a {name: "putin"})<-[:met-with]-(b)"#,
            &["a=Vladimir Putin b=Jared Kushner", "a=Vladimir Putin b=Steve Witkoff"],
        );
        check(
            "(a)-[:met-with]-(b)",
            &[
                "a=Jared Kushner b=Vladimir Putin",
                "a=Steve Witkoff b=Vladimir Putin",
                "a=Vladimir Putin b=Jared Kushner",
                "a=Vladimir Putin b=Steve Witkoff",
            ],
        );
    }

    #[test]
    fn multiple_hops_bind_distinct_edges_and_repeated_variables_one_node() {
        check(
            "(a)-[:met-with]-(p {name: \"putin\"})-[:met-with]-(b)-[:advises]->(t)",
            &[
                "a=Jared Kushner p=Vladimir Putin b=Steve Witkoff t=Donald Trump",
                "a=Steve Witkoff p=Vladimir Putin b=Jared Kushner t=Donald Trump",
            ],
        );
        // Going back over the same edge is not a match.
        check(
            "(a {name: \"kushner\"})-[:met-with]-(b)-[:met-with]-(c)",
            &["a=Jared Kushner b=Vladimir Putin c=Steve Witkoff"],
        );
        check("(a)-[:advises]->(t)<-[:advises]-(a)", &[]);
        check(
            "(a)-[:advises]->(t)<-[:advises]-(b)",
            &["a=Jared Kushner t=Donald Trump b=Steve Witkoff", "a=Steve Witkoff t=Donald Trump b=Jared Kushner"],
        );
    }

    #[test]
    fn edge_variables_and_kind_alternatives() {
        check("(a:person)-[r:advises|represents]->(b:country)", &["a=Steve Witkoff r=represents b=United States"]);
        check(
            "(a {id: \"p:witkoff\"})-->(b)",
            &["a=Steve Witkoff b=Donald Trump", "a=Steve Witkoff b=United States", "a=Steve Witkoff b=Vladimir Putin"],
        );
        check("(a {name: \"nobody\"})--(b)", &[]);
    }
}
