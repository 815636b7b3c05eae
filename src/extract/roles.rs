//! Roles: which person holds which office of which country, whom an office serves, and what
//! "he", "his" and "the president" refer to.
//!
//! Reads the items of [`super::mentions`] and writes back only the `person` a pronoun or a
//! description refers to; everything else it finds is returned as [`RoleFact`]s.

// Hashed with foldhash: much faster than SipHash on small keys, and seeded per process.
use foldhash::{HashMap, HashMapExt, HashSet};

use crate::lexicon::{CountryForm, CountryId, CueFamily, Gender, Lexicon, PhraseEntry, TitleClass, TitleId};
use crate::text::{self, Document, TokenClass, among};

use super::mentions::{Item, ItemKind, ItemKinds, Mentions};

/// Whom an office serves or belongs to, as read from its modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Owner {
    /// "Trump's envoy", "a spokesman for Mr Blair", "aide to Vice President Pence".
    Person(usize),
}

/// One office held (or acting without a named holder), read from one sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RoleFact {
    /// The person holding the office; `None` for an office acting by itself.
    pub holder: Option<usize>,
    /// The office title.
    pub title: TitleId,
    /// The class the title acts with here (a country's "leader" acts as a head).
    pub class: TitleClass,
    /// The country the office belongs to, when known.
    pub country: Option<CountryId>,
    /// The country was stated, not inferred.
    pub explicit_country: bool,
    /// A past office.
    pub former: bool,
    /// Whom the office serves ("Trump's special envoy" → Trump).
    pub owner: Option<Owner>,
    /// The country the office deals with, which is not its own ("envoy to Kyiv").
    pub destination: Option<CountryId>,
    /// The office belongs to an organization or party, not a state.
    pub non_state: bool,
    /// Sentence index.
    pub sentence: usize,
    /// Name of the rule that read it.
    pub rule: &'static str,
}

/// What the modifiers around a title say.
#[derive(Clone, Copy, Debug, Default)]
struct Modifiers {
    /// Item index where the modifiers start.
    start: usize,
    country: Option<CountryId>,
    country_item: Option<usize>,
    owner: Option<Owner>,
    /// "envoy to Kyiv": the country the office deals with, not the one it belongs to.
    destination: Option<CountryId>,
    /// The office belongs to a body of the state ("Defence Ministry spokesman").
    state_body: bool,
    destination_item: Option<usize>,
    former: bool,
    non_state: bool,
}

/// Resolves pronouns and descriptions, then reads the article's roles. Returns them with the
/// country the article is mainly about ([`home_country`]), which the relation rules use too.
pub(crate) fn find_roles(
    lexicon: &Lexicon,
    text: &str,
    doc: &Document,
    mentions: &mut Mentions,
) -> (Vec<RoleFact>, Option<CountryId>) {
    let reader =
        RoleReader { lexicon, text, doc, says_counterpart: text::contains_ignore_ascii_case(text, "counterpart") };
    reader.resolve_pronouns(mentions);
    let mut facts = Vec::new();
    let mut used_countries: Vec<(usize, usize)> = Vec::new();
    for s in 0..mentions.sentences.len() {
        reader.sentence_roles(mentions, s, &mut facts, &mut used_countries);
    }
    let mut not_of = reader.counterparts(mentions, &mut facts);
    // An envoy to a country does not belong to it, whatever office the article names next.
    not_of.extend(facts.iter().filter_map(|f| Some((f.holder?, f.destination?))));
    // Final here: it counts country mentions and offices held with a stated country, which
    // neither inferring countries (offices without one) nor descriptions (persons of items,
    // and offices without a holder) change.
    let home = home_country(mentions, &facts);
    reader.infer_countries(mentions, &mut facts, &used_countries, &not_of, home);
    reader.resolve_descriptions(mentions, &mut facts);
    (facts, home)
}

struct RoleReader<'a> {
    lexicon: &'a Lexicon,
    text: &'a str,
    doc: &'a Document,
    /// Whether the word "counterpart" can occur at all: most articles lack it, and then the
    /// two walks over every item that look for it are skipped.
    says_counterpart: bool,
}

impl RoleReader<'_> {
    /// Points "he", "she", "his", "her" at a person: the first fitting person earlier in the
    /// same sentence; in a fronted phrase ("Before his address, Yoon …") the person after it;
    /// else the first fitting named person of the latest of the three sentences before.
    /// Persons inside a quotation are not antecedents of a pronoun outside it.
    fn resolve_pronouns(&self, mentions: &mut Mentions) {
        let genders: Vec<Gender> = mentions.persons.iter().map(|p| p.gender).collect();
        let fits = |person: usize, gender: Gender| genders[person] == Gender::Unknown || genders[person] == gender;
        for (s, k) in positions(mentions, ItemKinds::PRONOUN, |item| matches!(item.kind, ItemKind::Pronoun { .. })) {
            let items = &mentions.sentences[s].items;
            let ItemKind::Pronoun { gender, possessive } = items[k].kind else { continue };
            let quoted = items[k].in_quote;
            let visible = |i: &Item| quoted || !i.in_quote;
            // "him" (an object) is not the subject of its clause: the nearest person before it
            // ("Abe called Trump and asked him"); "he", "his" go to the subject, the first.
            let object_form = self.word(items[k].first).eq_ignore_ascii_case("him");
            let before = items[..k].iter().filter(|i| visible(i)).filter_map(|i| i.person).filter(|&p| fits(p, gender));
            let same_sentence = if object_form {
                // The last of two or more candidates (counted, not collected: perf).
                let (count, last) = before.fold((0, None), |(count, _), p| (count + 1, Some(p)));
                last.filter(|_| count >= 2)
            } else {
                before.clone().next()
            };
            let cataphora = || {
                let fronted = self.opens_fronted_phrase(mentions, s);
                if !(possessive && fronted) {
                    return None;
                }
                let comma = (k + 1..items.len()).find(|&j| self.item_is(mentions, s, j, &[","]))?;
                match items.get(comma + 1)?.kind {
                    ItemKind::Person(p) if fits(p, gender) => Some(p),
                    _ => None,
                }
            };
            let previous = || {
                (s.saturating_sub(3)..s).rev().find_map(|prev| {
                    mentions.sentences[prev]
                        .items
                        .iter()
                        .filter(|i| matches!(i.kind, ItemKind::Person(_)) && visible(i))
                        .filter_map(|i| i.person)
                        .find(|&p| fits(p, gender))
                })
            };
            let chosen = same_sentence.or_else(cataphora).or_else(previous);
            mentions.sentences[s].items[k].person = chosen;
        }
    }

    /// The sentence opens with a preposition or subordinator ("Before his address, …").
    fn opens_fronted_phrase(&self, mentions: &Mentions, s: usize) -> bool {
        let first = self.doc.sentences[s].first_token;
        let word = self.word(first);
        let classes = mentions.words.classes(first);
        self.doc.tokens[first].capitalized
            && classes.has(crate::lexicon::WordClasses::FUNCTION)
            && !classes.has(crate::lexicon::WordClasses::PRONOUN_M | crate::lexicon::WordClasses::PRONOUN_F)
            && !["The", "A", "An", "This", "That", "These", "Those", "It", "They", "We", "I", "You"].contains(&word)
    }

    /// Whether the organization at item `k` is a body of a state — a ministry, embassy, army or
    /// the like, or a government body of the lexicon — and, if so, the country it names.
    fn state_body(
        &self,
        mentions: &Mentions,
        s: usize,
        k: usize,
        id: Option<crate::lexicon::OrganizationId>,
    ) -> Option<Option<CountryId>> {
        let items = &mentions.sentences[s].items;
        let item = &items[k];
        if let Some(id) = id {
            let organization = &self.lexicon.organizations[id as usize];
            return (organization.kind == "body" && organization.country.is_some()).then_some(organization.country);
        }
        if !mentions.words.classes(item.end - 1).has(crate::lexicon::WordClasses::STATE_BODY) {
            return None;
        }
        // "the Russian Defence Ministry": the country inside the body's name.
        let inside =
            items[..k].iter().rev().take_while(|i| i.end > item.first && i.first >= item.first).find_map(|i| {
                match i.kind {
                    ItemKind::Country { id, .. } => Some(id),
                    _ => None,
                }
            });
        Some(inside)
    }

    /// A lower-case word that is not a function word: an adjective or noun before a title.
    fn is_adjective_like(&self, mentions: &Mentions, s: usize, k: usize) -> bool {
        let item = &mentions.sentences[s].items[k];
        let token = &self.doc.tokens[item.first];
        item.kind == ItemKind::Word
            && token.class == TokenClass::Word
            && !token.capitalized
            && !mentions.words.classes(item.first).has(crate::lexicon::WordClasses::FUNCTION)
    }

    fn word(&self, token: usize) -> &str {
        self.doc.tokens[token].text(self.text)
    }

    /// Whether item `k` of sentence `s` is one of `words` (false past the sentence's end).
    fn item_is(&self, mentions: &Mentions, s: usize, k: usize, words: &[&str]) -> bool {
        let item = mentions.sentences[s].items.get(k);
        item.and_then(|item| item.single_word(self.text, &self.doc.tokens)).is_some_and(|word| among(word, words))
    }

    /// Whether the item is the word "counterpart" (asked of items, not places: the walks that
    /// look for it have the item in hand).
    #[inline]
    fn is_counterpart(&self, item: &Item) -> bool {
        item.single_word(self.text, &self.doc.tokens).is_some_and(|word| among(word, &["counterpart"]))
    }

    /// Whether a cue of `family` starts at `token` and ends before `end`.
    fn is_cue(&self, mentions: &Mentions, token: usize, end: usize, family: CueFamily) -> bool {
        // Perf: the phrases are followed through the words the mention finder looked up once
        // per token, not looked up again, and only from a word some cue starts with.
        self.lexicon.may_start_cue(&mentions.words, token)
            && self
                .lexicon
                .phrases_iter(&mentions.words, token, end)
                .any(|m| m.entries.iter().any(|e| matches!(e, PhraseEntry::Cue { family: f } if *f == family)))
    }

    /// Reads the modifiers left of the title at item `t`: "former", a country, an owner.
    fn modifiers_before(&self, mentions: &Mentions, s: usize, t: usize) -> Modifiers {
        let items = &mentions.sentences[s].items;
        let sentence_end = self.doc.sentences[s].end_token;
        let mut m = Modifiers { start: t, ..Modifiers::default() };
        let mut skipped_words = 0;
        let mut k = t;
        while k > 0 {
            let prev = &items[k - 1];
            match &prev.kind {
                ItemKind::Country { id, inside_name: false, .. } => {
                    m.country = Some(*id);
                    m.country_item = Some(k - 1);
                    m.start = k - 1;
                    // "Trump's Ukrainian counterpart": keep looking for an owner before it.
                    k -= 1;
                    if k > 0 && items[k - 1].possessive && items[k - 1].person.is_some() {
                        m.owner = items[k - 1].person.map(Owner::Person);
                        m.start = k - 1;
                    }
                    break;
                }
                // "Texas Governor", "Hong Kong leader": a place that is not a state.
                ItemKind::Place => {
                    m.non_state = true;
                    m.start = k - 1;
                    break;
                }
                // "Goldman Sachs analyst", "Labour leader": an organization's post; but "Interior
                // Ministry spokesman", "NSC aide": a body of the state.
                ItemKind::Organization { id } => {
                    // "Liberal Democrat Treasury spokesman": a party before the body makes it the party's.
                    let party_before = k >= 2
                        && matches!(items[k - 2].kind, ItemKind::Organization { id: Some(o) } if self.lexicon.organizations[o as usize].kind == "party");
                    match self.state_body(mentions, s, k - 1, *id).filter(|_| !party_before) {
                        Some(country) => {
                            m.state_body = true;
                            if country.is_some() {
                                m.country = country;
                                m.country_item = None;
                            }
                        }
                        None => m.non_state = true,
                    }
                    m.start = k - 1;
                    break;
                }
                ItemKind::Person(_) | ItemKind::Pronoun { .. } if prev.person.is_some() => {
                    // "Trump's special envoy", "his senior advisor", "Trump envoys".
                    let possessive = prev.possessive || matches!(prev.kind, ItemKind::Pronoun { possessive: true, .. });
                    // A bare name modifies only the title right after it ("Trump envoys").
                    if possessive || (matches!(prev.kind, ItemKind::Person(_)) && skipped_words == 0) {
                        m.owner = prev.person.map(Owner::Person);
                        m.start = k - 1;
                    }
                    break;
                }
                ItemKind::Title { id, plural: false } => {
                    // "official spokesman", "senior official": a title used as an adjective.
                    let class = self.lexicon.titles[*id as usize].class;
                    if matches!(class, TitleClass::Official | TitleClass::Civic) && prev.end == items[k].first {
                        k -= 1;
                        continue;
                    }
                    break;
                }
                ItemKind::Word => {
                    let token = prev.first;
                    let w = self.word(token);
                    let t = &self.doc.tokens[token];
                    let classes = mentions.words.classes(token);
                    // "Deputy", "Acting", "Senior" qualify the title in any case.
                    let lowercase_word = t.class == TokenClass::Word
                        && (!t.capitalized || classes.has(crate::lexicon::WordClasses::TITLE_MODIFIER));
                    let function = classes.has(crate::lexicon::WordClasses::FUNCTION);
                    if self.is_cue(mentions, token, sentence_end, CueFamily::Past) {
                        m.former = true;
                    } else if classes.has(crate::lexicon::WordClasses::OPPOSITION) {
                        // "shadow foreign secretary", "opposition leader": not the state's office.
                        m.non_state = true;
                    } else if w != "-" || t.space_before {
                        if !(lowercase_word && !function && skipped_words < 2) {
                            break;
                        }
                        skipped_words += 1;
                    }
                    // Adjectives and markers belong to the title's phrase.
                    k -= 1;
                    m.start = k;
                    continue;
                }
                _ => break,
            }
        }
        // "Former French prime minister …": a past marker before the country.
        if m.start > 0 && !m.former {
            let before = &mentions.sentences[s].items[m.start - 1];
            if before.kind == ItemKind::Word && self.is_cue(mentions, before.first, sentence_end, CueFamily::Past) {
                m.former = true;
                m.start -= 1;
            }
        }
        m
    }

    /// Reads "of Russia", "of the Federal Reserve", "for Mr Blair", "to Vice President Pence",
    /// "to Kyiv" after the title at item `t`; returns the item after them.
    fn complements_after(&self, mentions: &Mentions, s: usize, t: usize, m: &mut Modifiers) -> usize {
        let items = &mentions.sentences[s].items;
        let mut k = t + 1;
        if k >= items.len() {
            return k;
        }
        let preposition = if self.item_is(mentions, s, k, &["of"]) {
            "of"
        } else if self.item_is(mentions, s, k, &["for"]) {
            "for"
        } else if self.item_is(mentions, s, k, &["to"]) {
            "to"
        } else if self.item_is(mentions, s, k, &["in"])
            && matches!(mentions.sentences[s].items.get(k + 1).map(|i| &i.kind), Some(ItemKind::Country { .. }))
        {
            "in"
        } else {
            return k;
        };
        k += 1;
        while k < items.len() && self.item_is(mentions, s, k, &["the", "a", "an"]) {
            k += 1;
        }
        // "of the American Farm Bureau": a country inside an organization's name belongs to it.
        while matches!(items.get(k).map(|i| &i.kind), Some(ItemKind::Country { inside_name: true, .. })) {
            k += 1;
        }
        // Titles before the name: "to Vice President Pence".
        let mut j = k;
        while j < items.len() && matches!(items[j].kind, ItemKind::Title { .. }) {
            j += 1;
        }
        if let Some(item) = items.get(j).filter(|i| i.person.is_some())
            && preposition != "of"
        {
            m.owner = item.person.map(Owner::Person);
            return j + 1;
        }
        match items.get(k).map(|i| &i.kind) {
            Some(ItemKind::Country { id, inside_name: false, .. }) => {
                let possessive_of_thing = items[k].possessive;
                if preposition == "to" || preposition == "in" {
                    // "envoy to Kyiv", "commander in Iraq": where the office works, not whose it is.
                    m.destination = Some(*id);
                    m.destination_item = Some(k);
                } else if preposition == "of" && !possessive_of_thing {
                    m.country = Some(*id);
                    m.country_item = Some(k);
                } else if preposition == "of" {
                    // "head of Russia's sovereign wealth fund": an organization of that country.
                    m.non_state = true;
                }
                k + 1
            }
            Some(ItemKind::Organization { .. }) | Some(ItemKind::Word)
                if preposition != "to" && preposition != "in" =>
            {
                let item = &items[k];
                let capitalized = self.doc.tokens[item.first].capitalized;
                if matches!(item.kind, ItemKind::Organization { .. }) || capitalized {
                    // "of the Federal Reserve Bank", "for Amnesty International", "of the PPP".
                    m.non_state = true;
                    m.country = None;
                }
                k + 1
            }
            _ => k,
        }
    }

    fn sentence_roles(&self, mentions: &Mentions, s: usize, facts: &mut Vec<RoleFact>, used: &mut Vec<(usize, usize)>) {
        if !mentions.sentences[s].kinds.has(ItemKinds::TITLE) {
            return;
        }
        let items = &mentions.sentences[s].items;
        for (t, item) in items.iter().enumerate() {
            let ItemKind::Title { id, plural } = item.kind else { continue };
            let title = &self.lexicon.titles[id as usize];
            if !title.class.is_office() {
                continue;
            }
            // "official spokesman", "senior official adviser": the first title is an adjective.
            let next_is_title = items.get(t + 1).is_some_and(|n| {
                n.first == item.end && matches!(n.kind, ItemKind::Title { id, .. } if self.lexicon.titles[id as usize].class.is_office())
            });
            if next_is_title {
                continue;
            }
            let mut m = self.modifiers_before(mentions, s, t);
            let after = self.complements_after(mentions, s, t, &mut m);
            // "opposition leader" as one title phrase.
            let title_words = &self.text[self.doc.tokens[item.first].start..self.doc.tokens[item.end - 1].end];
            if title_words
                .split_whitespace()
                .any(|w| self.lexicon.word_classes(w).has(crate::lexicon::WordClasses::OPPOSITION))
            {
                m.non_state = true;
            }
            let explicit_country = m.country.is_some();
            let mut class = title.class;
            if class == TitleClass::Party && explicit_country && !m.non_state {
                // "Palestinian leader Mahmoud Abbas", "North Korea's leader": a national leader.
                class = TitleClass::Head;
            }
            // A head's or a civic post in a state body ("president of the Federal Reserve Bank")
            // is the body's, not the state's.
            if m.state_body
                && !matches!(
                    class,
                    TitleClass::Advisor
                        | TitleClass::Spokesperson
                        | TitleClass::Official
                        | TitleClass::Diplomat
                        | TitleClass::Military
                        | TitleClass::Minister
                )
            {
                m.non_state = true;
            }
            if m.non_state {
                m.country = None;
            }
            let holders = self.holders(mentions, s, t, after, &m, plural);
            // Countries that modify a title, or that an envoy is sent to, say nothing of anyone else.
            used.extend(m.country_item.iter().chain(m.destination_item.iter()).map(|&k| (s, k)));
            let base = RoleFact {
                holder: None,
                title: id,
                class,
                country: m.country,
                explicit_country: m.country.is_some(),
                former: m.former,
                owner: m.owner,
                destination: m.destination,
                non_state: m.non_state,
                sentence: s,
                rule: "",
            };
            if holders.is_empty() {
                if !plural && class.represents_state() && !m.non_state && (m.country.is_some() || m.owner.is_some()) {
                    facts.push(RoleFact { rule: "office-without-holder", ..base });
                }
                continue;
            }
            for (holder, rule) in holders {
                facts.push(RoleFact { holder: Some(holder), rule, ..base.clone() });
            }
        }
    }

    /// The persons a title at item `t` names: right after it ("President Putin", "envoys
    /// Witkoff and Kushner"), after a comma ("Ukraine's new president, Viktor Yushchenko"), or
    /// before it in apposition ("Yuri Ushakov, a veteran diplomat").
    fn holders(
        &self,
        mentions: &Mentions,
        s: usize,
        t: usize,
        after: usize,
        m: &Modifiers,
        plural: bool,
    ) -> Vec<(usize, &'static str)> {
        let items = &mentions.sentences[s].items;
        let mut out = Vec::new();
        let mut next = t + 1;
        // "Saudi Ambassador Prince Bandar": honorifics between the office and the name.
        while matches!(items.get(next).map(|i| &i.kind), Some(ItemKind::Title { id, plural: false }) if !self.lexicon.titles[*id as usize].class.is_office())
            && matches!(items.get(next + 1).map(|i| &i.kind), Some(ItemKind::Person(_)))
        {
            next += 1;
        }
        if let Some(item) = items.get(next)
            && let ItemKind::Person(p) = item.kind
        {
            out.push((p, "title-before-name"));
            if plural {
                out.extend(self.coordinated_persons(mentions, s, next).into_iter().map(|p| (p, "title-before-names")));
            }
            return out;
        }
        // "President Trump’s special envoy, Steve Witkoff," / "the then Lord Chancellor, Lord Irvine" /
        // "The leader of Ennahda, Rachid Ghannouchi," / "speaker of the lower house of parliament, X".
        let comma = if after == next {
            // "his senior advisor and son-in-law, Jared Kushner": a second noun may follow.
            let mut j = after;
            if self.item_is(mentions, s, j, &["and"]) {
                j += 1;
                // Words of a hyphenated compound ("son-in-law") are glued to the one before.
                let glued = |j: usize| !self.doc.tokens[items[j].first].space_before;
                while j < items.len()
                    && j < after + 8
                    && (self.is_adjective_like(mentions, s, j)
                        || self.item_is(mentions, s, j, &["-"])
                        || (glued(j) && !self.item_is(mentions, s, j, &[","])))
                {
                    j += 1;
                }
            }
            (j < items.len() && self.item_is(mentions, s, j, &[","])).then_some(j)
        } else {
            (after..(after + 8).min(items.len()))
                .take_while(|&j| items[j].person.is_none())
                .find(|&j| self.item_is(mentions, s, j, &[","]))
        };
        if let Some(after) = comma {
            let mut j = after + 1;
            // Titles before the name: "the then Lord Chancellor, Lord Irvine", "…, General David Petraeus".
            while j < items.len() && matches!(items[j].kind, ItemKind::Title { plural: false, .. }) {
                j += 1;
            }
            if let Some(ItemKind::Person(p)) = items.get(j).map(|i| &i.kind) {
                let closes = items.get(j + 1).is_none_or(|i| {
                    i.kind == ItemKind::Word && matches!(self.word(i.first), "," | "." | ";" | ")" | "-" | "\u{2014}")
                });
                if closes || !items[j].possessive {
                    out.push((*p, "title-apposition"));
                    if plural {
                        out.extend(
                            self.coordinated_persons(mentions, s, j).into_iter().map(|p| (p, "title-apposition")),
                        );
                    }
                    return out;
                }
            }
        }
        // "Yuri Ushakov, a veteran diplomat": the person, a comma, a determiner, the title.
        // Adjectives next to the title ("a senior Russian negotiator"), then one determiner:
        // a verb before the determiner ("…, accused the chancellor") is no apposition.
        let mut k = m.start;
        let mut adjectives = 0;
        while k > 0 && adjectives < 2 && self.is_adjective_like(mentions, s, k - 1) {
            adjectives += 1;
            k -= 1;
        }
        if k > 0 && self.item_is(mentions, s, k - 1, &["a", "an", "the", "another", "his", "her", "its", "their"]) {
            k -= 1;
        } else if adjectives > 0 {
            k += adjectives;
        }
        if k >= 2 && self.item_is(mentions, s, k - 1, &[","]) {
            // "Yoon, 63, a former chief prosecutor": skip the age.
            let mut p_item = k - 2;
            if p_item >= 2
                && self.doc.tokens[items[p_item].first].class == TokenClass::Number
                && self.item_is(mentions, s, p_item - 1, &[","])
            {
                p_item -= 2;
            }
            if let ItemKind::Person(p) = items[p_item].kind
                && !items[p_item].possessive
                && !plural
            {
                out.push((p, "apposition"));
            }
        }
        out
    }

    /// Persons coordinated after the item at `k`: "Witkoff and Jared Kushner", "A, B and C".
    fn coordinated_persons(&self, mentions: &Mentions, s: usize, k: usize) -> Vec<usize> {
        let items = &mentions.sentences[s].items;
        let mut out = Vec::new();
        let mut j = k + 1;
        while j + 1 < items.len() && self.item_is(mentions, s, j, &[",", "and"]) {
            let mut n = j + 1;
            if self.item_is(mentions, s, n, &["and"]) {
                n += 1;
            }
            match items.get(n).map(|i| &i.kind) {
                Some(ItemKind::Person(p)) => {
                    out.push(*p);
                    j = n + 1;
                }
                _ => break,
            }
        }
        out
    }

    /// "his Chinese counterpart, Xi Jinping": the counterpart holds the owner's office in the
    /// other country.
    ///
    /// Returns the (person, country) pairs it shows the owner does not belong to.
    fn counterparts(&self, mentions: &Mentions, facts: &mut Vec<RoleFact>) -> Vec<(usize, CountryId)> {
        let mut found = Vec::new();
        let mut not_of = Vec::new();
        if !self.says_counterpart {
            return not_of;
        }
        let offices = state_offices(facts);
        for (s, sentence) in mentions.sentences.iter().enumerate() {
            let items = &sentence.items;
            for k in 0..items.len() {
                if !self.is_counterpart(&items[k]) {
                    continue;
                }
                let owner_and_country = self.counterpart_owner(mentions, s, k);
                let Some((owner, country)) = owner_and_country else { continue };
                not_of.push((owner, country));
                let Some(owner_fact) = offices.get(&owner).map(|&i| &facts[i]) else { continue };
                let mut j = k + 1;
                if self.item_is(mentions, s, j, &[","]) {
                    j += 1;
                }
                while j < items.len() && matches!(items[j].kind, ItemKind::Title { .. }) {
                    j += 1;
                }
                let holder = items.get(j).and_then(|i| match i.kind {
                    ItemKind::Person(p) => Some(p),
                    _ => None,
                });
                found.push(RoleFact {
                    holder,
                    title: owner_fact.title,
                    class: owner_fact.class,
                    country: Some(country),
                    explicit_country: true,
                    former: false,
                    owner: None,
                    destination: None,
                    non_state: false,
                    sentence: s,
                    rule: "counterpart",
                });
            }
        }
        // A counterpart with no name is left to the descriptions ("his Ukrainian counterpart").
        facts.extend(found.into_iter().filter(|f| f.holder.is_some()));
        not_of
    }

    /// Gives offices without a stated country one: the country of the office's owner ("Trump's
    /// envoy"), of the holder's other offices, the title's usual country ("Secretary of State"),
    /// or, for state offices, the country the holder is named beside clearly more than any
    /// other — never one the article sets the holder against ("his Chinese counterpart").
    fn infer_countries(
        &self,
        mentions: &Mentions,
        facts: &mut [RoleFact],
        used: &[(usize, usize)],
        not_of: &[(usize, CountryId)],
        home: Option<CountryId>,
    ) {
        let not_of: HashSet<(usize, CountryId)> = not_of.iter().copied().collect();
        let attributive = |s: usize, k: usize| self.is_attributive(mentions, s, k);
        let after_preposition = |s: usize, k: usize| self.after_preposition(mentions, s, k);
        // Perf: the countries named beside a person are asked for only at the last step below,
        // for the holder of a state office with no country of its own, its title's or its
        // owner's; counted only for those holders (in most articles none or a few), each gets
        // the ranking it would get among all persons.
        let asked: HashSet<usize> = facts
            .iter()
            .filter(|f| f.country.is_none() && !f.non_state && f.class.represents_state())
            .filter(|f| self.lexicon.titles[f.title as usize].default_country.is_none())
            .filter_map(|f| f.holder)
            .collect();
        let affinity = country_affinity(mentions, used, &asked, &attributive, &after_preposition);
        // Twice: an owner's country found in the first pass serves the second ("aide to Pence").
        for _ in 0..2 {
            let mut known: HashMap<usize, Vec<CountryId>> = HashMap::new();
            for f in facts.iter() {
                if let (Some(h), Some(c), false) = (f.holder, f.country, f.non_state) {
                    known.entry(h).or_default().push(c);
                }
            }
            for f in facts.iter_mut() {
                if f.country.is_some() || f.non_state {
                    continue;
                }
                let holder = f.holder;
                let owner = f.owner.map(|Owner::Person(p)| p);
                let inferred = owner
                    .and_then(|p| known.get(&p))
                    .and_then(|cs| unique(cs))
                    .or_else(|| holder.and_then(|h| known.get(&h)).and_then(|cs| unique(cs)))
                    .or(self.lexicon.titles[f.title as usize].default_country)
                    .or_else(|| {
                        let h = holder.filter(|_| f.class.represents_state())?;
                        let excluded = |c: CountryId| not_of.contains(&(h, c)) || f.destination == Some(c);
                        let ranked: Vec<(CountryId, u32)> = affinity
                            .get(&h)
                            .map(|r| r.iter().copied().filter(|(c, _)| !excluded(*c)).collect())
                            .unwrap_or_default();
                        match ranked.first() {
                            // Nothing named near the holder: the article's own country.
                            None => home.filter(|c| !excluded(*c)),
                            Some(&(best, score)) => {
                                // A head of state named once beside a country is enough; others need more.
                                let floor = if f.class == TitleClass::Head { 1 } else { 2 };
                                let second = ranked.get(1).map_or(0, |r| r.1);
                                let decisive = score >= floor && score >= second * 2 && score > second;
                                // Undecided between countries named as often: the article's own, if it is one of them.
                                let tied_home = home.filter(|h| ranked.iter().any(|&(c, v)| c == *h && v == score));
                                if decisive { Some(best) } else { tied_home }
                            }
                        }
                    });
                f.country = inferred;
            }
        }
    }

    /// Whether the item at `k`, or the list it ends, follows a preposition ("with Iran, Iraq
    /// and China").
    fn after_preposition(&self, mentions: &Mentions, s: usize, k: usize) -> bool {
        let items = &mentions.sentences[s].items;
        let mut j = k;
        while j > 0
            && (matches!(items[j - 1].kind, ItemKind::Country { .. })
                || self.item_is(mentions, s, j - 1, &[",", "and", "the"]))
        {
            j -= 1;
        }
        j > 0
            && self.item_is(
                mentions,
                s,
                j - 1,
                &[
                    "with", "over", "about", "on", "to", "from", "against", "toward", "towards", "into", "for", "in",
                    "at", "between",
                ],
            )
    }

    /// A country name used as a modifier of a common noun ("a Ukraine specialist", "the China
    /// trade talks"): it names a topic, not anyone's state.
    fn is_attributive(&self, mentions: &Mentions, s: usize, k: usize) -> bool {
        let items = &mentions.sentences[s].items;
        let ItemKind::Country { form, .. } = items[k].kind else { return false };
        if form == CountryForm::Demonym || items[k].possessive {
            return false;
        }
        let Some(next) = items.get(k + 1).filter(|n| n.kind == ItemKind::Word) else { return false };
        let token = &self.doc.tokens[next.first];
        let classes = mentions.words.classes(next.first);
        token.class == TokenClass::Word
            && !token.capitalized
            && !classes.has(crate::lexicon::WordClasses::FUNCTION | crate::lexicon::WordClasses::NATIONALITY_NOUN)
    }

    /// Points descriptions ("the president", "the Ukrainian president", "the PM", "his
    /// Ukrainian counterpart") at the person of the article who holds that office, and drops
    /// the office-without-holder facts they explain.
    fn resolve_descriptions(&self, mentions: &mut Mentions, facts: &mut Vec<RoleFact>) {
        let held: Vec<Held> = facts
            .iter()
            .filter_map(|f| {
                f.holder.map(|h| Held {
                    person: h,
                    title: f.title,
                    country: f.country,
                    sentence: f.sentence,
                    state: !f.non_state,
                })
            })
            .collect();
        let held = latest_offices(held);
        let titled: HashSet<(usize, TitleId)> =
            facts.iter().filter(|f| f.holder.is_some()).map(|f| (f.sentence, f.title)).collect();
        let canonical = |id: TitleId| self.lexicon.titles[id as usize].canonical.as_str();
        let mut resolved_sentences: Vec<(usize, TitleId, Option<CountryId>)> = Vec::new();
        for (s, k) in
            positions(mentions, ItemKinds::TITLE, |item| matches!(item.kind, ItemKind::Title { plural: false, .. }))
        {
            let item = &mentions.sentences[s].items[k];
            let ItemKind::Title { id, plural: false } = item.kind else { continue };
            if item.person.is_some() || titled.contains(&(s, id)) {
                continue;
            }
            let class = self.lexicon.titles[id as usize].class;
            if !class.is_office() {
                continue;
            }
            let m = self.modifiers_before(mentions, s, k);
            let determiner = m.start > 0 && self.item_is(mentions, s, m.start - 1, &["the", "The"]);
            let described = determiner || m.country.is_some();
            if !described || m.owner.is_some() {
                continue;
            }
            if mentions.sentences[s].items.get(k + 1).is_some_and(|i| i.person.is_some()) {
                continue;
            }
            let chosen = holder_of(&held, mentions, |h| {
                canonical(h.title) == canonical(id)
                    && (m.country.is_none() || h.country == m.country || h.country.is_none())
            });
            if let Some(person) = chosen {
                mentions.sentences[s].items[k].person = Some(person);
                mentions.persons[person].mentions += 1;
                resolved_sentences.push((s, id, m.country));
            }
        }
        let resolved: HashSet<(usize, TitleId)> = resolved_sentences.iter().map(|&(s, id, _)| (s, id)).collect();
        facts.retain(|f| f.holder.is_some() || !resolved.contains(&(f.sentence, f.title)));
        let offices = state_offices(facts);
        // "his Ukrainian counterpart" without a name: the holder of the owner's office there.
        let counterparts = if self.says_counterpart {
            positions(mentions, ItemKinds::WORD, |i| self.is_counterpart(i))
        } else {
            Vec::new()
        };
        for (s, k) in counterparts {
            let item = &mentions.sentences[s].items[k];
            if item.person.is_some() {
                continue;
            }
            let Some((owner, country)) = self.counterpart_owner(mentions, s, k) else { continue };
            let Some(owner_title) = offices.get(&owner).map(|&i| facts[i].title) else { continue };
            let chosen = holder_of(&held, mentions, |h| {
                canonical(h.title) == canonical(owner_title) && h.country == Some(country) && h.person != owner
            });
            if let Some(person) = chosen {
                mentions.sentences[s].items[k].person = Some(person);
            }
        }
    }

    /// The owner and country of "his Chinese counterpart", "Trump's Ukrainian counterpart",
    /// "He will meet Chinese counterpart …" (the sentence's first person owns it).
    fn counterpart_owner(&self, mentions: &Mentions, s: usize, k: usize) -> Option<(usize, CountryId)> {
        let items = &mentions.sentences[s].items;
        let country_item = k.checked_sub(1)?;
        let ItemKind::Country { id: country, .. } = items[country_item].kind else { return None };
        let owner = country_item
            .checked_sub(1)
            .and_then(|o| items[o].person.filter(|_| items[o].possessive))
            .or_else(|| items[..country_item].iter().find_map(|i| i.person))?;
        Some((owner, country))
    }
}

/// The places (sentence, item) of the items `wanted`, in text order, looked for only in the
/// sentences that have items of `kind` (which every wanted item is).
///
/// Perf: found in one read-only pass for the loops that write to the items they visit: those
/// indexed every item of the article afresh, which cost more than the work on the few wanted.
fn positions(mentions: &Mentions, kind: ItemKinds, wanted: impl Fn(&Item) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (s, sentence) in mentions.sentences.iter().enumerate().filter(|(_, sentence)| sentence.kinds.has(kind)) {
        out.extend(sentence.items.iter().enumerate().filter(|(_, item)| wanted(item)).map(|(k, _)| (s, k)));
    }
    out
}

/// An office held by a named person, as descriptions look for it.
struct Held {
    person: usize,
    title: TitleId,
    country: Option<CountryId>,
    sentence: usize,
    state: bool,
}

/// The offices held, one per (person, title, country, state), each with its latest sentence
/// (the last of equal ones), in text order of those: all [`holder_of`] can choose from,
/// without the repeats that made a search per description quadratic in a long article.
fn latest_offices(held: Vec<Held>) -> Vec<Held> {
    let mut latest: HashMap<(usize, TitleId, Option<CountryId>, bool), usize> = HashMap::new();
    for (i, h) in held.iter().enumerate() {
        let key = (h.person, h.title, h.country, h.state);
        if latest.get(&key).is_none_or(|&j| held[j].sentence <= h.sentence) {
            latest.insert(key, i);
        }
    }
    let mut keep: Vec<usize> = latest.into_values().collect();
    keep.sort_unstable();
    let mut held: Vec<Option<Held>> = held.into_iter().map(Some).collect();
    keep.into_iter().filter_map(|i| held[i].take()).collect()
}

/// For each holder, the index of their state office of the highest class, the earliest of
/// equal ones: the office a counterpart mirrors. Built once per article: a search of all
/// facts per "counterpart" was quadratic.
fn state_offices(facts: &[RoleFact]) -> HashMap<usize, usize> {
    let mut best: HashMap<usize, usize> = HashMap::new();
    for (i, f) in facts.iter().enumerate() {
        let Some(holder) = f.holder.filter(|_| f.class.represents_state()) else { continue };
        if best.get(&holder).is_none_or(|&j| (f.class, f.sentence) < (facts[j].class, facts[j].sentence)) {
            best.insert(holder, i);
        }
    }
    best
}

/// The person a description points at among the holders that fit: a state office before an
/// organization's, then the person the article names most, then the one named last.
fn holder_of(held: &[Held], mentions: &Mentions, fits: impl Fn(&Held) -> bool) -> Option<usize> {
    held.iter()
        .filter(|h| fits(h))
        .max_by_key(|h| (h.state, mentions.persons[h.person].mentions, h.sentence))
        .map(|h| h.person)
}

/// The country the article is mainly about: the one named most (a seat of government counts
/// three times, a capital twice) plus three for each office stated to be its, when it stands
/// clearly above the next.
fn home_country(mentions: &Mentions, roles: &[RoleFact]) -> Option<CountryId> {
    // Perf: an article names a handful of countries; a vector searched from the end (where
    // the country just named usually is) is cheaper than a hash map, and asked twice per
    // article (here and by the relations).
    let mut scores: Vec<(CountryId, u32)> = Vec::new();
    let mut add = |id: CountryId, points: u32| match scores.iter_mut().rev().find(|(c, _)| *c == id) {
        Some((_, score)) => *score += points,
        None => scores.push((id, points)),
    };
    for sentence in mentions.sentences.iter().filter(|sentence| sentence.kinds.has(ItemKinds::COUNTRY)) {
        for item in &sentence.items {
            if let ItemKind::Country { id, form, inside_name: false } = item.kind {
                add(
                    id,
                    match form {
                        CountryForm::Seat => 3,
                        CountryForm::Capital => 2,
                        _ => 1,
                    },
                );
            }
        }
    }
    for f in roles.iter().filter(|f| f.holder.is_some() && f.explicit_country && !f.non_state) {
        if let Some(c) = f.country {
            add(c, 3);
        }
    }
    let mut ranked = scores;
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let (best, score) = *ranked.first()?;
    let second = ranked.get(1).map_or(0, |r| r.1);
    (score >= 3 && score * 2 >= second * 3).then_some(best)
}

fn unique(countries: &[CountryId]) -> Option<CountryId> {
    let first = *countries.first()?;
    countries.iter().all(|&c| c == first).then_some(first)
}

/// For each person of `asked`, the countries named beside them, best first: in the same
/// sentence (weight 2, 3 for a seat of government or capital) or the next or previous (weight
/// 1). Countries that modify someone's title are not counted.
fn country_affinity(
    mentions: &Mentions,
    used: &[(usize, usize)],
    asked: &HashSet<usize>,
    attributive: &dyn Fn(usize, usize) -> bool,
    after_preposition: &dyn Fn(usize, usize) -> bool,
) -> HashMap<usize, Vec<(CountryId, u32)>> {
    if asked.is_empty() {
        return HashMap::new();
    }
    let used: HashSet<(usize, usize)> = used.iter().copied().collect();
    let mut scores: HashMap<usize, HashMap<CountryId, u32>> = HashMap::new();
    let n = mentions.sentences.len();
    let mut persons: Vec<usize> = Vec::new();
    for s in 0..n {
        if !mentions.sentences[s].kinds.has(ItemKinds::PERSON) {
            continue;
        }
        persons.clear();
        persons.extend(mentions.sentences[s].items.iter().filter_map(|i| match i.kind {
            ItemKind::Person(p) if asked.contains(&p) => Some(p),
            _ => None,
        }));
        if persons.is_empty() {
            continue;
        }
        for (other, weight) in [(s, 2u32), (s.wrapping_sub(1), 1), (s + 1, 1)] {
            let Some(sentence) = mentions.sentences.get(other).filter(|s| s.kinds.has(ItemKinds::COUNTRY)) else {
                continue;
            };
            for (k, item) in sentence.items.iter().enumerate() {
                let ItemKind::Country { id, form, inside_name: false } = item.kind else { continue };
                // A title's modifier belongs to its holder; "a Ukraine specialist" names a topic.
                if used.contains(&(other, k)) || attributive(other, k) {
                    continue;
                }
                let w = match form {
                    CountryForm::Seat | CountryForm::Capital if other == s => 3,
                    CountryForm::Demonym => 1,
                    _ => weight,
                };
                // "deal with Iran, Iraq and China": a topic, worth less than a subject.
                let w = if after_preposition(other, k) { w / 2 } else { w };
                for &p in &persons {
                    *scores.entry(p).or_default().entry(id).or_default() += w;
                }
            }
        }
    }
    let mut out = HashMap::new();
    for (person, by_country) in scores {
        let mut ranked: Vec<(CountryId, u32)> = by_country.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out.insert(person, ranked);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::mentions;

    /// An article of the given country items (id, form), in one sentence.
    fn countries(named: &[(CountryId, CountryForm)]) -> Mentions {
        let items = named
            .iter()
            .enumerate()
            .map(|(k, &(id, form))| Item::new(ItemKind::Country { id, form, inside_name: false }, k, k + 1))
            .collect();
        Mentions {
            sentences: vec![mentions::SentenceItems::new(items, false)],
            persons: Vec::new(),
            words: Default::default(),
        }
    }

    /// The country named most (a seat counting three, a capital two) is home when it scores
    /// half again as much as the next.
    #[test]
    fn home_country_weighs_forms_and_needs_a_margin() {
        use CountryForm::{Capital, Demonym, Name, Seat};
        let home = |named: &[(CountryId, CountryForm)]| home_country(&countries(named), &[]);
        assert_eq!(home(&[]), None);
        assert_eq!(home(&[(7, Name), (7, Demonym)]), None);
        assert_eq!(home(&[(7, Name), (7, Demonym), (7, Name)]), Some(7));
        assert_eq!(home(&[(7, Seat)]), Some(7));
        assert_eq!(home(&[(7, Seat), (3, Capital)]), Some(7));
        assert_eq!(home(&[(7, Seat), (3, Capital), (3, Name)]), None);
        assert_eq!(home(&[(9, Name), (7, Seat), (3, Name), (9, Capital), (3, Name), (9, Capital)]), Some(9));
        assert_eq!(home(&[(9, Name), (7, Seat), (3, Name), (9, Capital), (3, Name)]), None);
        assert_eq!(
            home(&[(7, Name), (4, Seat), (3, Name), (7, Name), (7, Name), (7, Name), (3, Demonym), (7, Demonym)]),
            Some(7)
        );
        assert_eq!(home(&[(5, Seat), (2, Seat)]), None);
    }

    /// Counted for some persons only, each gets the ranking it gets among all of them.
    #[test]
    fn country_affinity_of_some_persons_is_theirs_among_all() {
        let lexicon = Lexicon::builtin();
        let text = "Vladimir Putin met Xi Jinping in Beijing. Putin praised China and Russia. \
                    Emmanuel Macron spoke with Iran, Iraq and France. Macron later called Putin.";
        let doc = text::analyze(text);
        let mut found = mentions::find_mentions(&lexicon, text, &doc);
        let reader = RoleReader { lexicon: &lexicon, text, doc: &doc, says_counterpart: false };
        reader.resolve_pronouns(&mut found);
        let attributive = |s: usize, k: usize| reader.is_attributive(&found, s, k);
        let after_preposition = |s: usize, k: usize| reader.after_preposition(&found, s, k);
        let everyone: HashSet<usize> = (0..found.persons.len()).collect();
        assert!(everyone.len() >= 3, "{:?}", found.persons);
        let all = country_affinity(&found, &[], &everyone, &attributive, &after_preposition);
        assert!(all.values().any(|ranked| ranked.len() >= 2), "{all:?}");
        for person in 0..found.persons.len() {
            let one = country_affinity(&found, &[], &HashSet::from_iter([person]), &attributive, &after_preposition);
            assert_eq!(one.get(&person), all.get(&person));
            assert!(one.keys().all(|&p| p == person));
        }
        assert!(country_affinity(&found, &[], &HashSet::default(), &attributive, &after_preposition).is_empty());
    }
}
