//! Extraction: one article's text in, its entities and relations with evidence out.
//!
//! Extraction never fails: an odd sentence yields fewer facts, not an error. It reads only the
//! article and the lexicon (no network, no model) and is deterministic. The stages:
//! [`mentions`] finds countries, titles and persons and groups a person's forms;
//! [`roles`] reads offices, pronouns and descriptions; [`relations`] applies the cue rules.
//! This module turns their findings into [`Extraction`] values with evidence.

mod mentions;
mod relations;
mod roles;

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::hash::BuildHasher;

// Hashed with foldhash: much faster than SipHash on small keys, and seeded per process.
use foldhash::{HashMap, HashMapExt};

use crate::lexicon::{CountryId, Lexicon, TitleClass, TitleId};
use crate::model::{
    Article, EdgeKind, Entity, Evidence, Extraction, NodeKind, Relation, organization_key, person_key, role_key,
};
use crate::text::{self, Document};

use mentions::ItemKind;
use relations::Party;
use roles::{Owner, RoleFact};

/// Most edges one sentence may give; more are dropped. A sentence listing hundreds of names
/// that "met" would otherwise give every pair, each with the sentence as evidence: output
/// quadratic in the sentence. Real sentences give at most about 15.
pub const MAX_RELATIONS_PER_SENTENCE: usize = 64;

/// Extracts facts from articles with one lexicon.
#[derive(Clone, Copy, Debug)]
pub struct Extractor<'a> {
    lexicon: &'a Lexicon,
}

impl<'a> Extractor<'a> {
    /// An extractor that reads with `lexicon`.
    pub fn new(lexicon: &'a Lexicon) -> Extractor<'a> {
        Extractor { lexicon }
    }

    /// A developer's view of how an article was read: every sentence with its items, then the
    /// roles and relations found. The format is for people and may change.
    pub fn trace(&self, article: &Article) -> String {
        use std::fmt::Write;
        let text = article.text.as_str();
        let doc = text::analyze(text);
        let mut found = mentions::find_mentions(self.lexicon, text, &doc);
        let (role_facts, home) = roles::find_roles(self.lexicon, text, &doc, &mut found);
        let relation_facts = relations::find_relations(self.lexicon, text, &doc, &found, &role_facts, home);
        let mut out = String::new();
        for (s, sentence) in found.sentences.iter().enumerate() {
            let _ = write!(out, "[{s}]{} ", if sentence.skipped { " (skipped)" } else { "" });
            for item in &sentence.items {
                let surface = &text[doc.tokens[item.first].start..doc.tokens[item.end - 1].end];
                let possessive = if item.possessive { "'s" } else { "" };
                match &item.kind {
                    ItemKind::Word => {
                        let _ = write!(out, "{surface} ");
                    }
                    kind => {
                        let person = item.person.map(|p| format!("={}", found.persons[p].name)).unwrap_or_default();
                        let label = match kind {
                            ItemKind::Person(_) => "P",
                            ItemKind::Country { inside_name: true, .. } => "c",
                            ItemKind::Country { .. } => "C",
                            ItemKind::Title { plural: true, .. } => "Ts",
                            ItemKind::Title { .. } => "T",
                            ItemKind::Organization { .. } => "O",
                            ItemKind::Place => "L",
                            ItemKind::Pronoun { .. } => "Pr",
                            ItemKind::Word => "",
                        };
                        let _ = write!(out, "[{label}:{surface}{possessive}{person}] ");
                    }
                }
            }
            out.push('\n');
        }
        let party = |p: &Party| match p {
            Party::Person(i) => found.persons[*i].name.clone(),
            Party::Country(c) => self.lexicon.countries[*c as usize].name.clone(),
            Party::Role(t, c) => format!(
                "{}@{}",
                self.lexicon.titles[*t as usize].canonical,
                c.map_or("?".to_string(), |c| self.lexicon.countries[c as usize].name.clone())
            ),
        };
        for f in &role_facts {
            let holder = f.holder.map_or("-".to_string(), |h| found.persons[h].name.clone());
            let country = f.country.map_or("-".to_string(), |c| self.lexicon.countries[c as usize].name.clone());
            let _ = writeln!(
                out,
                "role [{}] {holder}: {} ({:?}) of {country}{}{} owner={:?} rule={}",
                f.sentence,
                self.lexicon.titles[f.title as usize].canonical,
                f.class,
                if f.former { " former" } else { "" },
                if f.non_state { " non-state" } else { "" },
                f.owner.map(|Owner::Person(p)| found.persons[p].name.clone()),
                f.rule
            );
        }
        for f in &relation_facts {
            let _ = writeln!(
                out,
                "rel [{}] {} -{}-> {} rule={} what={:?}",
                f.sentence,
                party(&f.source),
                f.kind,
                party(&f.target),
                f.rule,
                f.what
            );
        }
        out
    }

    /// The entities and relations of one article, each relation with its evidence.
    pub fn extract(&self, article: &Article) -> Extraction {
        let text = article.text.as_str();
        let doc = text::analyze(text);
        let mut found = mentions::find_mentions(self.lexicon, text, &doc);
        let (role_facts, home) = roles::find_roles(self.lexicon, text, &doc, &mut found);
        let relation_facts = relations::find_relations(self.lexicon, text, &doc, &found, &role_facts, home);
        let mut builder = Builder::new(self.lexicon, article, &doc);
        builder.add_mentions(&found);
        builder.add_roles(&found, &role_facts);
        builder.add_relations(&found, &role_facts, &relation_facts);
        builder.finish(&found)
    }
}

/// Collects entities and relations, keyed so that output order never depends on the order
/// facts were found in.
struct Builder<'a> {
    lexicon: &'a Lexicon,
    article: &'a Article,
    doc: &'a Document,
    entities: Entities,
    relations: BTreeSet<RelationKey>,
    /// Relations kept per sentence, for [`MAX_RELATIONS_PER_SENTENCE`].
    per_sentence: HashMap<usize, usize>,
    person_keys: Vec<String>,
    /// The key of each office made into a role entity so far.
    role_keys: HashMap<(TitleId, Option<CountryId>), String>,
}

/// Where and how a relation was read.
struct Found {
    sentence: usize,
    rule: &'static str,
    what: Option<String>,
    former: bool,
}

impl Found {
    fn new(sentence: usize, rule: &'static str) -> Found {
        Found { sentence, rule, what: None, former: false }
    }
}

/// A relation in sortable form: (source, kind, target, sentence, rule, what, former).
type RelationKey = (String, EdgeKind, String, usize, &'static str, Option<String>, bool);

impl<'a> Builder<'a> {
    fn new(lexicon: &'a Lexicon, article: &'a Article, doc: &'a Document) -> Builder<'a> {
        Builder {
            lexicon,
            article,
            doc,
            entities: Entities::new(),
            relations: BTreeSet::new(),
            per_sentence: HashMap::new(),
            person_keys: Vec::new(),
            role_keys: HashMap::new(),
        }
    }

    fn entity(&mut self, key: &str, kind: NodeKind, name: &str) -> &mut Entity {
        // Most calls find the entity: no key is allocated for them.
        self.entities.get_or_insert_with(key, || Entity {
            key: key.to_string(),
            kind,
            name: name.to_string(),
            aliases: BTreeSet::new(),
            mentions: 0,
            iso3: None,
            title: None,
            country: None,
        })
    }

    fn country_entity(&mut self, id: CountryId) -> String {
        self.country_entity_mut(id);
        self.lexicon.countries[id as usize].key.clone()
    }

    fn country_entity_mut(&mut self, id: CountryId) -> &mut Entity {
        let country = &self.lexicon.countries[id as usize];
        let entity = self.entity(&country.key, NodeKind::Country, &country.name);
        if entity.iso3.is_none() {
            entity.iso3 = Some(country.iso3.clone());
        }
        entity
    }

    fn role_entity(&mut self, title: TitleId, country: Option<CountryId>) -> String {
        // perf: an article names the same offices again and again; the key, the name and the
        // country entity are made the first time only. The entity's title and country are
        // still set to this office's on every call, as before (two offices could share a key).
        let lexicon = self.lexicon;
        if let Some(key) = self.role_keys.get(&(title, country)) {
            let canonical = &lexicon.titles[title as usize].canonical;
            let country_key = country.map(|c| &lexicon.countries[c as usize].key);
            let entity = self.entities.get_mut(key).expect("made the first time");
            if entity.title.as_ref() != Some(canonical) {
                entity.title = Some(canonical.clone());
            }
            if entity.country.as_ref() != country_key {
                entity.country = country_key.cloned();
            }
            return key.clone();
        }
        let canonical = self.lexicon.titles[title as usize].canonical.clone();
        let country_key = country.map(|c| self.country_entity(c));
        let key = role_key(&canonical, country_key.as_deref());
        let mut name = capitalize_words(&canonical);
        if let Some(c) = country {
            name.push_str(" of ");
            name.push_str(&self.lexicon.countries[c as usize].name);
        }
        let entity = self.entity(&key, NodeKind::Role, &name);
        entity.title = Some(canonical);
        entity.country = country_key;
        self.role_keys.insert((title, country), key.clone());
        key
    }

    fn add_mentions(&mut self, found: &mentions::Mentions) {
        for person in &found.persons {
            let key = person_key(&person.name);
            let entity = self.entity(&key, NodeKind::Person, &person.name);
            entity.mentions += person.mentions;
            for alias in &person.aliases {
                if *alias != entity.name {
                    entity.aliases.insert(alias.clone());
                }
            }
            self.person_keys.push(key);
        }
        for (s, sentence) in found.sentences.iter().enumerate() {
            let _ = s;
            for item in &sentence.items {
                match item.kind {
                    ItemKind::Country { id, .. } => {
                        let surface = self.surface(item.first, item.end);
                        // perf: the entity found once, and its key not copied.
                        let entity = self.country_entity_mut(id);
                        entity.mentions += 1;
                        if surface != entity.name && !entity.aliases.contains(surface.as_ref()) {
                            entity.aliases.insert(surface.into_owned());
                        }
                    }
                    ItemKind::Organization { id: Some(id) } => {
                        let surface = self.surface(item.first, item.end);
                        let name = self.lexicon.organizations[id as usize].name.clone();
                        let key = organization_key(&name);
                        let entity = self.entity(&key, NodeKind::Organization, &name);
                        entity.mentions += 1;
                        if surface != name && !entity.aliases.contains(surface.as_ref()) {
                            entity.aliases.insert(surface.into_owned());
                        }
                    }
                    _ => {}
                }
            }
        }
        // Persons never mentioned after grouping (all their forms were in skipped lines) go.
        let unmentioned: Vec<String> = found
            .persons
            .iter()
            .enumerate()
            .filter(|(_, p)| p.mentions == 0)
            .map(|(i, _)| self.person_keys[i].clone())
            .collect();
        for key in unmentioned {
            self.entities.remove(&key);
        }
    }

    fn surface(&self, first: usize, end: usize) -> Cow<'a, str> {
        let tokens = &self.doc.tokens;
        let raw = &self.article.text[tokens[first].start..tokens[end - 1].end];
        collapse_whitespace(raw)
    }

    fn party_key(&mut self, party: Party) -> String {
        match party {
            Party::Person(p) => self.person_keys[p].clone(),
            Party::Country(c) => self.country_entity(c),
            Party::Role(t, c) => self.role_entity(t, c),
        }
    }

    fn relation(&mut self, source: String, kind: EdgeKind, target: String, found: Found) {
        let Found { sentence, rule, what, former } = found;
        if source == target || !self.entities.contains(&source) || !self.entities.contains(&target) {
            return;
        }
        // met-with is symmetric: stored once, smaller key first.
        let (source, target) = if kind.is_symmetric() && target < source { (target, source) } else { (source, target) };
        let key = (source, kind, target, sentence, rule, what, former);
        let kept = self.per_sentence.entry(sentence).or_default();
        if *kept >= MAX_RELATIONS_PER_SENTENCE {
            return;
        }
        // perf: one search of the set, not a search and then an insert.
        if self.relations.insert(key) {
            *kept += 1;
        }
    }

    fn add_roles(&mut self, found: &mentions::Mentions, facts: &[RoleFact]) {
        let heads = heads_of_state(facts);
        for f in facts {
            let role = self.role_entity(f.title, f.country);
            let Some(holder) = f.holder else {
                self.role_serves(found, &heads, f, role);
                continue;
            };
            let person = self.person_keys[holder].clone();
            let read = Found { sentence: f.sentence, rule: f.rule, what: None, former: f.former };
            self.relation(person.clone(), EdgeKind::HoldsRole, role.clone(), read);
            // A former office holder no longer acts for the state.
            if f.class.represents_state()
                && !f.non_state
                && !f.former
                && let Some(country) = f.country
            {
                let country = self.country_entity(country);
                let rule = if f.explicit_country { "office-of-country" } else { "office-inferred-country" };
                self.relation(person.clone(), EdgeKind::Represents, country, Found::new(f.sentence, rule));
            }
            self.role_serves(found, &heads, f, person);
        }
    }

    /// "Trump's special envoy" advises Trump; "Kremlin aide X" advises the president of Russia.
    fn role_serves(
        &mut self,
        found: &mentions::Mentions,
        heads: &HashMap<CountryId, usize>,
        f: &RoleFact,
        advisor: String,
    ) {
        if !f.class.serves() {
            return;
        }
        let served = match f.owner {
            Some(Owner::Person(p)) if Some(p) != f.holder => Some(self.person_keys[p].clone()),
            Some(Owner::Person(_)) => None,
            None if f.class == TitleClass::Advisor && f.explicit_country => f
                .country
                .and_then(|c| heads.get(&c).copied())
                .filter(|&p| Some(p) != f.holder)
                .map(|p| self.person_keys[p].clone()),
            None => None,
        };
        let _ = found;
        if let Some(served) = served {
            self.relation(advisor, EdgeKind::Advises, served, Found::new(f.sentence, "aide-of"));
        }
    }

    fn add_relations(&mut self, found: &mentions::Mentions, roles: &[RoleFact], facts: &[relations::RelationFact]) {
        let _ = found;
        let represented = represented_countries(roles);
        for f in facts {
            let source = self.party_key(f.source);
            let target = self.party_key(f.target);
            let read = Found { what: f.what.clone(), ..Found::new(f.sentence, f.rule) };
            self.relation(source, f.kind, target, read);
            // Persons who met, each acting for a state: their states met too.
            if f.kind == EdgeKind::MetWith
                && let (Party::Person(a), Party::Person(b)) = (f.source, f.target)
                && let (Some(ca), Some(cb)) = (represented.get(&a).copied(), represented.get(&b).copied())
                && ca != cb
            {
                let ca = self.country_entity(ca);
                let cb = self.country_entity(cb);
                self.relation(ca, EdgeKind::MetWith, cb, Found::new(f.sentence, "implied-by-participants"));
            }
        }
    }

    fn finish(self, found: &mentions::Mentions) -> Extraction {
        let meta = &self.article.meta;
        let sentences = &self.doc.sentences;
        let mut relations: Vec<Relation> = self
            .relations
            .into_iter()
            .map(|(source, kind, target, sentence, rule, what, former)| {
                let span = sentences[sentence].span;
                Relation {
                    source,
                    kind,
                    target,
                    evidence: Evidence {
                        article: meta.id.clone(),
                        sentence,
                        start: span.start,
                        end: span.end,
                        rule: rule.to_string(),
                        text: self.article.text[span.start..span.end].to_string(),
                        date: meta.date.clone(),
                        what,
                        former,
                    },
                }
            })
            .collect();
        // The order the graph gives them back in (see `KnowledgeGraph::extractions`).
        relations.sort_by(|a, b| {
            (&a.source, a.kind, &a.target, &a.evidence).cmp(&(&b.source, b.kind, &b.target, &b.evidence))
        });
        let notes =
            found.persons.iter().flat_map(|p| p.notes.iter().map(move |n| format!("{}: {n}", p.name))).collect();
        Extraction { article: meta.clone(), entities: self.entities.into_sorted(), relations, notes }
    }
}

/// Entities by key, put in key order when the extraction is finished.
///
/// Perf: hashed, not a BTreeMap, where looking a key up compared it with a handful of keys; and
/// hashed by each entity's own key, so that the key is not kept twice.
struct Entities {
    table: hashbrown::HashTable<Entity>,
    hasher: foldhash::fast::RandomState,
}

impl Entities {
    fn new() -> Entities {
        // Most articles name fewer entities: the table seldom grows.
        Entities { table: hashbrown::HashTable::with_capacity(32), hasher: Default::default() }
    }

    fn hash(&self, key: &str) -> u64 {
        self.hasher.hash_one(key)
    }

    fn contains(&self, key: &str) -> bool {
        self.table.find(self.hash(key), |e| e.key == key).is_some()
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut Entity> {
        let hash = self.hash(key);
        self.table.find_mut(hash, |e| e.key == key)
    }

    /// The entity of `key`, made by `make` (with that key) when there is none.
    fn get_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> Entity) -> &mut Entity {
        let hasher = &self.hasher;
        match self.table.entry(hasher.hash_one(key), |e| e.key == key, |e| hasher.hash_one(e.key.as_str())) {
            hashbrown::hash_table::Entry::Occupied(entry) => entry.into_mut(),
            hashbrown::hash_table::Entry::Vacant(entry) => entry.insert(make()).into_mut(),
        }
    }

    fn remove(&mut self, key: &str) {
        let hash = self.hash(key);
        if let Ok(entry) = self.table.find_entry(hash, |e| e.key == key) {
            entry.remove();
        }
    }

    /// The entities in key order.
    fn into_sorted(self) -> Vec<Entity> {
        let mut entities: Vec<Entity> = self.table.into_iter().collect();
        // Keys are unique.
        entities.sort_unstable_by(|a, b| a.key.cmp(&b.key));
        entities
    }
}

/// For each country, the one person who holds its head-of-state or head-of-government office,
/// when exactly one does. Built once per article: a search of all facts per fact was quadratic.
fn heads_of_state(facts: &[RoleFact]) -> HashMap<CountryId, usize> {
    let mut heads: HashMap<CountryId, Vec<usize>> = HashMap::new();
    for f in facts.iter().filter(|f| f.class == TitleClass::Head && !f.former) {
        if let (Some(country), Some(holder)) = (f.country, f.holder) {
            heads.entry(country).or_default().push(holder);
        }
    }
    only_values(heads)
}

/// For each person, the one country they act for in the article, when there is exactly one.
fn represented_countries(facts: &[RoleFact]) -> HashMap<usize, CountryId> {
    let mut countries: HashMap<usize, Vec<CountryId>> = HashMap::new();
    for f in facts.iter().filter(|f| f.class.represents_state() && !f.non_state) {
        if let (Some(holder), Some(country)) = (f.holder, f.country) {
            countries.entry(holder).or_default().push(country);
        }
    }
    only_values(countries)
}

/// `raw` with each run of whitespace made one space, and none at the ends (what
/// `split_whitespace` and `join(" ")` give), without the intermediate vector.
fn collapse_whitespace(raw: &str) -> Cow<'_, str> {
    if is_collapsed(raw) {
        // perf: most surfaces are words with one space between them: nothing to copy.
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    for word in raw.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

/// Whether `raw` is non-empty, neither starts nor ends with a space, has no two spaces in a
/// row and no other whitespace: then collapsing its whitespace gives it back. Conservative: a
/// byte that may start a non-ASCII whitespace character (U+0085, U+00A0, U+1680, U+2000 to
/// U+205F, U+3000 start with 0xC2, 0xE1, 0xE2 or 0xE3) counts as whitespace.
fn is_collapsed(raw: &str) -> bool {
    let mut after_space = true;
    for &byte in raw.as_bytes() {
        match byte {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'\t'..=b'\r' | 0xc2 | 0xe1 | 0xe2 | 0xe3 => return false,
            _ => after_space = false,
        }
    }
    !after_space
}

/// The keys whose values are all one value, with that value.
fn only_values<K: std::hash::Hash + Eq, V: Ord + Copy>(map: HashMap<K, Vec<V>>) -> HashMap<K, V> {
    map.into_iter()
        .filter_map(|(key, mut values)| {
            values.sort_unstable();
            values.dedup();
            (values.len() == 1).then(|| (key, values[0]))
        })
        .collect()
}

/// "secretary of state" → "Secretary of State": every word capitalized but the small ones
/// inside the title.
fn capitalize_words(s: &str) -> String {
    // perf: written into one string, not a string per word joined after.
    let mut out = String::with_capacity(s.len() + 4);
    for (i, w) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if i > 0 && matches!(w, "of" | "the" | "and" | "for" | "to") {
            out.push_str(w);
            continue;
        }
        let mut chars = w.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

#[cfg(test)]
mod tests;
