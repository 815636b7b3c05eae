//! Helpers shared by the integration tests: paths, the binary, external tools.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A bundled sample article.
pub fn sample(name: &str) -> PathBuf {
    root().join("examples/articles").join(name)
}

/// The shared research corpus (`../shared/corpus` or `$NEWSGRAPH_SHARED/corpus`), if present.
/// Tests that need it print that they were skipped when it is absent.
pub fn shared_corpus() -> Option<PathBuf> {
    let base = std::env::var_os("NEWSGRAPH_SHARED").map(PathBuf::from).unwrap_or_else(|| root().join("../shared"));
    let corpus = base.join("corpus");
    if corpus.join("articles").is_dir() {
        Some(corpus)
    } else {
        eprintln!("skipped: the shared corpus is not at {} (set NEWSGRAPH_SHARED)", corpus.display());
        None
    }
}

/// The newsgraph binary under test.
pub fn newsgraph() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
}

/// Runs newsgraph with `args`, asserts success, returns stdout.
pub fn run_ok(args: &[&str]) -> String {
    let out = newsgraph().args(args).output().expect("newsgraph runs");
    assert!(out.status.success(), "newsgraph {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("output is UTF-8")
}

/// Builds the JSON graph of `paths`.
pub fn build_json(paths: &[&Path]) -> serde_json::Value {
    let mut args: Vec<String> = vec!["build".into()];
    args.extend(paths.iter().map(|p| p.display().to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    serde_json::from_str(&run_ok(&refs)).expect("build writes JSON")
}

/// Whether an external tool is installed. When `NEWSGRAPH_REQUIRE_TOOLS` is set (as
/// `scripts/test` and CI do), a missing tool fails the test instead of skipping it.
pub fn tool_available(program: &str, probe: &[&str]) -> bool {
    let ok = Command::new(program).args(probe).output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("NEWSGRAPH_REQUIRE_TOOLS").is_none(),
            "{program} is required (NEWSGRAPH_REQUIRE_TOOLS is set) but is not installed; run scripts/test"
        );
        eprintln!("skipped: {program} is not installed");
    }
    ok
}

/// Names of the nodes of one kind.
pub fn names(graph: &serde_json::Value, kind: &str) -> Vec<String> {
    graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == kind)
        .map(|n| n["name"].as_str().unwrap().to_string())
        .collect()
}

/// Whether the graph has an edge `source -[kind]-> target` (by node name), with evidence.
pub fn has_edge(graph: &serde_json::Value, source: &str, kind: &str, target: &str) -> bool {
    let name_of = |id: &serde_json::Value| {
        graph["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == *id)
            .map(|n| n["name"].as_str().unwrap().to_string())
    };
    graph["edges"].as_array().unwrap().iter().any(|e| {
        let (s, t) = (name_of(&e["source"]), name_of(&e["target"]));
        let matches = e["kind"] == kind
            && ((s.as_deref() == Some(source) && t.as_deref() == Some(target))
                || (kind == "met-with" && s.as_deref() == Some(target) && t.as_deref() == Some(source)));
        matches && !e["evidence"].as_array().unwrap().is_empty()
    })
}

/// Where scripts/test installs the clients the export tests need (`target/tools`).
pub fn tools_dir() -> PathBuf {
    root().join("target/tools")
}

/// The folder holding `node_modules` with cytoscape, mermaid and jsdom (see tests/tools/),
/// when Node.js and those packages are installed. Like [`tool_available`], fails instead of
/// skipping when `NEWSGRAPH_REQUIRE_TOOLS` is set.
pub fn node_packages() -> Option<PathBuf> {
    let dir = tools_dir().join("node");
    let installed = dir.join("node_modules/mermaid").is_dir() && dir.join("node_modules/cytoscape").is_dir();
    if !installed {
        assert!(
            std::env::var_os("NEWSGRAPH_REQUIRE_TOOLS").is_none(),
            "the npm packages of tests/tools are required but not installed in {}; run scripts/test",
            dir.display()
        );
        eprintln!("skipped: the npm packages of tests/tools are not installed in {}", dir.display());
        return None;
    }
    tool_available("node", &["--version"]).then_some(dir)
}

/// The Python of the virtual environment that holds Ladybug (the embedded Cypher database),
/// when installed; fails instead of skipping when `NEWSGRAPH_REQUIRE_TOOLS` is set.
pub fn ladybug_python() -> Option<PathBuf> {
    let python = tools_dir().join("py/bin/python");
    let probe = python.to_string_lossy().into_owned();
    tool_available(&probe, &["-c", "import ladybug"]).then_some(python)
}

/// Runs a command to completion and returns its stdout; fails the test, showing stderr, when
/// it does not succeed.
pub fn run_tool(command: &mut Command) -> String {
    let program = command.get_program().to_string_lossy().into_owned();
    let out = command.output().unwrap_or_else(|e| panic!("{program} could not start: {e}"));
    assert!(out.status.success(), "{program} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("tools print UTF-8")
}
