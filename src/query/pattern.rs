//! The `match` pattern language: a small subset of Cypher's path patterns.
//!
//! ```text
//! pattern    = node { edge node }
//! node       = "(" [ variable ] [ ":" node-kind ] [ properties ] ")"
//! properties = "{" property { "," property } "}"
//! property   = ( "name" | "id" ) ":" string
//! edge       = "-[" inner "]->"      left to right
//!            | "<-[" inner "]-"      right to left
//!            | "-[" inner "]-"       either way
//!            | "-->" | "<--" | "--"  any kind
//! inner      = [ variable ] [ ":" edge-kind { "|" edge-kind } ]
//! variable   = letter or "_", then letters, digits or "_"
//! string     = '"' … '"' or "'" … "'", with \" \' and \\ as escapes
//! ```
//!
//! Kinds are the names of SCHEMA §1–2 (`person`, `met-with`, ...). White space may stand between
//! any two tokens. This module only parses and prints patterns; [`super::matching`] runs them.
//! Printing a pattern ([`std::fmt::Display`]) gives its canonical text, which parses back to the
//! same pattern.

use std::fmt;

use crate::model::{EdgeKind, NodeKind};

/// A chain of node patterns joined by edge patterns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    /// The leftmost node.
    pub start: NodePattern,
    /// Each edge and the node to its right, left to right.
    pub hops: Vec<(EdgePattern, NodePattern)>,
}

/// `(var:kind {name: "..."})`: which nodes may stand at one place of the chain.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NodePattern {
    /// Name of the column the node is shown in; a variable used twice binds one node.
    pub var: Option<String>,
    /// Only nodes of this kind.
    pub kind: Option<NodeKind>,
    /// Only nodes these properties fit, all of them.
    pub properties: Vec<(Property, String)>,
}

/// The properties a node pattern can test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Property {
    /// The node's name, an alias or a person's last name, folded as names are (see
    /// [`super::names`]).
    Name,
    /// The node's id, exactly.
    Id,
}

impl Property {
    fn as_str(self) -> &'static str {
        match self {
            Property::Name => "name",
            Property::Id => "id",
        }
    }
}

/// `-[var:kind|kind]->`: which edges may join two neighbouring node patterns.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EdgePattern {
    /// Name of the column the edge is shown in.
    pub var: Option<String>,
    /// Any of these kinds; empty means any kind.
    pub kinds: Vec<EdgeKind>,
    /// Which way the edge must point.
    pub direction: Direction,
}

/// Which way an edge pattern points, as written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Direction {
    /// `-[]->`: from the left node to the right one.
    Right,
    /// `<-[]-`: from the right node to the left one.
    Left,
    /// `-[]-`: either way.
    #[default]
    Either,
}

/// A pattern that could not be parsed: what was expected, and where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("column {column}: {message}\n  {pattern}\n  {caret:>width$}", caret = "^", width = column)]
pub struct PatternError {
    /// The pattern as given.
    pub pattern: String,
    /// 1-based column (in characters) of the offending character, or one past the end.
    pub column: usize,
    /// What went wrong.
    pub message: String,
}

impl std::str::FromStr for Pattern {
    type Err = PatternError;

    fn from_str(text: &str) -> Result<Pattern, PatternError> {
        parse(text)
    }
}

/// Parses a pattern, checking that kinds exist and that no variable names both a node and an
/// edge or two edges.
pub fn parse(text: &str) -> Result<Pattern, PatternError> {
    let mut parser = Parser { text, chars: text.char_indices().collect(), at: 0 };
    let start = parser.node()?;
    let mut hops = Vec::new();
    loop {
        parser.skip_space();
        if parser.peek().is_none() {
            break;
        }
        let edge = parser.edge()?;
        let node = parser.node()?;
        hops.push((edge, node));
    }
    let pattern = Pattern { start, hops };
    check_variables(&pattern).map_err(|(var, message)| {
        let column = text.find(var.as_str()).map(|byte| text[..byte].chars().count() + 1).unwrap_or(1);
        PatternError { pattern: text.to_string(), column, message }
    })?;
    Ok(pattern)
}

/// A variable names either nodes (possibly several times: one node) or exactly one edge.
fn check_variables(pattern: &Pattern) -> Result<(), (String, String)> {
    let mut node_vars: Vec<&str> = Vec::new();
    let mut edge_vars: Vec<&str> = Vec::new();
    for node in pattern.nodes() {
        if let Some(var) = &node.var {
            node_vars.push(var);
        }
    }
    for (edge, _) in &pattern.hops {
        if let Some(var) = &edge.var {
            if node_vars.contains(&var.as_str()) {
                return Err((var.clone(), format!("variable {var} names both a node and an edge")));
            }
            if edge_vars.contains(&var.as_str()) {
                return Err((
                    var.clone(),
                    format!("edge variable {var} is used twice; an edge variable binds one edge"),
                ));
            }
            edge_vars.push(var);
        }
    }
    Ok(())
}

impl Pattern {
    /// The node patterns, left to right.
    pub fn nodes(&self) -> impl Iterator<Item = &NodePattern> {
        std::iter::once(&self.start).chain(self.hops.iter().map(|(_, node)| node))
    }
}

struct Parser<'t> {
    text: &'t str,
    chars: Vec<(usize, char)>,
    /// Index into `chars`.
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).map(|&(_, c)| c)
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    fn error(&self, message: impl Into<String>) -> PatternError {
        PatternError { pattern: self.text.to_string(), column: self.at + 1, message: message.into() }
    }

    /// What stands at the cursor, for error messages.
    fn found(&self) -> String {
        match self.peek() {
            Some(c) => format!("found {c:?}"),
            None => "found the end of the pattern".to_string(),
        }
    }

    fn expect(&mut self, wanted: char, context: &str) -> Result<(), PatternError> {
        self.skip_space();
        if self.peek() == Some(wanted) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(format!("expected {wanted:?} {context}, {}", self.found())))
        }
    }

    /// Consumes `wanted` if it is next (after white space).
    fn eat(&mut self, wanted: char) -> bool {
        self.skip_space();
        if self.peek() == Some(wanted) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn identifier(&mut self) -> Option<String> {
        self.skip_space();
        let first = self.peek()?;
        if !(first.is_alphabetic() || first == '_') {
            return None;
        }
        let mut out = String::new();
        while let Some(c) = self.peek().filter(|c| c.is_alphanumeric() || *c == '_') {
            out.push(c);
            self.at += 1;
        }
        Some(out)
    }

    /// A kind name: letters, digits and `-`, read up to the first other character.
    fn kind_word(&mut self, what: &str) -> Result<(usize, String), PatternError> {
        self.skip_space();
        let start = self.at;
        let mut out = String::new();
        while let Some(c) = self.peek().filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_') {
            out.push(c);
            self.at += 1;
        }
        // A `-` right before `]` belongs to the edge's arrow, not to the kind.
        while out.ends_with('-') {
            out.pop();
            self.at -= 1;
        }
        if out.is_empty() {
            return Err(self.error(format!("expected {what} after ':', {}", self.found())));
        }
        Ok((start, out))
    }

    fn node(&mut self) -> Result<NodePattern, PatternError> {
        self.expect('(', "to open a node pattern")?;
        let var = self.identifier();
        let mut kind = None;
        if self.eat(':') {
            let (start, word) = self.kind_word("a node kind")?;
            kind = Some(NodeKind::parse(&word).ok_or_else(|| {
                let names: Vec<&str> = NodeKind::ALL.iter().map(|k| k.as_str()).collect();
                PatternError {
                    pattern: self.text.to_string(),
                    column: start + 1,
                    message: format!("unknown node kind {word:?}; kinds are {}", names.join(", ")),
                }
            })?);
        }
        let mut properties = Vec::new();
        if self.eat('{') {
            loop {
                properties.push(self.property()?);
                if !self.eat(',') {
                    break;
                }
            }
            self.expect('}', "to close the properties")?;
        }
        self.expect(')', "to close the node pattern")?;
        Ok(NodePattern { var, kind, properties })
    }

    fn property(&mut self) -> Result<(Property, String), PatternError> {
        self.skip_space();
        let start = self.at;
        let key = self.identifier().ok_or_else(|| self.error(format!("expected a property name, {}", self.found())))?;
        let property = match key.as_str() {
            "name" => Property::Name,
            "id" => Property::Id,
            other => {
                return Err(PatternError {
                    pattern: self.text.to_string(),
                    column: start + 1,
                    message: format!("unknown property {other:?}; properties are name and id"),
                });
            }
        };
        self.expect(':', "after the property name")?;
        Ok((property, self.string()?))
    }

    fn string(&mut self) -> Result<String, PatternError> {
        self.skip_space();
        let quote = match self.peek() {
            Some(c @ ('"' | '\'')) => c,
            _ => return Err(self.error(format!("expected a quoted string, {}", self.found()))),
        };
        let open = self.at;
        self.at += 1;
        let mut out = String::new();
        loop {
            match self.peek() {
                None => {
                    self.at = open;
                    return Err(self.error("this string is never closed"));
                }
                Some(c) if c == quote => {
                    self.at += 1;
                    return Ok(out);
                }
                Some('\\') => {
                    self.at += 1;
                    match self.peek() {
                        Some(c @ ('"' | '\'' | '\\')) => {
                            out.push(c);
                            self.at += 1;
                        }
                        _ => return Err(self.error("expected \\\", \\' or \\\\ after a backslash")),
                    }
                }
                Some(c) => {
                    out.push(c);
                    self.at += 1;
                }
            }
        }
    }

    fn edge(&mut self) -> Result<EdgePattern, PatternError> {
        self.skip_space();
        let leftwards = self.eat('<');
        if self.peek() != Some('-') {
            return Err(
                self.error(format!("expected an edge (-[...]->, <-[...]-, -[...]-) or the end, {}", self.found()))
            );
        }
        self.at += 1;
        let mut edge = EdgePattern::default();
        if self.peek() == Some('[') {
            self.at += 1;
            edge.var = self.identifier();
            if self.eat(':') {
                loop {
                    let (start, word) = self.kind_word("an edge kind")?;
                    let kind = EdgeKind::parse(&word).ok_or_else(|| {
                        let names: Vec<&str> = EdgeKind::ALL.iter().map(|k| k.as_str()).collect();
                        PatternError {
                            pattern: self.text.to_string(),
                            column: start + 1,
                            message: format!("unknown edge kind {word:?}; kinds are {}", names.join(", ")),
                        }
                    })?;
                    edge.kinds.push(kind);
                    if !self.eat('|') {
                        break;
                    }
                }
            }
            self.expect(']', "to close the edge pattern")?;
        }
        if self.peek() != Some('-') {
            return Err(self.error(format!("expected '-' to finish the edge, {}", self.found())));
        }
        self.at += 1;
        let rightwards = self.peek() == Some('>');
        if rightwards {
            self.at += 1;
        }
        edge.direction = match (leftwards, rightwards) {
            (false, true) => Direction::Right,
            (true, false) => Direction::Left,
            (false, false) => Direction::Either,
            (true, true) => {
                self.at -= 1;
                return Err(self.error("an edge points one way or either way, not both (<-[]->)"));
            }
        };
        Ok(edge)
    }
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.start)?;
        for (edge, node) in &self.hops {
            write!(f, "{edge}{node}")?;
        }
        Ok(())
    }
}

impl fmt::Display for NodePattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(")?;
        if let Some(var) = &self.var {
            f.write_str(var)?;
        }
        if let Some(kind) = self.kind {
            write!(f, ":{kind}")?;
        }
        if !self.properties.is_empty() {
            if self.var.is_some() || self.kind.is_some() {
                f.write_str(" ")?;
            }
            f.write_str("{")?;
            for (i, (property, value)) in self.properties.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{}: {}", property.as_str(), quoted(value))?;
            }
            f.write_str("}")?;
        }
        f.write_str(")")
    }
}

impl fmt::Display for EdgePattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.direction == Direction::Left { "<-[" } else { "-[" })?;
        if let Some(var) = &self.var {
            f.write_str(var)?;
        }
        for (i, kind) in self.kinds.iter().enumerate() {
            f.write_str(if i == 0 { ":" } else { "|" })?;
            f.write_str(kind.as_str())?;
        }
        f.write_str(if self.direction == Direction::Right { "]->" } else { "]-" })
    }
}

/// A double-quoted string with `"` and `\` escaped.
fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn check(text: &str, canonical: &str) {
        let pattern = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(pattern.to_string(), canonical);
        assert_eq!(parse(canonical).unwrap(), pattern);
    }

    fn check_error(text: &str, column: usize, message: &str) {
        let err = parse(text).expect_err(text);
        assert_eq!(err.column, column, "{err}");
        assert!(err.message.contains(message), "{text}: {}", err.message);
    }

    #[test]
    fn parses_the_examples_of_the_issue() {
        check(
            r#"(a:person)-[:advises]->(b:person {name:"Donald Trump"})"#,
            r#"(a:person)-[:advises]->(b:person {name: "Donald Trump"})"#,
        );
        check("(a)-[:met-with]-(b:country)", "(a)-[:met-with]-(b:country)");
    }

    #[test]
    fn accepts_white_space_short_arrows_and_single_quotes() {
        check(" ( a : person ) <-- ( b ) ", "(a:person)<-[]-(b)");
        check("(a)-->(b)--(c)", "(a)-[]->(b)-[]-(c)");
        check("(a {name:'O\\'Brien', id: \"person:x\"})", r#"(a {name: "O'Brien", id: "person:x"})"#);
        check("(a)-[r:met-with|advises]->()", "(a)-[r:met-with|advises]->()");
        check("(x)<-[:holds-role]-(p)", "(x)<-[:holds-role]-(p)");
    }

    #[test]
    fn errors_point_at_the_column() {
        check_error("(a:person", 10, "expected ')'");
        check_error("(a:persn)", 4, "unknown node kind \"persn\"");
        check_error("(a)-[:meets]->(b)", 7, "unknown edge kind \"meets\"");
        check_error("(a)-[:advises->(b)", 14, "expected ']'");
        check_error("(a) (b)", 5, "expected an edge");
        check_error("(a {nom: \"x\"})", 5, "unknown property \"nom\"");
        check_error("(a {name: \"x})", 11, "never closed");
        check_error("(a)<-[]->(b)", 9, "not both");
        check_error("", 1, "expected '('");
        check_error("(a)-[a]-(b)", 2, "both a node and an edge");
    }

    fn node_pattern() -> impl Strategy<Value = NodePattern> {
        let property = (prop_oneof![Just(Property::Name), Just(Property::Id)], "\\PC{0,12}");
        (
            proptest::option::of("[a-z_][a-zA-Z0-9_]{0,4}"),
            proptest::option::of(proptest::sample::select(NodeKind::ALL.to_vec())),
            proptest::collection::vec(property, 0..3),
        )
            .prop_map(|(var, kind, properties)| NodePattern { var, kind, properties })
    }

    fn edge_pattern() -> impl Strategy<Value = EdgePattern> {
        let direction = prop_oneof![Just(Direction::Right), Just(Direction::Left), Just(Direction::Either)];
        (any::<bool>(), proptest::collection::vec(proptest::sample::select(EdgeKind::ALL.to_vec()), 0..3), direction)
            .prop_map(|(named, kinds, direction)| EdgePattern { var: named.then(String::new), kinds, direction })
    }

    fn any_pattern() -> impl Strategy<Value = Pattern> {
        (node_pattern(), proptest::collection::vec((edge_pattern(), node_pattern()), 0..4)).prop_map(
            |(start, mut hops)| {
                // Edge variables are unique and never a node's: number them apart from node names.
                for (i, (edge, _)) in hops.iter_mut().enumerate() {
                    if edge.var.is_some() {
                        edge.var = Some(format!("E{i}"));
                    }
                }
                Pattern { start, hops }
            },
        )
    }

    proptest! {
        #[test]
        fn printing_a_pattern_and_parsing_it_again_gives_the_same_pattern(pattern in any_pattern()) {
            let printed = pattern.to_string();
            let parsed = parse(&printed).map_err(|e| TestCaseError::fail(format!("{printed}: {e}")))?;
            prop_assert_eq!(&parsed, &pattern);
            prop_assert_eq!(parsed.to_string(), printed);
        }

        #[test]
        fn parsing_never_panics_and_errors_point_inside_the_pattern(text in "[-()\\[\\]{}<>:|,'\"a-z ]{0,30}") {
            match parse(&text) {
                Ok(pattern) => prop_assert_eq!(parse(&pattern.to_string()), Ok(pattern)),
                Err(err) => prop_assert!(err.column >= 1 && err.column <= text.chars().count() + 1),
            }
        }
    }

    #[test]
    fn error_message_shows_a_caret_under_the_column() {
        let err = parse("(a)-[:meets]->(b)").unwrap_err();
        assert_eq!(
            err.to_string(),
            "column 7: unknown edge kind \"meets\"; kinds are met-with, advises, demands, represents, holds-role\n  \
             (a)-[:meets]->(b)\n        ^"
        );
    }
}
