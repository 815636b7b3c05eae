//! Every export opens in its real client without hand-fixing: Graphviz, networkx, Ladybug (an
//! embedded Cypher database, the maintained fork of Kùzu), Cytoscape.js and mermaid's own
//! parser. Each is checked on real articles and on a graph of hostile names (quotes,
//! backslashes, line breaks, emoji, right-to-left text, markup) and ids (DOT keywords, hyphens,
//! `a:b`, a trailing backslash) built through the library. scripts/test installs the clients;
//! tests/tools/ pins their versions and holds the small scripts that drive them.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use newsgraph::graph::{Edge, KnowledgeGraph, Node};
use newsgraph::model::{ArticleMeta, EdgeKind, Evidence, NodeKind};

use crate::common::{ladybug_python, newsgraph, node_packages, root, run_ok, run_tool, sample, tool_available};

/// Nodes of the hostile graph: (id, kind, name).
const HOSTILE_NODES: [(&str, NodeKind, &str); 8] = [
    ("node", NodeKind::Person, "He said \"yes\""),
    ("strict", NodeKind::Country, "back\\slash and trailing\\"),
    ("a-b", NodeKind::Person, "two\nlines"),
    ("a:b", NodeKind::Person, "🇺🇦 Зеленський 👩‍👩‍👧"),
    ("x\\", NodeKind::Person, "محمد بن سلمان"),
    ("person:end", NodeKind::Person, "\u{200f}בנימין נתניהו"),
    ("role:graph@strict", NodeKind::Role, "O'Brien, Jr.; <b>&amp;</b> #quot; `x` 50% {x} [y] (z) |w|"),
    ("organization:subgraph", NodeKind::Organization, "-1 --> end; DROP TABLE x; // \\\" '"),
];

/// Edges of the hostile graph: (source, kind, target, what).
const HOSTILE_EDGES: [(&str, EdgeKind, &str, Option<&str>); 7] = [
    ("a-b", EdgeKind::MetWith, "node", None),
    ("x\\", EdgeKind::Advises, "node", None),
    ("node", EdgeKind::Represents, "strict", None),
    ("node", EdgeKind::HoldsRole, "role:graph@strict", None),
    ("a:b", EdgeKind::Demands, "strict", Some("a \"full\" withdrawal\\now")),
    ("person:end", EdgeKind::MetWith, "organization:subgraph", None),
    ("organization:subgraph", EdgeKind::Demands, "x\\", Some("<script>alert('x')</script>")),
];

/// A graph whose names and ids trip up naive writers, built through the library.
fn hostile_graph() -> KnowledgeGraph {
    let article = "weird \"article\".txt";
    let nodes = HOSTILE_NODES
        .iter()
        .map(|&(id, kind, name)| Node {
            id: id.to_string(),
            kind,
            name: name.to_string(),
            aliases: [format!("{name} (alias)")].into_iter().collect(),
            mentions: 1,
            iso3: (kind == NodeKind::Country).then(|| "XX\"".to_string()),
            title: (kind == NodeKind::Role).then(|| "graph \\ title".to_string()),
            country: (kind == NodeKind::Role).then(|| "strict".to_string()),
            sources: Vec::new(),
        })
        .collect();
    let edges = HOSTILE_EDGES
        .iter()
        .map(|&(source, kind, target, what)| {
            let evidence = Evidence {
                article: article.to_string(),
                sentence: 0,
                start: 0,
                end: 10,
                rule: "hand-made".to_string(),
                text: "A sentence with \"quotes\", a back\\slash,\na line break and 🇺🇦.".to_string(),
                date: Some("2025-12-02".to_string()),
                what: what.map(str::to_string),
                former: kind == EdgeKind::HoldsRole,
            };
            let edge = Edge {
                kind,
                weight: 1,
                what: what.map(str::to_string),
                former: kind == EdgeKind::HoldsRole,
                evidence: vec![evidence],
            };
            (source.to_string(), target.to_string(), edge)
        })
        .collect();
    let articles = vec![ArticleMeta { id: article.to_string(), ..ArticleMeta::default() }];
    KnowledgeGraph::from_parts(articles, nodes, edges).expect("the hostile graph is consistent")
}

/// A graph written as JSON in a temporary folder, and exports of it in the same folder.
struct Fixture {
    dir: tempfile::TempDir,
    json: PathBuf,
    graph: KnowledgeGraph,
}

impl Fixture {
    fn hostile() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let json = dir.path().join("hostile.json");
        let graph = hostile_graph();
        fs::write(&json, newsgraph::wire::to_json(&graph)).unwrap();
        Fixture { dir, json, graph }
    }

    /// The graph `newsgraph build` makes of `paths`.
    fn built(paths: &[&Path]) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let json = dir.path().join("built.json");
        let mut args: Vec<&str> = vec!["build", "--quiet", "-o", json.to_str().unwrap()];
        args.extend(paths.iter().map(|p| p.to_str().unwrap()));
        run_ok(&args);
        let graph = newsgraph::wire::from_json(&fs::read_to_string(&json).unwrap()).unwrap();
        Fixture { dir, json, graph }
    }

    fn seed() -> Fixture {
        Fixture::built(&[&sample("seed-kremlin-envoys.txt")])
    }

    fn examples() -> Fixture {
        Fixture::built(&[&root().join("examples/articles")])
    }

    /// Exports the graph with `newsgraph export --format FORMAT [extra...] -o OUT`; returns OUT.
    fn export(&self, format: &str, extra: &[&str]) -> PathBuf {
        let out = self.dir.path().join(format!("export-{format}{}", extra.join("")));
        let mut args = vec!["export", self.json.to_str().unwrap(), "--format", format, "-o", out.to_str().unwrap()];
        args.extend(extra);
        run_ok(&args);
        out
    }

    /// Ids and names of the graph's nodes, sorted by id.
    fn names(&self) -> Vec<(String, String)> {
        self.graph.nodes().map(|n| (n.id.clone(), n.name.clone())).collect()
    }
}

/// Parses JSON a tool printed.
fn json_of(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// The (id, name) pairs of a tool's JSON answer `[[id, name], ...]`.
fn pairs(value: &serde_json::Value) -> Vec<(String, String)> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| (pair[0].as_str().unwrap().to_string(), pair[1].as_str().unwrap().to_string()))
        .collect()
}

// ---- Graphviz ----

/// Runs Graphviz on a DOT file; fails on an error or on any warning.
fn graphviz(args: &[&str], dot: &Path) -> String {
    let out = Command::new("dot").args(args).arg(dot).output().expect("dot runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && stderr.trim().is_empty(), "dot {args:?} on {}: {stderr}", dot.display());
    String::from_utf8(out.stdout).expect("Graphviz writes UTF-8")
}

/// The node ids Graphviz read from a DOT file (`dot -Tjson`), clusters left out.
fn graphviz_node_names(dot: &Path) -> BTreeSet<String> {
    let layout = json_of(&graphviz(&["-Tjson"], dot));
    layout["objects"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|object| object.get("nodes").is_none())
        .map(|object| object["name"].as_str().unwrap().to_string())
        .collect()
}

/// The text of every `<text>` element of an SVG, with XML references decoded.
fn svg_texts(svg: &str) -> BTreeSet<String> {
    let mut texts = BTreeSet::new();
    for piece in svg.split("<text").skip(1) {
        let body = &piece[piece.find('>').unwrap() + 1..piece.find("</text>").unwrap()];
        texts.insert(decode_xml(body));
    }
    texts
}

fn decode_xml(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = amp + rest[amp..].find(';').expect("references end in ;");
        let entity = &rest[amp + 1..semi];
        let decoded = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ if entity.starts_with("#x") => char::from_u32(u32::from_str_radix(&entity[2..], 16).unwrap()).unwrap(),
            _ if entity.starts_with('#') => char::from_u32(entity[1..].parse().unwrap()).unwrap(),
            _ => panic!("unknown entity &{entity};"),
        };
        out.push(decoded);
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    out
}

/// The id Graphviz reads for one of ours: in an id, only `\"` is an escape, so the `\\` we
/// write for a backslash stays two characters (labels, by contrast, show one), and `&amp;`
/// stays as written.
fn as_graphviz_reads(id: &str) -> String {
    id.replace('\\', "\\\\").replace('&', "&amp;").replace('\n', "\\n")
}

#[test]
fn graphviz_parses_every_dot_we_write_without_a_warning() {
    if !tool_available("dot", &["-V"]) {
        return;
    }
    for fixture in [Fixture::seed(), Fixture::examples(), Fixture::hostile()] {
        for options in [&[][..], &["--cluster-by", "country"], &["--max-nodes", "5"]] {
            let dot = fixture.export("dot", options);
            graphviz(&["-Tsvg"], &dot);
        }
    }
}

#[test]
fn graphviz_shows_hostile_names_exactly_and_reads_every_id_as_one_node() {
    if !tool_available("dot", &["-V"]) {
        return;
    }
    let fixture = Fixture::hostile();
    let dot = fixture.export("dot", &["--cluster-by", "country"]);
    let texts = svg_texts(&graphviz(&["-Tsvg"], &dot));
    for (_, _, name) in HOSTILE_NODES {
        for line in name.lines() {
            assert!(texts.contains(line), "the SVG lacks {line:?}; it has {texts:#?}");
        }
    }
    let names = graphviz_node_names(&dot);
    let ours: BTreeSet<String> = names.iter().filter(|n| !n.starts_with("legend:")).cloned().collect();
    let expected: BTreeSet<String> = HOSTILE_NODES.iter().map(|(id, _, _)| as_graphviz_reads(id)).collect();
    assert_eq!(ours, expected);
}

/// Graphviz rejects bare hyphenated ids, keyword ids and a trailing backslash, and reads a
/// bare `a:b` as node `a`, port `b`: each case fails (or misreads) written naively and reads
/// as one node with that id written by our writer.
#[test]
fn ids_graphviz_misreads_bare_are_read_whole_from_our_dot() {
    if !tool_available("dot", &["-V"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let naive = dir.path().join("naive.dot");
    for (id, bare) in [
        ("a-b", "digraph { a-b -> c }"),
        ("node", "digraph { node -> c }"),
        ("edge", "digraph { edge -> c }"),
        ("strict", "digraph { strict -> c }"),
        ("x\\", "digraph { \"x\\\" -> c }"),
    ] {
        fs::write(&naive, bare).unwrap();
        let out = Command::new("dot").arg("-Tjson").arg(&naive).output().unwrap();
        assert!(!out.status.success(), "Graphviz accepted the bare id in {bare}");
        check_our_dot_reads_whole(dir.path(), id);
    }
    fs::write(&naive, "digraph { a:b -> c }").unwrap();
    let out = Command::new("dot").arg("-Tjson").arg(&naive).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("node a, port b"), "a bare a:b should read as node a, port b: {stderr}");
    check_our_dot_reads_whole(dir.path(), "a:b");
}

fn check_our_dot_reads_whole(dir: &Path, id: &str) {
    let node = |id: &str| Node {
        id: id.to_string(),
        kind: NodeKind::Person,
        name: id.to_string(),
        aliases: BTreeSet::new(),
        mentions: 1,
        iso3: None,
        title: None,
        country: None,
        sources: Vec::new(),
    };
    let evidence = Evidence {
        article: "a".into(),
        sentence: 0,
        start: 0,
        end: 1,
        rule: "r".into(),
        text: "t".into(),
        date: None,
        what: None,
        former: false,
    };
    let edge = Edge { kind: EdgeKind::Advises, weight: 1, what: None, former: false, evidence: vec![evidence] };
    let graph =
        KnowledgeGraph::from_parts(vec![], vec![node(id), node("c")], vec![(id.into(), "c".into(), edge)]).unwrap();
    let path = dir.join("ours.dot");
    fs::write(&path, newsgraph::export::dot::render(&graph, &Default::default())).unwrap();
    let names = graphviz_node_names(&path);
    assert_eq!(names, [as_graphviz_reads(id), "c".to_string()].into_iter().collect(), "id {id:?}");
}

// ---- networkx ----

fn networkx(mode: &str, path: &Path) -> serde_json::Value {
    let script = root().join("tests/tools/load_networkx.py");
    json_of(&run_tool(Command::new("python3").arg(script).arg(mode).arg(path)))
}

#[test]
fn networkx_reads_the_json_and_the_graphml_with_the_graphs_counts() {
    if !tool_available("python3", &["-c", "import networkx"]) {
        return;
    }
    for fixture in [Fixture::examples(), Fixture::hostile()] {
        for (mode, path) in [("json", fixture.export("json", &[])), ("graphml", fixture.export("graphml", &[]))] {
            let read = networkx(mode, &path);
            assert_eq!(read["directed"], true, "{mode}");
            assert_eq!(pairs(&read["nodes"]), fixture.names(), "{mode}: node ids and names");
            assert_eq!(read["edges"].as_array().unwrap().len(), fixture.graph.edge_count(), "{mode}: edges");
        }
    }
}

// ---- Ladybug (Kùzu) ----

fn ladybug(mode: &str, path: &Path) -> Option<serde_json::Value> {
    let python = ladybug_python()?;
    let script = root().join("tests/tools/load_ladybug.py");
    Some(json_of(&run_tool(Command::new(python).arg(script).arg(mode).arg(path))))
}

fn check_loaded(loaded: &serde_json::Value, fixture: &Fixture, flatten_lines: bool) {
    let expected: Vec<(String, String)> = fixture
        .names()
        .into_iter()
        .map(|(id, name)| if flatten_lines { (id, name.replace('\n', " ")) } else { (id, name) })
        .collect();
    assert_eq!(pairs(&loaded["nodes"]), expected);
    assert_eq!(loaded["edges"].as_array().unwrap().len(), fixture.graph.edge_count());
}

/// Loads the seed article's export and the hostile graph's into Ladybug: every node with its
/// name, every edge, and the seed's `advises` edge found by a Cypher query.
fn check_ladybug(format: &str, flatten_lines: bool) {
    let seed = Fixture::seed();
    let Some(loaded) = ladybug(format, &seed.export(format, &[])) else { return };
    check_loaded(&loaded, &seed, flatten_lines);
    assert!(
        pairs(&loaded["advises"]).contains(&("Jared Kushner".into(), "Donald Trump".into())),
        "MATCH (a)-[:ADVISES]->(b) found {}",
        loaded["advises"]
    );
    let hostile = Fixture::hostile();
    let loaded = ladybug(format, &hostile.export(format, &[])).unwrap();
    check_loaded(&loaded, &hostile, flatten_lines);
}

#[test]
fn ladybug_runs_the_cypher_script_twice_and_finds_the_seed_advises_edge() {
    // load_ladybug.py runs the script twice: MERGE must leave one node per id and one
    // relationship per edge, which check_loaded counts.
    check_ladybug("cypher", false);
}

#[test]
fn ladybug_loads_the_neo4j_csv_files_and_finds_the_seed_advises_edge() {
    // Line breaks become spaces in CSV: neo4j-admin rejects them by default.
    check_ladybug("csv", true);
}

// ---- Cytoscape.js and Mermaid ----

/// Runs one of the tests/tools/*.mjs checkers on `path` with the packages of `packages`.
fn node_check(packages: &Path, checker: &str, path: &Path) -> serde_json::Value {
    let script = fs::read_to_string(root().join("tests/tools").join(checker)).unwrap();
    // From the folder of node_modules, so that `import 'mermaid'` finds the installed package.
    json_of(&run_tool(
        Command::new("node").current_dir(packages).args(["--input-type=module", "-e", &script]).arg(path),
    ))
}

#[test]
fn cytoscape_js_loads_every_element() {
    let Some(packages) = node_packages() else { return };
    for fixture in [Fixture::examples(), Fixture::hostile()] {
        let loaded = node_check(&packages, "check-cytoscape.mjs", &fixture.export("cytoscape", &[]));
        assert_eq!(loaded["warnings"], serde_json::json!([]));
        assert_eq!(pairs(&loaded["nodes"]), fixture.names());
        assert_eq!(loaded["edges"].as_array().unwrap().len(), fixture.graph.edge_count());
    }
}

#[test]
fn mermaid_parses_the_flowchart_and_reads_back_every_name() {
    let Some(packages) = node_packages() else { return };
    for fixture in [Fixture::examples(), Fixture::hostile()] {
        let parsed = node_check(&packages, "check-mermaid.mjs", &fixture.export("mermaid", &[]));
        assert_eq!(parsed["type"], "flowchart-v2");
        let mut names: Vec<String> = pairs(&parsed["nodes"]).into_iter().map(|(_, text)| text).collect();
        let mut expected: Vec<String> = fixture.names().into_iter().map(|(_, name)| name).collect();
        names.sort();
        expected.sort();
        assert_eq!(names, expected);
        let ids: BTreeSet<(String, String)> = pairs(&parsed["nodes"]).into_iter().collect();
        assert!(ids.iter().all(|(id, _)| id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')), "{ids:?}");
        assert_eq!(parsed["edges"].as_array().unwrap().len(), fixture.graph.edge_count());
    }
}

// ---- The command line ----

#[test]
fn render_draws_svg_png_and_pdf_with_each_layout() {
    if !tool_available("dot", &["-V"]) {
        return;
    }
    let seed = Fixture::seed();
    for (file, layout, magic) in [
        ("seed.svg", "dot", &b"<?xml"[..]),
        ("seed.png", "neato", b"\x89PNG"),
        ("seed.pdf", "fdp", b"%PDF"),
        ("seed-sfdp.svg", "sfdp", b"<?xml"),
    ] {
        let out = seed.dir.path().join(file);
        let (json, path) = (seed.json.to_str().unwrap(), out.to_str().unwrap());
        let cmd =
            newsgraph().args(["render", json, "-o", path, "--layout", layout, "--cluster-by", "country"]).output();
        let cmd = cmd.unwrap();
        assert!(cmd.status.success(), "render {file}: {}", String::from_utf8_lossy(&cmd.stderr));
        assert!(cmd.stderr.is_empty(), "Graphviz warned on {file}: {}", String::from_utf8_lossy(&cmd.stderr));
        assert!(fs::read(&out).unwrap().starts_with(magic), "{file} is not what its extension says");
    }
}

#[test]
fn render_without_graphviz_says_how_to_install_it() {
    let seed = Fixture::seed();
    let empty = tempfile::tempdir().unwrap();
    let out = newsgraph()
        .env("PATH", empty.path())
        .args(["render", seed.json.to_str().unwrap(), "-o", seed.dir.path().join("x.svg").to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("apt-get install graphviz"), "{stderr}");
    assert!(!seed.dir.path().join("x.svg").exists());
}

#[test]
fn render_refuses_an_unknown_image_type() {
    let seed = Fixture::seed();
    let out = newsgraph().args(["render", seed.json.to_str().unwrap(), "-o", "graph.gif"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".svg, .png or .pdf"));
}

#[test]
fn csv_goes_to_a_folder_and_replaces_only_its_own_files() {
    let seed = Fixture::seed();
    let out = newsgraph().args(["export", seed.json.to_str().unwrap(), "--format", "csv"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o FOLDER"));
    let folder = seed.dir.path().join("neo4j");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("keep.txt"), "mine").unwrap();
    fs::write(folder.join("nodes.csv"), "old").unwrap();
    run_ok(&["export", seed.json.to_str().unwrap(), "--format", "csv", "-o", folder.to_str().unwrap()]);
    let mut files: Vec<String> =
        fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    assert_eq!(files, ["edges.csv", "keep.txt", "nodes.csv"]);
    assert!(fs::read_to_string(folder.join("nodes.csv")).unwrap().starts_with("id:ID,name,kind,:LABEL"));
    assert!(fs::read_to_string(folder.join("edges.csv")).unwrap().starts_with(":START_ID,:END_ID,:TYPE,weight:int,"));
}

#[test]
fn build_writes_every_format_as_export_does() {
    let seed = Fixture::seed();
    for format in ["dot", "graphml", "cypher", "cytoscape", "mermaid"] {
        let built = run_ok(&["build", sample("seed-kremlin-envoys.txt").to_str().unwrap(), "--format", format]);
        let exported = run_ok(&["export", seed.json.to_str().unwrap(), "--format", format]);
        assert_eq!(built, exported, "{format}");
    }
}

#[test]
fn exporting_json_gives_back_the_graph_unchanged() {
    let seed = Fixture::seed();
    let exported = run_ok(&["export", seed.json.to_str().unwrap(), "--format", "json"]);
    assert_eq!(exported, fs::read_to_string(&seed.json).unwrap());
}

#[test]
fn cluster_by_is_refused_where_it_cannot_apply() {
    let seed = Fixture::seed();
    let out = newsgraph()
        .args(["export", seed.json.to_str().unwrap(), "--format", "graphml", "--cluster-by", "country"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--cluster-by"));
}

#[test]
fn max_nodes_keeps_the_best_connected_and_says_so_on_the_drawing() {
    let seed = Fixture::seed();
    let dot = run_ok(&["export", seed.json.to_str().unwrap(), "--format", "dot", "--max-nodes", "4"]);
    assert!(dot.contains(&format!("The 4 best-connected of {} nodes", seed.graph.node_count())), "{dot}");
    let json = run_ok(&["export", seed.json.to_str().unwrap(), "--format", "json", "--max-nodes", "4"]);
    assert_eq!(newsgraph::wire::from_json(&json).unwrap().node_count(), 4);
}
