//! Name resolution: from what a user types ("putin", "Erdogan", "kim jong un") to nodes.
//!
//! Names are compared folded as ids are ([`crate::model::slug`]: case, diacritics, punctuation
//! and spacing do not count). A name fits a node in one of three ways, tried in order, and the
//! first way that fits any node decides:
//! 1. it is the node's id, exactly (`person:vladimir-putin`);
//! 2. it folds to the node's name or one of its aliases;
//! 3. it folds to the last word of a person's name ("putin" for Vladimir Putin).
//!
//! So "Trump" names Donald Trump when some article called him "Trump", even if the graph also
//! holds a Melania Trump; but when no alias says so, "Trump" fits both and is ambiguous.

use petgraph::stable_graph::NodeIndex;

use crate::graph::KnowledgeGraph;
use crate::model::{NodeKind, slug};

use super::QueryError;

/// How many near names a "no node is called ..." message suggests.
const MAX_SUGGESTIONS: usize = 5;

/// Every node `name` fits, in id order, by the first of the three ways that fits any node.
pub fn candidates(graph: &KnowledgeGraph, name: &str) -> Vec<NodeIndex> {
    if let Some(index) = graph.index_of(name) {
        return vec![index];
    }
    let folded = slug(name);
    if folded.is_empty() {
        return Vec::new();
    }
    let petgraph = graph.petgraph();
    let mut by_name = Vec::new();
    let mut by_last_word = Vec::new();
    for index in petgraph.node_indices() {
        let node = &petgraph[index];
        if fits(&node.name, &folded) || node.aliases.iter().any(|alias| fits(alias, &folded)) {
            by_name.push(index);
        } else if by_name.is_empty()
            && node.kind == NodeKind::Person
            && node.name.split_whitespace().next_back().is_some_and(|last| fits(last, &folded))
        {
            by_last_word.push(index);
        }
    }
    let mut found = if by_name.is_empty() { by_last_word } else { by_name };
    found.sort_by(|a, b| petgraph[*a].id.cmp(&petgraph[*b].id));
    found
}

/// The one node `name` fits; an error that lists the candidates when it fits several, or
/// suggests near names when it fits none.
pub fn resolve(graph: &KnowledgeGraph, name: &str) -> Result<NodeIndex, QueryError> {
    match candidates(graph, name).as_slice() {
        [one] => Ok(*one),
        [] => Err(QueryError::NotFound { name: name.to_string(), suggestions: suggestions(graph, name) }),
        many => Err(QueryError::Ambiguous {
            name: name.to_string(),
            candidates: many.iter().map(|&i| describe(graph, i)).collect(),
        }),
    }
}

/// `Donald Trump (person:donald-trump)`.
pub fn describe(graph: &KnowledgeGraph, index: NodeIndex) -> String {
    let node = &graph.petgraph()[index];
    format!("{} ({})", node.name, node.id)
}

/// Whether `text` folds to `folded`. Most names are ASCII: those are compared without
/// building the folded string, which keeps a scan over a hundred thousand nodes fast.
fn fits(text: &str, folded: &str) -> bool {
    if text.is_ascii() {
        let mut wanted = folded.bytes();
        let mut pending_dash = false;
        let mut started = false;
        for b in text.bytes() {
            if b == b'\'' || b == b'.' {
                continue;
            }
            if b.is_ascii_alphanumeric() {
                if pending_dash && started && wanted.next() != Some(b'-') {
                    return false;
                }
                pending_dash = false;
                started = true;
                if wanted.next() != Some(b.to_ascii_lowercase()) {
                    return false;
                }
            } else {
                pending_dash = true;
            }
        }
        wanted.next().is_none()
    } else {
        slug(text) == folded
    }
}

/// Names of nodes whose folded name contains the folded query, most mentioned first.
fn suggestions(graph: &KnowledgeGraph, name: &str) -> Vec<String> {
    let folded = slug(name);
    if folded.len() < 3 {
        return Vec::new();
    }
    let petgraph = graph.petgraph();
    let mut near: Vec<NodeIndex> =
        petgraph.node_indices().filter(|&i| slug(&petgraph[i].name).contains(&folded)).collect();
    near.sort_by(|a, b| petgraph[*b].mentions.cmp(&petgraph[*a].mentions).then(petgraph[*a].id.cmp(&petgraph[*b].id)));
    near.into_iter().take(MAX_SUGGESTIONS).map(|i| describe(graph, i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{self, node};

    fn person(name: &str, aliases: &[&str]) -> crate::graph::Node {
        node(&crate::model::person_key(name), NodeKind::Person, name, aliases)
    }

    fn graph() -> KnowledgeGraph {
        let nodes = vec![
            person("Vladimir Putin", &["Putin", "President Putin"]),
            person("Recep Tayyip Erdoğan", &[]),
            person("Donald Trump", &[]),
            person("Melania Trump", &[]),
            person("Kim Jong-un", &[]),
            node("country:russia", NodeKind::Country, "Russia", &["Moscow", "Kremlin"]),
        ];
        fixtures::graph(nodes, Vec::new())
    }

    fn check(query: &str, expected: &[&str]) {
        let graph = graph();
        let found: Vec<&str> = candidates(&graph, query).into_iter().map(|i| graph.petgraph()[i].id.as_str()).collect();
        assert_eq!(found, expected, "{query}");
    }

    #[test]
    fn names_fit_by_id_name_alias_and_last_word() {
        check("person:vladimir-putin", &["person:vladimir-putin"]);
        check("Vladimir Putin", &["person:vladimir-putin"]);
        check("putin", &["person:vladimir-putin"]);
        check("PRESIDENT  putin", &["person:vladimir-putin"]);
        check("the kremlin", &[]);
        check("kremlin", &["country:russia"]);
        check("erdogan", &["person:recep-tayyip-erdogan"]);
        check("Recep Tayyip Erdogan", &["person:recep-tayyip-erdogan"]);
        check("kim jong un", &["person:kim-jong-un"]);
        check("Jong-Un", &["person:kim-jong-un"]);
        check("trump", &["person:donald-trump", "person:melania-trump"]);
        check("", &[]);
        check("vladimir", &[]);
    }

    #[test]
    fn a_name_or_alias_wins_over_a_last_word() {
        // "Russia" is a country's name and no person's last word matters once it fits.
        let nodes = vec![person("Anna Russia", &[]), node("country:russia", NodeKind::Country, "Russia", &[])];
        let graph = fixtures::graph(nodes, Vec::new());
        let found: Vec<&str> =
            candidates(&graph, "russia").into_iter().map(|i| graph.petgraph()[i].id.as_str()).collect();
        assert_eq!(found, ["country:russia"]);
    }

    #[test]
    fn resolve_reports_ambiguity_and_absence() {
        let graph = graph();
        match resolve(&graph, "Trump") {
            Err(QueryError::Ambiguous { candidates, .. }) => {
                assert_eq!(candidates, ["Donald Trump (person:donald-trump)", "Melania Trump (person:melania-trump)"])
            }
            other => panic!("{other:?}"),
        }
        match resolve(&graph, "Putn") {
            Err(QueryError::NotFound { suggestions, .. }) => assert!(suggestions.is_empty()),
            other => panic!("{other:?}"),
        }
        match resolve(&graph, "Vlad") {
            Err(QueryError::NotFound { suggestions, .. }) => {
                assert_eq!(suggestions, ["Vladimir Putin (person:vladimir-putin)"])
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn fast_ascii_fold_agrees_with_slug() {
        for text in ["Vladimir Putin", " Mr. O'Brien ", "Kim Jong-un", "a--b", "U.S.", "X", "", "AT&T co", "3rd-way"] {
            for other in ["Vladimir Putin", "O'Brien", "kim jong un", "a b", "US", "x", "at t co", "3rd way", "ab"] {
                assert_eq!(fits(text, &slug(other)), slug(text) == slug(other), "{text:?} vs {other:?}");
            }
        }
    }
}
