//! The merged knowledge graph: one node per entity across all articles, one edge per
//! (source, kind, target) with all of its evidence.
//!
//! A graph is a pure function of the set of per-article [`Extraction`]s it is built from, and
//! it keeps enough of them (each node's per-article `sources`, each edge's evidence) to give
//! them back: merging two graphs is building one graph from both sets. That makes merging
//! associative, commutative and idempotent, and makes node ids independent of input order.
//!
//! **`graph` never sees raw text**: it works on extractions only.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use serde::{Deserialize, Serialize};

use crate::model::{ArticleMeta, EdgeKind, Entity, Evidence, Extraction, NodeKind, Relation, person_key, slug};

/// What one article said about a node.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NodeSource {
    /// The article's id.
    pub article: String,
    /// The name the article gave the entity (its fullest form there).
    pub name: String,
    /// The other forms the article used.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub aliases: BTreeSet<String>,
    /// How often the article mentioned it.
    #[serde(default)]
    pub mentions: usize,
}

/// A node of the graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// Stable id: `person:vladimir-putin`, `country:russia`, `role:president@russia`.
    pub id: String,
    /// Kind of entity.
    pub kind: NodeKind,
    /// Canonical name.
    pub name: String,
    /// Every other surface form resolved to this node.
    pub aliases: BTreeSet<String>,
    /// Mentions over all articles.
    pub mentions: usize,
    /// ISO 3166 alpha-3 code, for countries.
    pub iso3: Option<String>,
    /// Canonical title, for roles.
    pub title: Option<String>,
    /// Id of the country a role belongs to.
    pub country: Option<String>,
    /// What each article said about it, sorted by article.
    pub sources: Vec<NodeSource>,
}

/// An edge of the graph: every sentence that supports one (source, kind, target).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edge {
    /// Kind of relation.
    pub kind: EdgeKind,
    /// Number of evidence sentences.
    pub weight: usize,
    /// For `demands`: the distinct demanded things, joined by "; ".
    pub what: Option<String>,
    /// For `holds-role`: every sentence speaks of a past office.
    pub former: bool,
    /// Evidence, sorted by article, sentence and rule.
    pub evidence: Vec<Evidence>,
}

/// Why two names became one node across articles (for `--explain`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MergeNote {
    /// Id of the node.
    pub node: String,
    /// What was decided and why.
    pub reason: String,
}

/// An article id that came with two different sets of facts; the greater set was kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The article id.
    pub article: String,
}

/// The merged graph.
#[derive(Clone, Debug, Default)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<Node, Edge>,
    index: HashMap<String, NodeIndex>,
    articles: BTreeMap<String, ArticleMeta>,
    merge_notes: Vec<MergeNote>,
}

impl KnowledgeGraph {
    /// Builds the graph of a set of extractions. Order does not matter. When two extractions
    /// share an article id, the one that compares greater is kept and the id is reported.
    pub fn build(extractions: impl IntoIterator<Item = Extraction>) -> (KnowledgeGraph, Vec<Conflict>) {
        let mut by_article: BTreeMap<String, Extraction> = BTreeMap::new();
        let mut conflicts = Vec::new();
        for extraction in extractions {
            let id = extraction.article.id.clone();
            match by_article.get(&id) {
                Some(existing) if *existing == extraction => {}
                Some(existing) => {
                    conflicts.push(Conflict { article: id.clone() });
                    if fingerprint(&extraction) > fingerprint(existing) {
                        by_article.insert(id, extraction);
                    }
                }
                None => {
                    by_article.insert(id, extraction);
                }
            }
        }
        conflicts.sort_by(|a, b| a.article.cmp(&b.article));
        conflicts.dedup();
        (build_from(by_article), conflicts)
    }

    /// Merges graphs: the graph of all their articles.
    pub fn merge<'g>(graphs: impl IntoIterator<Item = &'g KnowledgeGraph>) -> (KnowledgeGraph, Vec<Conflict>) {
        KnowledgeGraph::build(graphs.into_iter().flat_map(|g| g.extractions()))
    }

    /// The per-article facts the graph was built from.
    pub fn extractions(&self) -> Vec<Extraction> {
        let mut by_article: BTreeMap<&str, Extraction> = self
            .articles
            .values()
            .map(|meta| (meta.id.as_str(), Extraction { article: meta.clone(), ..Extraction::default() }))
            .collect();
        // Local key of each node in each article.
        let mut local: HashMap<(NodeIndex, &str), String> = HashMap::new();
        for index in self.node_indices() {
            let node = &self.graph[index];
            for source in &node.sources {
                let key = match node.kind {
                    NodeKind::Person => person_key(&source.name),
                    _ => node.id.clone(),
                };
                local.insert((index, source.article.as_str()), key.clone());
                let Some(extraction) = by_article.get_mut(source.article.as_str()) else { continue };
                extraction.entities.push(Entity {
                    key,
                    kind: node.kind,
                    name: source.name.clone(),
                    aliases: source.aliases.clone(),
                    mentions: source.mentions,
                    iso3: node.iso3.clone(),
                    title: node.title.clone(),
                    country: node.country.clone(),
                });
            }
        }
        for edge in self.graph.edge_references() {
            for evidence in &edge.weight().evidence {
                let article = evidence.article.as_str();
                let (Some(source), Some(target)) =
                    (local.get(&(edge.source(), article)), local.get(&(edge.target(), article)))
                else {
                    continue;
                };
                let Some(extraction) = by_article.get_mut(article) else { continue };
                let kind = edge.weight().kind;
                // Symmetric relations are stored smaller local key first, as the extractor does.
                let (source, target) =
                    if kind.is_symmetric() && target < source { (target, source) } else { (source, target) };
                extraction.relations.push(Relation {
                    source: source.clone(),
                    kind,
                    target: target.clone(),
                    evidence: evidence.clone(),
                });
            }
        }
        by_article
            .into_values()
            .map(|mut e| {
                e.entities.sort_by(|a, b| a.key.cmp(&b.key));
                e.relations.sort_by(relation_order);
                e
            })
            .collect()
    }

    /// Assembles a graph from nodes and edges as they were written (see [`crate::wire`]).
    /// Edges whose ends are unknown are returned as errors by the caller's validation.
    pub fn from_parts(
        articles: Vec<ArticleMeta>,
        nodes: Vec<Node>,
        edges: Vec<(String, String, Edge)>,
    ) -> Result<KnowledgeGraph, String> {
        // Sized up front: a graph read from a file can hold a million edges, and growing the
        // petgraph vectors and the index by doubling would copy them over and over.
        let mut graph = KnowledgeGraph {
            graph: StableDiGraph::with_capacity(nodes.len(), edges.len()),
            index: HashMap::with_capacity(nodes.len()),
            ..KnowledgeGraph::default()
        };
        for meta in articles {
            graph.articles.insert(meta.id.clone(), meta);
        }
        for node in nodes {
            if graph.index.contains_key(&node.id) {
                return Err(format!("node id {:?} appears twice", node.id));
            }
            let id = node.id.clone();
            let index = graph.graph.add_node(node);
            graph.index.insert(id, index);
        }
        for (source, target, edge) in edges {
            let s = *graph.index.get(&source).ok_or_else(|| format!("edge source {source:?} is not a node"))?;
            let t = *graph.index.get(&target).ok_or_else(|| format!("edge target {target:?} is not a node"))?;
            graph.graph.add_edge(s, t, edge);
        }
        Ok(graph)
    }

    /// Articles the graph was built from, sorted by id.
    pub fn articles(&self) -> impl Iterator<Item = &ArticleMeta> {
        self.articles.values()
    }

    /// Number of articles.
    pub fn article_count(&self) -> usize {
        self.articles.len()
    }

    /// Node indices in id order.
    pub fn node_indices(&self) -> Vec<NodeIndex> {
        let mut indices: Vec<NodeIndex> = self.graph.node_indices().collect();
        indices.sort_by(|a, b| self.graph[*a].id.cmp(&self.graph[*b].id));
        indices
    }

    /// Nodes in id order.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.node_indices().into_iter().map(move |i| &self.graph[i])
    }

    /// Edges as (source node, target node, edge), ordered by source id, kind and target id.
    pub fn edges(&self) -> Vec<(&Node, &Node, &Edge)> {
        let mut edges: Vec<(&Node, &Node, &Edge)> = self
            .graph
            .edge_references()
            .map(|e| (&self.graph[e.source()], &self.graph[e.target()], e.weight()))
            .collect();
        edges.sort_by(|a, b| (&a.0.id, a.2.kind, &a.1.id).cmp(&(&b.0.id, b.2.kind, &b.1.id)));
        edges
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.graph[i])
    }

    /// The petgraph index of the node with this id.
    pub fn index_of(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// The underlying petgraph graph, for algorithms (read-only).
    pub fn petgraph(&self) -> &StableDiGraph<Node, Edge> {
        &self.graph
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Why names were merged (or not) across articles.
    pub fn merge_notes(&self) -> &[MergeNote] {
        &self.merge_notes
    }
}

fn relation_order(a: &Relation, b: &Relation) -> std::cmp::Ordering {
    (&a.source, a.kind, &a.target, &a.evidence).cmp(&(&b.source, b.kind, &b.target, &b.evidence))
}

/// A total order on extractions for choosing between two versions of one article.
fn fingerprint(e: &Extraction) -> String {
    let mut out = String::new();
    for entity in &e.entities {
        out.push_str(&format!("{entity:?}"));
    }
    for relation in &e.relations {
        out.push_str(&format!("{relation:?}"));
    }
    out
}

/// All atoms of one person key, as seen by cross-article resolution.
struct PersonGroup<'a> {
    key: &'a String,
    words: Vec<String>,
    /// One-word forms any article used for this person ("Xi").
    one_word_forms: BTreeSet<String>,
    articles: BTreeSet<&'a str>,
}

/// One entity as one article knows it, before merging.
struct Atom<'e> {
    article: &'e str,
    entity: &'e Entity,
}

fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace().map(slug).filter(|w| !w.is_empty()).collect()
}

/// Whether the short name `short` can name the person called `full` elsewhere: its surname,
/// a tail of the full name ("Manuel Barroso" of "Jose Manuel Barroso"), or a one-word form
/// some article used for that person ("Xi" of "Xi Jinping").
fn is_short_form(short: &[String], full: &[String], full_aliases: &BTreeSet<String>) -> bool {
    if short.is_empty() || short.len() >= full.len() {
        return false;
    }
    if full.ends_with(short) {
        return true;
    }
    short.len() == 1 && full_aliases.contains(&short[0])
}

fn build_from(by_article: BTreeMap<String, Extraction>) -> KnowledgeGraph {
    let mut atoms_by_key: BTreeMap<String, Vec<Atom<'_>>> = BTreeMap::new();
    for extraction in by_article.values() {
        for entity in &extraction.entities {
            atoms_by_key.entry(entity.key.clone()).or_default().push(Atom { article: &extraction.article.id, entity });
        }
    }
    // Persons: a short name joins the one fuller name it can be a form of, unless an article
    // used both (then that article saw two persons).
    let mut target_of: BTreeMap<String, String> = BTreeMap::new();
    let mut notes = Vec::new();
    let persons: Vec<PersonGroup<'_>> = atoms_by_key
        .iter()
        .filter(|(_, atoms)| atoms[0].entity.kind == NodeKind::Person)
        .map(|(key, atoms)| {
            let mut one_word_forms = BTreeSet::new();
            for atom in atoms {
                for alias in &atom.entity.aliases {
                    if let [word] = name_words(alias).as_slice() {
                        one_word_forms.insert(word.clone());
                    }
                }
            }
            PersonGroup {
                key,
                words: name_words(&atoms[0].entity.name),
                one_word_forms,
                articles: atoms.iter().map(|a| a.article).collect(),
            }
        })
        .collect();
    for group in &persons {
        let key = group.key;
        let candidates: Vec<&PersonGroup<'_>> = persons
            .iter()
            .filter(|full| full.key != key && is_short_form(&group.words, &full.words, &full.one_word_forms))
            .collect();
        match candidates.as_slice() {
            [] => {}
            [full] => {
                let full_key = full.key;
                if group.articles.is_disjoint(&full.articles) {
                    target_of.insert(key.clone(), full_key.clone());
                    notes.push((
                        full_key.clone(),
                        format!("{key} is a shorter form of {full_key}, the only fuller name it fits"),
                    ));
                } else {
                    notes.push((key.clone(), format!("{key} kept apart from {full_key}: an article names both")));
                }
            }
            many => {
                let names: Vec<&str> = many.iter().map(|c| c.key.as_str()).collect();
                notes.push((
                    key.clone(),
                    format!("{key} kept apart: it fits {} persons ({})", names.len(), names.join(", ")),
                ));
            }
        }
    }
    // Resolve chains (a → b → c) to their end.
    let resolve = |key: &str| -> String {
        let mut current = key.to_string();
        let mut steps = 0;
        while let Some(next) = target_of.get(&current) {
            current = next.clone();
            steps += 1;
            if steps > 16 {
                break;
            }
        }
        current
    };
    let mut groups: BTreeMap<String, Vec<&Atom<'_>>> = BTreeMap::new();
    for (key, atoms) in &atoms_by_key {
        let group = if atoms[0].entity.kind == NodeKind::Person { resolve(key) } else { key.clone() };
        groups.entry(group).or_default().extend(atoms.iter());
    }
    let mut graph = KnowledgeGraph {
        articles: by_article.values().map(|e| (e.article.id.clone(), e.article.clone())).collect(),
        ..KnowledgeGraph::default()
    };
    let mut node_of_key: HashMap<String, String> = HashMap::new();
    for (group_key, atoms) in &groups {
        let node = merge_atoms(atoms);
        for atom in atoms {
            node_of_key.insert(atom.entity.key.clone(), node.id.clone());
        }
        let _ = group_key;
        let id = node.id.clone();
        let index = graph.graph.add_node(node);
        graph.index.insert(id, index);
    }
    for (node, reason) in notes {
        let node = node_of_key.get(&node).cloned().unwrap_or(node);
        graph.merge_notes.push(MergeNote { node, reason });
    }
    graph.merge_notes.sort();
    // Edges: one per (source, kind, target).
    let mut edges: BTreeMap<(String, EdgeKind, String), Vec<Evidence>> = BTreeMap::new();
    for extraction in by_article.values() {
        for relation in &extraction.relations {
            let (Some(source), Some(target)) = (node_of_key.get(&relation.source), node_of_key.get(&relation.target))
            else {
                continue;
            };
            if source == target {
                continue;
            }
            let (source, target) =
                if relation.kind.is_symmetric() && target < source { (target, source) } else { (source, target) };
            edges.entry((source.clone(), relation.kind, target.clone())).or_default().push(relation.evidence.clone());
        }
    }
    for ((source, kind, target), mut evidence) in edges {
        evidence.sort();
        evidence.dedup();
        let mut whats: Vec<&str> = Vec::new();
        for e in &evidence {
            if let Some(w) = e.what.as_deref()
                && !whats.contains(&w)
            {
                whats.push(w);
            }
        }
        let what = (!whats.is_empty()).then(|| whats.join("; "));
        let former = kind == EdgeKind::HoldsRole && evidence.iter().all(|e| e.former);
        let edge = Edge { kind, weight: evidence.len(), what, former, evidence };
        graph.graph.add_edge(graph.index[&source], graph.index[&target], edge);
    }
    graph
}

/// One node from the atoms of a group: the fullest name, every other form as an alias.
fn merge_atoms(atoms: &[&Atom<'_>]) -> Node {
    let first = atoms[0].entity;
    let name = if first.kind == NodeKind::Person {
        let mut names: BTreeMap<&str, usize> = BTreeMap::new();
        for atom in atoms {
            *names.entry(atom.entity.name.as_str()).or_default() += atom.entity.mentions.max(1);
        }
        names
            .iter()
            .max_by(|a, b| (name_words(a.0).len(), a.1).cmp(&(name_words(b.0).len(), b.1)).then_with(|| b.0.cmp(a.0)))
            .map(|(n, _)| n.to_string())
            .unwrap_or_default()
    } else {
        first.name.clone()
    };
    let id = if first.kind == NodeKind::Person { person_key(&name) } else { first.key.clone() };
    let mut aliases = BTreeSet::new();
    let mut mentions = 0;
    let mut sources = Vec::new();
    for atom in atoms {
        let e = atom.entity;
        mentions += e.mentions;
        aliases.insert(e.name.clone());
        aliases.extend(e.aliases.iter().cloned());
        sources.push(NodeSource {
            article: atom.article.to_string(),
            name: e.name.clone(),
            aliases: e.aliases.clone(),
            mentions: e.mentions,
        });
    }
    aliases.remove(&name);
    sources.sort();
    Node {
        id,
        kind: first.kind,
        name,
        aliases,
        mentions,
        iso3: atoms.iter().find_map(|a| a.entity.iso3.clone()),
        title: atoms.iter().find_map(|a| a.entity.title.clone()),
        country: atoms.iter().find_map(|a| a.entity.country.clone()),
        sources,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::lexicon::Lexicon;
    use crate::model::Article;

    fn graph_of(articles: &[(&str, &str)]) -> KnowledgeGraph {
        let lexicon = Lexicon::builtin();
        let extractor = Extractor::new(&lexicon);
        let extractions = articles.iter().map(|(id, text)| extractor.extract(&Article::new(*id, *text)));
        KnowledgeGraph::build(extractions).0
    }

    fn persons(graph: &KnowledgeGraph) -> Vec<String> {
        graph.nodes().filter(|n| n.kind == NodeKind::Person).map(|n| n.id.clone()).collect()
    }

    #[test]
    fn a_surname_joins_the_one_full_name_it_fits() {
        let graph = graph_of(&[
            ("a.txt", "Russian President Vladimir Putin met envoys in Moscow."),
            ("b.txt", "President Putin said on Friday that talks would continue."),
        ]);
        assert_eq!(persons(&graph), ["person:vladimir-putin"]);
        let putin = graph.node("person:vladimir-putin").unwrap();
        assert_eq!(putin.sources.len(), 2);
        assert!(putin.aliases.contains("Putin"));
        assert!(
            graph.merge_notes().iter().any(|n| n.node == "person:vladimir-putin" && n.reason.contains("shorter form"))
        );
    }

    #[test]
    fn people_who_share_a_surname_stay_apart() {
        let graph = graph_of(&[
            ("a.txt", "Former President George Bush spoke in Texas."),
            ("b.txt", "Former President George W. Bush spoke in Dallas."),
            ("c.txt", "President Bush said the war would go on."),
            ("d.txt", "North Korean leader Kim Jong Un inspected a missile."),
            ("e.txt", "North Korean leader Kim Jong Il inspected a factory."),
        ]);
        let ids = persons(&graph);
        for id in
            ["person:george-bush", "person:george-w-bush", "person:bush", "person:kim-jong-un", "person:kim-jong-il"]
        {
            assert!(ids.iter().any(|i| i == id), "{id} missing from {ids:?}");
        }
        let note = graph.merge_notes().iter().find(|n| n.node == "person:bush").expect("a note on Bush");
        assert!(note.reason.contains("fits 2 persons"), "{}", note.reason);
    }

    #[test]
    fn graphs_give_back_the_extractions_they_were_built_from() {
        let graph = graph_of(&[
            ("a.txt", "Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow."),
            ("b.txt", "Putin later met Chinese President Xi Jinping in Beijing."),
        ]);
        let (again, conflicts) = KnowledgeGraph::build(graph.extractions());
        assert!(conflicts.is_empty());
        assert_eq!(crate::wire::to_json(&again), crate::wire::to_json(&graph));
        let (merged, conflicts) = KnowledgeGraph::merge([&graph, &graph]);
        assert!(conflicts.is_empty());
        assert_eq!(crate::wire::to_json(&merged), crate::wire::to_json(&graph));
    }
}
