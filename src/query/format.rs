//! Rendering answers: an aligned table for people, JSON for scripts, a DOT subgraph to draw.
//!
//! Pure functions from (graph, answer) to text; the binary decides where the text goes.
//!
//! The JSON of every answer is one object with a `question` key (`neighbors`, `path`, `edges`,
//! `node`, `stats`, `match`) and the answer's own keys; nodes appear as `{id, kind, name}`,
//! edges as `{source, source_name, kind, target, target_name, weight, dates}` plus `what` for
//! demands and, with `--evidence`, `evidence` (the SCHEMA §3 evidence entries). Keys may be
//! added later; none will be removed or change meaning.

use std::collections::BTreeSet;
use std::fmt::Write;

use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use serde_json::{Value, json};

use crate::export::dot::{self, DotOptions};
use crate::graph::KnowledgeGraph;

use super::questions::ArticleDates;
use super::{Answer, Binding, Matches, NodeReport, Path, Stats};

/// How an answer is printed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Columns aligned with spaces, one header line.
    #[default]
    Table,
    /// One JSON object (see the module documentation).
    Json,
    /// A Graphviz DOT graph of the nodes and edges the answer involves.
    Dot,
}

/// What to print besides the answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The sentences behind each edge.
    pub evidence: bool,
}

/// Renders an answer to a question asked of `graph`.
pub fn render(graph: &KnowledgeGraph, answer: &Answer, format: Format, options: Options) -> String {
    let printer = Printer { graph, dates: ArticleDates::new(graph), options };
    match format {
        Format::Table => printer.table(answer),
        Format::Json => {
            let mut out = serde_json::to_string_pretty(&printer.json(answer)).expect("JSON values always serialize");
            out.push('\n');
            out
        }
        Format::Dot => subgraph_dot(graph, answer),
    }
}

struct Printer<'g> {
    graph: &'g KnowledgeGraph,
    dates: ArticleDates<'g>,
    options: Options,
}

/// Rows of cells, printed with every column as wide as its widest cell.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(header: &[&str]) -> Table {
        Table { header: header.iter().map(|h| h.to_string()).collect(), rows: Vec::new() }
    }

    fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    fn write(&self, out: &mut String) {
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for row in &self.rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        for row in std::iter::once(&self.header).chain(&self.rows) {
            let mut line = String::new();
            for (i, (cell, width)) in row.iter().zip(&widths).enumerate() {
                if i > 0 {
                    line.push_str("  ");
                }
                let _ = write!(line, "{cell:<width$}");
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
}

impl Printer<'_> {
    fn name(&self, node: NodeIndex) -> &str {
        &self.graph.petgraph()[node].name
    }

    /// `Jared Kushner -[advises]-> Donald Trump`; `met-with` without an arrowhead.
    fn describe_edge(&self, edge: EdgeIndex) -> String {
        let petgraph = self.graph.petgraph();
        let (source, target) = petgraph.edge_endpoints(edge).expect("answers hold edges of their graph");
        let kind = petgraph[edge].kind;
        let arrow = if kind.is_symmetric() { "-" } else { "->" };
        format!("{} -[{kind}]{arrow} {}", self.name(source), self.name(target))
    }

    /// The edge as seen walking from `from`: `-[advises]->`, `<-[advises]-` or `-[met-with]-`.
    fn arrow_from(&self, edge: EdgeIndex, from: NodeIndex) -> String {
        let petgraph = self.graph.petgraph();
        let kind = petgraph[edge].kind;
        let (source, _) = petgraph.edge_endpoints(edge).expect("answers hold edges of their graph");
        match (kind.is_symmetric(), source == from) {
            (true, _) => format!("-[{kind}]-"),
            (false, true) => format!("-[{kind}]->"),
            (false, false) => format!("<-[{kind}]-"),
        }
    }

    /// `2025-12-02`, `2025-11-30..2025-12-02`, or `-`.
    fn date_span(&self, edge: EdgeIndex) -> String {
        let dates = self.dates.of(&self.graph.petgraph()[edge]);
        match (dates.first(), dates.last()) {
            (Some(first), Some(last)) if first == last => first.to_string(),
            (Some(first), Some(last)) => format!("{first}..{last}"),
            _ => "-".to_string(),
        }
    }

    fn table(&self, answer: &Answer) -> String {
        let mut out = String::new();
        let edges = match answer {
            Answer::Neighbors { neighbors, .. } => {
                let mut table = Table::new(&["NAME", "KIND", "DEPTH", "VIA"]);
                for n in neighbors {
                    let via: Vec<String> = n.via.iter().map(|&e| self.describe_edge(e)).collect();
                    let node = &self.graph.petgraph()[n.node];
                    table.push(vec![node.name.clone(), node.kind.to_string(), n.depth.to_string(), via.join("; ")]);
                }
                table.write(&mut out);
                neighbors.iter().flat_map(|n| n.via.iter().copied()).collect()
            }
            Answer::Paths(paths) => {
                let mut table = Table::new(&["PATH", "STEP", "FROM", "EDGE", "TO"]);
                for (number, path) in paths.iter().enumerate() {
                    for (step, (pair, hop)) in path.nodes.windows(2).zip(&path.hops).enumerate() {
                        let arrows: Vec<String> = hop.iter().map(|&e| self.arrow_from(e, pair[0])).collect();
                        table.push(vec![
                            (number + 1).to_string(),
                            (step + 1).to_string(),
                            self.name(pair[0]).to_string(),
                            arrows.join(" "),
                            self.name(pair[1]).to_string(),
                        ]);
                    }
                }
                table.write(&mut out);
                paths.iter().flat_map(|p| p.hops.iter().flatten().copied()).collect()
            }
            Answer::Edges(edges) => {
                let mut table = Table::new(&["SOURCE", "KIND", "TARGET", "WEIGHT", "DATES", "WHAT"]);
                let petgraph = self.graph.petgraph();
                for &e in edges {
                    let (source, target) = petgraph.edge_endpoints(e).expect("answers hold edges of their graph");
                    let edge = &petgraph[e];
                    table.push(vec![
                        self.name(source).to_string(),
                        edge.kind.to_string(),
                        self.name(target).to_string(),
                        edge.weight.to_string(),
                        self.date_span(e),
                        edge.what.clone().unwrap_or_default(),
                    ]);
                }
                table.write(&mut out);
                edges.clone()
            }
            Answer::Node(report) => {
                self.node_table(report, &mut out);
                report.roles.clone()
            }
            Answer::Stats(stats) => {
                self.stats_table(stats, &mut out);
                Vec::new()
            }
            Answer::Match(matches) => {
                let header: Vec<&str> = matches.columns.iter().map(String::as_str).collect();
                let mut table = Table::new(&header);
                for row in &matches.rows {
                    table.push(
                        row.iter()
                            .map(|binding| match *binding {
                                Binding::Node(n) => self.name(n).to_string(),
                                Binding::Edge(e) => self.graph.petgraph()[e].kind.to_string(),
                            })
                            .collect(),
                    );
                }
                table.write(&mut out);
                matches.edges.clone()
            }
        };
        if self.options.evidence {
            self.evidence_block(&edges, &mut out);
        }
        out
    }

    /// Each edge once, in answer order, with its sentences.
    fn evidence_block(&self, edges: &[EdgeIndex], out: &mut String) {
        let mut seen = BTreeSet::new();
        out.push_str("\nEVIDENCE\n");
        for &e in edges {
            if !seen.insert(e) {
                continue;
            }
            let _ = writeln!(out, "{}", self.describe_edge(e));
            for evidence in &self.graph.petgraph()[e].evidence {
                let _ = writeln!(out, "  {evidence}");
            }
        }
    }

    fn node_table(&self, report: &NodeReport, out: &mut String) {
        let petgraph = self.graph.petgraph();
        let node = &petgraph[report.node];
        let mut table = Table::new(&["FIELD", "VALUE"]);
        let mut field = |name: &str, values: Vec<String>| {
            for (i, value) in values.into_iter().enumerate() {
                table.push(vec![if i == 0 { name.to_string() } else { String::new() }, value]);
            }
        };
        field("id", vec![node.id.clone()]);
        field("kind", vec![node.kind.to_string()]);
        field("name", vec![node.name.clone()]);
        field("aliases", node.aliases.iter().cloned().collect());
        field("mentions", vec![node.mentions.to_string()]);
        field("iso3", node.iso3.iter().cloned().collect());
        field("title", node.title.iter().cloned().collect());
        let country = node.country.as_ref().map(|id| self.graph.node(id).map_or(id.clone(), |c| c.name.clone()));
        field("country", country.into_iter().collect());
        let roles: Vec<String> = report
            .roles
            .iter()
            .map(|&e| {
                let (holder, role) = petgraph.edge_endpoints(e).expect("answers hold edges of their graph");
                let other = if holder == report.node { role } else { holder };
                let former = if petgraph[e].former { " (former)" } else { "" };
                format!("{}{former}", self.name(other))
            })
            .collect();
        field(if node.kind == crate::model::NodeKind::Role { "holders" } else { "roles" }, roles);
        let degree: Vec<String> = report
            .degree
            .iter()
            .map(|(kind, (out, into))| {
                if kind.is_symmetric() {
                    format!("{kind} {}", out + into)
                } else {
                    format!("{kind} {} ({out} out, {into} in)", out + into)
                }
            })
            .collect();
        field("edges", degree);
        let articles: Vec<String> = report
            .articles
            .iter()
            .map(|id| match self.graph.articles().find(|a| &a.id == id).and_then(|a| a.date.as_deref()) {
                Some(date) => format!("{id} ({date})"),
                None => id.clone(),
            })
            .collect();
        field("articles", articles);
        table.write(out);
    }

    fn stats_table(&self, stats: &Stats, out: &mut String) {
        let mut counts = Table::new(&["COUNT", "OF"]);
        counts.push(vec![stats.articles.to_string(), "articles".into()]);
        counts.push(vec![stats.nodes.values().sum::<usize>().to_string(), "nodes".into()]);
        for (kind, n) in &stats.nodes {
            counts.push(vec![n.to_string(), format!("  {kind}")]);
        }
        counts.push(vec![stats.edges.values().sum::<usize>().to_string(), "edges".into()]);
        for (kind, n) in &stats.edges {
            counts.push(vec![n.to_string(), format!("  {kind}")]);
        }
        counts.write(out);
        for (title, list) in
            [("MOST CONNECTED PEOPLE", &stats.top_people), ("MOST CONNECTED COUNTRIES", &stats.top_countries)]
        {
            out.push('\n');
            let mut table = Table::new(&[title, "EDGES"]);
            for &(node, degree) in list {
                table.push(vec![self.name(node).to_string(), degree.to_string()]);
            }
            table.write(out);
        }
    }

    fn node_json(&self, node: NodeIndex) -> Value {
        let node = &self.graph.petgraph()[node];
        json!({"id": node.id, "kind": node.kind, "name": node.name})
    }

    fn edge_json(&self, e: EdgeIndex) -> Value {
        let petgraph = self.graph.petgraph();
        let (source, target) = petgraph.edge_endpoints(e).expect("answers hold edges of their graph");
        let edge = &petgraph[e];
        let mut value = json!({
            "source": petgraph[source].id,
            "source_name": petgraph[source].name,
            "kind": edge.kind,
            "target": petgraph[target].id,
            "target_name": petgraph[target].name,
            "weight": edge.weight,
            "dates": self.dates.of(edge),
        });
        if let Some(what) = &edge.what {
            value["what"] = json!(what);
        }
        if self.options.evidence {
            value["evidence"] = json!(edge.evidence);
        }
        value
    }

    fn path_json(&self, path: &Path) -> Value {
        let hops: Vec<Value> = path
            .nodes
            .windows(2)
            .zip(&path.hops)
            .map(|(pair, hop)| {
                let edges: Vec<Value> = hop.iter().map(|&e| self.edge_json(e)).collect();
                json!({"from": self.graph.petgraph()[pair[0]].id, "to": self.graph.petgraph()[pair[1]].id, "edges": edges})
            })
            .collect();
        let nodes: Vec<Value> = path.nodes.iter().map(|&n| self.node_json(n)).collect();
        json!({"length": path.hops.len(), "nodes": nodes, "hops": hops})
    }

    fn json(&self, answer: &Answer) -> Value {
        match answer {
            Answer::Neighbors { center, neighbors } => {
                let neighbors: Vec<Value> = neighbors
                    .iter()
                    .map(|n| {
                        let via: Vec<Value> = n.via.iter().map(|&e| self.edge_json(e)).collect();
                        json!({"node": self.node_json(n.node), "depth": n.depth, "via": via})
                    })
                    .collect();
                json!({"question": "neighbors", "node": self.node_json(*center), "neighbors": neighbors})
            }
            Answer::Paths(paths) => {
                let paths: Vec<Value> = paths.iter().map(|p| self.path_json(p)).collect();
                json!({"question": "path", "paths": paths})
            }
            Answer::Edges(edges) => {
                let edges: Vec<Value> = edges.iter().map(|&e| self.edge_json(e)).collect();
                json!({"question": "edges", "edges": edges})
            }
            Answer::Node(report) => self.node_report_json(report),
            Answer::Stats(stats) => {
                let top = |list: &[(NodeIndex, usize)]| -> Vec<Value> {
                    list.iter()
                        .map(|&(n, degree)| {
                            let mut value = self.node_json(n);
                            value["edges"] = json!(degree);
                            value
                        })
                        .collect()
                };
                json!({
                    "question": "stats",
                    "articles": stats.articles,
                    "nodes": {"total": stats.nodes.values().sum::<usize>(), "by_kind": stats.nodes},
                    "edges": {"total": stats.edges.values().sum::<usize>(), "by_kind": stats.edges},
                    "top_people": top(&stats.top_people),
                    "top_countries": top(&stats.top_countries),
                })
            }
            Answer::Match(matches) => self.matches_json(matches),
        }
    }

    fn node_report_json(&self, report: &NodeReport) -> Value {
        let node = &self.graph.petgraph()[report.node];
        let degree: serde_json::Map<String, Value> = report
            .degree
            .iter()
            .map(|(kind, (out, into))| (kind.to_string(), json!({"out": out, "in": into, "total": out + into})))
            .collect();
        let articles: Vec<Value> = report
            .articles
            .iter()
            .map(|id| match self.graph.articles().find(|a| &a.id == id) {
                Some(meta) => json!(meta),
                None => json!({"id": id}),
            })
            .collect();
        let roles: Vec<Value> = report.roles.iter().map(|&e| self.edge_json(e)).collect();
        json!({
            "question": "node",
            "node": {
                "id": node.id, "kind": node.kind, "name": node.name, "aliases": node.aliases,
                "mentions": node.mentions, "iso3": node.iso3, "title": node.title, "country": node.country,
            },
            "roles": roles,
            "degree": degree,
            "articles": articles,
        })
    }

    fn matches_json(&self, matches: &Matches) -> Value {
        let rows: Vec<Value> = matches
            .rows
            .iter()
            .map(|row| {
                let object: serde_json::Map<String, Value> = matches
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(var, binding)| {
                        let value = match *binding {
                            Binding::Node(n) => self.node_json(n),
                            Binding::Edge(e) => self.edge_json(e),
                        };
                        (var.clone(), value)
                    })
                    .collect();
                Value::Object(object)
            })
            .collect();
        let mut value = json!({"question": "match", "columns": matches.columns, "rows": rows});
        if self.options.evidence {
            value["edges"] = matches.edges.iter().map(|&e| self.edge_json(e)).collect();
        }
        value
    }
}

/// The nodes and edges an answer involves, drawn with the graph's own DOT exporter.
fn subgraph_dot(graph: &KnowledgeGraph, answer: &Answer) -> String {
    let petgraph = graph.petgraph();
    let mut nodes: BTreeSet<NodeIndex> = BTreeSet::new();
    let mut edges: Vec<EdgeIndex> = Vec::new();
    match answer {
        Answer::Neighbors { center, neighbors } => {
            nodes.insert(*center);
            for n in neighbors {
                nodes.insert(n.node);
                edges.extend(&n.via);
            }
        }
        Answer::Paths(paths) => {
            for path in paths {
                nodes.extend(&path.nodes);
                edges.extend(path.hops.iter().flatten());
            }
        }
        Answer::Edges(found) => edges.extend(found),
        Answer::Node(report) => {
            nodes.insert(report.node);
            for towards in [petgraph::Direction::Outgoing, petgraph::Direction::Incoming] {
                edges.extend(petgraph.edges_directed(report.node, towards).map(|e| e.id()));
            }
        }
        Answer::Stats(stats) => {
            nodes.extend(stats.top_people.iter().chain(&stats.top_countries).map(|&(n, _)| n));
            for &node in &nodes {
                edges.extend(
                    petgraph
                        .edges_directed(node, petgraph::Direction::Outgoing)
                        .filter(|e| nodes.contains(&e.target()))
                        .map(|e| e.id()),
                );
            }
        }
        Answer::Match(matches) => {
            for binding in matches.rows.iter().flatten() {
                if let Binding::Node(n) = binding {
                    nodes.insert(*n);
                }
            }
            edges.extend(&matches.edges);
        }
    }
    edges.sort();
    edges.dedup();
    let mut parts = Vec::with_capacity(edges.len());
    for &e in &edges {
        let (source, target) = petgraph.edge_endpoints(e).expect("answers hold edges of their graph");
        nodes.insert(source);
        nodes.insert(target);
        parts.push((petgraph[source].id.clone(), petgraph[target].id.clone(), petgraph[e].clone()));
    }
    let subgraph = KnowledgeGraph::from_parts(Vec::new(), nodes.iter().map(|&n| petgraph[n].clone()).collect(), parts)
        .expect("a subgraph of a graph is a graph");
    dot::render(&subgraph, &DotOptions::default())
}
