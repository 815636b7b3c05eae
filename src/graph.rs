//! The merged knowledge graph: one node per entity across all articles, one edge per
//! (source, kind, target) with all of its evidence.
//!
//! A graph is a pure function of the set of per-article [`Extraction`]s it is built from, and
//! it keeps enough of them (each node's per-article `sources`, each edge's evidence) to give
//! them back: merging two graphs is building one graph from both sets. That makes merging
//! associative, commutative and idempotent, and makes node ids independent of input order.
//!
//! **`graph` never sees raw text**: it works on extractions only.

use std::collections::{BTreeMap, BTreeSet};

// Maps keyed by names and ids from the articles: foldhash, seeded per process, is much faster
// than SipHash on short strings and still cannot be made to collide by the articles.
use foldhash::{HashMap, HashMapExt, HashSet};

use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use serde::{Deserialize, Serialize};

use crate::model::{
    ArticleMeta, EdgeKind, Entity, Evidence, Extraction, NodeKind, Relation, person_key, push_slug, slug,
};

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
                Some(existing) if same_facts(existing, &extraction) => {}
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
        let mut graph = KnowledgeGraph::from_nodes(nodes, edges.len())?;
        graph.insert_articles(articles);
        for (source, target, edge) in edges {
            let s = graph.index_of(&source).ok_or_else(|| format!("edge source {source:?} is not a node"))?;
            let t = graph.index_of(&target).ok_or_else(|| format!("edge target {target:?} is not a node"))?;
            graph.add_edge_between(s, t, edge);
        }
        Ok(graph)
    }

    /// A graph of these nodes, node `i` at index `i`, and no edge yet, with room for `edges`
    /// edges: the first step of [`KnowledgeGraph::from_parts`], for readers that resolve edge
    /// ends themselves (the parallel reader of [`crate::wire`]). Fails when a node id appears
    /// twice.
    pub(crate) fn from_nodes(nodes: Vec<Node>, edges: usize) -> Result<KnowledgeGraph, String> {
        // Sized up front: a graph read from a file can hold a million edges, and growing the
        // petgraph vectors and the index by doubling would copy them over and over.
        let mut graph = KnowledgeGraph {
            graph: StableDiGraph::with_capacity(nodes.len(), edges),
            index: HashMap::with_capacity(nodes.len()),
            ..KnowledgeGraph::default()
        };
        for node in nodes {
            if graph.index.contains_key(&node.id) {
                return Err(format!("node id {:?} appears twice", node.id));
            }
            let id = node.id.clone();
            let index = graph.graph.add_node(node);
            graph.index.insert(id, index);
        }
        Ok(graph)
    }

    /// Adds the articles of a graph being read; a later one of the same id replaces an earlier.
    pub(crate) fn insert_articles(&mut self, articles: Vec<ArticleMeta>) {
        for meta in articles {
            self.articles.insert(meta.id.clone(), meta);
        }
    }

    /// How many edges the graph has room for.
    pub(crate) fn edge_capacity(&self) -> usize {
        self.graph.capacity().1
    }

    /// Makes room for at least `additional` more edges.
    pub(crate) fn reserve_edges(&mut self, additional: usize) {
        self.graph.reserve_exact_edges(additional);
    }

    /// Adds an edge between two nodes of the graph, as read from a file.
    pub(crate) fn add_edge_between(&mut self, source: NodeIndex, target: NodeIndex, edge: Edge) {
        self.graph.add_edge(source, target, edge);
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

/// Whether two extractions hold the same facts: the article, its entities and relations.
/// Notes only explain, and a graph does not keep them.
fn same_facts(a: &Extraction, b: &Extraction) -> bool {
    a.article == b.article && a.entities == b.entities && a.relations == b.relations
}

/// A total order on extractions' facts for choosing between two versions of one article,
/// whatever order they come in: two versions that differ only in their metadata (a date, a
/// title) are told apart too.
fn fingerprint(e: &Extraction) -> String {
    let mut out = format!("{:?}", e.article);
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
    key: &'a str,
    /// The words of its name, numbered ([`NameWords`]).
    words: &'a [u32],
    /// One-word forms any article used for this person ("Xi"), numbered.
    one_word_forms: BTreeSet<u32>,
    /// The articles that name it, sorted (atoms come in article order).
    articles: Vec<&'a str>,
}

/// One entity as one article knows it, before merging.
#[derive(Clone, Copy)]
struct Atom<'e> {
    article: &'e str,
    entity: &'e Entity,
    /// Where the entity is: its article's position among the extractions, and its own in them.
    at: (usize, usize),
}

/// The atoms of all extractions grouped by key, in key order, each key's atoms in article
/// order. One list holds all atoms, key after key, instead of one list per key: no list grows
/// atom by atom.
struct AtomsByKey<'e> {
    /// The distinct keys, sorted.
    keys: Vec<&'e str>,
    /// The atoms of `keys[i]` are `atoms[starts[i]..starts[i + 1]]`.
    starts: Vec<usize>,
    atoms: Vec<Atom<'e>>,
}

impl<'e> AtomsByKey<'e> {
    /// The atoms of all entities of the extractions.
    fn new(by_article: &'e BTreeMap<String, Extraction>) -> AtomsByKey<'e> {
        let entity_count = by_article.values().map(|e| e.entities.len()).sum();
        // Each atom with the position of its key in `keys` (first come, first placed).
        let mut position_of_key: HashMap<&str, usize> = HashMap::with_capacity(entity_count);
        let mut keys: Vec<&str> = Vec::new();
        let mut atoms: Vec<(usize, Atom<'e>)> = Vec::with_capacity(entity_count);
        for (article, extraction) in by_article.values().enumerate() {
            for (entity_at, entity) in extraction.entities.iter().enumerate() {
                let position = *position_of_key.entry(&entity.key).or_insert_with(|| {
                    keys.push(&entity.key);
                    keys.len() - 1
                });
                atoms.push((position, Atom { article: &extraction.article.id, entity, at: (article, entity_at) }));
            }
        }
        drop(position_of_key);
        // Keys in key order (they are distinct), then the atoms by the place of their key in
        // that order.
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_unstable_by_key(|&position| keys[position]);
        let mut place = vec![0; keys.len()];
        for (at, &position) in order.iter().enumerate() {
            place[position] = at;
        }
        for (position, _) in &mut atoms {
            *position = place[*position];
        }
        let (atoms, starts) = bucket_sort(&atoms, keys.len());
        AtomsByKey { keys: order.into_iter().map(|position| keys[position]).collect(), starts, atoms }
    }

    /// Number of keys.
    fn len(&self) -> usize {
        self.keys.len()
    }

    /// The atoms of the `i`-th key, in article order.
    fn atoms(&self, i: usize) -> &[Atom<'e>] {
        &self.atoms[self.starts[i]..self.starts[i + 1]]
    }

    /// The keys with their atoms, in key order.
    fn iter(&self) -> impl Iterator<Item = (&'e str, &[Atom<'e>])> {
        (0..self.len()).map(|i| (self.keys[i], self.atoms(i)))
    }

    /// The place of a key in key order.
    fn position(&self, key: &str) -> Option<usize> {
        self.keys.binary_search(&key).ok()
    }
}

/// Items laid out bucket after bucket, each bucket's in the order they come (a counting sort),
/// from (bucket, item) pairs: the items, and where each of the `buckets` starts among them
/// (and, last, where the last ends). Neither a comparison sort nor one list per bucket.
fn bucket_sort<T: Copy>(items: &[(usize, T)], buckets: usize) -> (Vec<T>, Vec<usize>) {
    let mut starts = vec![0; buckets + 1];
    for &(bucket, _) in items {
        starts[bucket + 1] += 1;
    }
    for bucket in 1..starts.len() {
        starts[bucket] += starts[bucket - 1];
    }
    let Some(&(_, first)) = items.first() else { return (Vec::new(), starts) };
    let mut sorted = vec![first; items.len()];
    let mut next = starts.clone();
    for &(bucket, item) in items {
        sorted[next[bucket]] = item;
        next[bucket] += 1;
    }
    (sorted, starts)
}

/// The nodes to make, worked out from borrowed extractions, so that making them can move the
/// entities' names and aliases out instead of copying them.
struct NodePlan {
    /// The atoms (as [`Atom::at`]) of all nodes, node after node, in node order.
    atoms: Vec<(usize, usize)>,
    /// The atoms of node `g` are `atoms[starts[g]..starts[g + 1]]`.
    starts: Vec<usize>,
    /// Merge notes, on the node (its position in node order) or on a key that made none.
    notes: Vec<(Result<usize, String>, String)>,
    /// For each article, the node (position in node order) of each of its entities.
    nodes_of_articles: Vec<Vec<usize>>,
}

impl NodePlan {
    /// Number of nodes.
    fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// The atoms of node `g`.
    fn atoms(&self, g: usize) -> &[(usize, usize)] {
        &self.atoms[self.starts[g]..self.starts[g + 1]]
    }
}

/// The words of a name, slugged, without the words that slug to nothing: what [`NameWords`]
/// numbers and [`name_word_count`] counts, made plainly (for tests).
#[cfg(test)]
fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_raw_word(name, |word| {
        let word = slug(word);
        if !word.is_empty() {
            words.push(word);
        }
    });
    words
}

/// Calls `f` with each whitespace-separated word of `name`.
fn for_each_raw_word<'n>(name: &'n str, mut f: impl FnMut(&'n str)) {
    if !name.is_ascii() {
        name.split_whitespace().for_each(f);
        return;
    }
    // perf: ASCII whitespace is what `split_whitespace` splits ASCII text at; split bytes, not
    // decoded characters.
    let mut start = 0;
    for (at, byte) in name.bytes().enumerate() {
        if matches!(byte, b'\t'..=b'\r' | b' ') {
            if start < at {
                f(&name[start..at]);
            }
            start = at + 1;
        }
    }
    if start < name.len() {
        f(&name[start..]);
    }
}

/// `name_words(name).len()`, without making the words: an ASCII word has a slug when it has a
/// letter or digit.
fn name_word_count(name: &str) -> usize {
    if name.is_ascii() {
        // perf: one pass over the bytes, a word counted at its first letter or digit; ASCII
        // whitespace is what `split_whitespace` splits ASCII text at.
        let (mut count, mut counted) = (0, false);
        for &byte in name.as_bytes() {
            if matches!(byte, b'\t'..=b'\r' | b' ') {
                counted = false;
            } else if !counted && byte.is_ascii_alphanumeric() {
                count += 1;
                counted = true;
            }
        }
        return count;
    }
    let has_slug = |word: &str| {
        if word.is_ascii() { word.bytes().any(|b| b.is_ascii_alphanumeric()) } else { !slug(word).is_empty() }
    };
    name.split_whitespace().filter(|word| has_slug(word)).count()
}

/// Whether the short name `short` can name the person called `full` elsewhere: its surname,
/// a tail of the full name ("Manuel Barroso" of "Jose Manuel Barroso"), or a one-word form
/// some article used for that person ("Xi" of "Xi Jinping").
fn is_short_form(short: &[u32], full: &[u32], full_aliases: &BTreeSet<u32>) -> bool {
    if short.is_empty() || short.len() >= full.len() {
        return false;
    }
    if full.ends_with(short) {
        return true;
    }
    short.len() == 1 && full_aliases.contains(&short[0])
}

/// Whether two sorted lists have no item in common.
fn sorted_disjoint(a: &[&str], b: &[&str]) -> bool {
    let (mut a, mut b) = (a.iter().peekable(), b.iter().peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => _ = a.next(),
            std::cmp::Ordering::Greater => _ = b.next(),
            std::cmp::Ordering::Equal => return false,
        }
    }
    true
}

fn build_from(by_article: BTreeMap<String, Extraction>) -> KnowledgeGraph {
    let mut graph = KnowledgeGraph {
        articles: by_article.values().map(|e| (e.article.id.clone(), e.article.clone())).collect(),
        ..KnowledgeGraph::default()
    };
    let plan = plan_nodes(&by_article);
    let mut extractions: Vec<Extraction> = by_article.into_values().collect();
    let relation_count = extractions.iter().map(|e| e.relations.len()).sum();
    // perf: sized up front, so that neither the petgraph vectors nor the id index grow by
    // doubling. There are at most as many edges as relations (room no larger than the list of
    // their evidence below).
    graph.graph = StableDiGraph::with_capacity(plan.len(), relation_count);
    graph.index = HashMap::with_capacity(plan.len());
    let mut node_at = Vec::with_capacity(plan.len());
    for group in 0..plan.len() {
        let node = merge_atoms(plan.atoms(group), &mut extractions);
        let id = node.id.clone();
        let index = graph.graph.add_node(node);
        graph.index.insert(id, index);
        node_at.push(index);
    }
    for (node, reason) in plan.notes {
        let node = node.map_or_else(|key| key, |group| graph.graph[node_at[group]].id.clone());
        graph.merge_notes.push(MergeNote { node, reason });
    }
    graph.merge_notes.sort();
    let rank = id_ranks(&graph.graph);
    let nodes_of_articles =
        plan.nodes_of_articles.into_iter().map(|groups| groups.into_iter().map(|g| node_at[g]).collect::<Vec<_>>());
    // Edges: one per (source, kind, target), with the evidence moved out of the extractions.
    // Every relation's evidence goes in one list, with its edge in another: sorting the second
    // (by integers) brings each edge's evidence together, in edge order, without a map of
    // growing lists.
    let mut evidence_of: Vec<Option<Evidence>> = Vec::with_capacity(relation_count);
    let mut edge_of: Vec<EdgeSlot> = Vec::with_capacity(relation_count);
    for (extraction, nodes) in extractions.into_iter().zip(nodes_of_articles) {
        // A relation is between entities of its own article (see `Extraction`), whose keys
        // are sorted and unique.
        let node_of =
            |key: &str| extraction.entities.binary_search_by(|e| e.key.as_str().cmp(key)).ok().map(|i| nodes[i]);
        for relation in extraction.relations {
            let (Some(source), Some(target)) = (node_of(&relation.source), node_of(&relation.target)) else {
                continue;
            };
            // Node ids are unique, so equal indices are equal ids.
            if source == target {
                continue;
            }
            let kind = relation.kind;
            let (source, target) = if kind.is_symmetric() && rank[target.index()] < rank[source.index()] {
                (target, source)
            } else {
                (source, target)
            };
            let order = edge_order(rank[source.index()], kind, rank[target.index()]);
            edge_of.push(EdgeSlot { order, source, kind, target, evidence: evidence_of.len() });
            evidence_of.push(Some(relation.evidence));
        }
    }
    // Unstable: the evidence of an edge is sorted below anyway.
    edge_of.sort_unstable_by_key(|slot| slot.order);
    for slots in edge_of.chunk_by(|a, b| a.order == b.order) {
        let EdgeSlot { source, kind, target, .. } = slots[0];
        // Each slot is taken once: slots are distinct.
        let mut evidence: Vec<Evidence> = slots.iter().filter_map(|slot| evidence_of[slot.evidence].take()).collect();
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
        graph.graph.add_edge(source, target, edge);
    }
    graph
}

/// One relation's place among the edges, while they are gathered in [`build_from`].
#[derive(Clone, Copy)]
struct EdgeSlot {
    /// The edge's place in edge order ([`edge_order`]).
    order: u128,
    source: NodeIndex,
    kind: EdgeKind,
    target: NodeIndex,
    /// Where the relation's evidence is.
    evidence: usize,
}

/// One integer that orders edges by source id, kind and target id, given the ranks of the
/// two ids ([`id_ranks`]). `kind as u128` is in kind order: a derived `Ord` orders the
/// variants of an enum by their discriminants, which `as` gives.
fn edge_order(source_rank: u32, kind: EdgeKind, target_rank: u32) -> u128 {
    (u128::from(source_rank) << 64) | ((kind as u128) << 32) | u128::from(target_rank)
}

/// Each node's place in id order, indexed by [`NodeIndex::index`]. Node ids are unique, so
/// comparing two nodes' ranks is comparing their ids: edges are sorted and symmetric edges
/// oriented by comparing integers instead of strings (a sort of the nodes instead of many
/// string comparisons per edge).
fn id_ranks(graph: &StableDiGraph<Node, Edge>) -> Vec<u32> {
    let mut by_id: Vec<NodeIndex> = graph.node_indices().collect();
    by_id.sort_unstable_by(|a, b| graph[*a].id.cmp(&graph[*b].id));
    let mut rank = vec![0; petgraph::visit::NodeIndexable::node_bound(graph)];
    for (place, index) in by_id.into_iter().enumerate() {
        rank[index.index()] = place as u32;
    }
    rank
}

/// Plans one node per entity group (persons joined across articles by their names), and,
/// for each article, the node of each of its entities.
fn plan_nodes(by_article: &BTreeMap<String, Extraction>) -> NodePlan {
    let atoms_by_key = AtomsByKey::new(by_article);
    let mut words_of_name = NameWords::with_capacity(atoms_by_key.atoms.len());
    // Persons: a short name joins the one fuller name it can be a form of, unless an article
    // used both (then that article saw two persons).
    let mut target_of: HashMap<&str, &str> = HashMap::new();
    let mut notes = Vec::new();
    let person_atoms = || atoms_by_key.iter().filter(|(_, atoms)| atoms[0].entity.kind == NodeKind::Person);
    // The words of every name first, so that the persons can borrow them instead of copying.
    for (_, atoms) in person_atoms() {
        words_of_name.add(&atoms[0].entity.name);
        for alias in atoms.iter().flat_map(|atom| &atom.entity.aliases) {
            words_of_name.add(alias);
        }
    }
    let words_of_name = words_of_name;
    let persons: Vec<PersonGroup<'_>> = person_atoms()
        .map(|(key, atoms)| PersonGroup {
            key,
            words: words_of_name.get(&atoms[0].entity.name),
            one_word_forms: atoms
                .iter()
                .flat_map(|atom| &atom.entity.aliases)
                .filter_map(|alias| match words_of_name.get(alias) {
                    &[word] => Some(word),
                    _ => None,
                })
                .collect(),
            articles: atoms.iter().map(|a| a.article).collect(),
        })
        .collect();
    // Every short form a person can be named by, so each short name finds its fuller names
    // without comparing all pairs of persons.
    // perf: each list is sorted and without repeats as it is made (persons come in order, and
    // a person's repeats come together), so that it is read borrowed.
    let mut fuller_names: HashMap<&[u32], Vec<usize>> = HashMap::with_capacity(persons.len());
    fn add<'w>(fuller_names: &mut HashMap<&'w [u32], Vec<usize>>, form: &'w [u32], index: usize) {
        let found = fuller_names.entry(form).or_default();
        if found.last() != Some(&index) {
            found.push(index);
        }
    }
    for (index, full) in persons.iter().enumerate() {
        for start in 1..full.words.len() {
            add(&mut fuller_names, &full.words[start..], index);
        }
        if full.words.len() > 1 {
            for word in &full.one_word_forms {
                add(&mut fuller_names, std::slice::from_ref(word), index);
            }
        }
    }
    for group in &persons {
        let key = group.key;
        let found = fuller_names.get(group.words).map_or(&[][..], Vec::as_slice);
        let candidates: Vec<&PersonGroup<'_>> = found
            .iter()
            .map(|&index| &persons[index])
            .filter(|full| full.key != key && is_short_form(group.words, full.words, &full.one_word_forms))
            .collect();
        match candidates.as_slice() {
            [] => {}
            [full] => {
                let full_key = full.key;
                if sorted_disjoint(&group.articles, &full.articles) {
                    target_of.insert(key, full_key);
                } else {
                    notes.push((key, format!("{key} kept apart from {full_key}: an article names both")));
                }
            }
            many => {
                let names: Vec<&str> = many.iter().map(|c| c.key).collect();
                notes.push((key, format!("{key} kept apart: it fits {} persons ({})", names.len(), names.join(", "))));
            }
        }
    }
    // Resolve chains (a → b → c) to their end.
    fn resolve<'k>(target_of: &HashMap<&'k str, &'k str>, key: &'k str) -> &'k str {
        let mut current = key;
        let mut steps = 0;
        while let Some(&next) = target_of.get(current) {
            current = next;
            steps += 1;
            if steps > 16 {
                break;
            }
        }
        current
    }
    // An article's persons stay apart: when two names one article uses would end in one node
    // (two short names joining the same full name, or a chain of joins), the short ones stay
    // nodes of their own. Otherwise the article's facts between them would be lost, and
    // merging graphs would depend on the order of the merges.
    loop {
        // Only a person that joins another, or is joined, shares a node: the others are left
        // out, which leaves out most persons.
        let joined: HashSet<&str> = target_of.keys().map(|key| resolve(&target_of, key)).collect();
        let mut keys_in_node: BTreeMap<(&str, &str), BTreeSet<&str>> = BTreeMap::new();
        for group in &persons {
            let end = resolve(&target_of, group.key);
            if end == group.key && !joined.contains(group.key) {
                continue;
            }
            for &article in &group.articles {
                keys_in_node.entry((end, article)).or_default().insert(group.key);
            }
        }
        let mut apart: BTreeSet<(&str, &str)> = BTreeSet::new();
        for ((end, _), keys) in &keys_in_node {
            if keys.len() > 1 {
                apart.extend(keys.iter().filter(|&&key| key != *end).map(|&key| (key, *end)));
            }
        }
        if apart.is_empty() {
            break;
        }
        for (key, end) in apart {
            target_of.remove(key);
            notes.push((key, format!("{key} kept apart from {end}: an article names both it and another form of it")));
        }
    }
    for (&key, &full_key) in &target_of {
        notes.push((full_key, format!("{key} is a shorter form of {full_key}, the only fuller name it fits")));
    }
    // Groups in key order: a person's group is the key its name resolves to, the others' their
    // own key. Each group is named by the place of its key in key order, and a group's atoms
    // are those of its keys, in key order.
    let group_key: Vec<usize> = (0..atoms_by_key.len())
        .map(|i| {
            let key = atoms_by_key.keys[i];
            if atoms_by_key.atoms(i)[0].entity.kind != NodeKind::Person || !target_of.contains_key(key) {
                return i;
            }
            // A key resolves to the key of a person (see `target_of`).
            atoms_by_key.position(resolve(&target_of, key)).expect("persons join persons")
        })
        .collect();
    // Nodes in key order: node `n` is the group of the `n`-th key that names a group.
    let mut names_group = vec![false; atoms_by_key.len()];
    for &key in &group_key {
        names_group[key] = true;
    }
    let mut node_of_key = vec![0; atoms_by_key.len()];
    let mut node_count = 0;
    for (node, _) in node_of_key.iter_mut().zip(&names_group).filter(|(_, names)| **names) {
        *node = node_count;
        node_count += 1;
    }
    let node_of = |i: usize| node_of_key[group_key[i]];
    let mut nodes_of_articles: Vec<Vec<usize>> = by_article.values().map(|e| vec![0; e.entities.len()]).collect();
    let mut atoms_with_nodes = Vec::with_capacity(atoms_by_key.atoms.len());
    for i in 0..atoms_by_key.len() {
        let node = node_of(i);
        for atom in atoms_by_key.atoms(i) {
            atoms_with_nodes.push((node, atom.at));
            nodes_of_articles[atom.at.0][atom.at.1] = node;
        }
    }
    let (atoms, starts) = bucket_sort(&atoms_with_nodes, node_count);
    let notes = notes
        .into_iter()
        .map(|(key, reason)| (atoms_by_key.position(key).map(node_of).ok_or_else(|| key.to_string()), reason))
        .collect();
    NodePlan { atoms, starts, notes, nodes_of_articles }
}

/// The words of names ([`name_words`]), worked out once per distinct name: the same names
/// come back in article after article.
///
/// perf: each distinct word is a number, and one list holds the words of all names, name
/// after name: words are only ever compared for equality, and comparing, hashing and keeping
/// numbers is cheaper than strings, with no string or list allocated per name.
struct NameWords<'a> {
    /// Where the words of each name are in `words`.
    memo: HashMap<&'a str, std::ops::Range<usize>>,
    words: Vec<u32>,
    /// The number of each distinct word.
    numbers: HashMap<String, u32>,
    /// The word being slugged (reused).
    word: String,
}

impl<'a> NameWords<'a> {
    /// Room for about `names` names, and as many words.
    fn with_capacity(names: usize) -> NameWords<'a> {
        NameWords {
            memo: HashMap::with_capacity(names),
            words: Vec::with_capacity(2 * names),
            numbers: HashMap::with_capacity(names),
            word: String::new(),
        }
    }

    /// Works out the words of a name, unless known.
    fn add(&mut self, name: &'a str) {
        if self.memo.contains_key(name) {
            return;
        }
        let start = self.words.len();
        let NameWords { words, numbers, word, .. } = self;
        for_each_raw_word(name, |raw| {
            word.clear();
            push_slug(word, raw);
            if word.is_empty() {
                return;
            }
            let number = match numbers.get(word.as_str()) {
                Some(&number) => number,
                None => {
                    let number = numbers.len() as u32;
                    numbers.insert(word.clone(), number);
                    number
                }
            };
            words.push(number);
        });
        let end = self.words.len();
        self.memo.insert(name, start..end);
    }

    /// The words of a name [`NameWords::add`]ed before, numbered.
    fn get(&self, name: &str) -> &[u32] {
        &self.words[self.memo[name].clone()]
    }
}

/// One node from the atoms of a group (positions in `extractions`, see [`Atom::at`]): the
/// fullest name, every other form as an alias. The atoms' names, aliases and attributes are
/// moved out of the extractions (each entity is in one group; only its key is read after).
fn merge_atoms(atoms: &[(usize, usize)], extractions: &mut [Extraction]) -> Node {
    let entity = |&(article, position): &(usize, usize)| &extractions[article].entities[position];
    let first = entity(&atoms[0]);
    let kind = first.kind;
    let name = if kind == NodeKind::Person {
        // Each distinct name with its word count and mentions.
        let mut names: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for atom in atoms {
            let e = entity(atom);
            let name = e.name.as_str();
            let entry = names.entry(name).or_insert_with(|| (name_word_count(name), 0));
            entry.1 += e.mentions.max(1);
        }
        names
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(n, _)| n.to_string())
            .unwrap_or_default()
    } else {
        first.name.clone()
    };
    let id = if kind == NodeKind::Person { person_key(&name) } else { first.key.clone() };
    let mut mentions = 0;
    let mut sources = Vec::with_capacity(atoms.len());
    let (mut iso3, mut title, mut country) = (None, None, None);
    for &(article, position) in atoms {
        let extraction = &mut extractions[article];
        let e = &mut extraction.entities[position];
        mentions += e.mentions;
        // The first atom that has each attribute gives it.
        iso3 = iso3.or_else(|| e.iso3.take());
        title = title.or_else(|| e.title.take());
        country = country.or_else(|| e.country.take());
        let source = NodeSource {
            article: extraction.article.id.clone(),
            name: std::mem::take(&mut e.name),
            aliases: std::mem::take(&mut e.aliases),
            mentions: e.mentions,
        };
        sources.push(source);
    }
    sources.sort();
    // Every other form once: gathered borrowed and sorted, so that each distinct form is copied
    // once, not once per article that used it, and the set is built from sorted forms.
    let mut forms: Vec<&str> = sources
        .iter()
        .flat_map(|source| std::iter::once(&source.name).chain(&source.aliases))
        .map(String::as_str)
        .filter(|&form| form != name)
        .collect();
    forms.sort_unstable();
    forms.dedup();
    let aliases = forms.into_iter().map(str::to_string).collect();
    Node { id, kind, name, aliases, mentions, iso3, title, country, sources }
}

/// Checks the invariants every graph keeps: the id index matches the nodes, ids are unique and
/// canonical for their kind, every edge has evidence, `weight` counts it, evidence is sorted
/// without duplicates, and symmetric edges are stored smaller id first.
#[cfg(test)]
pub(crate) fn assert_consistent(graph: &KnowledgeGraph) {
    assert_eq!(graph.index.len(), graph.graph.node_count(), "one index entry per node");
    for index in graph.graph.node_indices() {
        let node = &graph.graph[index];
        assert_eq!(graph.index.get(&node.id), Some(&index), "index of {}", node.id);
        assert!(node.id.starts_with(&format!("{}:", node.kind)), "id {} of a {}", node.id, node.kind);
        assert!(!node.aliases.contains(&node.name), "{} lists its own name as an alias", node.id);
        assert!(node.sources.windows(2).all(|w| w[0] <= w[1]), "sources of {} are sorted", node.id);
        for source in &node.sources {
            assert!(
                graph.articles.contains_key(&source.article),
                "{} cites unknown article {}",
                node.id,
                source.article
            );
        }
    }
    for edge in graph.graph.edge_references() {
        let (source, target, weight) = (&graph.graph[edge.source()], &graph.graph[edge.target()], edge.weight());
        assert_ne!(source.id, target.id, "no edge from a node to itself");
        assert!(!weight.evidence.is_empty(), "edge {} -> {} has evidence", source.id, target.id);
        assert_eq!(weight.weight, weight.evidence.len(), "weight counts evidence");
        assert!(weight.evidence.windows(2).all(|w| w[0] < w[1]), "evidence sorted, no duplicates");
        if weight.kind.is_symmetric() {
            assert!(source.id < target.id, "symmetric edge {} -> {} stored smaller id first", source.id, target.id);
        }
    }
}

#[cfg(test)]
mod properties;

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

    proptest::proptest! {
        /// Counting the words of a name counts the words `name_words` makes.
        #[test]
        fn name_words_are_counted_without_making_them(name in "[a-zA-Zé’'. \t\u{b}\u{a0}-]{0,16}") {
            proptest::prop_assert_eq!(name_word_count(&name), name_words(&name).len());
            let plain: Vec<String> = name.split_whitespace().map(slug).filter(|w| !w.is_empty()).collect();
            proptest::prop_assert_eq!(name_words(&name), plain);
        }

        /// The same for any ASCII name, whose words are split and counted byte by byte.
        #[test]
        fn ascii_names_are_split_and_counted_byte_by_byte(name in "[\\x00-\\x7f]{0,24}") {
            proptest::prop_assert_eq!(name_word_count(&name), name_words(&name).len());
            let plain: Vec<String> = name.split_whitespace().map(slug).filter(|w| !w.is_empty()).collect();
            proptest::prop_assert_eq!(name_words(&name), plain);
        }

        /// Numbered words are the words: two words have one number when they are one word.
        #[test]
        fn numbered_words_are_the_words(names in proptest::collection::vec("[a-cé .'\t-]{0,10}", 0..8)) {
            let mut numbered = NameWords::with_capacity(names.len());
            for name in &names {
                numbered.add(name);
            }
            let words: Vec<(u32, String)> = names
                .iter()
                .flat_map(|name| numbered.get(name).iter().copied().zip(name_words(name)))
                .collect();
            for name in &names {
                proptest::prop_assert_eq!(numbered.get(name).len(), name_words(name).len());
            }
            for (a, a_word) in &words {
                for (b, b_word) in &words {
                    proptest::prop_assert_eq!(a == b, a_word == b_word);
                }
            }
        }
    }

    #[test]
    fn bucket_sort_keeps_the_order_within_each_bucket() {
        let (sorted, starts) = bucket_sort(&[(2, 'a'), (0, 'b'), (2, 'c'), (0, 'd'), (3, 'e')], 4);
        assert_eq!(sorted, ['b', 'd', 'a', 'c', 'e']);
        assert_eq!(starts, [0, 2, 2, 4, 5]);
        let (sorted, starts) = bucket_sort::<char>(&[], 2);
        assert!(sorted.is_empty());
        assert_eq!(starts, [0, 0, 0]);
    }

    #[test]
    fn sorted_lists_are_disjoint_when_no_item_is_in_both() {
        assert!(sorted_disjoint(&["a", "c", "e"], &["b", "d"]));
        assert!(sorted_disjoint(&[], &["a"]));
        assert!(!sorted_disjoint(&["a", "c", "e"], &["b", "e"]));
        assert!(!sorted_disjoint(&["a", "a"], &["a"]));
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
