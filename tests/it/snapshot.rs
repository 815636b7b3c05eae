//! The seed article's graph, pinned in every format. Review changes with `cargo insta review` (or accept
//! them with `INSTA_UPDATE=always cargo test`) and regenerate graphs/ with scripts/make-graphs.

use crate::common::{run_ok, sample};

#[test]
fn seed_article_json_is_pinned() {
    let seed = sample("seed-kremlin-envoys.txt");
    let json = run_ok(&["build", seed.to_str().unwrap(), "--format", "json"]);
    insta::assert_snapshot!("seed_json", json);
}

/// Each export of the seed article, pinned like the JSON (regenerate with
/// `INSTA_UPDATE=always cargo test` after extraction changes, and review the diff).
#[test]
fn seed_article_exports_are_pinned() {
    let seed = sample("seed-kremlin-envoys.txt");
    for format in ["dot", "graphml", "cypher", "cytoscape", "mermaid"] {
        let text = run_ok(&["build", seed.to_str().unwrap(), "--format", format]);
        insta::assert_snapshot!(format!("seed_{format}"), text);
    }
    let dot = run_ok(&["build", seed.to_str().unwrap(), "--format", "dot", "--cluster-by", "country"]);
    insta::assert_snapshot!("seed_dot_by_country", dot);
    let folder = tempfile::tempdir().unwrap();
    run_ok(&["build", seed.to_str().unwrap(), "--format", "csv", "-o", folder.path().to_str().unwrap(), "--quiet"]);
    for file in ["nodes.csv", "edges.csv"] {
        let text = std::fs::read_to_string(folder.path().join(file)).unwrap();
        insta::assert_snapshot!(format!("seed_csv_{}", file.replace('.', "_")), text);
    }
}
