//! Relation rules: who met whom, who demanded what of whom, who advises whom.
//!
//! Each rule reads the items of one sentence around a cue word of the lexicon's `[cue]`
//! families; meetings are also followed across sentences ("a meeting between Putin and …" …
//! "The meeting included Witkoff and Kushner"). Rules return [`RelationFact`]s between
//! [`Party`]s; turning them into entities and evidence is the caller's business.

// Hashed with foldhash: much faster than SipHash on small keys, and seeded per process.
use foldhash::{HashMap, HashMapExt};

use crate::lexicon::{CountryForm, CountryId, CueFamily, Lexicon, PhraseEntry, TitleId, WordClasses};
use crate::model::EdgeKind;
use crate::text::{Document, TokenClass, WordList, among};

use super::mentions::{Item, ItemKind, Mentions};
use super::roles::RoleFact;

/// One side of a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Party {
    /// A person of the article.
    Person(usize),
    /// A country.
    Country(CountryId),
    /// An office without a named holder: title and country.
    Role(TitleId, Option<CountryId>),
}

/// One relation read from one sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RelationFact {
    pub source: Party,
    pub kind: EdgeKind,
    pub target: Party,
    pub sentence: usize,
    pub rule: &'static str,
    pub what: Option<String>,
}

/// Words after which a mention is not a subject or object but a place, time or topic.
const PREPOSITIONS: WordList = WordList::new(&[
    "in",
    "at",
    "from",
    "to",
    "for",
    "with",
    "of",
    "by",
    "on",
    "about",
    "over",
    "against",
    "between",
    "into",
    "after",
    "before",
    "during",
    "under",
    "according",
    "like",
    "including",
    "toward",
    "towards",
    "than",
    "among",
    "across",
    "near",
    "inside",
    "outside",
    "through",
    "via",
    "despite",
    "without",
    "within",
    "onto",
]);

/// Words that open a new clause: the subject of a later verb comes after them.
const CLAUSE_OPENERS: WordList = WordList::new(&[
    "that", "whether", "if", "when", "while", "because", "although", "though", "after", "before", "as", "since",
    "unless", "where", "who", "which",
]);

/// Words that make a meeting unreal: hoped for, sought, refused, cancelled.
const UNREAL: WordList = WordList::new(&[
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "seek",
    "seeks",
    "sought",
    "seeking",
    "try",
    "tries",
    "trying",
    "tried",
    "arrange",
    "arranging",
    "want",
    "wants",
    "wanted",
    "propose",
    "proposed",
    "proposes",
    "offer",
    "offered",
    "reschedule",
    "unable",
    "invite",
    "invited",
    "request",
    "requested",
    "plan",
    "plans",
    "planned",
]);

/// Nouns a counted plural anaphor ends in: "the five permanent members", "both countries".
const GROUP_NOUNS: WordList = WordList::new(&[
    "members",
    "countries",
    "nations",
    "sides",
    "powers",
    "states",
    "governments",
    "parties",
    "allies",
]);

/// Punctuation that closes a clause for subject and object searches.
const BOUNDARIES: &[&str] = &[";", ":", "\u{2014}", "(", ")", "\u{201c}", "\u{201d}", "\""];

/// Words an object search passes over: "with", determiners, auxiliaries ("met with the
/// president", "was also Putin").
const OBJECT_SKIPPABLE: WordList = WordList::new(&[
    "with",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "are",
    "is",
    "was",
    "were",
    "be",
    "also",
    ",",
    "including",
]);

/// Words after which a cue is a verb, not a noun ("was meeting", "to demand", "later met").
const BEFORE_VERBS: WordList = WordList::new(&[
    "is",
    "are",
    "was",
    "were",
    "been",
    "be",
    "has",
    "have",
    "had",
    "will",
    "would",
    "to",
    "and",
    "also",
    "not",
    "later",
    "then",
    "first",
    "reportedly",
]);

/// Whether an object or a list of parties ends before `word`: a preposition, a clause opener,
/// a boundary or the end of the sentence.
fn ends_phrase(word: &[u8]) -> bool {
    PREPOSITIONS.contains(word)
        || CLAUSE_OPENERS.contains(word)
        || among(word, BOUNDARIES)
        || among(word, &[".", "!", "?"])
}

const NUMBER_WORDS: &[(&str, usize)] = &[
    ("both", 2),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
];

/// Most parties one side of a meeting followed across sentences gathers; later joiners are
/// ignored. Without it, every "X joined" of a long article would pair X with an ever longer side.
const MAX_MEETING_SIDE: usize = 64;

/// A meeting followed across sentences.
#[derive(Clone, Debug, Default)]
struct Meeting {
    sides: [Vec<Party>; 2],
    sentence: usize,
}

/// Reads the relations of an article.
pub(crate) fn find_relations(
    lexicon: &Lexicon,
    text: &str,
    doc: &Document,
    mentions: &Mentions,
    roles: &[RoleFact],
    home: Option<CountryId>,
) -> Vec<RelationFact> {
    // Offices named without a holder, by sentence and title (the first of each), and the one
    // country each person acts for: looked up per item, so indexed once rather than searched.
    let mut unheld = HashMap::new();
    for r in roles.iter().filter(|r| r.holder.is_none() && r.rule == "office-without-holder") {
        unheld.entry((r.sentence, r.title)).or_insert(r.country);
    }
    let mut reader = RelationReader {
        home,
        lexicon,
        text,
        doc,
        mentions,
        unheld,
        acts_for: super::represented_countries(roles),
        cues: CueTable::default(),
    };
    reader.cues = CueTable::new(&reader);
    let mut state = State::default();
    for s in 0..mentions.sentences.len() {
        if mentions.sentences[s].skipped {
            continue;
        }
        reader.sentence(s, &mut state);
    }
    state.facts
}

#[derive(Default)]
struct State {
    facts: Vec<RelationFact>,
    meeting: Option<Meeting>,
}

struct RelationReader<'a> {
    /// The country the article is mainly about, if one stands out.
    home: Option<CountryId>,
    lexicon: &'a Lexicon,
    text: &'a str,
    doc: &'a Document,
    mentions: &'a Mentions,
    /// The country of the first office without a holder, by (sentence, title).
    unheld: HashMap<(usize, TitleId), Option<CountryId>>,
    /// The one country a person acts for, when the article shows exactly one.
    acts_for: HashMap<usize, CountryId>,
    /// The cues at each item (see [`CueTable`]).
    cues: CueTable,
}

/// The cues at every item of every sentence, looked up once: the rules ask about the same
/// items many times (every subject search scans its clause for speech verbs).
///
/// Perf: kept sparse, only for the items that have cues (a few per sentence): a bound per item
/// of the article cost more to write, and to walk, than the cues themselves.
#[derive(Default)]
struct CueTable {
    /// The cues of the article, in sentence and item order (longest first at one item).
    cues: Vec<Cue>,
    /// The item each of `cues` is at, within its sentence.
    items: Vec<u32>,
    /// The cues of sentence `s` are `cues[first[s]..first[s + 1]]`.
    first: Vec<u32>,
}

impl CueTable {
    fn new(reader: &RelationReader<'_>) -> CueTable {
        let sentences = &reader.mentions.sentences;
        let mut table = CueTable { first: Vec::with_capacity(sentences.len() + 1), ..CueTable::default() };
        for s in 0..sentences.len() {
            table.first.push(table.cues.len() as u32);
            for (k, item) in reader.items(s).iter().enumerate() {
                if reader.may_start_cue(item) {
                    reader.find_cues(s, k, &mut table.cues);
                    table.items.resize(table.cues.len(), k as u32);
                }
            }
        }
        table.first.push(table.cues.len() as u32);
        table
    }

    /// The cues of sentence `s`, and the item each is at.
    fn in_sentence(&self, s: usize) -> (&[Cue], &[u32]) {
        let range = self.first[s] as usize..self.first[s + 1] as usize;
        (&self.cues[range.clone()], &self.items[range])
    }

    /// The cues at item `k` of sentence `s`.
    fn at(&self, s: usize, k: usize) -> &[Cue] {
        let (cues, items) = self.in_sentence(s);
        let start = items.partition_point(|&i| (i as usize) < k);
        let end = start + items[start..].iter().take_while(|&&i| i as usize == k).count();
        &cues[start..end]
    }
}

/// A cue found at an item.
#[derive(Clone, Copy, Debug)]
struct Cue {
    family: CueFamily,
    /// Item index of the first item after the cue.
    after: usize,
}

impl<'a> RelationReader<'a> {
    fn items(&self, s: usize) -> &'a [Item] {
        &self.mentions.sentences[s].items
    }

    fn word(&self, s: usize, k: usize) -> &'a str {
        let item = &self.items(s)[k];
        self.doc.tokens[item.first].text(self.text)
    }

    /// The text of item `k` when it is a word of one token (the only items the word lists
    /// compare), else `None`; also `None` past the sentence's end.
    fn single_word(&self, s: usize, k: usize) -> Option<&'a [u8]> {
        self.items(s).get(k)?.single_word(self.text, &self.doc.tokens)
    }

    /// Whether item `k` is a word of one token among `words`, ASCII case aside.
    fn is(&self, s: usize, k: usize, words: &[&str]) -> bool {
        self.single_word(s, k).is_some_and(|word| among(word, words))
    }

    /// [`RelationReader::is`] for a [`WordList`].
    fn is_in(&self, s: usize, k: usize, list: &WordList) -> bool {
        self.single_word(s, k).is_some_and(|word| list.contains(word))
    }

    /// The cues starting at item `k`, longest first, with the item index after each.
    fn cues_at(&self, s: usize, k: usize) -> &[Cue] {
        self.cues.at(s, k)
    }

    /// Whether a cue may start at the item: a word that starts some cue phrase of the lexicon.
    /// False for most items, and much cheaper to ask than [`RelationReader::find_cues`].
    #[inline]
    fn may_start_cue(&self, item: &Item) -> bool {
        matches!(item.kind, ItemKind::Word)
            && self.doc.tokens[item.first].class == TokenClass::Word
            && self.lexicon.may_start_cue(&self.mentions.words, item.first)
    }

    /// Appends the cues starting at item `k` to `out`, longest first; only asked where
    /// [`RelationReader::may_start_cue`] says one may start.
    fn find_cues(&self, s: usize, k: usize, out: &mut Vec<Cue>) {
        let items = self.items(s);
        let sentence_end = self.doc.sentences[s].end_token;
        for m in self.lexicon.phrases_iter(&self.mentions.words, items[k].first, sentence_end) {
            // The cue must end on an item boundary.
            let after = (k..items.len()).find(|&j| items[j].first >= m.end).unwrap_or(items.len());
            if items[after - 1].end != m.end {
                continue;
            }
            for entry in m.entries {
                if let PhraseEntry::Cue { family } = entry {
                    out.push(Cue { family: *family, after });
                }
            }
        }
    }

    fn has_cue(&self, s: usize, k: usize, family: CueFamily) -> bool {
        self.cues_at(s, k).iter().any(|c| c.family == family)
    }

    /// The party an item stands for, if any.
    fn party(&self, s: usize, k: usize) -> Option<Party> {
        let item = &self.items(s)[k];
        if let Some(p) = item.person {
            return Some(Party::Person(p));
        }
        match item.kind {
            ItemKind::Country { id, inside_name: false, .. } => Some(Party::Country(id)),
            ItemKind::Title { id, plural: false } => self.unheld.get(&(s, id)).map(|&country| Party::Role(id, country)),
            // "Kuwaiti leaders", "Chinese officials": the country acting through its officials.
            ItemKind::Title { plural: true, .. } if k > 0 => match self.items(s)[k - 1].kind {
                ItemKind::Country { id, inside_name: false, .. } => Some(Party::Country(id)),
                _ => None,
            },
            _ => None,
        }
    }

    /// An item that only modifies what follows: "Italian" in "Italian Prime Minister Silvio
    /// Berlusconi", "Trump's" in "Trump's special envoy", "Trump" in "Trump envoys".
    fn is_modifier(&self, s: usize, k: usize) -> bool {
        let items = self.items(s);
        let item = &items[k];
        let Some(next) = items.get(k + 1) else { return false };
        let next_is_title_or_name = matches!(next.kind, ItemKind::Title { .. } | ItemKind::Person(_));
        match item.kind {
            ItemKind::Country { form, .. } => {
                let next_token = &self.doc.tokens[next.first];
                let next_word = next.kind == ItemKind::Word && next_token.class == TokenClass::Word;
                let next_text = next_token.text(self.text);
                let classes = self.lexicon.word_classes(next_text);
                // "Chinese counterpart", "Ukraine specialist": an adjective or a noun's modifier;
                // "Russian forces", "Ukrainian officials" stand for the country.
                let attributive = next_word
                    && !next_token.capitalized
                    && !classes.has(WordClasses::FUNCTION | WordClasses::NATIONALITY_NOUN)
                    && !looks_like_verb(next_text)
                    && !self
                        .lexicon
                        .phrases_iter(&self.mentions.words, next.first, next.first + 1)
                        .any(|m| m.entries.iter().any(|e| matches!(e, PhraseEntry::Cue { .. })))
                    && (form == CountryForm::Demonym || !item.possessive);
                next_is_title_or_name || (next_word && next_token.capitalized) || attributive
            }
            ItemKind::Person(_) | ItemKind::Pronoun { .. } => {
                (item.possessive && next.kind != ItemKind::Word) || matches!(next.kind, ItemKind::Title { .. })
            }
            // "the Ukrainian president" standing for Zelensky is a party; "President" before a name is not.
            ItemKind::Title { .. } => matches!(next.kind, ItemKind::Person(_) | ItemKind::Title { .. }),
            _ => false,
        }
    }

    /// The subject of a verb at item `k`: the first participant of its clause that is not
    /// after a preposition and not a modifier, with what is coordinated with it.
    fn subject_of(&self, s: usize, k: usize) -> Vec<Party> {
        let mut start = 0;
        let mut comma_since = false;
        let mut relative = None;
        for j in (0..k).rev() {
            // Perf: the item's text is fetched once for all the words it is compared with.
            let word = self.single_word(s, j);
            let is = |words: &[&str]| word.is_some_and(|w| among(w, words));
            if is(&[","]) {
                comma_since = true;
            }
            // "Orban, who has built a fence …, met Faymann": a relative clause closed by a comma
            // before the verb is an aside; the subject comes before it.
            let relative_pronoun = is(&["who", "which"]);
            if relative_pronoun && comma_since {
                continue;
            }
            // "after the summit" is a prepositional phrase; "after he met …" opens a clause.
            let preposition_use = || {
                is(&["after", "before", "since", "as", "until"])
                    && self.party(s, j + 1).is_none()
                    && !matches!(self.items(s).get(j + 1).map(|i| &i.kind), Some(ItemKind::Pronoun { .. }))
            };
            if is(BOUNDARIES)
                || (word.is_some_and(|w| CLAUSE_OPENERS.contains(w)) && !preposition_use())
                || self.has_cue(s, j, CueFamily::Say)
            {
                start = j + 1;
                if relative_pronoun {
                    relative = Some(j);
                }
                break;
            }
        }
        // "Dominic Raab, who met Carrie Lam": inside a relative clause the subject is its antecedent.
        if let Some(who) = relative
            && (start..k).all(|j| self.party(s, j).is_none())
        {
            let mut a = who;
            if a > 0 && self.is(s, a - 1, &[","]) {
                a -= 1;
            }
            if let Some(party) = a.checked_sub(1).and_then(|a| self.party(s, a)) {
                return vec![party];
            }
        }
        let mut j = start;
        while j < k {
            let after_preposition = j > 0 && self.is_in(s, j - 1, &PREPOSITIONS);
            // A possessive pronoun is a modifier ("his country's border"), never the subject.
            let possessive_pronoun = matches!(self.items(s)[j].kind, ItemKind::Pronoun { possessive: true, .. });
            if let Some(party) = self.party(s, j)
                && !after_preposition
                && !possessive_pronoun
                && !self.is_modifier(s, j)
            {
                let mut group = vec![party];
                group.extend(self.coordinated(s, j, k));
                return group;
            }
            j += 1;
        }
        Vec::new()
    }

    /// The object after item `k` (exclusive start): skips "with", determiners, titles and
    /// modifiers; stops at prepositions, clause openers and cues.
    fn object_after(&self, s: usize, k: usize) -> Vec<Party> {
        self.object_span(s, k).0
    }

    /// The object after item `k` and the item after its last part.
    fn object_span(&self, s: usize, k: usize) -> (Vec<Party>, usize) {
        let items = self.items(s);
        let mut j = k;
        let mut budget = 6;
        while j < items.len() && budget > 0 {
            if let Some(party) = self.party(s, j) {
                if !self.is_modifier(s, j) {
                    let mut group = vec![party];
                    let (more, end) = self.coordinated_span(s, j, items.len());
                    group.extend(more);
                    return (group, end);
                }
            } else if self.is_in(s, j, &OBJECT_SKIPPABLE)
                || matches!(items[j].kind, ItemKind::Title { .. } | ItemKind::Pronoun { possessive: true, .. })
            {
                // skippable
            } else if self.single_word(s, j).is_some_and(ends_phrase) {
                break;
            } else {
                budget -= 1;
            }
            j += 1;
        }
        self.counted_group(s, k).or_else(|| self.home_government(s, k)).unwrap_or_default()
    }

    /// "the government", "the interim government": the government of the article's home
    /// country, when the article has one.
    fn home_government(&self, s: usize, k: usize) -> Option<(Vec<Party>, usize)> {
        let items = self.items(s);
        if !self.is(s, k, &["the"]) {
            return None;
        }
        let noun =
            (k + 1..(k + 5).min(items.len())).find(|&j| self.is(s, j, &["government", "authorities", "regime"]))?;
        if (k + 1..noun).any(|j| self.party(s, j).is_some() || matches!(items[j].kind, ItemKind::Organization { .. })) {
            return None;
        }
        Some((vec![Party::Country(self.home?)], noun + 1))
    }

    /// Parties coordinated after item `k` ("Witkoff and Jared Kushner", "A, B and C"), up to
    /// item `limit`.
    fn coordinated(&self, s: usize, k: usize, limit: usize) -> Vec<Party> {
        self.coordinated_span(s, k, limit).0
    }

    /// Parties coordinated after item `k`, and the item after the last of them.
    fn coordinated_span(&self, s: usize, k: usize, limit: usize) -> (Vec<Party>, usize) {
        let items = self.items(s);
        let mut out = Vec::new();
        let mut j = k + 1;
        while j < limit.min(items.len()) {
            if !self.is(s, j, &[",", "and", "or", "&"]) {
                break;
            }
            // Find the next participant, skipping modifiers and short descriptions.
            let mut n = j + 1;
            let mut found = None;
            let mut budget = 8;
            while n < limit.min(items.len()) && budget > 0 {
                if let Some(party) = self.party(s, n) {
                    if !self.is_modifier(s, n) {
                        found = Some((party, n));
                        break;
                    }
                } else if self.single_word(s, n).is_some_and(ends_phrase)
                    || self.cues_at(s, n).iter().any(|c| {
                        !matches!(c.family, CueFamily::MeetNoun | CueFamily::DemandNoun | CueFamily::MeetingAnaphor)
                    })
                {
                    break;
                }
                budget -= 1;
                n += 1;
            }
            match found {
                Some((party, n)) => {
                    if !out.contains(&party) {
                        out.push(party);
                    }
                    j = n + 1;
                }
                None => break,
            }
        }
        (out, j)
    }

    /// "the five permanent members", "both countries": the last list of that many countries.
    fn counted_group(&self, s: usize, k: usize) -> Option<(Vec<Party>, usize)> {
        let items = self.items(s);
        let mut j = k;
        while j < items.len() && self.is(s, j, &["the", "all"]) {
            j += 1;
        }
        let count = NUMBER_WORDS.iter().find(|(w, _)| self.is(s, j, &[w])).map(|(_, n)| *n)?;
        let noun = (j + 1..(j + 4).min(items.len())).find(|&n| self.is_in(s, n, &GROUP_NOUNS))?;
        let lists = self.recent_country_lists(s);
        let list = lists.iter().rev().find(|l| l.len() == count)?;
        Some((list.iter().map(|&c| Party::Country(c)).collect(), noun + 1))
    }

    fn recent_country_lists(&self, s: usize) -> Vec<Vec<CountryId>> {
        (s.saturating_sub(4)..s).map(|p| self.country_list(p)).filter(|l| l.len() >= 2).collect()
    }

    /// The longest run of coordinated countries in a sentence ("the U.S., Russia, China,
    /// Britain and France").
    fn country_list(&self, s: usize) -> Vec<CountryId> {
        let items = self.items(s);
        let mut best: Vec<CountryId> = Vec::new();
        let mut k = 0;
        while k < items.len() {
            if let ItemKind::Country { id, inside_name: false, .. } = items[k].kind {
                let mut list = vec![id];
                let mut j = k + 1;
                while j + 1 < items.len() && self.is(s, j, &[",", "and"]) {
                    let mut n = j + 1;
                    if self.is(s, n, &["and"]) || self.is(s, n, &["the"]) {
                        n += 1;
                    }
                    if self.is(s, n, &["the"]) {
                        n += 1;
                    }
                    match items.get(n).map(|i| &i.kind) {
                        Some(ItemKind::Country { id, inside_name: false, .. }) => {
                            if !list.contains(id) {
                                list.push(*id);
                            }
                            j = n + 1;
                        }
                        _ => break,
                    }
                }
                if list.len() > best.len() {
                    best = list;
                }
                k = j;
            } else {
                k += 1;
            }
        }
        best
    }

    /// True when a word before item `k` (within five items) or anywhere later in the clause
    /// makes the meeting unreal: "refused to meet", "a meeting … that was canceled".
    fn unreal(&self, s: usize, k: usize) -> bool {
        let items = self.items(s);
        let from = k.saturating_sub(5);
        for j in from..k {
            if self.is_in(s, j, &UNREAL) || self.has_cue(s, j, CueFamily::MeetNegation) {
                return true;
            }
        }
        // Perf: the rest of the clause is read word by word, each item's text fetched once
        // for both questions.
        for j in k + 1..items.len() {
            let Some(word) = self.single_word(s, j) else { continue };
            if among(word, &[";", "."]) {
                break;
            }
            if among(word, &["canceled", "cancelled", "postponed", "scrapped"]) {
                return true;
            }
        }
        false
    }

    /// True when the cue at item `k` is used as a noun: after a determiner, possessive,
    /// adjective or number.
    fn used_as_noun(&self, s: usize, k: usize) -> bool {
        // Forms that are never nouns ("met", "hosted", "demanded") are verbs wherever they stand.
        let can_be_noun =
            self.cues_at(s, k).iter().any(|c| matches!(c.family, CueFamily::MeetNoun | CueFamily::DemandNoun));
        if !can_be_noun {
            return false;
        }
        if k == 0 {
            return true;
        }
        let items = self.items(s);
        let prev = &items[k - 1];
        if prev.possessive {
            return true;
        }
        if self.is_in(s, k - 1, &BEFORE_VERBS) {
            return false;
        }
        if prev.person.is_some() || matches!(prev.kind, ItemKind::Country { .. }) || self.party(s, k - 1).is_some() {
            return false;
        }
        true
    }

    fn sentence(&self, s: usize, state: &mut State) {
        let (cues, at) = self.cues.in_sentence(s);
        // Each item with cues from `k` on, in order; the first cue that reads something moves
        // `k` past what it read.
        let mut k = 0;
        let mut i = 0;
        while i < cues.len() {
            let item = at[i] as usize;
            let end = i + at[i..].iter().take_while(|&&j| j == at[i]).count();
            if item >= k {
                let consumed = cues[i..end].iter().find_map(|cue| self.apply(s, item, *cue, state));
                k = consumed.unwrap_or(item + 1).max(item + 1);
            }
            i = end;
        }
    }

    /// Applies one cue; returns the item to continue from when the cue produced something.
    fn apply(&self, s: usize, k: usize, cue: Cue, state: &mut State) -> Option<usize> {
        match cue.family {
            CueFamily::MeetVerb | CueFamily::MeetWithVerb | CueFamily::MeetPlural => {
                if self.used_as_noun(s, k) || self.unreal(s, k) {
                    return None;
                }
                // "held talks with X", "discussed trade with X": "with" may follow the verb's object.
                let object_start = if cue.family == CueFamily::MeetWithVerb {
                    let with = (cue.after..(cue.after + 6).min(self.items(s).len()))
                        .take_while(|&j| self.party(s, j).is_none() && !self.is(s, j, &[",", ";", ":", "."]))
                        .find(|&j| self.is(s, j, &["with"]))?;
                    with + 1
                } else {
                    cue.after
                };
                let subject = self.subject_of(s, k);
                let object = self.object_after(s, object_start);
                let rule = match cue.family {
                    CueFamily::MeetVerb => "meet-verb",
                    CueFamily::MeetWithVerb => "meet-with-verb",
                    _ => "meet-plural",
                };
                if !subject.is_empty() && !object.is_empty() && cue.family != CueFamily::MeetPlural {
                    self.meet(state, s, subject, object, rule);
                    return Some(cue.after);
                }
                if cue.family == CueFamily::MeetPlural && subject.len() >= 2 && object.is_empty() {
                    for (i, a) in subject.iter().enumerate() {
                        for b in &subject[i + 1..] {
                            self.meet(state, s, vec![*a], vec![*b], rule);
                        }
                    }
                    return Some(cue.after);
                }
                None
            }
            CueFamily::MeetNoun => self.meeting_noun(s, k, cue, state),
            CueFamily::MeetAttend => {
                let joining = self.object_after(s, cue.after);
                let joining = if joining.is_empty() { self.subject_of(s, k) } else { joining };
                let recent = state.meeting.as_ref().is_some_and(|m| s <= m.sentence + 2);
                if joining.is_empty() || !recent {
                    return None;
                }
                self.join_meeting(state, s, 1, joining, "meet-attend");
                Some(cue.after)
            }
            CueFamily::MeetJoin => {
                let joining = self.object_after(s, cue.after);
                let recent = state.meeting.as_ref().is_some_and(|m| s <= m.sentence + 1);
                if joining.is_empty() || !recent {
                    return None;
                }
                self.join_meeting(state, s, 0, joining, "meet-join");
                Some(cue.after)
            }
            CueFamily::MeetPassive => {
                // "was received by A", "is being hosted by A".
                let by_follows = self.is(s, cue.after, &["by"]);
                let auxiliary_before = k > 0 && self.is(s, k - 1, &["was", "were", "is", "are", "been", "being"]);
                if !(by_follows && auxiliary_before) {
                    return None;
                }
                let host = self.object_after(s, cue.after + 1);
                if host.is_empty() {
                    return None;
                }
                let guest = self.subject_of(s, k);
                if guest.is_empty() {
                    // "Tuesday's meeting … is being hosted by Blair": a new meeting and its host.
                    let noun = (0..k).any(|j| self.has_cue(s, j, CueFamily::MeetingAnaphor));
                    if noun {
                        state.meeting = Some(Meeting { sides: [host, Vec::new()], sentence: s });
                        return Some(cue.after + 1);
                    }
                    return None;
                }
                self.meet(state, s, host, guest, "meet-passive");
                Some(cue.after + 1)
            }
            CueFamily::DemandObject => self.demand_object(s, k, cue, state),
            CueFamily::DemandVerb => self.demand_that(s, k, cue, state),
            CueFamily::DemandFor => self.demand_for(s, k, cue, state),
            CueFamily::DemandNoun => self.demand_noun(s, k, cue, state),
            CueFamily::Advice => self.advice(s, k, cue, state),
            _ => None,
        }
    }

    /// "a meeting between A and B", "talks between Moscow and Washington", "Trump's call with
    /// Zelensky", "a meeting in the Oval Office with Liu He", "The meeting included …".
    fn meeting_noun(&self, s: usize, k: usize, cue: Cue, state: &mut State) -> Option<usize> {
        let items = self.items(s);
        if self.unreal(s, k) {
            return None;
        }
        // "between A and B"
        let limit = (cue.after + 5).min(items.len());
        if let Some(b) = (cue.after..limit).find(|&j| self.is(s, j, &["between"])) {
            let first = self.object_after(s, b + 1);
            if let Some(&a) = first.first()
                && first.len() >= 2
            {
                self.meet(state, s, vec![a], first[1..].to_vec(), "meet-between");
                return Some(b + 1);
            }
        }
        // "with B", skipping a place or time: "a meeting last February in Hanoi with Kim".
        let limit = (cue.after + 9).min(items.len());
        let mut with = None;
        let mut j = cue.after;
        while j < limit {
            let word = self.single_word(s, j);
            if word.is_some_and(|w| among(w, &["with"])) {
                with = Some(j);
                break;
            }
            if word.is_some_and(|w| among(w, &[".", ";", ":"]) || CLAUSE_OPENERS.contains(w))
                || self.has_cue(s, j, CueFamily::Say)
            {
                break;
            }
            j += 1;
        }
        if let Some(w) = with {
            let other = self.object_after(s, w + 1);
            if other.is_empty() {
                return None;
            }
            // "the call with Zelensky" after Trump's call with him: the same meeting again.
            let definite = k > 0 && self.is(s, k - 1, &["the"]);
            let known = state
                .meeting
                .as_ref()
                .is_some_and(|m| other.iter().all(|p| m.sides.iter().any(|side| side.contains(p))));
            if definite && known {
                return Some(w + 1);
            }
            let own = self.meeting_owner(s, k);
            let own: Vec<Party> = own.into_iter().filter(|p| !other.contains(p)).collect();
            if own.is_empty() {
                return None;
            }
            self.meet(state, s, own, other, "meet-noun-with");
            return Some(w + 1);
        }
        // "The meeting included U.S. President Donald Trump's special envoy, Steve Witkoff, …"
        let anaphoric = k > 0 && (self.is(s, k - 1, &["the", "this", "that"]) || items[k - 1].possessive);
        if anaphoric {
            let verb = cue.after;
            if verb < items.len() && self.has_cue(s, verb, CueFamily::MeetAttend) {
                let after =
                    self.cues_at(s, verb).iter().find(|c| c.family == CueFamily::MeetAttend).map(|c| c.after)?;
                let joining = self.object_after(s, after);
                let recent = state.meeting.as_ref().is_some_and(|m| s <= m.sentence + 3);
                if !joining.is_empty() && recent {
                    self.join_meeting(state, s, 1, joining, "meeting-anaphor");
                    return Some(after);
                }
            }
        }
        None
    }

    /// Who holds the meeting a noun names: its possessor ("Trump's call"), else the nearest
    /// person before it ("his departure from a meeting"), else the clause's subject.
    fn meeting_owner(&self, s: usize, k: usize) -> Vec<Party> {
        let items = self.items(s);
        for j in (k.saturating_sub(4)..k).rev() {
            if items[j].possessive
                && let Some(p) = self.party(s, j)
            {
                return vec![p];
            }
        }
        for j in (0..k).rev() {
            if let Some(p) = items[j].person
                && !(j > 0 && self.is(s, j - 1, &["between", "by", "of"]))
            {
                return vec![Party::Person(p)];
            }
        }
        self.subject_of(s, k)
    }

    fn meet(&self, state: &mut State, s: usize, side_a: Vec<Party>, side_b: Vec<Party>, rule: &'static str) {
        for a in &side_a {
            for b in &side_b {
                self.push_meeting_pair(state, s, *a, *b, rule);
            }
        }
        state.meeting = Some(Meeting { sides: [side_a, side_b], sentence: s });
    }

    fn join_meeting(&self, state: &mut State, s: usize, side: usize, joining: Vec<Party>, rule: &'static str) {
        let Some(mut meeting) = state.meeting.take() else { return };
        let other: Vec<Party> = meeting.sides[1 - side].clone();
        for a in &joining {
            for b in &other {
                self.push_meeting_pair(state, s, *a, *b, rule);
            }
            if !meeting.sides[side].contains(a) && meeting.sides[side].len() < MAX_MEETING_SIDE {
                meeting.sides[side].push(*a);
            }
        }
        meeting.sentence = s;
        state.meeting = Some(meeting);
    }

    /// Adds a met-with pair; a person meeting a country becomes their countries meeting.
    fn push_meeting_pair(&self, state: &mut State, s: usize, a: Party, b: Party, rule: &'static str) {
        let (a, b) = match (a, b) {
            (Party::Person(_), Party::Person(_)) | (Party::Country(_), Party::Country(_)) => (a, b),
            // A person or an unnamed office meeting a country, or an unnamed office meeting
            // anyone: their countries met.
            _ => match (self.country_of(a), self.country_of(b)) {
                (Some(ca), Some(cb)) => (Party::Country(ca), Party::Country(cb)),
                _ => return,
            },
        };
        if a == b {
            return;
        }
        state.facts.push(RelationFact { source: a, kind: EdgeKind::MetWith, target: b, sentence: s, rule, what: None });
    }

    /// The country a person acts for in this article, when one is known.
    fn country_of(&self, party: Party) -> Option<CountryId> {
        match party {
            Party::Person(p) => self.acts_for.get(&p).copied(),
            Party::Country(c) => Some(c),
            Party::Role(_, c) => c,
        }
    }

    /// The demanded thing: the words from item `k` to the end of the clause, at most 16.
    fn what_from(&self, s: usize, k: usize) -> Option<String> {
        let items = self.items(s);
        let mut end = k;
        let mut words = 0;
        while end < items.len() {
            if self.is(s, end, &[".", ";", ":", "!", "?", "\u{201d}", "\"", ","]) || words >= 16 {
                break;
            }
            words += 1;
            end += 1;
        }
        if end <= k {
            return None;
        }
        let start_byte = self.doc.tokens[items[k].first].start;
        let end_byte = self.doc.tokens[items[end - 1].end - 1].end;
        let what = self.text[start_byte..end_byte].split_whitespace().collect::<Vec<_>>().join(" ");
        (!what.is_empty()).then_some(what)
    }

    fn push_demand(
        &self,
        state: &mut State,
        s: usize,
        sources: &[Party],
        targets: &[Party],
        rule: &'static str,
        what: &Option<String>,
    ) {
        for &source in sources {
            for &target in targets {
                if source == target || self.country_of(source).is_some_and(|c| Party::Country(c) == target) {
                    continue;
                }
                state.facts.push(RelationFact {
                    source,
                    kind: EdgeKind::Demands,
                    target,
                    sentence: s,
                    rule,
                    what: what.clone(),
                });
            }
        }
    }

    /// "urged Yoon to step down", "called on the government to withdraw", "warned Iran of …".
    fn demand_object(&self, s: usize, k: usize, cue: Cue, state: &mut State) -> Option<usize> {
        let items = self.items(s);
        let (targets, object_end) = self.object_span(s, cue.after);
        if targets.is_empty() {
            return None;
        }
        // After the object, "to …" (or "against …", "not to …" after "warned"), a few
        // adverbial words at most in between ("warned the United States earlier in the day against").
        let warned = self.word(s, k).to_lowercase().starts_with("warn");
        // "warned Iran of countermeasures if …", "warned X not to …"; "warned X that …" only informs.
        let linkers: &[&str] = if warned { &["to", "against", "of", "not"] } else { &["to"] };
        let reach = if warned { 6 } else { 2 };
        let j = (object_end..(object_end + reach).min(items.len()))
            .take_while(|&j| !self.is(s, j, &[",", ";", ".", ":"]) && self.party(s, j).is_none())
            .find(|&j| self.is(s, j, linkers))?;
        let sources = self.subject_of(s, k);
        if sources.is_empty() {
            return None;
        }
        let what = self.what_from(s, j + 1);
        self.push_demand(state, s, &sources, &targets, "demand-object", &what);
        Some(j + 1)
    }

    /// "demanded that Ukraine withdraw", "insisted that …".
    fn demand_that(&self, s: usize, k: usize, cue: Cue, state: &mut State) -> Option<usize> {
        if !self.is(s, cue.after, &["that"]) || self.used_as_noun(s, k) {
            return None;
        }
        let sources = self.subject_of(s, k);
        let targets = self.object_after(s, cue.after + 1);
        if sources.is_empty() || targets.is_empty() {
            return None;
        }
        let what = self.what_from(s, cue.after + 1);
        self.push_demand(state, s, &sources, &targets, "demand-that", &what);
        Some(cue.after + 1)
    }

    /// "called for Yoon's ouster": a demand whose target is named inside the demanded thing.
    fn demand_for(&self, s: usize, k: usize, cue: Cue, state: &mut State) -> Option<usize> {
        let items = self.items(s);
        let sources = self.subject_of(s, k);
        if sources.is_empty() {
            return None;
        }
        let what = self.what_from(s, cue.after);
        let end = (cue.after..items.len()).find(|&j| self.is(s, j, &[".", ";", ":", ","])).unwrap_or(items.len());
        let targets: Vec<Party> = (cue.after..end).filter_map(|j| self.party(s, j)).take(1).collect();
        if targets.is_empty() {
            return None;
        }
        self.push_demand(state, s, &sources, &targets, "demand-for", &what);
        Some(cue.after)
    }

    /// "Russia's demand for full control over Ukraine's Donbas region", "a stark ultimatum,
    /// warning that if Ukrainian forces do not withdraw …", "Trump's request to Ukrainian
    /// president to investigate …".
    fn demand_noun(&self, s: usize, k: usize, cue: Cue, state: &mut State) -> Option<usize> {
        let items = self.items(s);
        let word = self.word(s, k).to_lowercase();
        let ultimatum = word == "ultimatum";
        let linker = cue.after;
        let opens = self.is(s, linker, &["for", "to", "that"]) || ultimatum;
        if !opens || !(self.used_as_noun(s, k) || ultimatum) {
            return None;
        }
        if word.starts_with("call") && !self.is(s, linker, &["for"]) {
            return None;
        }
        // The demanding side: the possessor, and the clause's subject when it is a person.
        let mut sources = Vec::new();
        if let Some(j) = (k.saturating_sub(4)..k).rev().find(|&j| items[j].possessive)
            && let Some(p) = self.party(s, j)
        {
            sources.push(p);
        }
        for p in self.subject_of(s, k) {
            if matches!(p, Party::Person(_)) && !sources.contains(&p) {
                sources.insert(0, p);
            }
        }
        if sources.is_empty() {
            return None;
        }
        let source_countries: Vec<Option<CountryId>> = sources.iter().map(|&p| self.country_of(p)).collect();
        let mut targets = Vec::new();
        let mut what_start = linker + 1;
        if self.is(s, linker, &["to"]) {
            // "request to Ukrainian president to investigate": the addressee, then the thing.
            let addressee = self.object_after(s, linker + 1);
            targets.extend(addressee);
            if let Some(t) = (linker + 1..items.len()).find(|&j| self.is(s, j, &["to"])) {
                what_start = t + 1;
            }
        } else {
            let end = items.len();
            for j in linker..end {
                if let Some(p) = self.party(s, j) {
                    let own = match p {
                        Party::Country(c) => source_countries.contains(&Some(c)),
                        _ => sources.contains(&p),
                    };
                    if !own {
                        targets.push(p);
                        break;
                    }
                }
            }
        }
        if targets.is_empty() {
            return None;
        }
        let what = if ultimatum { self.what_from(s, linker) } else { self.what_from(s, what_start) };
        self.push_demand(state, s, &sources, &targets, "demand-noun", &what);
        Some(linker + 1)
    }

    /// "his advice to the PM", "Goldsmith advised Blair".
    fn advice(&self, s: usize, k: usize, cue: Cue, state: &mut State) -> Option<usize> {
        let items = self.items(s);
        let noun = self.word(s, k).eq_ignore_ascii_case("advice");
        let (sources, targets) = if noun {
            let to = (cue.after..(cue.after + 3).min(items.len())).find(|&j| self.is(s, j, &["to"]))?;
            let owner = (k.saturating_sub(3)..k).rev().find(|&j| items[j].possessive).and_then(|j| self.party(s, j));
            (owner.into_iter().collect::<Vec<_>>(), self.object_after(s, to + 1))
        } else {
            (self.subject_of(s, k), self.object_after(s, cue.after))
        };
        let sources: Vec<Party> = sources.into_iter().filter(|p| matches!(p, Party::Person(_))).collect();
        let targets: Vec<Party> =
            targets.into_iter().filter(|p| matches!(p, Party::Person(_) | Party::Role(..))).take(1).collect();
        if sources.is_empty() || targets.is_empty() || sources == targets {
            return None;
        }
        for &source in &sources {
            for &target in &targets {
                if source != target {
                    state.facts.push(RelationFact {
                        source,
                        kind: EdgeKind::Advises,
                        target,
                        sentence: s,
                        rule: "advice-to",
                        what: None,
                    });
                }
            }
        }
        Some(cue.after)
    }
}

/// A past-tense or participle form ("resumed", "agreed"): after a name it is the name's verb,
/// not a noun the name modifies.
fn looks_like_verb(word: &str) -> bool {
    word.len() > 4 && (word.ends_with("ed") || word.ends_with("ing"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Word" as in the first word of a sentence.
    fn capitalized(word: &str) -> String {
        let mut chars = word.chars();
        chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
    }

    /// The filter never turns away a word of the list, in any ASCII case; for words in and out
    /// of the list the answer is the plain search's.
    #[test]
    fn word_lists_answer_as_a_search_of_the_list() {
        let others = ["", ",", ".", "the", "The", "ON", "of", "talks", "Trump", "x", "\u{2014}", "prime", "canceled"];
        for list in [&PREPOSITIONS, &CLAUSE_OPENERS, &UNREAL, &GROUP_NOUNS, &OBJECT_SKIPPABLE, &BEFORE_VERBS] {
            for word in list.words.iter().copied().chain(others) {
                for form in [word.to_string(), word.to_ascii_uppercase(), capitalized(word)] {
                    let listed = list.words.iter().any(|w| w.eq_ignore_ascii_case(&form));
                    assert_eq!(list.contains(form.as_bytes()), listed, "{form}");
                    assert_eq!(among(form.as_bytes(), list.words), listed, "{form}");
                }
            }
        }
    }
}
