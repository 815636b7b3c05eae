//! Scoring graphs against gold annotations: SCHEMA §5, a port of `shared/eval/score.py`.
//!
//! The reference is score.py; this module gives the same counts for the same inputs, down to
//! the order in which system roles and edges claim gold facts (score.py walks them sorted by
//! Python's `str` of a tuple, reproduced in `python.rs`). It reads of a graph exactly what
//! score.py reads of the JSON document (node `id`, `kind`, `name`, `aliases`, `title`,
//! `country`; edge `kind`, `source`, `target`), so a graph built in-process is first written as
//! the document `newsgraph build --format json` prints.
//!
//! It never touches the file system and never runs the extractor: the binary reads gold files
//! and builds graphs, this module only counts.
//!
//! ```
//! use newsgraph::eval::{Gold, Summary, SystemGraph, score_article};
//!
//! let gold = Gold::from_json(r#"{"article": "a.txt",
//!     "entities": [{"id": "putin", "kind": "person", "name": "Vladimir Putin", "aliases": ["Putin"]}]}"#).unwrap();
//! let graph = SystemGraph::from_json(r#"{"nodes": [
//!     {"id": "person:putin", "kind": "person", "name": "Putin"},
//!     {"id": "person:x", "kind": "person", "name": "Mr X"}], "edges": []}"#).unwrap();
//! let mut summary = Summary::default();
//! summary.add(&score_article(&gold, &graph));
//! let person = &summary.rows()[1];
//! assert_eq!((person.0.as_str(), person.1.tp, person.1.fp, person.1.fn_), ("entity:person", 1, 1, 0));
//! ```

mod gold;
mod json;
mod names;
mod python;
mod report;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde_json::Value;

pub use gold::Gold;
pub use json::ReadError;
pub use names::{CIVIL_GENERALS, PHRASE_FOLD, TITLE_FOLD, TITLE_WORDS, norm, title_head};
pub use report::{Counts, Summary, prf};

use crate::graph::KnowledgeGraph;
use gold::GoldRole;
use json::{aliases, list, object, optional_str, parse, required_str};
use python::{py_frozenset_repr, py_repr, py_repr_opt, py_str};

/// The entity kinds that are scored.
pub const ENTITY_KINDS: [&str; 2] = ["person", "country"];
/// The relation types that are scored (`holds-role` is scored as roles).
pub const RELATION_TYPES: [&str; 4] = ["met-with", "advises", "demands", "represents"];

/// What score.py reads of a system graph document.
#[derive(Clone, Debug, Default)]
pub struct SystemGraph {
    nodes: Vec<SystemNode>,
    edges: Vec<SystemEdge>,
}

#[derive(Clone, Debug)]
struct SystemNode {
    id: String,
    kind: Option<String>,
    name: Option<String>,
    /// `norm` of the name ("" when there is none).
    norm_name: String,
    /// `norm` of the name and aliases, without empty forms (`names_of`).
    names: HashSet<String>,
    title: Option<String>,
    country: Option<String>,
}

#[derive(Clone, Debug)]
struct SystemEdge {
    kind: Option<String>,
    source: Option<String>,
    target: Option<String>,
}

impl SystemGraph {
    /// The graph of nothing: what a failed article is scored as.
    pub fn empty() -> SystemGraph {
        SystemGraph::default()
    }

    /// Reads a node-link document (SCHEMA §3, or any tool's graph with the same keys).
    pub fn from_json(text: &str) -> Result<SystemGraph, ReadError> {
        SystemGraph::from_value(&parse(text)?)
    }

    /// The document `newsgraph build --format json` would print for `graph`, read back.
    pub fn from_graph(graph: &KnowledgeGraph) -> SystemGraph {
        SystemGraph::from_json(&crate::wire::to_json_compact(graph)).expect("newsgraph writes node-link documents")
    }

    /// Reads a parsed node-link document. Absent keys read as score.py's `.get()` gives them
    /// (`None`); edges come from `edges`, or `links` when there is no `edges`. Values score.py
    /// could not use (a node without an `id`, a name that is not a string) are errors.
    pub fn from_value(value: &Value) -> Result<SystemGraph, ReadError> {
        SystemGraph::read(value).map_err(ReadError)
    }

    fn read(value: &Value) -> Result<SystemGraph, String> {
        let doc = value.as_object().ok_or("a graph is a JSON object with \"nodes\" and \"edges\"")?;
        let mut nodes = Vec::new();
        for (i, item) in list(doc, "nodes")?.iter().enumerate() {
            let node = object(item, "node", i)?;
            let id = required_str(node, "id", &format!("node {i}"))?;
            let what = format!("node {id}");
            let name = optional_str(node, "name", &what)?;
            let norm_name = norm(name.as_deref().unwrap_or(""));
            let mut names: HashSet<String> = aliases(node, &what)?.into_iter().map(norm).collect();
            names.insert(norm_name.clone());
            names.remove("");
            nodes.push(SystemNode {
                kind: optional_str(node, "kind", &what)?,
                name,
                norm_name,
                names,
                title: optional_str(node, "title", &what)?,
                country: optional_str(node, "country", &what)?,
                id,
            });
        }
        let mut edges = Vec::new();
        let edge_key = if doc.contains_key("edges") { "edges" } else { "links" };
        for (i, item) in list(doc, edge_key)?.iter().enumerate() {
            let edge = object(item, "edge", i)?;
            let what = format!("edge {i}");
            edges.push(SystemEdge {
                kind: optional_str(edge, "kind", &what)?,
                source: optional_str(edge, "source", &what)?,
                target: optional_str(edge, "target", &what)?,
            });
        }
        let graph = SystemGraph { nodes, edges };
        // score.py indexes `e["source"]` of a holds-role edge to a role node.
        let by_id = graph.index();
        for (i, edge) in graph.edges.iter().enumerate() {
            if edge.kind.as_deref() == Some("holds-role") && graph.is_role(&by_id, edge.target.as_deref()) {
                edge.source.as_ref().ok_or_else(|| format!("edge {i}: a holds-role edge with no \"source\""))?;
            }
        }
        Ok(graph)
    }

    /// Nodes by id; a repeated id finds its last node, as a Python dict does.
    fn index(&self) -> HashMap<&str, &SystemNode> {
        self.nodes.iter().map(|n| (n.id.as_str(), n)).collect()
    }

    fn is_role(&self, by_id: &HashMap<&str, &SystemNode>, id: Option<&str>) -> bool {
        id.and_then(|id| by_id.get(id)).is_some_and(|n| n.kind.as_deref() == Some("role"))
    }
}

/// The score of one article: counts per key (`entity:person`, `roles`, `rel:met-with`, ...)
/// and what was missed or wrongly found, worded as score.py's `--verbose` prints them.
#[derive(Clone, Debug, Default)]
pub struct ArticleScore {
    /// Counts per key.
    pub counts: BTreeMap<String, Counts>,
    /// Gold facts the graph lacks, in score.py's order.
    pub misses: Vec<String>,
    /// System facts that match nothing in the gold, in score.py's order.
    pub false_hits: Vec<String>,
}

impl ArticleScore {
    fn add(&mut self, key: &str, tp: i64, fp: i64, fn_: i64) {
        let counts = self.counts.entry(key.to_string()).or_default();
        counts.tp += tp;
        counts.fp += fp;
        counts.fn_ += fn_;
    }
}

/// Scores one article's graph against its gold annotations (`score_article` in score.py).
pub fn score_article(gold: &Gold, graph: &SystemGraph) -> ArticleScore {
    let nodes = &graph.nodes;
    let by_id = graph.index();
    let owner = match_entities(gold, nodes);
    let mut score = ArticleScore::default();

    // entities
    let matched: HashSet<&str> = owner.values().copied().collect();
    for kind in ENTITY_KINDS {
        let sys_nodes: Vec<&SystemNode> = nodes.iter().filter(|n| n.kind.as_deref() == Some(kind)).collect();
        let gold_ids: Vec<&str> =
            gold.entities.iter().filter(|(_, e)| e.kind == kind).map(|(id, _)| id.as_str()).collect();
        let optional: HashSet<&str> = gold_ids.iter().copied().filter(|g| gold.entities[*g].optional).collect();
        let owned_by = |n: &&SystemNode| owner.get(n.id.as_str()).copied();
        let tp = sys_nodes.iter().filter(|n| owned_by(n).is_some_and(|g| !optional.contains(g))).count() as i64;
        let hit_optional = sys_nodes.iter().filter(|n| owned_by(n).is_some_and(|g| optional.contains(g))).count();
        let required = (gold_ids.len() - optional.len()) as i64;
        let fp = sys_nodes.len() as i64 - tp - hit_optional as i64;
        score.add(&format!("entity:{kind}"), tp, fp, required - tp);
        for id in gold_ids.iter().filter(|g| !matched.contains(**g) && !optional.contains(**g)) {
            score.misses.push(format!("{kind} {}", py_str(gold.entities[*id].name.as_deref())));
        }
        for node in sys_nodes.iter().filter(|n| owned_by(n).is_none()) {
            score.false_hits.push(format!("{kind} {}", py_str(node.name.as_deref())));
        }
    }

    // every system node that shares a name with a gold entity stands for it in relations
    let mut alias: HashMap<&str, &str> = owner.clone();
    for node in nodes {
        if alias.contains_key(node.id.as_str()) || !is_entity_kind(node) {
            continue;
        }
        if let Some((id, _)) = gold
            .entities
            .iter()
            .find(|(_, e)| node.kind.as_deref() == Some(e.kind.as_str()) && !node.names.is_disjoint(&e.names))
        {
            alias.insert(&node.id, id);
        }
    }
    let roles = RoleKeys { alias: &alias };

    let mut holders: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for edge in &graph.edges {
        if edge.kind.as_deref() == Some("holds-role") && graph.is_role(&by_id, edge.target.as_deref()) {
            let (Some(source), Some(target)) = (&edge.source, &edge.target) else { unreachable!("checked on reading") };
            holders.entry(target).or_default().insert(source);
        }
    }

    score_roles(gold, graph, &by_id, &roles, &holders, &mut score);
    score_relations(gold, graph, &by_id, &roles, &holders, &mut score);
    score
}

fn is_entity_kind(node: &SystemNode) -> bool {
    node.kind.as_deref().is_some_and(|k| ENTITY_KINDS.contains(&k))
}

/// Maximum matching between gold entities and system nodes of the same kind sharing a name
/// (`match_entities`): candidates are the nodes whose name is a gold name, then the nodes with
/// any shared name, in document order; gold entities are tried in file order, each by one
/// augmenting-path search. Returns system node id → gold entity id.
fn match_entities<'a>(gold: &'a Gold, nodes: &'a [SystemNode]) -> HashMap<&'a str, &'a str> {
    let mut candidates: Vec<(&str, Vec<&str>)> = Vec::new();
    for (id, entity) in &gold.entities {
        if !ENTITY_KINDS.contains(&entity.kind.as_str()) {
            continue;
        }
        let same_kind = || nodes.iter().filter(|n| n.kind.as_deref() == Some(entity.kind.as_str()));
        let exact: Vec<&str> =
            same_kind().filter(|n| entity.names.contains(&n.norm_name)).map(|n| n.id.as_str()).collect();
        let loose = same_kind()
            .filter(|n| !exact.contains(&n.id.as_str()) && !n.names.is_disjoint(&entity.names))
            .map(|n| n.id.as_str());
        let mut all = exact.clone();
        all.extend(loose);
        candidates.push((id, all));
    }
    let position: HashMap<&str, usize> = candidates.iter().enumerate().map(|(i, (id, _))| (*id, i)).collect();
    let mut owner: HashMap<&str, &str> = HashMap::new();

    fn augment<'a>(
        entity: usize,
        seen: &mut HashSet<&'a str>,
        candidates: &[(&'a str, Vec<&'a str>)],
        position: &HashMap<&str, usize>,
        owner: &mut HashMap<&'a str, &'a str>,
    ) -> bool {
        let (gold_id, nodes) = &candidates[entity];
        for &node in nodes {
            if !seen.insert(node) {
                continue;
            }
            let free = match owner.get(node) {
                None => true,
                Some(other) => augment(position[other], seen, candidates, position, owner),
            };
            if free {
                owner.insert(node, gold_id);
                return true;
            }
        }
        false
    }

    for entity in 0..candidates.len() {
        augment(entity, &mut HashSet::new(), &candidates, &position, &mut owner);
    }
    owner
}

/// How a role node is keyed: the head of its title (or name) and the gold id of its country.
struct RoleKeys<'a> {
    alias: &'a HashMap<&'a str, &'a str>,
}

impl<'a> RoleKeys<'a> {
    /// `role_key`: an empty title falls back to the name, an empty country is none.
    fn key(&self, node: &SystemNode) -> (String, Option<&'a str>) {
        let title = node.title.as_deref().filter(|t| !t.is_empty()).or(node.name.as_deref());
        let country = node.country.as_deref().filter(|c| !c.is_empty());
        (title_head(title.unwrap_or("")), country.and_then(|c| self.alias.get(c).copied()))
    }

    /// `role_fits`: same head, and the same country when both name one.
    fn fits(role: &GoldRole, head: &str, country: Option<&str>) -> bool {
        role.head == head && (country.is_none() || role.country.is_none() || role.country.as_deref() == country)
    }
}

fn score_roles<'a>(
    gold: &Gold,
    graph: &SystemGraph,
    by_id: &HashMap<&str, &SystemNode>,
    roles: &RoleKeys<'a>,
    holders: &HashMap<&str, BTreeSet<&str>>,
    score: &mut ArticleScore,
) {
    // (holder, head, country) by score.py's sort key, `str` of the tuple: which system role
    // claims which gold role depends on the order.
    let mut sys_roles: BTreeMap<String, (Option<String>, String, Option<&'a str>)> = BTreeMap::new();
    let mut insert = |holder: Option<String>, (head, country): (String, Option<&'a str>)| {
        let key = format!("({}, {}, {})", py_repr_opt(holder.as_deref()), py_repr(&head), py_repr_opt(country));
        sys_roles.insert(key, (holder, head, country));
    };
    for edge in &graph.edges {
        if edge.kind.as_deref() != Some("holds-role") || !graph.is_role(by_id, edge.target.as_deref()) {
            continue;
        }
        let (Some(source), Some(target)) = (&edge.source, &edge.target) else { unreachable!("checked on reading") };
        let holder = roles.alias.get(source.as_str()).map_or_else(|| format!("?{source}"), |g| g.to_string());
        insert(Some(holder), roles.key(by_id[target.as_str()]));
    }
    for node in &graph.nodes {
        if node.kind.as_deref() == Some("role") && !holders.contains_key(node.id.as_str()) {
            insert(None, roles.key(node));
        }
    }

    let mut open: Vec<(&str, &GoldRole)> =
        gold.roles.iter().filter(|(_, r)| !r.optional).map(|(id, r)| (id.as_str(), r)).collect();
    for (holder, head, country) in sys_roles.values() {
        let fits = |r: &GoldRole| r.holder == *holder && RoleKeys::fits(r, head, *country);
        // score.py tests `if hit:` on the first fitting role's id: one whose id is "" stops
        // the search without being claimed
        match open.iter().position(|(_, r)| fits(r)).filter(|&i| !open[i].0.is_empty()) {
            Some(i) => {
                open.remove(i);
                score.add("roles", 1, 0, 0);
            }
            None if gold.roles.values().any(fits) => {} // optional, or a second system role for one counted
            None => {
                score.add("roles", 0, 1, 0);
                score.false_hits.push(format!("role {} {head} {}", py_str(holder.as_deref()), py_str(*country)));
            }
        }
    }
    score.add("roles", 0, 0, open.len() as i64);
    for (_, role) in open {
        score.misses.push(format!(
            "role {} {} {}",
            py_str(role.holder.as_deref()),
            py_str(role.title.as_deref()),
            py_str(role.country.as_deref())
        ));
    }
}

/// A system relation edge as score.py sees it: its kind, the gold ids each end stands for, and
/// the names of its ends.
struct SystemRelation<'a> {
    kind: &'a str,
    sources: BTreeSet<&'a str>,
    targets: BTreeSet<&'a str>,
    source_name: Option<&'a str>,
    target_name: Option<&'a str>,
}

fn score_relations(
    gold: &Gold,
    graph: &SystemGraph,
    by_id: &HashMap<&str, &SystemNode>,
    roles: &RoleKeys,
    holders: &HashMap<&str, BTreeSet<&str>>,
    score: &mut ArticleScore,
) {
    // The gold ids a system node stands for: its entity, or for a role node the gold offices
    // without a holder that fit it and the entities of its holders.
    let endpoint_ids = |id: Option<&str>| -> BTreeSet<&str> {
        let mut out = BTreeSet::new();
        let Some((id, node)) = id.and_then(|id| by_id.get(id).map(|n| (id, n))) else { return out };
        out.extend(roles.alias.get(id).copied());
        if node.kind.as_deref() == Some("role") {
            let (head, country) = roles.key(node);
            out.extend(
                gold.roles
                    .iter()
                    .filter(|(_, r)| r.holder.is_none() && RoleKeys::fits(r, &head, country))
                    .map(|(id, _)| id.as_str()),
            );
            let holder_ids = holders.get(id).into_iter().flatten();
            out.extend(holder_ids.filter_map(|h| roles.alias.get(h).copied()));
        }
        out
    };
    let name_of = |id: Option<&str>| id.and_then(|id| by_id.get(id)).and_then(|n| n.name.as_deref());

    let mut sys_rel: BTreeMap<String, SystemRelation> = BTreeMap::new();
    for edge in &graph.edges {
        let Some(kind) = edge.kind.as_deref().filter(|k| RELATION_TYPES.contains(k)) else { continue };
        let relation = SystemRelation {
            kind,
            sources: endpoint_ids(edge.source.as_deref()),
            targets: endpoint_ids(edge.target.as_deref()),
            source_name: name_of(edge.source.as_deref()),
            target_name: name_of(edge.target.as_deref()),
        };
        let key = format!(
            "({}, {}, {}, ({}, {}, {}))",
            py_repr(kind),
            py_frozenset_repr(relation.sources.iter().copied()),
            py_frozenset_repr(relation.targets.iter().copied()),
            py_repr(kind),
            py_repr_opt(relation.source_name),
            py_repr_opt(relation.target_name),
        );
        sys_rel.insert(key, relation);
    }

    let required: Vec<&gold::GoldRelation> = gold.relations.iter().filter(|r| !r.optional).collect();
    let fits = |gold: &gold::GoldRelation, sys: &SystemRelation| {
        let has = |ids: &BTreeSet<&str>, end: &Option<String>| end.as_deref().is_some_and(|id| ids.contains(id));
        gold.kind == sys.kind
            && ((has(&sys.sources, &gold.source) && has(&sys.targets, &gold.target))
                || (sys.kind == "met-with" && has(&sys.targets, &gold.source) && has(&sys.sources, &gold.target)))
    };
    let mut open = required.clone();
    for sys in sys_rel.values() {
        let key = format!("rel:{}", sys.kind);
        match open.iter().position(|r| fits(r, sys)) {
            Some(i) => {
                open.remove(i);
                score.add(&key, 1, 0, 0);
            }
            None if gold.relations.iter().any(|r| fits(r, sys)) => {} // optional, or a second edge for one counted
            None => {
                score.add(&key, 0, 1, 0);
                score.false_hits.push(format!(
                    "{} {} -> {}",
                    sys.kind,
                    py_str(sys.source_name),
                    py_str(sys.target_name)
                ));
            }
        }
    }
    for relation in open {
        score.add(&format!("rel:{}", relation.kind), 0, 0, 1);
        score.misses.push(format!(
            "{} {} -> {}",
            relation.kind,
            py_str(relation.source.as_deref()),
            py_str(relation.target.as_deref())
        ));
    }
    for kind in RELATION_TYPES {
        score.add(&format!("rel:{kind}"), 0, 0, 0);
    }
}

#[cfg(test)]
mod tests;
