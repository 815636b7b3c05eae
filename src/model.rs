//! The plain data types every stage shares: articles in, per-article facts out.
//!
//! This module is the contract between the stages of the pipeline. It holds data and the small
//! helpers that define identity (slugs, keys); it performs no I/O and knows nothing about text
//! analysis, graphs or output formats.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

/// One news article as the extractor sees it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The article's metadata; `meta.id` names it in evidence.
    pub meta: ArticleMeta,
    /// The full text that is analysed. Evidence offsets are byte offsets into this string.
    pub text: String,
}

/// What the graph remembers of an article once its text is gone.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Path relative to the input argument it came from, or the JSONL `id`.
    pub id: String,
    /// The headline, when the input format carries one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date as given (ISO 8601 preferred).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where the article was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Article {
    /// An article with only an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article { meta: ArticleMeta { id: id.into(), ..ArticleMeta::default() }, text: text.into() }
    }
}

/// A half-open byte range `start..end` into an article's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
}

/// The kinds of node in the graph (SCHEMA §1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NodeKind {
    /// A named human being.
    Person,
    /// A sovereign state or state-like polity.
    Country,
    /// An office, identified by its title and the country it belongs to.
    Role,
    /// A bloc, agency, party or company; emitted but not scored.
    Organization,
}

impl NodeKind {
    /// Every kind, in output order.
    pub const ALL: [NodeKind; 4] = [NodeKind::Person, NodeKind::Country, NodeKind::Role, NodeKind::Organization];

    /// The name used in ids and JSON (`person`, `country`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Country => "country",
            NodeKind::Role => "role",
            NodeKind::Organization => "organization",
        }
    }

    /// Parses the JSON name of a kind.
    pub fn parse(s: &str) -> Option<NodeKind> {
        NodeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for NodeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kinds of edge in the graph (SCHEMA §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EdgeKind {
    /// Both took part in the same meeting, talks or call. Symmetric: stored once.
    MetWith,
    /// The source advises (serves as aide, adviser or envoy of) the target.
    Advises,
    /// The source demands something of the target; the thing goes in `what`.
    Demands,
    /// The source person acts for the target country.
    Represents,
    /// The source person holds the target role.
    HoldsRole,
}

impl EdgeKind {
    /// Every kind, in output order.
    pub const ALL: [EdgeKind; 5] =
        [EdgeKind::MetWith, EdgeKind::Advises, EdgeKind::Demands, EdgeKind::Represents, EdgeKind::HoldsRole];

    /// The name used in JSON and on the command line (`met-with`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::MetWith => "met-with",
            EdgeKind::Advises => "advises",
            EdgeKind::Demands => "demands",
            EdgeKind::Represents => "represents",
            EdgeKind::HoldsRole => "holds-role",
        }
    }

    /// Parses the JSON name of a kind.
    pub fn parse(s: &str) -> Option<EdgeKind> {
        EdgeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// True for kinds whose direction carries no meaning.
    pub fn is_symmetric(self) -> bool {
        self == EdgeKind::MetWith
    }
}

impl fmt::Display for EdgeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The sentence an edge was read from, and the rule that read it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// Id of the article.
    pub article: String,
    /// Index of the sentence in the article, from 0.
    pub sentence: usize,
    /// Byte offset of the sentence's first byte in the article text.
    pub start: usize,
    /// Byte offset one past the sentence's last byte.
    pub end: usize,
    /// Name of the extraction rule that produced the edge.
    pub rule: String,
    /// The sentence text (`article.text[start..end]`).
    pub text: String,
    /// The article's date, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// For `demands`: what this sentence says was demanded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what: Option<String>,
    /// For `holds-role`: the sentence speaks of a past office.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub former: bool,
}

/// One line for people: `article#sentence[ date] [rule] text`, the sentence's runs of
/// whitespace (line breaks included) written as single spaces. `newsgraph explain` and
/// `query --evidence` print it, so the two read alike.
impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.article, self.sentence)?;
        if let Some(date) = &self.date {
            write!(f, " {date}")?;
        }
        write!(f, " [{}]", self.rule)?;
        let mut words = self.text.split_whitespace();
        if let Some(first) = words.next() {
            write!(f, " {first}")?;
            for word in words {
                write!(f, " {word}")?;
            }
        } else {
            f.write_str(" ")?;
        }
        Ok(())
    }
}

/// An entity as one article knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Article-local identity: `person:steve-witkoff`, `country:russia`, `role:aide@russia`.
    /// Countries and roles keep this key as their graph id; persons may be merged across
    /// articles under a fuller name.
    pub key: String,
    /// Node kind.
    pub kind: NodeKind,
    /// The canonical name within the article (the fullest form it uses, for persons).
    pub name: String,
    /// Every other surface form resolved to this entity.
    pub aliases: BTreeSet<String>,
    /// How many mentions the article makes of it.
    pub mentions: usize,
    /// ISO 3166 alpha-3 code, for countries.
    pub iso3: Option<String>,
    /// Canonical title, for roles (`foreign minister`).
    pub title: Option<String>,
    /// Key of the country a role belongs to, when known.
    pub country: Option<String>,
}

/// One relation read from one sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    /// Entity key of the source.
    pub source: String,
    /// Edge kind.
    pub kind: EdgeKind,
    /// Entity key of the target.
    pub target: String,
    /// Where it was read.
    pub evidence: Evidence,
}

/// Everything extraction found in one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extraction {
    /// The article the facts came from.
    pub article: ArticleMeta,
    /// Entities, sorted by key, keys unique.
    pub entities: Vec<Entity>,
    /// Relations between those entities, sorted, without exact duplicates.
    pub relations: Vec<Relation>,
    /// Why mentions were grouped into entities (for `--explain`).
    pub notes: Vec<String>,
}

/// Folds a name to the form used for identity: lower case, diacritics removed, punctuation
/// dropped, words joined by `-`. `"Kim Jong-un"` and `"Kim Jong Un"` both give `kim-jong-un`.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    push_slug(&mut out, name);
    out
}

/// Appends the [`slug`] of `name` to `out`.
pub(crate) fn push_slug(out: &mut String, name: &str) {
    if name.is_ascii() {
        push_slug_ascii(out, name);
    } else {
        push_slug_unicode(out, name);
    }
}

/// [`push_slug`] of ASCII text, where decomposition changes nothing and there are no combining
/// marks: the same result, some thirty times faster (names are slugged for every key).
fn push_slug_ascii(out: &mut String, name: &str) {
    // perf: reserved once, and a table says what each byte becomes.
    out.reserve(name.len());
    let empty = out.len();
    let mut pending_dash = false;
    for &byte in name.as_bytes() {
        match SLUG_BYTES[usize::from(byte)] {
            SEPARATOR => pending_dash = true,
            DROPPED => {}
            lower => {
                if pending_dash && out.len() > empty {
                    out.push('-');
                }
                pending_dash = false;
                out.push(char::from(lower));
            }
        }
    }
}

/// In [`SLUG_BYTES`]: a byte between words.
const SEPARATOR: u8 = 0;
/// In [`SLUG_BYTES`]: a byte dropped without a trace (`'` and `.`).
const DROPPED: u8 = 1;
/// What each ASCII byte is in a slug: a letter or digit its lower-case self, `'` and `.`
/// [`DROPPED`], any other byte a [`SEPARATOR`].
const SLUG_BYTES: [u8; 256] = {
    let mut table = [SEPARATOR; 256];
    let mut byte = 0;
    while byte < 0x80 {
        let b = byte as u8;
        if b.is_ascii_alphanumeric() {
            table[byte] = b.to_ascii_lowercase();
        }
        byte += 1;
    }
    table[b'\'' as usize] = DROPPED;
    table[b'.' as usize] = DROPPED;
    table
};

fn push_slug_unicode(out: &mut String, name: &str) {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let empty = out.len();
    let mut pending_dash = false;
    for c in name.nfkd() {
        if is_combining_mark(c) || c == '\'' || c == '\u{2019}' || c == '.' {
            continue;
        }
        if c.is_alphanumeric() {
            if pending_dash && out.len() > empty {
                out.push('-');
            }
            pending_dash = false;
            out.extend(c.to_lowercase());
        } else {
            pending_dash = true;
        }
    }
}

/// `prefix` and the slug of `name`, in one allocation.
fn prefixed_slug(prefix: &str, name: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + name.len());
    out.push_str(prefix);
    push_slug(&mut out, name);
    out
}

/// The key of a country entity: `country:` and the slug of its canonical name.
pub fn country_key(name: &str) -> String {
    prefixed_slug("country:", name)
}

/// The key of a person entity: `person:` and the slug of the name.
pub fn person_key(name: &str) -> String {
    prefixed_slug("person:", name)
}

/// The key of a role: `role:` title slug, and `@` country slug when the country is known.
pub fn role_key(title: &str, country_key: Option<&str>) -> String {
    let country = country_key.map(|country| country.strip_prefix("country:").unwrap_or(country));
    let mut out = String::with_capacity("role:@".len() + title.len() + country.map_or(0, str::len));
    out.push_str("role:");
    push_slug(&mut out, title);
    if let Some(country) = country {
        out.push('@');
        out.push_str(country);
    }
    out
}

/// The key of an organization: `organization:` and the slug of its name.
pub fn organization_key(name: &str) -> String {
    prefixed_slug("organization:", name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_line_collapses_whitespace_and_shows_the_date_when_known() {
        let mut evidence = Evidence {
            article: "a.txt".into(),
            sentence: 3,
            start: 0,
            end: 20,
            rule: "meet-verb".into(),
            text: "Putin  met\nWitkoff.".into(),
            date: None,
            what: None,
            former: false,
        };
        assert_eq!(evidence.to_string(), "a.txt#3 [meet-verb] Putin met Witkoff.");
        evidence.date = Some("2025-12-02".into());
        assert_eq!(evidence.to_string(), "a.txt#3 2025-12-02 [meet-verb] Putin met Witkoff.");
        evidence.text = " \n ".into();
        assert_eq!(evidence.to_string(), "a.txt#3 2025-12-02 [meet-verb] ");
    }

    #[test]
    fn slug_folds_case_diacritics_and_punctuation() {
        assert_eq!(slug("Kim Jong-un"), "kim-jong-un");
        assert_eq!(slug("Kim Jong Un"), "kim-jong-un");
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
        assert_eq!(slug("Donald J. Trump"), "donald-j-trump");
        assert_eq!(slug("O'Brien"), "obrien");
        assert_eq!(slug("  United   States "), "united-states");
    }

    #[test]
    fn ascii_slugs_are_the_unicode_slugs() {
        for name in [
            "Kim Jong-un",
            "  United   States ",
            "Donald J. Trump",
            "O'Brien",
            "U.S.-drafted",
            "a--b..c",
            "",
            "-",
            "3M Co.",
        ] {
            let (mut ascii, mut unicode) = (String::new(), String::new());
            push_slug_ascii(&mut ascii, name);
            push_slug_unicode(&mut unicode, name);
            assert_eq!(ascii, unicode, "{name:?}");
        }
    }

    proptest::proptest! {
        /// The ASCII shortcut and keys built in one piece give what slugging alone gives.
        #[test]
        fn ascii_slugs_and_keys_are_the_unicode_ones(name in "[a-zA-Z0-9 .'’_-]{0,16}") {
            let mut unicode = String::new();
            push_slug_unicode(&mut unicode, &name);
            if name.is_ascii() {
                let mut ascii = String::new();
                push_slug_ascii(&mut ascii, &name);
                proptest::prop_assert_eq!(&ascii, &unicode);
            }
            proptest::prop_assert_eq!(slug(&name), unicode.clone());
            proptest::prop_assert_eq!(person_key(&name), format!("person:{unicode}"));
            proptest::prop_assert_eq!(country_key(&name), format!("country:{unicode}"));
            proptest::prop_assert_eq!(organization_key(&name), format!("organization:{unicode}"));
            proptest::prop_assert_eq!(role_key(&name, None), format!("role:{unicode}"));
            proptest::prop_assert_eq!(role_key(&name, Some("country:x-y")), format!("role:{unicode}@x-y"));
        }
    }

    #[test]
    fn role_keys_carry_the_country_slug() {
        assert_eq!(role_key("foreign minister", Some("country:ukraine")), "role:foreign-minister@ukraine");
        assert_eq!(role_key("president", None), "role:president");
    }

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in EdgeKind::ALL {
            assert_eq!(EdgeKind::parse(kind.as_str()), Some(kind));
        }
        for kind in NodeKind::ALL {
            assert_eq!(NodeKind::parse(kind.as_str()), Some(kind));
        }
    }
}
