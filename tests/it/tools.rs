//! The exports open in the real tools: networkx reads the JSON, Graphviz renders the DOT.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::common::{root, run_ok, sample, tool_available};

#[test]
fn networkx_loads_the_json_graph() {
    if !tool_available("python3", &["-c", "import networkx"]) {
        return;
    }
    let json = run_ok(&["build", root().join("examples/articles").to_str().unwrap()]);
    let graph: serde_json::Value = serde_json::from_str(&json).unwrap();
    let script = "import json, sys, networkx as nx\n\
                  data = json.load(sys.stdin)\n\
                  g = nx.node_link_graph(data, edges='edges')\n\
                  print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph())";
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(json.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "networkx failed: {}", String::from_utf8_lossy(&out.stderr));
    let expected = format!(
        "{} {} True True\n",
        graph["nodes"].as_array().unwrap().len(),
        graph["edges"].as_array().unwrap().len()
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}

#[test]
fn graphviz_renders_the_dot_graph() {
    if !tool_available("dot", &["-V"]) {
        return;
    }
    let seed = sample("seed-kremlin-envoys.txt");
    let dot = run_ok(&["build", seed.to_str().unwrap(), "--format", "dot"]);
    let mut child = Command::new("dot")
        .args(["-Tsvg"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(dot.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "dot failed: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "dot warned: {}", String::from_utf8_lossy(&out.stderr));
    let svg = String::from_utf8(out.stdout).unwrap();
    assert!(svg.contains("<svg") && svg.contains("Vladimir Putin"), "the render lacks the graph");
}
