//! Writes a large synthetic graph in the SCHEMA §3 JSON format, for the `query` benchmark
//! (`scripts/bench-query`): by default 1,000,000 edges between about 100,000 persons, the
//! countries and a few thousand roles, each edge with one or two evidence sentences, plus a hub
//! ("Vladimir Putin") with a few thousand edges for `neighbors` to answer.
//!
//! The graph is written by the library's own writer (`wire::to_json`), so it is exactly what
//! `newsgraph build` would write. It is deterministic: the same arguments give the same bytes.
//!
//! Run with: `cargo run --release --example gen_big_graph -- [EDGES] [OUTPUT]`

use std::collections::{BTreeSet, HashSet};
use std::io::Write;

use newsgraph::graph::{Edge, KnowledgeGraph, Node, NodeSource};
use newsgraph::model::{ArticleMeta, EdgeKind, Evidence, NodeKind, person_key, role_key, slug};

/// A small deterministic generator (SplitMix64), so the graph needs no `rand` dependency.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mi", "ra", "ten", "vo", "sha", "dre", "nik", "po", "lu", "zan", "ber", "ti", "go", "mar", "el", "san",
    "du", "fi", "rov", "ak", "in", "ya",
];

/// A capitalized pseudo-word made of syllables chosen by the digits of `n` in base 24.
fn word(mut n: usize, syllables: usize) -> String {
    let mut out = String::new();
    for _ in 0..syllables {
        out.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
    }
    let mut chars = out.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn node(id: String, kind: NodeKind, name: String, article: &str) -> Node {
    let last = name.rsplit(' ').next().unwrap_or(&name).to_string();
    let aliases: BTreeSet<String> =
        if kind == NodeKind::Person && last != name { BTreeSet::from([last]) } else { BTreeSet::new() };
    Node {
        id,
        kind,
        name: name.clone(),
        aliases: aliases.clone(),
        mentions: 2,
        iso3: None,
        title: None,
        country: None,
        sources: vec![NodeSource { article: article.to_string(), name, aliases, mentions: 2 }],
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let n_edges: usize = args.get(1).map(|s| s.parse()).transpose()?.unwrap_or(1_000_000);
    let output = args.get(2).cloned().unwrap_or_else(|| "big-graph.json".to_string());
    let n_persons = (n_edges / 10).max(10);
    let n_countries = 200;
    let n_roles = 2_000.min(n_persons);
    let n_articles = (n_edges / 20).max(1);
    let mut rng = SplitMix(4);

    let articles: Vec<ArticleMeta> = (0..n_articles)
        .map(|i| ArticleMeta {
            id: format!("wire/{i:06}.txt"),
            title: Some(format!("Talks in {} end without a deal", word(i, 2))),
            date: Some(format!("20{:02}-{:02}-{:02}", 10 + i % 16, 1 + i % 12, 1 + i % 28)),
            url: None,
        })
        .collect();
    let mut nodes = Vec::with_capacity(n_persons + n_countries + n_roles);
    let mut persons = Vec::with_capacity(n_persons);
    let mut seen_ids = HashSet::new();
    // The hub `neighbors` is asked about.
    let hub = person_key("Vladimir Putin");
    seen_ids.insert(hub.clone());
    nodes.push(node(hub.clone(), NodeKind::Person, "Vladimir Putin".into(), &articles[0].id));
    persons.push(hub.clone());
    let mut i = 0;
    while persons.len() < n_persons {
        let name = format!("{} {}", word(i % 331, 2), word(i / 331 + 7, 3));
        i += 1;
        let id = person_key(&name);
        if seen_ids.insert(id.clone()) {
            nodes.push(node(id.clone(), NodeKind::Person, name, &articles[i % n_articles].id));
            persons.push(id);
        }
    }
    let mut countries = Vec::with_capacity(n_countries);
    for c in 0..n_countries {
        let name = format!("{}ia", word(c + 101, 2));
        let id = format!("country:{}", slug(&name));
        if seen_ids.insert(id.clone()) {
            let mut country = node(id.clone(), NodeKind::Country, name, &articles[c % n_articles].id);
            country.iso3 = Some(format!("X{:02}", c % 100));
            nodes.push(country);
            countries.push(id);
        }
    }
    let titles = ["president", "foreign minister", "envoy", "aide", "ambassador", "spokesperson", "general"];
    let mut roles = Vec::with_capacity(n_roles);
    for r in 0..n_roles {
        let title = titles[r % titles.len()];
        let country = &countries[(r / titles.len()) % countries.len()];
        let id = role_key(title, Some(country));
        if seen_ids.insert(id.clone()) {
            let name = format!("{} of {}", title, &country["country:".len()..]);
            let mut role = node(id.clone(), NodeKind::Role, name, &articles[r % n_articles].id);
            role.title = Some(title.to_string());
            role.country = Some(country.clone());
            nodes.push(role);
            roles.push(id);
        }
    }

    let mut edges = Vec::with_capacity(n_edges);
    let mut seen_edges: HashSet<(usize, EdgeKind, usize, u8)> = HashSet::with_capacity(n_edges);
    while edges.len() < n_edges {
        // One edge in 300 touches the hub; the rest are spread evenly.
        let roll = rng.below(100);
        let (kind, source, target, pool) = match roll {
            0..40 => (EdgeKind::MetWith, rng.below(persons.len()), rng.below(persons.len()), 0u8),
            40..60 => (EdgeKind::Represents, rng.below(persons.len()), rng.below(countries.len()), 1),
            60..80 => (EdgeKind::HoldsRole, rng.below(persons.len()), rng.below(roles.len()), 2),
            80..90 => (EdgeKind::Advises, rng.below(persons.len()), rng.below(persons.len()), 0),
            _ => (EdgeKind::Demands, rng.below(countries.len()), rng.below(countries.len()), 3),
        };
        let source = if pool != 3 && rng.below(300) == 0 { 0 } else { source };
        // met-with is one edge per unordered pair.
        let key = if kind.is_symmetric() { (source.min(target), source.max(target)) } else { (source, target) };
        if (pool == 0 || pool == 3) && source == target || !seen_edges.insert((key.0, kind, key.1, pool)) {
            continue;
        }
        let (source_id, target_id) = match pool {
            0 => (&persons[source], &persons[target]),
            1 => (&persons[source], &countries[target]),
            2 => (&persons[source], &roles[target]),
            _ => (&countries[source], &countries[target]),
        };
        let n_evidence = 1 + rng.below(2);
        let evidence: Vec<Evidence> = (0..n_evidence)
            .map(|e| {
                let article = &articles[rng.below(n_articles)];
                let text = format!(
                    "{} held talks with {} in the capital on {}, officials said after the meeting ended late at night.",
                    word(source + e, 3),
                    word(target, 3),
                    article.date.as_deref().unwrap_or("Tuesday")
                );
                Evidence {
                    article: article.id.clone(),
                    sentence: rng.below(40),
                    start: 100 + e * 200,
                    end: 100 + e * 200 + text.len(),
                    rule: "meet-verb".to_string(),
                    text,
                    date: article.date.clone(),
                    what: (kind == EdgeKind::Demands).then(|| "a ceasefire".to_string()),
                    former: false,
                }
            })
            .collect();
        let (source_id, target_id) = if kind.is_symmetric() && target_id < source_id {
            (target_id.clone(), source_id.clone())
        } else {
            (source_id.clone(), target_id.clone())
        };
        let edge = Edge {
            kind,
            weight: evidence.len(),
            what: (kind == EdgeKind::Demands).then(|| "a ceasefire".to_string()),
            former: false,
            evidence,
        };
        edges.push((source_id, target_id, edge));
    }
    let graph = KnowledgeGraph::from_parts(articles, nodes, edges)?;
    let json = newsgraph::wire::to_json(&graph);
    let mut file = std::io::BufWriter::new(std::fs::File::create(&output)?);
    file.write_all(json.as_bytes())?;
    file.flush()?;
    eprintln!(
        "wrote {output}: {} nodes, {} edges, {} articles, {:.0} MB",
        graph.node_count(),
        graph.edge_count(),
        graph.article_count(),
        json.len() as f64 / 1e6
    );
    Ok(())
}
