//! GraphML, for Gephi, yEd and networkx (`networkx.read_graphml`).
//!
//! Every attribute is declared once as a typed `<key>` (`string`, `int`, `boolean`), so the
//! tools read numbers as numbers. Node ids are newsgraph's ids; nodes carry a `label` (the
//! canonical name) that Gephi shows and yEd's Properties Mapper can map to the node label.
//! Evidence is flattened to one string per edge, one line per entry (see
//! [`super::evidence_line`]), since GraphML values are scalars. A `what` absent from an edge is
//! left out, not written empty. Edges of the symmetric `met-with` kind are written once, as the
//! graph holds them; readers treat them as undirected.
//!
//! Text is escaped for XML: `&`, `<`, `>`, quotes, and tabs and line breaks as character
//! references (so attribute values keep them); characters XML 1.0 forbids are dropped.

use std::fmt::Write;

use crate::graph::KnowledgeGraph;

/// One declared attribute: (key id, for, attr.name, attr.type).
const KEYS: [(&str, &str, &str, &str); 15] = [
    ("d_articles", "graph", "articles", "string"),
    ("n_label", "node", "label", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_name", "node", "name", "string"),
    ("n_aliases", "node", "aliases", "string"),
    ("n_mentions", "node", "mentions", "int"),
    ("n_iso3", "node", "iso3", "string"),
    ("n_title", "node", "title", "string"),
    ("n_country", "node", "country", "string"),
    ("e_label", "edge", "label", "string"),
    ("e_kind", "edge", "kind", "string"),
    ("e_weight", "edge", "weight", "int"),
    ("e_what", "edge", "what", "string"),
    ("e_former", "edge", "former", "boolean"),
    ("e_evidence", "edge", "evidence", "string"),
];

/// Renders the graph as a GraphML document.
pub fn render(graph: &KnowledgeGraph) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, domain, name, kind) in KEYS {
        let _ = writeln!(out, "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>");
    }
    out.push_str("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n");
    let articles: Vec<&str> = graph.articles().map(|a| a.id.as_str()).collect();
    data(&mut out, "    ", "d_articles", &articles.join("\n"));
    for node in graph.nodes() {
        let _ = writeln!(out, "    <node id=\"{}\">", escape(&node.id));
        data(&mut out, "      ", "n_label", &node.name);
        data(&mut out, "      ", "n_kind", node.kind.as_str());
        data(&mut out, "      ", "n_name", &node.name);
        if !node.aliases.is_empty() {
            let aliases: Vec<&str> = node.aliases.iter().map(String::as_str).collect();
            data(&mut out, "      ", "n_aliases", &aliases.join("; "));
        }
        data(&mut out, "      ", "n_mentions", &node.mentions.to_string());
        for (key, value) in [("n_iso3", &node.iso3), ("n_title", &node.title), ("n_country", &node.country)] {
            if let Some(value) = value {
                data(&mut out, "      ", key, value);
            }
        }
        out.push_str("    </node>\n");
    }
    for (source, target, edge) in graph.edges() {
        let _ = writeln!(
            out,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\">",
            escape(&super::edge_id(source, edge, target)),
            escape(&source.id),
            escape(&target.id)
        );
        data(&mut out, "      ", "e_label", &super::edge_label(edge, usize::MAX));
        data(&mut out, "      ", "e_kind", edge.kind.as_str());
        data(&mut out, "      ", "e_weight", &edge.weight.to_string());
        if let Some(what) = &edge.what {
            data(&mut out, "      ", "e_what", what);
        }
        data(&mut out, "      ", "e_former", if edge.former { "true" } else { "false" });
        data(&mut out, "      ", "e_evidence", &super::evidence_text(edge, "\n"));
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

fn data(out: &mut String, indent: &str, key: &str, value: &str) {
    let _ = writeln!(out, "{indent}<data key=\"{key}\">{}</data>", escape(value));
}

/// Text escaped for XML character data and attribute values alike.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Parsers normalize literal tabs and line breaks in attributes to spaces, and CR LF
            // to LF everywhere; references keep them.
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether XML 1.0 allows `c` in a document (its `Char` production, minus what `escape` handles).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_text_and_drops_what_xml_forbids() {
        assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
        assert_eq!(escape("two\nlines\ttab"), "two&#10;lines&#9;tab");
        assert_eq!(escape("bell\u{7}\u{FFFE}"), "bell");
        assert_eq!(escape("Erdoğan 🇹🇷"), "Erdoğan 🇹🇷");
    }
}
