//! Scoring on small gold/graph pairs whose counts were worked out by hand and confirmed with
//! score.py (`python3 score.py --gold G --system S --verbose` on the same two documents).

use super::*;

/// The article's counts (non-zero keys), then its misses and false hits, one per line.
fn score(gold: &str, graph: &str) -> String {
    let gold = Gold::from_json(gold).unwrap();
    let graph = SystemGraph::from_json(graph).unwrap();
    let score = score_article(&gold, &graph);
    let mut out = String::new();
    for (key, c) in &score.counts {
        if *c != Counts::default() {
            out += &format!("{key} {} {} {}\n", c.tp, c.fp, c.fn_);
        }
    }
    for miss in &score.misses {
        out += &format!("missed: {miss}\n");
    }
    for hit in &score.false_hits {
        out += &format!("false: {hit}\n");
    }
    out
}

const KREMLIN_GOLD: &str = r#"
{"article": "a.txt",
 "entities": [
  {"id": "putin", "kind": "person", "name": "Vladimir Putin", "aliases": ["Putin"]},
  {"id": "witkoff", "kind": "person", "name": "Steve Witkoff"},
  {"id": "peskov", "kind": "person", "name": "Dmitry Peskov", "optional": true},
  {"id": "russia", "kind": "country", "name": "Russia", "aliases": ["Moscow"]},
  {"id": "us", "kind": "country", "name": "United States", "aliases": ["U.S."]}],
 "roles": [
  {"id": "r1", "holder": "putin", "title": "president", "country": "russia"},
  {"id": "r2", "holder": null, "title": "foreign minister", "country": "russia"},
  {"id": "r3", "holder": "witkoff", "title": "special envoy", "country": "us"}],
 "relations": [
  {"source": "putin", "type": "met-with", "target": "witkoff"},
  {"source": "r2", "type": "met-with", "target": "witkoff"},
  {"source": "witkoff", "type": "represents", "target": "us"},
  {"source": "putin", "type": "demands", "target": "us", "optional": true},
  {"source": "russia", "type": "demands", "target": "us"}]}
"#;

const KREMLIN_GRAPH: &str = r#"
{"nodes": [
  {"id": "person:vladimir-putin", "kind": "person", "name": "Vladimir Putin"},
  {"id": "person:putin", "kind": "person", "name": "Putin"},
  {"id": "person:steve-witkoff", "kind": "person", "name": "Steve Witkoff", "aliases": ["Witkoff"]},
  {"id": "person:x", "kind": "person", "name": "Mr X"},
  {"id": "country:russia", "kind": "country", "name": "Russia", "aliases": ["Moscow"]},
  {"id": "country:us", "kind": "country", "name": "United States", "aliases": ["U.S."]},
  {"id": "role:president@russia", "kind": "role", "name": "President of Russia", "title": "president", "country": "country:russia"},
  {"id": "role:foreign-minister@russia", "kind": "role", "name": "Foreign Minister of Russia", "title": "foreign minister", "country": "country:russia"},
  {"id": "role:envoy@us", "kind": "role", "name": "Envoy of the United States", "title": "envoy", "country": "country:us"}],
 "edges": [
  {"source": "person:vladimir-putin", "target": "role:president@russia", "kind": "holds-role"},
  {"source": "person:steve-witkoff", "target": "role:envoy@us", "kind": "holds-role"},
  {"source": "person:x", "target": "role:president@russia", "kind": "holds-role"},
  {"source": "person:steve-witkoff", "target": "person:putin", "kind": "met-with"},
  {"source": "role:foreign-minister@russia", "target": "person:steve-witkoff", "kind": "met-with"},
  {"source": "person:steve-witkoff", "target": "country:us", "kind": "represents"},
  {"source": "person:vladimir-putin", "target": "country:us", "kind": "demands"},
  {"source": "person:x", "target": "person:vladimir-putin", "kind": "advises"}]}
"#;

#[test]
fn a_small_article_gives_the_counts_score_py_gives() {
    // Putin matched exactly, his second node a false person that still stands for him in the
    // reversed meeting; a holderless office as an endpoint; an optional demand neither missed
    // nor false; "special envoy" ~ "envoy".
    insta::assert_snapshot!(score(KREMLIN_GOLD, KREMLIN_GRAPH), @r"
    entity:country 2 0 0
    entity:person 2 2 0
    rel:advises 0 1 0
    rel:demands 0 0 1
    rel:met-with 2 0 0
    rel:represents 1 0 0
    roles 3 1 0
    missed: demands russia -> us
    false: person Putin
    false: person Mr X
    false: role ?person:x president russia
    false: advises Mr X -> Vladimir Putin
    ");
}

#[test]
fn an_empty_graph_misses_every_required_fact() {
    insta::assert_snapshot!(score(KREMLIN_GOLD, "{}"), @r"
    entity:country 0 0 2
    entity:person 0 0 2
    rel:demands 0 0 1
    rel:met-with 0 0 2
    rel:represents 0 0 1
    roles 0 0 3
    missed: person Vladimir Putin
    missed: person Steve Witkoff
    missed: country Russia
    missed: country United States
    missed: role putin president russia
    missed: role None foreign minister russia
    missed: role witkoff special envoy us
    missed: met-with putin -> witkoff
    missed: met-with r2 -> witkoff
    missed: represents witkoff -> us
    missed: demands russia -> us
    ");
}

#[test]
fn roles_are_claimed_in_score_py_order() {
    // Sorted by Python's str, ('putin', 'president', 'russia') comes before
    // ('putin', 'president', None): it takes r1, and the country-less role is left r2. In the
    // other order the country-less role would take r1 and the other would find nothing open.
    let gold = r#"{"article": "a.txt",
        "entities": [{"id": "putin", "kind": "person", "name": "Putin"},
                     {"id": "russia", "kind": "country", "name": "Russia"},
                     {"id": "ukraine", "kind": "country", "name": "Ukraine"}],
        "roles": [{"id": "r1", "holder": "putin", "title": "president", "country": "russia"},
                  {"id": "r2", "holder": "putin", "title": "president", "country": "ukraine"}]}"#;
    let graph = r#"{"nodes": [
        {"id": "p", "kind": "person", "name": "Putin"},
        {"id": "c", "kind": "country", "name": "Russia"},
        {"id": "u", "kind": "country", "name": "Ukraine"},
        {"id": "r", "kind": "role", "name": "President", "title": "president"},
        {"id": "rc", "kind": "role", "name": "President of Russia", "title": "president", "country": "c"}],
      "edges": [{"source": "p", "target": "r", "kind": "holds-role"},
                {"source": "p", "target": "rc", "kind": "holds-role"}]}"#;
    insta::assert_snapshot!(score(gold, graph), @r"
    entity:country 2 0 0
    entity:person 1 0 0
    roles 2 0 0
    ");
}

#[test]
fn matching_prefers_exact_names_and_reassigns_loose_ones() {
    // "Bush" is a loose candidate of both gold Bushes; the augmenting path gives each gold
    // entity its own node.
    let gold = r#"{"article": "a.txt", "entities": [
        {"id": "gwb", "kind": "person", "name": "George W. Bush", "aliases": ["Bush"]},
        {"id": "ghwb", "kind": "person", "name": "George Bush", "aliases": ["Bush"]}]}"#;
    let graph = r#"{"nodes": [
        {"id": "b", "kind": "person", "name": "Bush", "aliases": ["George W. Bush"]},
        {"id": "c", "kind": "person", "name": "President Bush", "aliases": ["Bush"]}]}"#;
    insta::assert_snapshot!(score(gold, graph), @"entity:person 2 0 0");
}

#[test]
fn unknown_relation_types_get_their_own_row_like_in_score_py() {
    let gold = r#"{"article": "a.txt", "entities": [{"id": "a", "kind": "person", "name": "A"}],
        "relations": [{"source": "a", "type": "meets", "target": "a"}]}"#;
    insta::assert_snapshot!(score(gold, "{}"), @r"
    entity:person 0 0 1
    rel:meets 0 0 1
    missed: person A
    missed: meets a -> a
    ");
}

#[test]
fn gold_problems_are_listed_and_unusable_files_are_errors() {
    let gold = Gold::from_json(
        r#"{"article": "a.txt",
            "entities": [{"id": "a", "kind": "human", "name": ""}, {"id": "a", "kind": "person", "name": "A"}],
            "roles": [{"id": "r1", "holder": "b", "title": null, "country": "xx"}],
            "relations": [{"source": "a", "type": "meets", "target": "r9"}]}"#,
    )
    .unwrap();
    assert_eq!(
        gold.problems(),
        [
            "id 'a' is used twice",
            "role r1: unknown holder 'b'",
            "role r1: unknown country 'xx'",
            "role r1: no title",
            "relation 0: unknown type 'meets'",
            "relation 0: unknown target 'r9'",
        ]
    );
    let error = |text: &str| Gold::from_json(text).unwrap_err().to_string();
    assert_eq!(error("[1]"), "a gold file is a JSON object with \"article\", \"entities\", ...");
    assert_eq!(error(r#"{"entities": []}"#), "no \"article\": the file name of the annotated article");
    assert_eq!(error(r#"{"article": "a.txt", "entities": [{"kind": "person"}]}"#), "entity 0: no \"id\"");
    assert_eq!(
        error(r#"{"article": "a.txt", "entities": [{"id": "a", "kind": "person", "name": 5}]}"#),
        "entity a: \"name\" must be a string or null, not 5"
    );
    assert_eq!(error("{\"article\": \"a.txt\",\n \"roles\": [}"), "line 2, column 12: expected value");
}

#[test]
fn graphs_read_like_score_py_reads_them() {
    // `links` when there is no `edges`; absent keys are None; a node without an id is an error
    let graph =
        SystemGraph::from_json(r#"{"nodes": [{"id": "a", "kind": "person"}], "links": [{"kind": "met-with"}]}"#);
    assert_eq!(graph.unwrap().edges.len(), 1);
    let error = SystemGraph::from_json(r#"{"nodes": [{"kind": "person"}]}"#).unwrap_err();
    assert_eq!(error.to_string(), "node 0: no \"id\"");
}
