//! The `build` command on the bundled articles: what it finds, how it fails, what it promises
//! about output files and determinism.

use std::fs;

use crate::common::{build_json, has_edge, names, newsgraph, root, run_ok, sample};

#[test]
fn seed_article_gives_the_expected_people_countries_and_edges() {
    let graph = build_json(&[&sample("seed-kremlin-envoys.txt")]);
    let persons = names(&graph, "person");
    for person in
        ["Vladimir Putin", "Donald Trump", "Steve Witkoff", "Jared Kushner", "Kirill Dmitriev", "Yuri Ushakov"]
    {
        assert!(persons.iter().any(|p| p == person), "missing {person} in {persons:?}");
    }
    for spurious in ["Reuters", "Zvezda", "Kremlin", "Tuesday Summit"] {
        assert!(!persons.iter().any(|p| p == spurious), "{spurious} is not a person: {persons:?}");
    }
    let countries = names(&graph, "country");
    for country in ["Russia", "United States", "Ukraine"] {
        assert!(countries.iter().any(|c| c == country), "missing {country} in {countries:?}");
    }
    assert!(has_edge(&graph, "Vladimir Putin", "met-with", "Steve Witkoff"));
    assert!(has_edge(&graph, "Vladimir Putin", "met-with", "Jared Kushner"));
    assert!(has_edge(&graph, "Jared Kushner", "advises", "Donald Trump"));
    assert!(has_edge(&graph, "Vladimir Putin", "demands", "Ukraine"));
    assert!(has_edge(&graph, "Steve Witkoff", "represents", "United States"));
}

#[test]
fn every_edge_has_evidence_pointing_into_the_article() {
    let path = sample("seed-kremlin-envoys.txt");
    let text = fs::read_to_string(&path).unwrap();
    let graph = build_json(&[&path]);
    for edge in graph["edges"].as_array().unwrap() {
        let evidence = edge["evidence"].as_array().unwrap();
        assert!(!evidence.is_empty(), "edge without evidence: {edge}");
        for e in evidence {
            let (start, end) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[start..end], e["text"].as_str().unwrap(), "offsets and text disagree");
            assert!(!e["rule"].as_str().unwrap().is_empty());
        }
    }
}

#[test]
fn output_does_not_depend_on_argument_order_or_threads() {
    let a = sample("seed-kremlin-envoys.txt");
    let b = sample("055-un-chief-no-military-solution-syria.txt");
    let c = sample("058-russia-said-finland-was-a-bad-host.txt");
    let (a, b, c) = (a.to_str().unwrap(), b.to_str().unwrap(), c.to_str().unwrap());
    let first = run_ok(&["build", a, b, c, "-j", "1"]);
    let second = run_ok(&["build", c, a, b, "-j", "2"]);
    let folder = run_ok(&["build", root().join("examples/articles").to_str().unwrap(), "-j", "3"]);
    assert_eq!(first, second);
    assert_eq!(first, folder);
}

#[test]
fn dot_output_draws_met_with_without_arrowheads() {
    let dot = run_ok(&["build", sample("seed-kremlin-envoys.txt").to_str().unwrap(), "--format", "dot"]);
    assert!(dot.starts_with("digraph newsgraph {"));
    let met = dot.lines().find(|l| l.contains("kind=\"met-with\"") && l.contains("->")).expect("a met-with edge");
    assert!(met.contains("dir=\"none\""), "{met}");
}

fn stderr_of(args: &[&str]) -> (i32, String) {
    let out = newsgraph().args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn bad_input_gives_one_line_naming_the_file_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("latin1.txt");
    fs::write(&bad, b"Caf\xe9 au lait with Putin.\n").unwrap();
    let empty = dir.path().join("empty.txt");
    fs::write(&empty, "  \n").unwrap();
    let nothing = dir.path().join("nothing");
    fs::create_dir(&nothing).unwrap();
    fs::write(nothing.join("notes.csv"), "a,b\n").unwrap();

    for (path, expected) in
        [(&bad, "invalid UTF-8 at byte 3 (use --lossy"), (&empty, "empty file"), (&nothing, "no articles found")]
    {
        let (code, stderr) = stderr_of(&["build", path.to_str().unwrap()]);
        assert_eq!(code, 2, "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "one line expected: {stderr}");
        assert!(stderr.contains(path.to_str().unwrap()) && stderr.contains(expected), "{stderr}");
    }
}

#[test]
fn keep_going_skips_bad_files_and_counts_them() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a-bad.txt"), b"\xff\xfe\n").unwrap();
    fs::write(dir.path().join("b-empty.txt"), "").unwrap();
    fs::copy(sample("seed-kremlin-envoys.txt"), dir.path().join("c-seed.txt")).unwrap();
    let out = newsgraph().args(["build", dir.path().to_str().unwrap(), "--keep-going"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning: skipped") && stderr.contains("a-bad.txt"), "{stderr}");
    assert!(stderr.contains("b-empty.txt"), "{stderr}");
    assert!(stderr.contains("2 input(s) skipped"), "{stderr}");
    let graph: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(graph["graph"]["articles"], serde_json::json!(["c-seed.txt"]));
}

#[test]
fn lossy_reads_invalid_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("latin1.txt");
    fs::write(&bad, b"Russian President Vladimir Putin met Donald Trump in Caf\xe9 Moscow.\n").unwrap();
    let out = run_ok(&["build", bad.to_str().unwrap(), "--lossy"]);
    assert!(out.contains("Vladimir Putin"));
}

#[test]
fn a_failed_build_leaves_the_existing_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("graph.json");
    fs::write(&output, "previous graph\n").unwrap();
    let empty = dir.path().join("empty.txt");
    fs::write(&empty, "").unwrap();
    let (code, _) = stderr_of(&["build", empty.to_str().unwrap(), "-o", output.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(fs::read_to_string(&output).unwrap(), "previous graph\n");
    let seed = sample("seed-kremlin-envoys.txt");
    run_ok(&["build", seed.to_str().unwrap(), "-o", output.to_str().unwrap()]);
    let written: serde_json::Value = serde_json::from_str(&fs::read_to_string(&output).unwrap()).unwrap();
    assert_eq!(written["directed"], true);
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind");
}

#[test]
fn stdin_and_jsonl_inputs_are_read() {
    use std::io::Write;
    use std::process::Stdio;
    let line = serde_json::json!({"id": "wire-1", "date": "2025-12-02", "text": "Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow."});
    let mut child = newsgraph().args(["build", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    writeln!(child.stdin.take().unwrap(), "{line}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let graph: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(graph["graph"]["articles"], serde_json::json!(["wire-1"]));
    assert!(has_edge(&graph, "Vladimir Putin", "met-with", "Steve Witkoff"));
    let edge = graph["edges"].as_array().unwrap().iter().find(|e| e["kind"] == "met-with").unwrap();
    assert_eq!(edge["evidence"][0]["date"], "2025-12-02");
}

#[test]
fn html_articles_are_read_as_visible_text() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    fs::write(
        &page,
        "<html><head><title>Talks</title><script>var Putin = 1;</script></head><body><nav>Home</nav>\
         <p>Russian President Vladimir Putin met U.S. envoy Steve Witkoff&nbsp;in Moscow.</p></body></html>",
    )
    .unwrap();
    let graph = build_json(&[&page]);
    assert!(has_edge(&graph, "Vladimir Putin", "met-with", "Steve Witkoff"), "{graph}");
}

#[test]
fn explain_prints_the_rule_and_sentence_behind_each_edge() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("seed.json");
    run_ok(&["build", sample("seed-kremlin-envoys.txt").to_str().unwrap(), "-o", graph.to_str().unwrap()]);
    let out = run_ok(&["explain", graph.to_str().unwrap(), "--kind", "advises"]);
    let block: Vec<&str> =
        out.lines().skip_while(|l| !l.starts_with("Jared Kushner -[advises]-> Donald Trump")).take(2).collect();
    assert_eq!(block.len(), 2, "{out}");
    assert!(block[1].contains("seed-kremlin-envoys.txt#") && block[1].contains("[aide-of]"), "{out}");
    assert!(!out.contains("-[met-with]-"), "only the asked kinds: {out}");
    let none =
        newsgraph().args(["explain", graph.to_str().unwrap(), "--kind", "demands", "--kind", "advises"]).output();
    assert!(none.unwrap().status.success());
}
