//! Gold annotations (SCHEMA §4): reading one file and checking it like score.py's `problems()`.
//!
//! Two levels of trouble. A file score.py could not score at all (not JSON, no `article`, an
//! entity without `id`, a name that is not a string) is a [`ReadError`]. A file score.py scores
//! but flags (an unknown kind, a relation to an undefined id, a role without a title) loads,
//! and [`Gold::problems`] lists what is wrong; it is then scored exactly as score.py scores it.
//! Nothing here touches the file system: the caller reads the bytes.

use std::collections::HashSet;

use indexmap::IndexMap;
use serde_json::Value;

use super::json::{ReadError, aliases, list, object, optional_str, parse, required_str, truthy};
use super::python::{py_repr, py_repr_opt};
use super::{ENTITY_KINDS, RELATION_TYPES};

/// One article's gold annotations.
#[derive(Clone, Debug)]
pub struct Gold {
    /// The article file name the annotations are for.
    pub article: String,
    /// Entities by id, in file order; a repeated id keeps its first place and its last value,
    /// as a Python dict does.
    pub(crate) entities: IndexMap<String, GoldEntity>,
    /// Roles by id, likewise.
    pub(crate) roles: IndexMap<String, GoldRole>,
    /// Relations in file order.
    pub(crate) relations: Vec<GoldRelation>,
    /// Ids defined more than once (among entities and roles together), for `problems`.
    repeated_ids: Vec<String>,
}

/// A gold person, country or organization.
#[derive(Clone, Debug)]
pub(crate) struct GoldEntity {
    pub(crate) kind: String,
    pub(crate) name: Option<String>,
    /// `norm` of the name and every alias, without empty forms.
    pub(crate) names: HashSet<String>,
    pub(crate) optional: bool,
}

/// A gold office, with or without a named holder.
#[derive(Clone, Debug)]
pub(crate) struct GoldRole {
    pub(crate) holder: Option<String>,
    pub(crate) title: Option<String>,
    /// `title_head` of the title.
    pub(crate) head: String,
    pub(crate) country: Option<String>,
    pub(crate) optional: bool,
}

/// A gold relation between two ids.
#[derive(Clone, Debug)]
pub(crate) struct GoldRelation {
    pub(crate) kind: String,
    pub(crate) source: Option<String>,
    pub(crate) target: Option<String>,
    pub(crate) optional: bool,
}

impl Gold {
    /// Reads a gold document.
    pub fn from_json(text: &str) -> Result<Gold, ReadError> {
        Gold::from_value(&parse(text)?).map_err(ReadError)
    }

    fn from_value(value: &Value) -> Result<Gold, String> {
        let doc = value.as_object().ok_or("a gold file is a JSON object with \"article\", \"entities\", ...")?;
        let article = match doc.get("article") {
            Some(Value::String(article)) if !article.is_empty() => article.clone(),
            Some(_) => return Err("\"article\" must be the article's file name".to_string()),
            None => return Err("no \"article\": the file name of the annotated article".to_string()),
        };
        let mut gold = Gold {
            article,
            entities: IndexMap::new(),
            roles: IndexMap::new(),
            relations: Vec::new(),
            repeated_ids: Vec::new(),
        };
        let mut seen = HashSet::new();
        for (i, item) in list(doc, "entities")?.iter().enumerate() {
            let entity = object(item, "entity", i)?;
            let id = required_str(entity, "id", &format!("entity {i}"))?;
            let what = format!("entity {id}");
            let kind = required_str(entity, "kind", &what)?;
            let name = optional_str(entity, "name", &what)?;
            let mut names: HashSet<String> = name.iter().map(|n| super::norm(n)).collect();
            names.extend(aliases(entity, &what)?.iter().map(|a| super::norm(a)));
            names.remove("");
            let optional = truthy(entity.get("optional"));
            gold.note_id(&mut seen, &id);
            gold.entities.insert(id, GoldEntity { kind, name, names, optional });
        }
        for (i, item) in list(doc, "roles")?.iter().enumerate() {
            let role = object(item, "role", i)?;
            let id = required_str(role, "id", &format!("role {i}"))?;
            let what = format!("role {id}");
            let title = optional_str(role, "title", &what)?;
            let head = super::title_head(title.as_deref().unwrap_or(""));
            let holder = optional_str(role, "holder", &what)?;
            let country = optional_str(role, "country", &what)?;
            let optional = truthy(role.get("optional"));
            gold.note_id(&mut seen, &id);
            gold.roles.insert(id, GoldRole { holder, title, head, country, optional });
        }
        for (i, item) in list(doc, "relations")?.iter().enumerate() {
            let relation = object(item, "relation", i)?;
            let what = format!("relation {i}");
            let kind = required_str(relation, "type", &what)?;
            let source = optional_str(relation, "source", &what)?;
            let target = optional_str(relation, "target", &what)?;
            let optional = truthy(relation.get("optional"));
            gold.relations.push(GoldRelation { kind, source, target, optional });
        }
        Ok(gold)
    }

    fn note_id(&mut self, seen: &mut HashSet<String>, id: &str) {
        if !seen.insert(id.to_string()) && !self.repeated_ids.iter().any(|r| r == id) {
            self.repeated_ids.push(id.to_string());
        }
    }

    /// What is wrong with the annotations, one message per problem, worded like score.py's
    /// `problems()`. score.py only notices an id shared by an entity and a role; this also
    /// names ids repeated among entities or among roles, where the last definition wins.
    pub fn problems(&self) -> Vec<String> {
        let mut out: Vec<String> =
            self.repeated_ids.iter().map(|id| format!("id {} is used twice", py_repr(id))).collect();
        let is_id = |id: &Option<String>| id.as_ref().is_some_and(|id| self.is_defined(id));
        for (id, entity) in &self.entities {
            if !ENTITY_KINDS.contains(&entity.kind.as_str()) && entity.kind != "organization" {
                out.push(format!("entity {id}: unknown kind {}", py_repr(&entity.kind)));
            }
            if entity.name.as_deref().is_none_or(str::is_empty) {
                out.push(format!("entity {id}: no name"));
            }
        }
        for (id, role) in &self.roles {
            if let Some(holder) = &role.holder
                && !self.entities.contains_key(holder)
            {
                out.push(format!("role {id}: unknown holder {}", py_repr(holder)));
            }
            if let Some(country) = &role.country
                && !self.entities.contains_key(country)
            {
                out.push(format!("role {id}: unknown country {}", py_repr(country)));
            }
            if role.title.as_deref().is_none_or(str::is_empty) {
                out.push(format!("role {id}: no title"));
            }
        }
        for (i, relation) in self.relations.iter().enumerate() {
            if !RELATION_TYPES.contains(&relation.kind.as_str()) {
                out.push(format!("relation {i}: unknown type {}", py_repr(&relation.kind)));
            }
            for (end, id) in [("source", &relation.source), ("target", &relation.target)] {
                if !is_id(id) {
                    out.push(format!("relation {i}: unknown {end} {}", py_repr_opt(id.as_deref())));
                }
            }
        }
        out
    }

    fn is_defined(&self, id: &str) -> bool {
        self.entities.contains_key(id) || self.roles.contains_key(id)
    }
}
