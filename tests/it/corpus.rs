//! The binary on the shared research corpus (read from ../shared, which CI has; skipped with a
//! message where it is absent).

use std::process::Command;

use crate::common::{newsgraph, root, shared_corpus, tool_available};

#[test]
fn every_shared_article_builds() {
    let Some(corpus) = shared_corpus() else { return };
    let mut count = 0;
    for entry in std::fs::read_dir(corpus.join("articles")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let out = newsgraph().args(["build", path.to_str().unwrap()]).output().unwrap();
        assert!(out.status.success(), "{}: {}", path.display(), String::from_utf8_lossy(&out.stderr));
        let graph: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(graph["nodes"].as_array().is_some_and(|n| !n.is_empty()), "{} gave no nodes", path.display());
        count += 1;
    }
    assert!(count >= 21, "expected the 21 shared articles, found {count}");
}

#[test]
fn shared_gold_scores_stay_above_the_floor() {
    let Some(corpus) = shared_corpus() else { return };
    if !tool_available("python3", &["--version"]) {
        return;
    }
    let score = corpus.join("../eval/score.py");
    let cmd = format!("{} build {{article}} --format json", env!("CARGO_BIN_EXE_newsgraph"));
    let out = Command::new("python3")
        .arg(&score)
        .args([
            "--gold",
            corpus.join("gold").to_str().unwrap(),
            "--articles",
            corpus.join("articles").to_str().unwrap(),
        ])
        .args(["--cmd", &cmd, "--json"])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(out.status.success(), "score.py failed: {}", String::from_utf8_lossy(&out.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f1 = |key: &str| summary[key]["f1"].as_f64().unwrap();
    assert_eq!(summary["failed_articles"], 0);
    // Floors a little under the figures the closing notes report: a drop below them is a regression.
    assert!(f1("entities(all)") >= 0.95, "entities F1 {}", f1("entities(all)"));
    assert!(f1("relations(all)") >= 0.70, "relations F1 {}", f1("relations(all)"));
}
