//! The seed article's JSON graph, pinned. Review changes with `cargo insta review` (or accept
//! them with `INSTA_UPDATE=always cargo test`) and regenerate graphs/ with scripts/make-graphs.

use crate::common::{run_ok, sample};

#[test]
fn seed_article_json_is_pinned() {
    let seed = sample("seed-kremlin-envoys.txt");
    let json = run_ok(&["build", seed.to_str().unwrap(), "--format", "json"]);
    insta::assert_snapshot!("seed_json", json);
}
