//! HTML to article: the visible text of a page, one block element per line.
//!
//! A single linear scan with no tree and no recursion, so deeply nested or broken markup costs
//! no more than flat markup. Script, style, navigation, header, footer, aside, form and similar
//! elements are dropped; entities are decoded; the `<title>` (or first `<h1>`) becomes the
//! article's title and the first line of its text.

use crate::model::{Article, ArticleMeta};

/// Elements whose content is never article text.
const HIDDEN: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form", "button", "select",
    "iframe", "object", "canvas", "head", "menu",
];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "article",
    "section",
    "blockquote",
    "figcaption",
    "figure",
    "pre",
    "hr",
    "dd",
    "dt",
    "dl",
    "main",
    "address",
    "caption",
    "summary",
    "details",
];

/// Converts an HTML page into an article.
pub fn html_to_article(id: &str, html: &str) -> Article {
    let mut body = String::with_capacity(html.len() / 2);
    let mut title: Option<String> = None;
    let mut h1: Option<String> = None;
    let mut date: Option<String> = None;
    let mut hidden_depth: Vec<String> = Vec::new();
    let mut capture: Option<(String, String)> = None; // (tag, text) for <title> and <h1>
    let bytes = html.as_bytes();
    let mut failed_scans = FailedScans::default();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            if html[i..].starts_with("<!--") {
                i = html[i + 4..].find("-->").map_or(bytes.len(), |e| i + 4 + e + 3);
                continue;
            }
            let Some(close) = find_tag_end(bytes, i + 1, &mut failed_scans) else {
                // A lone "<" in text.
                push_text(&mut body, &mut capture, hidden_depth.is_empty(), "<");
                i += 1;
                continue;
            };
            let tag_text = &html[i + 1..close];
            i = close + 1;
            let (name, closing) = tag_name(tag_text);
            if name.is_empty() {
                continue;
            }
            if name == "meta" && date.is_none() {
                date = meta_date(tag_text);
            }
            if name == "time" && date.is_none() {
                date = attribute(tag_text, "datetime");
            }
            if HIDDEN.contains(&name.as_str()) {
                if closing {
                    if let Some(pos) = hidden_depth.iter().rposition(|t| *t == name) {
                        hidden_depth.truncate(pos);
                    }
                } else if !tag_text.ends_with('/') {
                    // Deeper than any page nests hidden parts: it stays hidden, without a longer
                    // stack for every closing tag to search.
                    if hidden_depth.len() < MAX_HIDDEN_DEPTH {
                        hidden_depth.push(name.clone());
                    }
                    // Script and style content is raw text: skip to the closing tag.
                    if name == "script" || name == "style" {
                        let end_tag = format!("</{name}");
                        i = find_ignoring_ascii_case(&bytes[i..], end_tag.as_bytes()).map_or(bytes.len(), |e| i + e);
                    }
                }
                continue;
            }
            if name == "title" || name == "h1" {
                if closing {
                    if let Some((tag, text)) = capture.take() {
                        let text = collapse(&text);
                        if tag == "title" && title.is_none() && !text.is_empty() {
                            title = Some(text);
                        } else if tag == "h1" {
                            if h1.is_none() && !text.is_empty() {
                                h1 = Some(text.clone());
                            }
                            body.push_str("\n\n");
                            body.push_str(&text);
                            body.push_str("\n\n");
                        }
                    }
                } else if hidden_depth.is_empty() || name == "title" {
                    capture = Some((name.clone(), String::new()));
                }
                continue;
            }
            if BLOCKS.contains(&name.as_str()) && hidden_depth.is_empty() {
                body.push_str("\n\n");
            }
        } else {
            let next = html[i..].find('<').map_or(bytes.len(), |n| i + n);
            let decoded = decode_entities(&html[i..next]);
            let in_title = capture.as_ref().is_some_and(|(t, _)| t == "title");
            push_text(&mut body, &mut capture, hidden_depth.is_empty() || in_title, &decoded);
            i = next;
        }
    }
    let heading = h1.clone().or_else(|| title.clone());
    let mut text = String::new();
    let paragraphs: Vec<String> = body.split("\n\n").map(collapse).filter(|p| !p.is_empty()).collect();
    if let (Some(t), None) = (&title, &h1) {
        text.push_str(t);
        text.push_str("\n\n");
    }
    text.push_str(&paragraphs.join("\n\n"));
    text.push('\n');
    Article { meta: ArticleMeta { id: id.to_string(), title: heading, date, url: None }, text }
}

fn push_text(body: &mut String, capture: &mut Option<(String, String)>, visible: bool, text: &str) {
    if let Some((_, captured)) = capture.as_mut() {
        captured.push_str(text);
        return;
    }
    if visible {
        body.push_str(text);
    }
}

/// Hidden elements (navigation, scripts…) nested deeper than this are not tracked one by one.
const MAX_HIDDEN_DEPTH: usize = 256;

/// Where scans for a tag's end ran off the end of the page, by byte and quote state (bit 0:
/// outside quotes, bit 1: in `"`, bit 2: in `'`). A later scan that reaches one of these ends the
/// same way, so it stops there: without this, every `<` of a page with an unclosed quote
/// rescanned the rest of the page (quadratic).
#[derive(Default)]
struct FailedScans {
    states: Vec<u8>,
}

/// The end of a tag starting after `<` at `start`, honouring quoted attribute values.
fn find_tag_end(bytes: &[u8], start: usize, failed: &mut FailedScans) -> Option<usize> {
    let first = *bytes.get(start)?;
    if !(first.is_ascii_alphabetic() || first == b'/' || first == b'!' || first == b'?') {
        return None;
    }
    let state_bit = |quote: Option<u8>| match quote {
        None => 1u8,
        Some(b'"') => 2,
        _ => 4,
    };
    let step = |quote: Option<u8>, b: u8| match quote {
        Some(q) if b == q => None,
        Some(q) => Some(q),
        None if b == b'"' || b == b'\'' => Some(b),
        None => None,
    };
    let mut quote: Option<u8> = None;
    let mut ran_off = true;
    for (offset, &b) in bytes[start..].iter().enumerate() {
        if failed.states.get(start + offset).is_some_and(|s| s & state_bit(quote) != 0) {
            ran_off = false;
            break;
        }
        if quote.is_none() && b == b'>' {
            return Some(start + offset);
        }
        quote = step(quote, b);
    }
    // No end: mark the states this scan went through, up to where it met a marked one.
    if failed.states.is_empty() {
        failed.states = vec![0; bytes.len()];
    }
    let mut quote: Option<u8> = None;
    for (offset, &b) in bytes[start..].iter().enumerate() {
        let seen = &mut failed.states[start + offset];
        if !ran_off && *seen & state_bit(quote) != 0 {
            break;
        }
        *seen |= state_bit(quote);
        quote = step(quote, b);
    }
    None
}

/// The first position of `needle` (ASCII, lower case) in `haystack`, ignoring ASCII case.
fn find_ignoring_ascii_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window.eq_ignore_ascii_case(needle))
}

fn tag_name(tag: &str) -> (String, bool) {
    let closing = tag.starts_with('/');
    let rest = tag.trim_start_matches('/');
    let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    (name.to_ascii_lowercase(), closing)
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let key = format!("{name}=");
    let at = lower.find(&key)? + key.len();
    let rest = &tag[at..];
    let value = match rest.chars().next()? {
        q @ ('"' | '\'') => rest[1..].split(q).next()?,
        _ => rest.split(|c: char| c.is_whitespace() || c == '>').next()?,
    };
    Some(decode_entities(value))
}

fn meta_date(tag: &str) -> Option<String> {
    let property = attribute(tag, "property").or_else(|| attribute(tag, "name"))?;
    let wanted = ["article:published_time", "datepublished", "date", "pubdate", "dc.date"];
    wanted.contains(&property.to_ascii_lowercase().as_str()).then(|| attribute(tag, "content")).flatten()
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes character references: numeric ones and the named ones news pages use.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        // Only the next 33 bytes can hold the `;` of a reference: never search the whole rest.
        let end = after.bytes().take(33).position(|b| b == b';');
        let decoded = end.and_then(|e| decode_entity(&after[..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push_str(&c);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_entity(name: &str) -> Option<String> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        let c = char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{fffd}');
        return Some(c.to_string());
    }
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" => '\u{2019}',
        "lsquo" => '\u{2018}',
        "rdquo" => '\u{201d}',
        "ldquo" => '\u{201c}',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        "hellip" => '\u{2026}',
        "laquo" => '\u{ab}',
        "raquo" => '\u{bb}',
        "copy" => '\u{a9}',
        "reg" => '\u{ae}',
        "trade" => '\u{2122}',
        "euro" => '\u{20ac}',
        "pound" => '\u{a3}',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "aacute" => 'á',
        "agrave" => 'à',
        "acirc" => 'â',
        "auml" => 'ä',
        "atilde" => 'ã',
        "aring" => 'å',
        "iacute" => 'í',
        "iuml" => 'ï',
        "icirc" => 'î',
        "oacute" => 'ó',
        "ograve" => 'ò',
        "ocirc" => 'ô',
        "ouml" => 'ö',
        "otilde" => 'õ',
        "oslash" => 'ø',
        "uacute" => 'ú',
        "ugrave" => 'ù',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "szlig" => 'ß',
        "Eacute" => 'É',
        "Aacute" => 'Á',
        "Oacute" => 'Ó',
        "Uuml" => 'Ü',
        "Ouml" => 'Ö',
        "Auml" => 'Ä',
        "Ccedil" => 'Ç',
        "Ntilde" => 'Ñ',
        "shy" => return Some(String::new()),
        "zwj" => '\u{200d}',
        "zwnj" => '\u{200c}',
        "thinsp" => '\u{2009}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "middot" => '\u{b7}',
        "bull" => '\u{2022}',
        "deg" => '\u{b0}',
        _ => return None,
    };
    Some(c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_visible_text_only() {
        let html = "<html><head><title>T &amp; Co</title><script>var x = '<p>no</p>';</script></head>\
                    <body><nav>Home | World</nav><h1>Putin meets envoys</h1><p>Putin&rsquo;s aide said.</p>\
                    <!-- a comment --><footer>© Reuters</footer><p>Second&nbsp;line</p></body></html>";
        let article = html_to_article("a.html", html);
        assert_eq!(article.meta.title.as_deref(), Some("Putin meets envoys"));
        assert_eq!(article.text, "Putin meets envoys\n\nPutin\u{2019}s aide said.\n\nSecond line\n");
    }

    #[test]
    fn entities_decode_and_junk_survives() {
        assert_eq!(decode_entities("a &lt;b&gt; &#233; &#x41; &bogus; & x"), "a <b> é A &bogus; & x");
        let article = html_to_article("b.html", "<p>1 < 2 <b>bold</p><div");
        assert!(article.text.contains("1 < 2 bold"), "{:?}", article.text);
    }

    #[test]
    fn deep_nesting_is_linear() {
        let html = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        assert!(html_to_article("c.html", &html).text.contains("deep"));
    }

    /// Each of these once made every `<` or `&` scan the rest of the page: minutes for 1 MB.
    #[test]
    fn unclosed_quotes_entities_scripts_and_hidden_tags_are_linear() {
        let pages = [
            "<p a=\"".repeat(200_000) + "end",
            "&#".repeat(300_000) + "end",
            "<script></script>".repeat(60_000) + "<p>end</p>",
            "<nav>".repeat(100_000) + &"</footer>".repeat(100_000) + "</nav>".repeat(100_000).as_str() + "<p>end</p>",
        ];
        for page in pages {
            assert!(html_to_article("h.html", &page).text.contains("end"));
        }
    }

    #[test]
    fn an_unclosed_quote_leaves_later_tags_tags() {
        let article = html_to_article("q.html", "<p class=x'>first</p><p>second &amp; last</p>");
        assert_eq!(article.text, "<p class=x'>first\n\nsecond & last\n");
    }
}
