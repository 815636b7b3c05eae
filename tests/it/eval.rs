//! `newsgraph eval` against the reference scorer, shared/eval/score.py: the same figures on the
//! shared gold set, the same output on random gold/graph pairs, the same name and title
//! folding; and the messages a user gets for bad gold files and missing articles.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use newsgraph::eval::{CIVIL_GENERALS, PHRASE_FOLD, TITLE_FOLD, TITLE_WORDS, norm, title_head};
use serde_json::{Value, json};

use crate::common::{newsgraph, root, sample, shared_corpus, tool_available};

/// The shared corpus and score.py, when both are there and python3 runs.
fn reference() -> Option<(PathBuf, PathBuf)> {
    let corpus = shared_corpus()?;
    if !tool_available("python3", &["--version"]) {
        return None;
    }
    let score = corpus.join("../eval/score.py");
    Some((corpus, score))
}

fn python(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new("python3")
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout_of(out: &Output, what: &str) -> String {
    assert!(out.status.success(), "{what} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn eval(args: &[&str]) -> Output {
    newsgraph().arg("eval").args(args).output().expect("newsgraph runs")
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn eval_gives_the_figures_of_score_py_on_the_shared_set() {
    let Some((corpus, score)) = reference() else { return };
    let (gold, articles) = (corpus.join("gold"), corpus.join("articles"));
    let cmd = format!("{} build {{article}} --format json", env!("CARGO_BIN_EXE_newsgraph"));
    let args = [path(&score), "--gold", path(&gold), "--articles", path(&articles), "--cmd", &cmd, "--json"];
    let expected = stdout_of(&python(&args, ""), "score.py");
    let actual = stdout_of(&eval(&["--gold", path(&gold), "--articles", path(&articles), "--json"]), "eval");
    let (expected_json, actual_json): (Value, Value) =
        (serde_json::from_str(&expected).unwrap(), serde_json::from_str(&actual).unwrap());
    for (key, row) in expected_json.as_object().unwrap() {
        for count in ["tp", "fp", "fn"] {
            assert_eq!(actual_json[key].get(count), row.get(count), "{key} {count}");
        }
    }
    assert_eq!(actual_json, expected_json);
    assert_eq!(actual, expected, "the same figures, printed the same way");
    assert_eq!(actual_json["failed_articles"], 0);
}

/// The shared articles built by the binary into `<article>.json` files, once per test run.
fn shared_graphs(corpus: &Path) -> &'static Path {
    static GRAPHS: OnceLock<tempfile::TempDir> = OnceLock::new();
    GRAPHS
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            for entry in fs::read_dir(corpus.join("gold")).unwrap() {
                let gold: Value = serde_json::from_str(&fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
                let article = gold["article"].as_str().unwrap();
                let output = dir.path().join(format!("{article}.json"));
                let out = newsgraph()
                    .args(["build", path(&corpus.join("articles").join(article)), "-q", "-o", path(&output)])
                    .output()
                    .unwrap();
                assert!(out.status.success(), "{article}: {}", String::from_utf8_lossy(&out.stderr));
            }
            dir
        })
        .path()
}

/// Output with the lines of each `== article` block sorted: score.py lists relations whose
/// ends stand for several gold ids in hash order, which changes from run to run.
fn blocks_sorted(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.starts_with("== ") || !line.starts_with("   ") {
            block.sort_unstable();
            out.extend(block.drain(..).map(str::to_string));
            out.push(line.to_string());
        } else {
            block.push(line);
        }
    }
    out
}

#[test]
fn eval_verbose_lists_the_misses_and_false_hits_of_score_py() {
    let Some((corpus, score)) = reference() else { return };
    let (gold, system) = (corpus.join("gold"), shared_graphs(&corpus));
    let expected = python(&[path(&score), "--gold", path(&gold), "--system", path(system), "--verbose"], "");
    let actual = eval(&["--gold", path(&gold), "--system", path(system), "--verbose"]);
    let (expected, actual) = (stdout_of(&expected, "score.py"), stdout_of(&actual, "eval"));
    assert!(actual.contains("== seed-kremlin-envoys.txt\n"));
    assert_eq!(blocks_sorted(&actual), blocks_sorted(&expected));
}

/// score.py with `sorted(..., key=str)` made deterministic: the items of a frozenset in sorted
/// order, as `eval` lists them, instead of hash order.
const SCORE_PY_SORTED_SETS: &str = r#"
import builtins, sys
sys.path.insert(0, sys.argv[1])
import score
def canon(x):
    if isinstance(x, tuple):
        return "(" + ", ".join(canon(i) for i in x) + ("," if len(x) == 1 else "") + ")"
    if isinstance(x, frozenset):
        return "frozenset({" + ", ".join(repr(i) for i in builtins.sorted(x)) + "})" if x else "frozenset()"
    return repr(x)
score.sorted = lambda items, key=None: builtins.sorted(items, key=canon if key is str else key)
sys.argv = ["score.py"] + sys.argv[2:]
sys.exit(score.main())
"#;

/// A small deterministic generator (xorshift64*), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
}

const PERSONS: &[&str] = &[
    "Vladimir Putin",
    "Putin",
    "Mr Putin",
    "George Bush",
    "George W. Bush",
    "Bush",
    "Erdoğan",
    "Erdogan",
    "O'Brien",
    "Kim Jong Un",
    "Kim",
    "the President",
    "Jean-Luc",
    "jean luc",
    "",
];
const COUNTRIES: &[&str] =
    &["Russia", "Moscow", "the Kremlin", "U.S.", "United States", "US", "Britain", "UK", "Élysée"];
const TITLES: &[&str] = &[
    "president",
    "prime minister",
    "PM",
    "premier",
    "Foreign Secretary",
    "Home Secretary",
    "senior adviser",
    "advisor",
    "Bank of Japan governor",
    "director of public prosecutions",
    "secretary-general",
    "attorney general",
    "secretary of state",
    "vice president",
    "spokesman",
    "Major General",
    "envoy",
    "MP",
    "",
];
const RELATIONS: &[&str] = &["met-with", "advises", "demands", "represents"];

/// One random article: gold annotations and a system graph that shares many of their names,
/// with the oddities score.py must get right (optional facts, repeated ids, holderless offices,
/// empty titles, `links` for `edges`, unknown relation types).
fn random_case(rng: &mut Rng, article: &str) -> (Value, Value) {
    let mut entities = Vec::new();
    for i in 0..rng.below(7) {
        let kind = rng.pick(&["person", "person", "country", "country", "organization"]);
        let names = if kind == "country" { COUNTRIES } else { PERSONS };
        let mut entity = json!({"id": if rng.chance(5) { "e0".into() } else { format!("e{i}") }, "kind": kind,
                                "name": rng.pick(names), "aliases": [rng.pick(names), rng.pick(names)]});
        if rng.chance(20) {
            entity["optional"] = json!(true);
        }
        entities.push(entity);
    }
    let entity_ids: Vec<Value> = entities.iter().map(|e| e["id"].clone()).chain([Value::Null]).collect();
    let mut roles = Vec::new();
    for i in 0..rng.below(5) {
        let id = if rng.chance(5) { rng.pick(&["", "e1", "r0"]).to_string() } else { format!("r{i}") };
        roles.push(json!({"id": id, "holder": rng.pick(&entity_ids), "title": rng.pick(TITLES),
                          "country": rng.pick(&entity_ids), "optional": rng.chance(20)}));
    }
    let mut ids: Vec<Value> = entity_ids.clone();
    ids.extend(roles.iter().map(|r| r["id"].clone()));
    let mut relations = Vec::new();
    for _ in 0..rng.below(8) {
        let kind = if rng.chance(5) { "meets" } else { rng.pick(RELATIONS) };
        relations.push(json!({"source": rng.pick(&ids), "type": kind, "target": rng.pick(&ids),
                              "optional": rng.chance(20)}));
    }

    // system nodes: copies of gold entities and offices under their names, and strays
    let mut nodes: Vec<Value> = Vec::new();
    let mut stands_for: Vec<(Value, String)> = Vec::new(); // gold id, node id
    for i in 0..rng.below(9) {
        let id = if rng.chance(5) { "n0".to_string() } else { format!("n{i}") };
        let node = if !entities.is_empty() && rng.chance(60) {
            let entity = rng.pick(&entities);
            stands_for.push((entity["id"].clone(), id.clone()));
            let forms = [entity["name"].clone(), entity["aliases"][0].clone(), entity["aliases"][1].clone()];
            json!({"id": id, "kind": entity["kind"], "name": rng.pick(&forms), "aliases": [rng.pick(&forms)]})
        } else if !roles.is_empty() && rng.chance(50) {
            let role = rng.pick(&roles);
            stands_for.push((role["id"].clone(), id.clone()));
            json!({"id": id, "kind": "role", "name": "Office", "title": role["title"]})
        } else {
            let kind = rng.pick(&["person", "country", "role", "organization"]);
            json!({"id": id, "kind": kind, "name": rng.pick(PERSONS), "title": rng.pick(TITLES)})
        };
        nodes.push(node);
    }
    let countries: Vec<Value> = nodes.iter().filter(|n| n["kind"] == "country").map(|n| n["id"].clone()).collect();
    for node in nodes.iter_mut().filter(|n| n["kind"] == "role") {
        if !countries.is_empty() && rng.chance(50) {
            node["country"] = rng.pick(&countries);
        }
    }
    let node_for = |rng: &mut Rng, gold_id: &Value| {
        let found: Vec<&String> = stands_for.iter().filter(|(g, _)| g == gold_id).map(|(_, n)| n).collect();
        (!found.is_empty()).then(|| found[rng.below(found.len())].clone())
    };
    let mut edges = Vec::new();
    for _ in 0..if nodes.is_empty() { 0 } else { rng.below(12) } {
        let (kind, source, target) = if !relations.is_empty() && rng.chance(40) {
            let r = rng.pick(&relations);
            (r["type"].clone(), node_for(rng, &r["source"]), node_for(rng, &r["target"]))
        } else if !roles.is_empty() && rng.chance(40) {
            let r = rng.pick(&roles);
            (json!("holds-role"), node_for(rng, &r["holder"]), node_for(rng, &r["id"]))
        } else {
            (json!(rng.pick(&["met-with", "advises", "demands", "represents", "holds-role", "mentions"])), None, None)
        };
        let source = source.unwrap_or_else(|| rng.pick(&nodes)["id"].as_str().unwrap().to_string());
        let target = target.unwrap_or_else(|| rng.pick(&nodes)["id"].as_str().unwrap().to_string());
        let (source, target) = if rng.chance(30) { (target, source) } else { (source, target) };
        edges.push(json!({"source": source, "target": target, "kind": kind}));
    }
    let gold = json!({"article": article, "entities": entities, "roles": roles, "relations": relations});
    let edge_key = if rng.chance(10) { "links" } else { "edges" };
    (gold, json!({"nodes": nodes, edge_key: edges}))
}

#[test]
fn eval_matches_score_py_on_random_gold_and_graphs() {
    let Some((_, score)) = reference() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (gold, system) = (dir.path().join("gold"), dir.path().join("system"));
    fs::create_dir_all(&gold).unwrap();
    fs::create_dir_all(&system).unwrap();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for i in 0..400 {
        let article = format!("a{i:03}.txt");
        let (gold_doc, graph) = random_case(&mut rng, &article);
        fs::write(gold.join(format!("{article}.json")), gold_doc.to_string()).unwrap();
        fs::write(system.join(format!("{article}.json")), graph.to_string()).unwrap();
    }
    let eval_dir = score.parent().unwrap();
    for mode in ["--verbose", "--json"] {
        let args = ["-c", SCORE_PY_SORTED_SETS, path(eval_dir), "--gold", path(&gold), "--system", path(&system), mode];
        let expected = stdout_of(&python(&args, ""), "score.py");
        let actual = eval(&["--gold", path(&gold), "--system", path(&system), mode]);
        assert_eq!(actual.status.code(), Some(2), "random gold files have problems: exit status 2");
        let actual = String::from_utf8(actual.stdout).unwrap();
        if actual != expected {
            let first = actual.split("\n== ").zip(expected.split("\n== ")).find(|(a, e)| a != e);
            let (actual, expected) = first.unwrap_or((&actual, &expected));
            let kept = dir.keep();
            panic!("{mode}: eval printed\n{actual}\nscore.py printed\n{expected}\n(files kept in {})", kept.display());
        }
    }
}

#[test]
fn names_and_titles_fold_like_score_py() {
    let Some((corpus, score)) = reference() else { return };
    let mut texts: Vec<String> = [
        "Senior Adviser",
        "U.S. Secretary of State",
        "Deputy Chief of Staff",
        "Minister of Foreign Affairs",
        "Secretary of Defense",
        "chief of the general staff",
        "Defence Secretary",
        "Director-General",
        "UN Secretary-General",
        "Lieutenant General",
        "Attorney-General",
        "Surgeon General",
        "head of state",
        "speaker of the house",
        "the Élysée",
        "O\u{2019}Brien",
        "\"(Putin)\"",
        "Ｐｕｔｉｎ",
        "a\u{1c}b\u{a0}c\u{2003}d",
        "ΣΊΣΥΦΟΣ",
        "İstanbul",
        "",
    ]
    .map(String::from)
    .to_vec();
    let gold_dir = corpus.join("gold");
    for entry in fs::read_dir(&gold_dir).unwrap() {
        let gold: Value = serde_json::from_str(&fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        for role in gold["roles"].as_array().into_iter().flatten() {
            texts.extend(role["title"].as_str().map(String::from));
        }
        for entity in gold["entities"].as_array().into_iter().flatten() {
            texts.extend(entity["name"].as_str().map(String::from));
            texts.extend(
                entity["aliases"].as_array().into_iter().flatten().filter_map(|a| a.as_str().map(String::from)),
            );
        }
    }
    for entry in fs::read_dir(shared_graphs(&corpus)).unwrap() {
        let graph: Value = serde_json::from_str(&fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        for node in graph["nodes"].as_array().unwrap() {
            texts.extend(["name", "title"].iter().filter_map(|k| node[k].as_str().map(String::from)));
        }
    }
    let script = "import json, sys\n\
                  sys.path.insert(0, sys.argv[1])\n\
                  import score\n\
                  texts = json.load(sys.stdin)\n\
                  tables = [score.TITLE_FOLD, score.PHRASE_FOLD, sorted(score.TITLE_WORDS), sorted(score.CIVIL_GENERALS)]\n\
                  print(json.dumps([[[score.norm(t), score.title_head(t)] for t in texts], tables]))";
    let out = python(&["-c", script, path(score.parent().unwrap())], &serde_json::to_string(&texts).unwrap());
    let reference: Value = serde_json::from_str(&stdout_of(&out, "score.py")).unwrap();
    for (text, expected) in texts.iter().zip(reference[0].as_array().unwrap()) {
        assert_eq!(json!([norm(text), title_head(text)]), *expected, "norm and title_head of {text:?}");
    }
    let sorted = |words: &[&'static str]| {
        let mut words = words.to_vec();
        words.sort_unstable();
        words
    };
    let map = |table: &[(&str, &str)]| -> serde_json::Map<String, Value> {
        table.iter().map(|(from, to)| (from.to_string(), json!(to))).collect()
    };
    let tables = json!([map(TITLE_FOLD), map(PHRASE_FOLD), sorted(TITLE_WORDS), sorted(CIVIL_GENERALS),]);
    assert_eq!(tables, reference[1], "the folding tables are score.py's");
}

/// A gold folder in a temporary directory, one file per (name, content).
fn gold_folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in files {
        fs::write(dir.path().join(name), content).unwrap();
    }
    dir
}

const SEED_GOLD: &str = r#"{"article": "seed-kremlin-envoys.txt",
  "entities": [{"id": "putin", "kind": "person", "name": "Vladimir Putin", "aliases": ["Putin"]},
               {"id": "russia", "kind": "country", "name": "Russia"}],
  "roles": [{"id": "r1", "holder": "putin", "title": "president", "country": "russia"}]}"#;

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn eval_builds_the_named_article_and_scores_it() {
    let gold = gold_folder(&[("seed-kremlin-envoys.txt.json", SEED_GOLD)]);
    let articles = sample("seed-kremlin-envoys.txt").parent().unwrap().to_path_buf();
    let out = eval(&["--gold", path(gold.path()), "--articles", path(&articles), "--json"]);
    let summary: Value = serde_json::from_str(&stdout_of(&out, "eval")).unwrap();
    assert_eq!(summary["entity:person"]["tp"], 1);
    assert_eq!(summary["entity:country"]["tp"], 1);
    assert_eq!(summary["roles"]["tp"], 1);
    assert_eq!(summary["articles"], 1);
    assert_eq!(summary["failed_articles"], 0);
}

#[test]
fn a_missing_article_is_named_scored_empty_and_fails_the_run() {
    let missing = r#"{"article": "no-such-article.txt", "entities": [{"id": "a", "kind": "person", "name": "A"}]}"#;
    let gold = gold_folder(&[("seed-kremlin-envoys.txt.json", SEED_GOLD), ("no-such-article.txt.json", missing)]);
    let articles = sample("seed-kremlin-envoys.txt").parent().unwrap().to_path_buf();
    let out = eval(&["--gold", path(gold.path()), "--articles", path(&articles)]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("no-such-article.txt: no graph ("), "{stderr}");
    assert!(stderr.contains(path(&articles.join("no-such-article.txt"))), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.ends_with("articles: 2, failed: 1\n"), "{stdout}");
}

#[test]
fn bad_gold_files_are_named_with_their_problem() {
    let unreadable =
        gold_folder(&[("a.txt.json", "{\"article\": \"a.txt\",\n \"entities\": [}"), ("b.txt.json", "[]")]);
    let out = eval(&["--gold", path(unreadable.path()), "--system", path(unreadable.path())]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("2 gold file(s) cannot be scored"), "{stderr}");
    assert!(stderr.contains("a.txt.json: line 2, column 15: expected value"), "{stderr}");
    assert!(stderr.contains("b.txt.json: a gold file is a JSON object"), "{stderr}");
    assert!(out.stdout.is_empty(), "no table from unreadable gold");

    let flawed = r#"{"article": "a.txt", "entities": [{"id": "a", "kind": "person", "name": "A"}],
                     "roles": [{"id": "r1", "holder": "b", "title": "aide"}]}"#;
    let gold = gold_folder(&[("a.txt.json", flawed)]);
    let out = eval(&["--gold", path(gold.path()), "--check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("a.txt.json: role r1: unknown holder 'b'"), "{}", stderr_of(&out));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "1 gold files, 1 problems\n");

    let clean = gold_folder(&[("seed-kremlin-envoys.txt.json", SEED_GOLD)]);
    let out = eval(&["--gold", path(clean.path()), "--check"]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "1 gold files, 0 problems\n");
    assert!(out.status.success());

    let empty = gold_folder(&[]);
    let out = eval(&["--gold", path(empty.path()), "--check"]);
    assert!(stderr_of(&out).contains("no gold files (*.json) in"), "{}", stderr_of(&out));
}

#[test]
fn eval_needs_articles_or_system_graphs() {
    let out = eval(&["--gold", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("--articles <DIR>"), "{}", stderr_of(&out));
}
