//! Property tests of merging: over generated extractions, merging graphs is commutative,
//! associative and idempotent, a graph gives back the extractions it was built from, and
//! adding an article the graph already holds changes nothing.
//!
//! Graphs are compared by their JSON documents, which hold everything a graph keeps.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;

use super::{KnowledgeGraph, assert_consistent, relation_order};
use crate::model::{ArticleMeta, EdgeKind, Entity, Evidence, Extraction, NodeKind, Relation, person_key};

/// Names that are forms of each other, so persons merge (and refuse to merge) across articles.
const PERSONS: &[&str] = &[
    "Vladimir Putin",
    "Putin",
    "Xi Jinping",
    "Xi",
    "Jinping",
    "Donald Trump",
    "Donald J. Trump",
    "Trump",
    "Kim Jong Un",
    "Kim Yo Jong",
    "Kim",
    "Jong Un",
];
const ALIASES: &[&str] = &["Xi", "Putin", "President Putin", "Mr Trump", "Kim"];
const ARTICLES: &[&str] = &["a.txt", "b.txt", "c.txt", "d.txt"];
const RULES: &[&str] = &["meet-verb", "aide-of", "demand-that"];

fn entity_strategy() -> impl Strategy<Value = Entity> {
    let person = (0..PERSONS.len(), proptest::collection::btree_set(0..ALIASES.len(), 0..2), 0usize..4).prop_map(
        |(name, aliases, mentions)| {
            let name = PERSONS[name];
            Entity {
                key: person_key(name),
                kind: NodeKind::Person,
                name: name.to_string(),
                aliases: aliases.into_iter().map(|a| ALIASES[a].to_string()).filter(|a| a != name).collect(),
                mentions,
                iso3: None,
                title: None,
                country: None,
            }
        },
    );
    let country = (prop::bool::ANY, 0usize..4).prop_map(|(russia, mentions)| {
        let (name, iso3) = if russia { ("Russia", "RUS") } else { ("China", "CHN") };
        Entity {
            key: crate::model::country_key(name),
            kind: NodeKind::Country,
            name: name.to_string(),
            aliases: BTreeSet::new(),
            mentions,
            iso3: Some(iso3.to_string()),
            title: None,
            country: None,
        }
    });
    let role = Just(Entity {
        key: "role:president@russia".to_string(),
        kind: NodeKind::Role,
        name: "President of Russia".to_string(),
        aliases: BTreeSet::new(),
        mentions: 0,
        iso3: None,
        title: Some("president".to_string()),
        country: Some("country:russia".to_string()),
    });
    prop_oneof![4 => person, 2 => country, 1 => role]
}

/// One article's extraction, with the invariants the extractor keeps: entity keys unique and
/// sorted, relations between its entities, sorted, without duplicates, symmetric ones stored
/// smaller key first.
fn extraction_strategy() -> impl Strategy<Value = Extraction> {
    let meta = (0..ARTICLES.len(), prop::option::of(Just("2025-12-02".to_string())))
        .prop_map(|(id, date)| ArticleMeta { id: ARTICLES[id].to_string(), date, ..ArticleMeta::default() });
    let relation = (0usize..8, 0usize..8, 0..EdgeKind::ALL.len(), 0usize..3, 0..RULES.len(), prop::bool::ANY);
    (meta, proptest::collection::vec(entity_strategy(), 1..6), proptest::collection::vec(relation, 0..6)).prop_map(
        |(article, entities, relations)| {
            let entities: BTreeMap<String, Entity> = entities.into_iter().map(|e| (e.key.clone(), e)).collect();
            let keys: Vec<&String> = entities.keys().collect();
            let mut out = Vec::new();
            for (s, t, kind, sentence, rule, flag) in relations {
                let (source, target) = (keys[s % keys.len()].clone(), keys[t % keys.len()].clone());
                if source == target {
                    continue;
                }
                let kind = EdgeKind::ALL[kind];
                let (source, target) =
                    if kind.is_symmetric() && target < source { (target, source) } else { (source, target) };
                let evidence = Evidence {
                    article: article.id.clone(),
                    sentence,
                    start: sentence * 10,
                    end: sentence * 10 + 9,
                    rule: RULES[rule].to_string(),
                    text: format!("Sentence {sentence}."),
                    date: article.date.clone(),
                    what: (kind == EdgeKind::Demands && flag).then(|| "a ceasefire".to_string()),
                    former: kind == EdgeKind::HoldsRole && flag,
                };
                out.push(Relation { source, kind, target, evidence });
            }
            out.sort_by(relation_order);
            out.dedup();
            Extraction { article, entities: entities.into_values().collect(), relations: out, notes: Vec::new() }
        },
    )
}

fn graph_strategy() -> impl Strategy<Value = KnowledgeGraph> {
    proptest::collection::vec(extraction_strategy(), 0..4).prop_map(|extractions| KnowledgeGraph::build(extractions).0)
}

/// Extractions of distinct articles.
fn distinct_articles_strategy() -> impl Strategy<Value = Vec<Extraction>> {
    proptest::collection::vec(extraction_strategy(), 0..5).prop_map(|extractions| {
        let by_id: BTreeMap<String, Extraction> = extractions.into_iter().map(|e| (e.article.id.clone(), e)).collect();
        by_id.into_values().collect()
    })
}

fn json(graph: &KnowledgeGraph) -> String {
    crate::wire::to_json(graph)
}

fn merge(graphs: &[&KnowledgeGraph]) -> KnowledgeGraph {
    let (merged, _conflicts) = KnowledgeGraph::merge(graphs.iter().copied());
    assert_consistent(&merged);
    merged
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn a_graph_gives_back_its_extractions(extractions in distinct_articles_strategy()) {
        let (graph, conflicts) = KnowledgeGraph::build(extractions.clone());
        assert_consistent(&graph);
        prop_assert!(conflicts.is_empty());
        prop_assert_eq!(graph.extractions(), extractions);
        let (rebuilt, conflicts) = KnowledgeGraph::build(graph.extractions());
        prop_assert!(conflicts.is_empty());
        prop_assert_eq!(json(&rebuilt), json(&graph));
    }

    #[test]
    fn merging_is_commutative(a in graph_strategy(), b in graph_strategy()) {
        prop_assert_eq!(json(&merge(&[&a, &b])), json(&merge(&[&b, &a])));
    }

    #[test]
    fn merging_is_associative(a in graph_strategy(), b in graph_strategy(), c in graph_strategy()) {
        let left = merge(&[&merge(&[&a, &b]), &c]);
        let right = merge(&[&a, &merge(&[&b, &c])]);
        prop_assert_eq!(json(&left), json(&right));
        prop_assert_eq!(json(&left), json(&merge(&[&a, &b, &c])));
    }

    #[test]
    fn merging_is_idempotent(a in graph_strategy()) {
        prop_assert_eq!(json(&merge(&[&a, &a])), json(&a));
        prop_assert_eq!(json(&merge(&[&a])), json(&a));
    }

    #[test]
    fn adding_an_article_already_in_the_graph_changes_nothing(extractions in proptest::collection::vec(extraction_strategy(), 1..5), pick in 0usize..5) {
        let (graph, _) = KnowledgeGraph::build(extractions.clone());
        // The article as the graph keeps it (the one kept when two versions of an id conflict).
        let kept = graph.extractions();
        let again = kept[pick % kept.len()].clone();
        let (added, conflicts) = KnowledgeGraph::build(kept.into_iter().chain([again]));
        prop_assert!(conflicts.is_empty());
        prop_assert_eq!(json(&added), json(&graph));
    }

    #[test]
    fn json_round_trips(graph in graph_strategy()) {
        let read = crate::wire::from_json(&json(&graph)).expect("our own JSON reads back");
        assert_consistent(&read);
        prop_assert_eq!(json(&read), json(&graph));
    }
}

/// One article with one person, dated or not.
fn dated_article(date: Option<&str>) -> Extraction {
    let name = "Vladimir Putin";
    Extraction {
        article: ArticleMeta { id: "a.txt".into(), date: date.map(String::from), ..ArticleMeta::default() },
        entities: vec![Entity {
            key: person_key(name),
            kind: NodeKind::Person,
            name: name.into(),
            aliases: BTreeSet::new(),
            mentions: 1,
            iso3: None,
            title: None,
            country: None,
        }],
        relations: Vec::new(),
        notes: Vec::new(),
    }
}

#[test]
fn versions_of_an_article_that_differ_only_in_metadata_are_chosen_whatever_their_order() {
    let (undated, dated) = (dated_article(None), dated_article(Some("2025-12-02")));
    let (first, conflicts) = KnowledgeGraph::build([undated.clone(), dated.clone()]);
    assert_eq!(conflicts.len(), 1);
    let (second, _) = KnowledgeGraph::build([dated, undated]);
    assert_eq!(json(&first), json(&second));
}

#[test]
fn versions_of_an_article_that_differ_only_in_notes_are_no_conflict() {
    let mut explained = dated_article(None);
    explained.notes.push("Vladimir Putin: \"Putin\" is a shorter form of \"Vladimir Putin\"".into());
    let (graph, conflicts) = KnowledgeGraph::build([dated_article(None), explained]);
    assert!(conflicts.is_empty());
    assert_eq!(graph.article_count(), 1);
}

#[test]
fn two_short_names_of_one_article_do_not_join_the_same_person() {
    // b.txt says "Xi" and "Jinping" (two persons, as far as it knows); a.txt says "Xi Jinping".
    let person = |name: &str, aliases: &[&str]| Entity {
        key: person_key(name),
        kind: NodeKind::Person,
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        mentions: 1,
        iso3: None,
        title: None,
        country: None,
    };
    let article = |id: &str, entities: Vec<Entity>, relations: Vec<Relation>| Extraction {
        article: ArticleMeta { id: id.into(), ..ArticleMeta::default() },
        entities,
        relations,
        notes: Vec::new(),
    };
    let evidence = Evidence {
        article: "b.txt".into(),
        sentence: 0,
        start: 0,
        end: 16,
        rule: "meet-verb".into(),
        text: "Jinping met Xi.".into(),
        date: None,
        what: None,
        former: false,
    };
    let met = Relation { source: person_key("Jinping"), kind: EdgeKind::MetWith, target: person_key("Xi"), evidence };
    let extractions = vec![
        article("a.txt", vec![person("Xi Jinping", &["Xi"])], Vec::new()),
        article("b.txt", vec![person("Jinping", &[]), person("Xi", &[])], vec![met]),
    ];
    let (graph, _) = KnowledgeGraph::build(extractions.clone());
    assert_consistent(&graph);
    assert_eq!(graph.extractions(), extractions, "the meeting in b.txt survives");
    assert!(graph.merge_notes().iter().any(|n| n.reason.contains("kept apart")), "{:?}", graph.merge_notes());
}
