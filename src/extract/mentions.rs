//! Mentions: countries, titles and organizations from the lexicon, and persons from
//! capitalized runs with evidence (a title before them, a given name, an apposition, a speech
//! verb), grouped into the article's persons ("Vladimir Putin" … "Putin" … "President Putin").
//!
//! The output is, for every sentence, a sequence of [`Item`]s in text order: the shape the
//! role and relation rules read. Nothing here decides what the mentions do to each other.

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem::Finder as PhraseFinder;

// Maps keyed by words of the text: foldhash, seeded per process, is much faster than SipHash
// on short keys and still cannot be made to collide by the articles.
use foldhash::{HashMap, HashSet};

use crate::lexicon::{
    CountryForm, CountryId, CueFamily, Gender, Lexicon, OrganizationId, PhraseEntry, TitleClass, TitleId, TokenWords,
    WordClasses,
};
use crate::text::{Document, Token, TokenClass, WordList, among};

/// Lower-case name particles that may sit inside a person's name.
const NAME_PARTICLES: WordList = WordList::new(&[
    "al", "el", "bin", "ibn", "abu", "abd", "ben", "da", "de", "del", "della", "di", "do", "dos", "das", "du", "la",
    "le", "van", "von", "der", "den", "ter", "y", "mac",
]);

/// How credit lines start ("Reporting by …", "Photo: …").
const CREDIT_OPENERS: &[&str] =
    &["reporting by", "editing by", "additional reporting", "read more", "photo:", "photograph:", "(photo", "image:"];

/// Nouns of a reporter's biography at the end of an article.
const BIOGRAPHY_NOUNS: &[&str] =
    &["producer", "editor", "correspondent", "reporter", "writer", "journalist", "photographer", "contributor"];

/// A text with its ASCII letters lower-cased (other characters as they are), searched for
/// lower-case ASCII phrases: it answers `starts_with` and `contains` as `text.to_lowercase()`
/// does, for a fraction of the cost (no Unicode tables, a buffer reused from sentence to
/// sentence).
///
/// The answers agree because a phrase is lower-case ASCII: the lower case of a non-ASCII
/// character is never ASCII, except for the Kelvin sign (`k`) and the dotted capital I (`i`
/// followed by a combining dot), so a phrase with no `k` that does not end in `i` matches the
/// fully lower-cased text exactly where it matches the ASCII-lower-cased one.
/// `the_credit_phrases_can_be_matched_ascii_lower_cased` checks the phrases.
struct AsciiLower<'a>(&'a str);

impl<'a> AsciiLower<'a> {
    /// `text` lower-cased in ASCII into `buffer`.
    fn new(text: &str, buffer: &'a mut String) -> AsciiLower<'a> {
        buffer.clear();
        buffer.push_str(text);
        buffer.make_ascii_lowercase();
        AsciiLower(buffer)
    }

    fn starts_with(&self, phrase: &str) -> bool {
        self.0.starts_with(phrase)
    }

    /// Whether the text holds the phrase `finder` looks for.
    fn contains(&self, finder: &PhraseFinder<'static>) -> bool {
        finder.find(self.0.as_bytes()).is_some()
    }
}

/// The phrases credit lines are recognized by, searched for in every sentence: each search is
/// prepared once (perf: `str::contains` prepares its searcher at every call, which cost more
/// than the search in sentences this short).
struct CreditPhrases {
    /// "contributed", in both phrases below: searched for first, and those only when found.
    contributed: PhraseFinder<'static>,
    contributed_to_this_report: PhraseFinder<'static>,
    contributed_reporting: PhraseFinder<'static>,
    reported_from: PhraseFinder<'static>,
    /// " is a ", " is an ", " is the ".
    is_a: [PhraseFinder<'static>; 3],
    /// [`BIOGRAPHY_NOUNS`].
    biography_nouns: Vec<PhraseFinder<'static>>,
}

/// The phrases of [`CreditPhrases`] besides [`CREDIT_OPENERS`] and [`BIOGRAPHY_NOUNS`].
const CREDIT_PHRASES: [&str; 6] =
    ["contributed to this report", " contributed reporting", " reported from ", " is a ", " is an ", " is the "];

impl CreditPhrases {
    fn get() -> &'static CreditPhrases {
        static PHRASES: LazyLock<CreditPhrases> = LazyLock::new(|| {
            let [contributed_to_this_report, contributed_reporting, reported_from, is_a, is_an, is_the] =
                CREDIT_PHRASES.map(PhraseFinder::new);
            CreditPhrases {
                contributed: PhraseFinder::new("contributed"),
                contributed_to_this_report,
                contributed_reporting,
                reported_from,
                is_a: [is_a, is_an, is_the],
                biography_nouns: BIOGRAPHY_NOUNS.iter().map(PhraseFinder::new).collect(),
            }
        });
        &PHRASES
    }
}

/// One unit of a sentence as the rules see it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Item {
    /// What the item is.
    pub kind: ItemKind,
    /// Index of its first token.
    pub first: usize,
    /// One past the index of its last token.
    pub end: usize,
    /// A possessive ending follows ("Russia's", "Trump’s").
    pub possessive: bool,
    /// The person the item names or refers to: set for person mentions, and later for
    /// resolved pronouns and descriptions such as "the president".
    pub person: Option<usize>,
    /// The item is inside quotation marks.
    pub in_quote: bool,
}

impl Item {
    /// An item over tokens `first..end`, not possessive, not quoted, naming no person yet.
    pub fn new(kind: ItemKind, first: usize, end: usize) -> Item {
        Item { kind, first, end, possessive: false, person: None, in_quote: false }
    }

    /// The item's bytes when it is a word of one token (the only items the rules compare with
    /// word lists), else `None`.
    pub fn single_word<'t>(&self, text: &'t str, tokens: &[Token]) -> Option<&'t [u8]> {
        (self.kind == ItemKind::Word && self.end == self.first + 1).then(|| tokens[self.first].bytes(text))
    }
}

/// What an item is.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum ItemKind {
    /// A mention of the article's person number `usize`.
    Person(usize),
    /// A mention of a country; `inside_name` when it is part of an organization's name.
    Country { id: CountryId, form: CountryForm, inside_name: bool },
    /// An office title; `plural` for "envoys", "ministers".
    Title { id: TitleId, plural: bool },
    /// An organization or a named place, from the lexicon or from a capitalized run that
    /// ends in "Party", "Council", "Street"…
    Organization { id: Option<OrganizationId> },
    /// A city, region or territory that is not a state.
    Place,
    /// A personal pronoun, resolved later.
    Pronoun { gender: Gender, possessive: bool },
    /// Any other token.
    Word,
}

/// What kind of apposition follows a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Apposition {
    /// ", a veteran diplomat", ", the leader of …".
    Title,
    /// ", 75,".
    Age,
}

/// How strongly a capitalized run is known to name a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum NameEvidence {
    /// A speech verb or relative "who" next to a two-or-more-word run.
    Context,
    /// The first word is a given name, or a family name written first.
    GivenName,
    /// An office title or honorific stands right before it, or an apposition names its office.
    Title,
}

/// A person of the article: the fullest name and every form used.
#[derive(Clone, Debug)]
pub(crate) struct PersonEntity {
    /// The fullest name the article uses.
    pub name: String,
    /// Every other form that was resolved to this person.
    pub aliases: Vec<String>,
    /// Words of the full name, folded.
    words: Vec<String>,
    /// Gender suggested by the given name or honorifics.
    pub gender: Gender,
    /// Mentions found.
    pub mentions: usize,
    /// Why forms were grouped (for `--explain`).
    pub notes: Vec<String>,
}

/// A capitalized run that may name a person.
#[derive(Clone, Debug)]
struct Candidate {
    first: usize,
    end: usize,
    evidence: Option<NameEvidence>,
    honorific_gender: Gender,
}

/// Per-sentence analysis shared by the later stages.
#[derive(Clone, Debug, Default)]
pub(crate) struct SentenceItems {
    /// Items in text order.
    pub items: Vec<Item>,
    /// The sentence is a byline, credit or link, not content.
    pub skipped: bool,
    /// The kinds of `items`.
    pub kinds: ItemKinds,
}

impl SentenceItems {
    /// A sentence's items, with their kinds noted.
    pub fn new(items: Vec<Item>, skipped: bool) -> SentenceItems {
        let kinds = items.iter().fold(ItemKinds::default(), |kinds, item| kinds.with(&item.kind));
        SentenceItems { items, skipped, kinds }
    }
}

/// Which kinds of items a sentence has (perf: the rules that look for one kind pass over the
/// sentences without it, most of an article for titles and pronouns).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ItemKinds(u8);

impl ItemKinds {
    /// Persons.
    pub const PERSON: ItemKinds = ItemKinds(1);
    /// Countries outside names.
    pub const COUNTRY: ItemKinds = ItemKinds(2);
    /// Titles.
    pub const TITLE: ItemKinds = ItemKinds(4);
    /// Pronouns.
    pub const PRONOUN: ItemKinds = ItemKinds(8);
    /// Words.
    pub const WORD: ItemKinds = ItemKinds(16);

    /// These kinds and the kind of `kind`.
    fn with(self, kind: &ItemKind) -> ItemKinds {
        let bit = match kind {
            ItemKind::Person(_) => ItemKinds::PERSON.0,
            ItemKind::Country { inside_name: false, .. } => ItemKinds::COUNTRY.0,
            ItemKind::Title { .. } => ItemKinds::TITLE.0,
            ItemKind::Pronoun { .. } => ItemKinds::PRONOUN.0,
            ItemKind::Word => ItemKinds::WORD.0,
            ItemKind::Country { inside_name: true, .. } | ItemKind::Organization { .. } | ItemKind::Place => 0,
        };
        ItemKinds(self.0 | bit)
    }

    /// Whether the sentence has items of `kind`.
    pub fn has(self, kind: ItemKinds) -> bool {
        self.0 & kind.0 != 0
    }
}

/// The mention layer of one article.
pub(crate) struct Mentions {
    /// Items of every sentence.
    pub sentences: Vec<SentenceItems>,
    /// The article's persons.
    pub persons: Vec<PersonEntity>,
    /// What the lexicon knows of each token, for the later stages' lookups.
    pub words: TokenWords,
}

/// A lexicon mark over tokens `first..end`.
#[derive(Clone, Copy, Debug)]
struct Mark {
    first: usize,
    end: usize,
    entry: PhraseEntry,
}

/// Finds mentions in an analysed article.
pub(crate) fn find_mentions(lexicon: &Lexicon, text: &str, doc: &Document) -> Mentions {
    // The rules ask about the same tokens many times: each is looked up in the lexicon once.
    let words = lexicon.token_words(text, &doc.tokens);
    let finder = Finder { lexicon, text, tokens: &doc.tokens, words: &words };
    let mut scans: Vec<SentenceScan> = Vec::with_capacity(doc.sentences.len());
    let mut found = Found::default();
    let mut candidates: Vec<(usize, Candidate)> = Vec::new();
    let tail_start = doc.sentences.len().saturating_sub(8).max(doc.sentences.len() * 3 / 4);
    let mut lower_buffer = String::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let (first, mut end) = (sentence.first_token, sentence.end_token);
        if index == 0 {
            // "Headline | Reporter Name": a byline after a bar in the title line.
            if let Some(bar) = (first..end).find(|&i| finder.is_token(i, "|")) {
                end = bar.max(first + 1);
            }
        }
        let marks_start = found.marks.len();
        finder.marks(first, end, &mut found.marks);
        let marks = &found.marks[marks_start..];
        let shouting = finder.is_shouting(first, end);
        let skipped = finder.is_credit(first, end, marks, index >= tail_start && index > 0, &mut lower_buffer);
        let (organizations_start, cores_start) = (found.organizations.len(), found.cores.len());
        if !shouting && !skipped {
            let runs = RunsFound { organizations: &mut found.organizations, cores: &mut found.cores };
            finder.candidates(index, first, end, marks, runs, &mut candidates);
        }
        scans.push(SentenceScan {
            first,
            end,
            marks: marks_start..found.marks.len(),
            organizations: organizations_start..found.organizations.len(),
            cores: cores_start..found.cores.len(),
            shouting,
            skipped,
        });
    }
    // The index grouping built is the index of the persons it returns: their words do not
    // change after, so it is kept rather than built again.
    let (persons, index) = finder.group_persons(&candidates);
    let mut sentences = Vec::with_capacity(doc.sentences.len());
    let last_seen: Vec<usize> = vec![0; persons.len()];
    let mut known = KnownPersons { persons, last_seen, index, words: Vec::new() };
    for (index, scan) in scans.iter().enumerate() {
        let items = if scan.skipped {
            Vec::new()
        } else {
            let bounds = Bounds { sentence: index, first: scan.first, end: scan.end };
            // The runs the first pass found, unless it skipped the sentence (all capitals).
            let runs = (!scan.shouting).then(|| RunsFound {
                organizations: &found.organizations[scan.organizations.clone()],
                cores: &found.cores[scan.cores.clone()],
            });
            finder.items(bounds, &found.marks[scan.marks.clone()], runs, &mut known)
        };
        sentences.push(SentenceItems::new(items, scan.skipped));
    }
    Mentions { sentences, persons: known.persons, words }
}

/// What the first pass over a sentence found, by ranges into [`Found`].
struct SentenceScan {
    first: usize,
    end: usize,
    marks: std::ops::Range<usize>,
    organizations: std::ops::Range<usize>,
    cores: std::ops::Range<usize>,
    /// A headline in capitals: its runs were not searched for names.
    shouting: bool,
    /// A credit line: it has no items.
    skipped: bool,
}

/// The first pass's findings for all sentences, one vector each (perf: none per sentence).
#[derive(Default)]
struct Found {
    /// Lexicon marks.
    marks: Vec<Mark>,
    /// Runs that name organizations.
    organizations: Vec<(usize, usize)>,
    /// Name cores of the other runs, in text order, whether or not they became candidates.
    cores: Vec<(usize, usize)>,
}

/// The runs of a sentence: organization names, and the name cores of the other runs, in text
/// order. Found by [`Finder::candidates`] and read again by [`Finder::items`] (perf: the
/// runs are not found twice).
struct RunsFound<T> {
    organizations: T,
    cores: T,
}

/// Where a sentence's items are built: its index and token range.
#[derive(Clone, Copy)]
struct Bounds {
    sentence: usize,
    first: usize,
    end: usize,
}

/// The article's persons while mentions are linked, with the sentence each was last named in
/// (plus one; 0 for never).
struct KnownPersons {
    persons: Vec<PersonEntity>,
    last_seen: Vec<usize>,
    index: PersonIndex,
    /// The folded words of the mention being linked, reused from mention to mention (perf: no
    /// vector or string per mention).
    words: Vec<String>,
}

/// The article's persons by the words a form of their name must share with them: each way
/// [`person_matches`] can match needs one of these keys to agree, so a name is compared with
/// the persons under its keys, not with every person (quadratic in articles of many names).
#[derive(Default)]
struct PersonIndex {
    /// Most keys name one or two persons: kept inline (perf: no allocation per key).
    persons_by_key: HashMap<(u8, u64), tinyvec::TinyVec<[usize; 2]>>,
}

impl PersonIndex {
    /// The keys of a full name, or of a form looked up (`lookup`): for one-word forms its last
    /// word, first word (family names written first, Arabic names) and all words joined
    /// ("Jong-un"); for longer forms its last two words (shorter tails), first two words (given
    /// names alone), first and last words (a middle name dropped), first and last word longer
    /// than an initial (initials that differ). A new way to match needs a key here.
    ///
    /// Keys are hashes of those words (perf: no string is built per lookup): two different
    /// words may share a key, which only offers a person that [`person_matches`] turns down.
    ///
    /// At most seven keys, kept inline (perf: no vector per lookup).
    fn keys(words: &[String], lookup: bool) -> tinyvec::ArrayVec<[(u8, u64); 7]> {
        let mut keys = tinyvec::ArrayVec::new();
        let (Some(first), Some(last)) = (words.first(), words.last()) else { return keys };
        // Each word is hashed once, and a pair's key made of its words' hashes (perf: the
        // words were hashed again for every key).
        let (first_hash, last_hash) = (key_hash([first].into_iter()), key_hash([last].into_iter()));
        let hash_of = |i: usize| match i {
            0 => first_hash,
            i if i + 1 == words.len() => last_hash,
            i => key_hash([&words[i]].into_iter()),
        };
        let pair = |a: u64, b: u64| (a.rotate_left(23) ^ b).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        if !lookup || words.len() == 1 {
            let joined = if words.len() == 1 { first_hash } else { key_hash(words.iter()) };
            keys.extend([(0, last_hash), (1, first_hash), (2, joined)]);
        }
        if words.len() >= 2 {
            keys.push((3, pair(hash_of(words.len() - 2), last_hash)));
            keys.push((4, pair(first_hash, last_hash)));
            keys.push((6, pair(first_hash, hash_of(1))));
            if let Some(long) = words.iter().rposition(|w| w.chars().nth(1).is_some()) {
                keys.push((5, pair(first_hash, hash_of(long))));
            }
        }
        keys
    }

    fn add(&mut self, person: usize, words: &[String]) {
        for key in PersonIndex::keys(words, false) {
            self.persons_by_key.entry(key).or_default().push(person);
        }
    }

    /// Persons that may match `words`, in ascending order, each once.
    fn candidates(&self, words: &[String]) -> Vec<usize> {
        let mut out: Vec<usize> = PersonIndex::keys(words, true)
            .iter()
            .filter_map(|key| self.persons_by_key.get(key))
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

struct Finder<'a> {
    lexicon: &'a Lexicon,
    text: &'a str,
    tokens: &'a [Token],
    /// What the lexicon knows of each token.
    words: &'a TokenWords,
}

impl<'a> Finder<'a> {
    fn word(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    fn classes(&self, i: usize) -> WordClasses {
        self.words.classes(i)
    }

    /// Whether token `i` is `word` exactly (perf: compared as bytes, not sliced as a string).
    fn is_token(&self, i: usize, word: &str) -> bool {
        self.tokens[i].bytes(self.text) == word.as_bytes()
    }

    /// Whether token `i` is one of `words`, ASCII case aside.
    fn is_word(&self, i: usize, words: &[&str]) -> bool {
        among(self.tokens[i].bytes(self.text), words)
    }

    /// [`Finder::is_word`] for a [`WordList`].
    fn is_in(&self, i: usize, list: &WordList) -> bool {
        list.contains(self.tokens[i].bytes(self.text))
    }

    /// Headlines in capitals ("CHIRAC, REAGAN DISCUSS") or title case ("UN Chief Says There Is
    /// No Military Solution"): every word is capitalized, so capitals say nothing about names.
    fn is_shouting(&self, first: usize, end: usize) -> bool {
        let tokens = &self.tokens[first..end];
        let (mut words, mut caps) = (0, 0);
        for t in tokens.iter().filter(|t| t.class == TokenClass::Word) {
            words += 1;
            caps += usize::from(t.all_caps);
        }
        if words >= 3 && caps * 10 >= words * 7 {
            return true;
        }
        // Title case needs an unterminated line (perf: tested first, it rules out most
        // sentences before their words are measured).
        let last = self.word(end - 1);
        if matches!(last, "." | "!" | "?" | "\"" | "\u{201d}") {
            return false;
        }
        let mut long_words = 0;
        for t in tokens.iter().filter(|t| t.class == TokenClass::Word) {
            // At least four characters (perf: four ASCII bytes say so without decoding).
            let word = t.text(self.text).as_bytes();
            if word.len() >= 4 && (word[..4].is_ascii() || t.text(self.text).chars().nth(3).is_some()) {
                if !t.capitalized {
                    return false;
                }
                long_words += 1;
            }
        }
        long_words >= 2
    }

    /// Bylines, credits and links: "Reuters", "(Reuters)", "Getty Images", "Heba Habib
    /// contributed to this report.", "Stella Kim reported from Seoul", "[Read: …]", "Tags",
    /// "Read more:", and in the last lines of an article a name alone on its line or a
    /// reporter's biography ("… is a freelance producer based in Seoul").
    /// `buffer` is scratch space, reused from sentence to sentence.
    fn is_credit(&self, first: usize, end: usize, marks: &[Mark], in_tail: bool, buffer: &mut String) -> bool {
        // Perf: the words are walked again where needed rather than gathered in a vector.
        let words = || (first..end).filter(|&i| self.tokens[i].class == TokenClass::Word);
        let n_words = words().count();
        if n_words == 0 {
            return true;
        }
        let opener = self.word(first);
        if opener == "[" && self.is_token(end - 1, "]") {
            return true;
        }
        // A line that is only an agency or outlet name, with brackets or punctuation at most.
        if let Some(mark) = marks.iter().find(|m| matches!(m.entry, PhraseEntry::Organization { .. })) {
            let covered = words().all(|i| i >= mark.first && i < mark.end);
            if covered && self.lexicon.organizations[org_id(mark.entry) as usize].kind == "media" {
                return true;
            }
        }
        let text = AsciiLower::new(&self.text[self.tokens[first].start..self.tokens[end - 1].end], buffer);
        let last_word = words().next_back().map_or("", |i| self.word(i));
        let starts_with_name = self.is_name_word(first);
        let phrases = CreditPhrases::get();
        let says_contributed = text.contains(&phrases.contributed);
        if CREDIT_OPENERS.iter().any(|p| text.starts_with(p))
            || (says_contributed && text.contains(&phrases.contributed_to_this_report))
            || (starts_with_name
                && (last_word.eq_ignore_ascii_case("contributed")
                    || (says_contributed && text.contains(&phrases.contributed_reporting))))
            || (starts_with_name && text.contains(&phrases.reported_from))
            || (n_words <= 2 && words().all(|i| self.classes(i).has(WordClasses::COMMON)))
        {
            return true;
        }
        if in_tail {
            let name_only = n_words <= 4 && words().all(|i| self.is_name_word(i)) && end - first == n_words;
            let biography = starts_with_name
                && phrases.biography_nouns.iter().any(|noun| text.contains(noun))
                && phrases.is_a.iter().any(|is_a| text.contains(is_a));
            return name_only || biography;
        }
        false
    }

    /// Lexicon marks of a sentence, added to `marks`: the longest acceptable phrase at each position.
    fn marks(&self, first: usize, end: usize, marks: &mut Vec<Mark>) {
        let mut i = first;
        while i < end {
            let token = &self.tokens[i];
            if token.class != TokenClass::Word || !self.lexicon.may_start_mark(self.words, i) {
                i += 1;
                continue;
            }
            match self.best_mark(i, end, first) {
                Some(mut mark) => {
                    // "US Treasury Secretary": a title that starts inside a name and runs past
                    // it wins the overlap; the name is cut before it.
                    if !matches!(mark.entry, PhraseEntry::Title { .. })
                        && let Some(cut) = (i + 1..mark.end).find(|&p| self.title_ends_after(p, mark.end, end))
                    {
                        match self.best_mark(i, cut, first) {
                            Some(shorter) => mark = shorter,
                            None => {
                                i = cut;
                                continue;
                            }
                        }
                    }
                    let end_of_mark = self.portfolio_end(mark.entry, mark.end, end);
                    marks.push(Mark { end: end_of_mark, ..mark });
                    i = end_of_mark;
                }
                None => i += 1,
            }
        }
    }

    /// The longest acceptable lexicon phrase (not a cue) starting at `i` and ending by `end`.
    fn best_mark(&self, i: usize, end: usize, sentence_first: usize) -> Option<Mark> {
        // An ambiguous organization name ("Labour", "Time") at a sentence's start is a word.
        let opens_sentence = i == sentence_first
            || (i == sentence_first + 1 && matches!(self.word(sentence_first), "\"" | "\u{201c}" | "\u{2018}" | "'"));
        self.lexicon.phrases_iter(self.words, i, end).find_map(|found| {
            let entry = found.entries.iter().copied().find(|entry| {
                let word_at_start =
                    opens_sentence && matches!(entry, PhraseEntry::Organization { ambiguous: true, .. });
                !(matches!(entry, PhraseEntry::Cue { .. }) || word_at_start)
                    && self.lexicon.case_fits(entry, self.text, self.tokens, found.first, found.end)
            })?;
            Some(Mark { first: found.first, end: found.end, entry })
        })
    }

    /// Whether a title phrase starts at `p` and ends after `after`.
    fn title_ends_after(&self, p: usize, after: usize, end: usize) -> bool {
        self.lexicon.phrases_iter(self.words, p, end).any(|m| {
            m.end > after
                && m.entries.iter().any(|e| {
                    matches!(e, PhraseEntry::Title { .. })
                        && self.lexicon.case_fits(e, self.text, self.tokens, m.first, m.end)
                })
        })
    }

    /// "Secretary of Energy", "Minister for Foreign Affairs", "Minister of the Interior": a
    /// portfolio in capitals after a minister's or secretary's title belongs to the title.
    fn portfolio_end(&self, entry: PhraseEntry, mark_end: usize, sent_end: usize) -> usize {
        let PhraseEntry::Title { id, plural: false } = entry else { return mark_end };
        if self.lexicon.titles[id as usize].class != TitleClass::Minister
            || mark_end + 1 >= sent_end
            || !self.is_word(mark_end, &["of", "for"])
        {
            return mark_end;
        }
        let mut j = mark_end + 1;
        if self.is_word(j, &["the"]) {
            j += 1;
        }
        let start = j;
        while j < sent_end
            && self.is_name_word(j)
            && !self.classes(j).has(WordClasses::FUNCTION)
            && self.words.given_name(j).is_none()
            && !self
                .lexicon
                .phrases_iter(self.words, j, j + 1)
                .any(|m| m.entries.iter().any(|e| matches!(e, PhraseEntry::Country { .. } | PhraseEntry::Title { .. })))
        {
            j += 1;
            // "Foreign Affairs", "Trade and Industry".
            if j + 1 < sent_end && self.is_word(j, &["and"]) && self.is_name_word(j + 1) {
                j += 1;
            }
        }
        if j == start || self.is_word(j - 1, &["and"]) { mark_end } else { j }
    }

    fn is_name_word(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.class == TokenClass::Word && t.capitalized
    }

    /// Capitalized runs with their lexicon marks split off, as person candidates of sentence
    /// `sentence`, added to `out`. The runs found are added to `runs`.
    fn candidates(
        &self,
        sentence: usize,
        first: usize,
        end: usize,
        marks: &[Mark],
        runs: RunsFound<&mut Vec<(usize, usize)>>,
        out: &mut Vec<(usize, Candidate)>,
    ) {
        for (run_first, run_end) in self.runs(first, end) {
            if self.run_is_organization(run_first, run_end, marks) {
                runs.organizations.push((run_first, run_end));
                continue;
            }
            for (seg_first, seg_end) in self.unmarked_segments(run_first, run_end, marks) {
                let Some((core_first, core_end)) = self.trim_core(seg_first, seg_end) else { continue };
                runs.cores.push((core_first, core_end));
                if let Some(candidate) = self.candidate(core_first, core_end, first, end, marks) {
                    out.push((sentence, candidate));
                }
            }
        }
    }

    /// Maximal runs of capitalized words, initials, inner particles and hyphen-joined parts.
    /// Perf: found lazily, so no vector is allocated per sentence.
    fn runs(&self, first: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut i = first;
        std::iter::from_fn(move || {
            while i < end && !self.is_name_word(i) {
                i += 1;
            }
            if i >= end {
                return None;
            }
            let start = i;
            let j = self.run_end(start, end);
            i = j;
            Some((start, j))
        })
    }

    /// The end of the run of name words that starts at `start`.
    fn run_end(&self, start: usize, end: usize) -> usize {
        let mut j = start + 1;
        loop {
            if j >= end {
                break;
            }
            let t = &self.tokens[j];
            if self.is_name_word(j) && t.space_before {
                j += 1;
            } else if t.class == TokenClass::Punct && !t.space_before && self.is_token(j, "-") {
                // "Jong-un", "al-Sisi": a hyphen glued on both sides continues the name.
                if j + 1 < end && !self.tokens[j + 1].space_before && self.tokens[j + 1].class == TokenClass::Word {
                    j += 2;
                } else {
                    break;
                }
            } else if self.classes(start).has(WordClasses::PEERAGE)
                && j + 1 < end
                && self.is_name_word(j + 1)
                && self.is_word(j, &["of"])
            {
                // "Lord Irvine of Lairg": a peer's territorial designation.
                j += 1;
            } else if t.class == TokenClass::Word
                && !t.capitalized
                && j + 1 < end
                && (self.is_name_word(j + 1) || (self.is_token(j + 1, "-") && !self.tokens[j + 1].space_before))
                // Last: the word list is the costly test, and most runs end before a word that
                // could not continue them anyway.
                && self.is_in(j, &NAME_PARTICLES)
            {
                j += 1;
            } else {
                break;
            }
        }
        j
    }

    /// A run that ends in "Party", "Council", "Street" … names an organization or place, unless
    /// the lexicon says the last word belongs to a country form ("White House").
    fn run_is_organization(&self, first: usize, end: usize, marks: &[Mark]) -> bool {
        let last = end - 1;
        let classes = self.classes(last);
        if !classes.has(WordClasses::ORG_HEAD | WordClasses::PLACE_HEAD) {
            return false;
        }
        if end - first < 2 {
            return false;
        }
        // "UK Government", "U.S. Embassy": the country and a word, not an organization's name.
        if marks.iter().any(|m| m.first == first && m.end == last && matches!(m.entry, PhraseEntry::Country { .. })) {
            return false;
        }
        !marks.iter().any(|m| {
            m.first <= last
                && last < m.end
                && matches!(m.entry, PhraseEntry::Country { .. } | PhraseEntry::Title { .. })
        })
    }

    /// Parts of a run not covered by lexicon marks. A mark of an ambiguous form ("Jordan") or a
    /// capital right after a given name ("George Washington") stays part of the name.
    ///
    /// Perf: found lazily, so no vector is allocated per run.
    fn unmarked_segments<'m>(
        &'m self,
        first: usize,
        end: usize,
        marks: &'m [Mark],
    ) -> impl Iterator<Item = (usize, usize)> + 'm {
        let mut i = first;
        std::iter::from_fn(move || {
            let mut start = None;
            while i < end {
                // A mark may start before the run: "Secretary of State" ends in the run "State George Shultz".
                let mark = marks.iter().find(|m| m.first <= i && i < m.end);
                let keep_as_name = match mark {
                    None => true,
                    Some(m) => self.mark_is_part_of_name(m, first, end, start.is_some()),
                };
                if keep_as_name {
                    if start.is_none() {
                        start = Some(i);
                    }
                    i += 1;
                } else {
                    let segment = start.map(|s| (s, i));
                    i = mark.map_or(i + 1, |m| m.end.min(end));
                    if segment.is_some() {
                        return segment;
                    }
                }
            }
            start.map(|s| (s, end))
        })
    }

    fn mark_is_part_of_name(&self, mark: &Mark, _run_first: usize, run_end: usize, inside_name: bool) -> bool {
        match mark.entry {
            PhraseEntry::Country { ambiguous, form, .. } => {
                let next_is_name = mark.end < run_end && self.is_name_word(mark.end);
                let given = self.words.given_name(mark.first).is_some();
                (ambiguous && (given || inside_name) && (next_is_name || inside_name))
                    || (inside_name
                        && matches!(form, CountryForm::Capital | CountryForm::Name)
                        && mark.end == mark.first + 1)
                    || (given && next_is_name && mark.end == mark.first + 1 && form != CountryForm::Demonym)
            }
            // "Kevin King", "John Major": a one-word title ending a name that starts with a given name.
            // "Bandar bin Sultan": after a name particle too.
            PhraseEntry::Title { .. } => {
                inside_name
                    && mark.end == mark.first + 1
                    && mark.end == run_end
                    && mark.first > 0
                    && (self.words.given_name(mark.first - 1).is_some() || self.is_in(mark.first - 1, &NAME_PARTICLES))
            }
            // "Gerald Ford", "Andrew Carnegie": a one-word organization after a given name.
            PhraseEntry::Organization { .. } => {
                inside_name
                    && mark.end == mark.first + 1
                    && mark.first > 0
                    && self.words.given_name(mark.first - 1).is_some()
            }
            PhraseEntry::Place => false,
            PhraseEntry::Cue { .. } => true,
        }
    }

    /// Weighs the evidence that a name core names a person.
    fn candidate(
        &self,
        core_first: usize,
        core_end: usize,
        sent_first: usize,
        sent_end: usize,
        marks: &[Mark],
    ) -> Option<Candidate> {
        // Perf: the words are walked twice rather than gathered in a vector per candidate.
        let words =
            || (core_first..core_end).filter(|&i| self.tokens[i].class == TokenClass::Word && !self.is_token(i, "-"));
        let n_words = words().count();
        let family_first = self.words.is_family_name_first(core_first);
        if words().any(|i| {
            let c = self.classes(i);
            c.has(WordClasses::TIME | WordClasses::COMMON | WordClasses::ORG_HEAD | WordClasses::PLACE_HEAD)
                // "Liu He": after a family name written first, any syllable can be a given name.
                || (c.has(WordClasses::FUNCTION) && self.tokens[i].capitalized && i != core_first && !family_first)
        }) {
            return None;
        }
        let (title_before, honorific_gender) = self.title_before(core_first, sent_first, marks);
        let given = self.words.given_name(core_first);
        let apposition = self.apposition_title_after(core_end, sent_end, marks);
        let strong_context = self.kin_before(core_first, sent_first)
            || self.administration_after(core_end, sent_end)
            || apposition == Some(Apposition::Age);
        if core_first > sent_first && self.is_word(core_first - 1, &["the", "a", "an"]) && !strong_context {
            // A determiner before it makes a thing, not a person: "the Zvezda news outlet".
            return None;
        }
        let evidence = if title_before || strong_context || (n_words >= 2 && apposition == Some(Apposition::Title)) {
            Some(NameEvidence::Title)
        } else if n_words >= 2 && (given.is_some() || (family_first && n_words <= 3)) {
            Some(NameEvidence::GivenName)
        } else if (2..=4).contains(&n_words) && self.speech_context(core_first, core_end, sent_first, sent_end) {
            Some(NameEvidence::Context)
        } else {
            None
        };
        let honorific_gender =
            if honorific_gender == Gender::Unknown { given.unwrap_or(Gender::Unknown) } else { honorific_gender };
        Some(Candidate { first: core_first, end: core_end, evidence, honorific_gender })
    }

    /// Drops leading function and time words ("But", "On Thursday") and trailing time words.
    fn trim_core(&self, mut first: usize, mut end: usize) -> Option<(usize, usize)> {
        while first < end {
            let c = self.classes(first);
            // "He Jianxiong": a pronoun that is also a surname, before a capitalized word.
            let surname_pronoun = c.has(WordClasses::PRONOUN_M | WordClasses::PRONOUN_F)
                && self.tokens[first].capitalized
                && !self.tokens[first].all_caps
                && first + 1 < end
                && self.is_name_word(first + 1)
                && !self.classes(first + 1).has(WordClasses::FUNCTION | WordClasses::TIME);
            let ordinary_word = c.has(WordClasses::FUNCTION | WordClasses::TIME)
                && self.words.given_name(first).is_none()
                && !surname_pronoun;
            let not_a_word = self.tokens[first].class != TokenClass::Word || self.is_token(first, "-");
            if !(ordinary_word || not_a_word) {
                break;
            }
            first += 1;
        }
        while end > first && self.classes(end - 1).has(WordClasses::TIME) {
            end -= 1;
        }
        while end > first && (self.is_token(end - 1, "-") || self.is_in(end - 1, &NAME_PARTICLES)) {
            end -= 1;
        }
        (first < end).then_some((first, end))
    }

    /// An office title or honorific right before the name ("President Putin", "Kremlin aide
    /// Yuri Ushakov", "Mr Chirac"); returns the gender an honorific implies.
    fn title_before(&self, core_first: usize, sent_first: usize, marks: &[Mark]) -> (bool, Gender) {
        if core_first == sent_first {
            return (false, Gender::Unknown);
        }
        let Some(mark) = marks.iter().find(|m| m.end == core_first) else {
            return (false, Gender::Unknown);
        };
        let PhraseEntry::Title { id, plural } = mark.entry else { return (false, Gender::Unknown) };
        let title = &self.lexicon.titles[id as usize];
        let gender = match title.canonical.as_str() {
            "mr" | "lord" | "sir" | "baron" | "king" | "prince" | "duke" | "sheikh" => Gender::Male,
            "mrs" | "ms" | "miss" | "lady" | "baroness" | "dame" | "queen" | "princess" | "duchess" => Gender::Female,
            _ => Gender::Unknown,
        };
        // Plural titles introduce lists ("envoys Steve Witkoff and Jared Kushner"): the names
        // there need evidence of their own.
        (!plural, gender)
    }

    /// ", a veteran diplomat", ", the leader of the PPP", ", 75,": an apposition that only a
    /// person takes.
    fn apposition_title_after(&self, core_end: usize, sent_end: usize, marks: &[Mark]) -> Option<Apposition> {
        if core_end >= sent_end || !self.is_token(core_end, ",") {
            return None;
        }
        let mut i = core_end + 1;
        if i < sent_end && self.tokens[i].class == TokenClass::Number {
            // ", 75," — an age.
            let closed = i + 1 < sent_end && matches!(self.word(i + 1), "," | ")");
            return closed.then_some(Apposition::Age);
        }
        let limit = (i + 6).min(sent_end);
        while i < limit {
            if let Some(mark) = marks.iter().find(|m| m.first == i) {
                match mark.entry {
                    PhraseEntry::Title { id, plural: false } => {
                        return self.lexicon.titles[id as usize].class.is_office().then_some(Apposition::Title);
                    }
                    PhraseEntry::Title { .. } => return None,
                    _ => {
                        i = mark.end;
                        if i < sent_end && self.tokens[i].class == TokenClass::Possessive {
                            i += 1;
                        }
                        continue;
                    }
                }
            }
            if self.tokens[i].class == TokenClass::Punct
                || (self.tokens[i].capitalized && !self.is_word(i, &["The", "A", "An"]))
            {
                return None;
            }
            let allowed_function_word = self.is_word(i, &["a", "an", "the", "former", "then", "now", "also"]);
            if self.classes(i).has(WordClasses::FUNCTION) && !allowed_function_word {
                return None;
            }
            i += 1;
        }
        None
    }

    /// "his father, Hori Parata", "his son Kauri": a kinship noun right before the name.
    fn kin_before(&self, core_first: usize, sent_first: usize) -> bool {
        let mut i = core_first;
        if i > sent_first && self.is_token(i - 1, ",") {
            i -= 1;
        }
        // The word before, with hyphenated compounds taken whole ("son-in-law").
        let end = i;
        while i > sent_first && !self.tokens[i - 1].space_before && i - 1 > sent_first {
            i -= 1;
        }
        if end == sent_first || i >= end {
            return false;
        }
        let start = if self.tokens[i].space_before { i } else { i - 1 };
        let compound = &self.text[self.tokens[start.max(sent_first)].start..self.tokens[end - 1].end];
        self.lexicon.word_classes(compound).has(WordClasses::KIN)
    }

    /// "Biden administration", "the Trump administration": only a person names one.
    fn administration_after(&self, core_end: usize, sent_end: usize) -> bool {
        core_end < sent_end && self.is_word(core_end, &["administration"])
    }

    /// "X said", "said X", "according to X", "X told", "X, who": a run in speaker position.
    fn speech_context(&self, first: usize, end: usize, sent_first: usize, sent_end: usize) -> bool {
        let is_say = |i: usize| -> bool { self.cue_at(i, sent_end, CueFamily::Say).is_some() };
        if end < sent_end && is_say(end) {
            return true;
        }
        // "Ajmi Lourimi, a member of Ennahda's general secretariat, said".
        if end < sent_end && self.is_token(end, ",") {
            let limit = (end + 20).min(sent_end);
            let next_stop = (end + 1..limit).find(|&i| matches!(self.word(i), "," | "." | ";" | ":"));
            if next_stop.is_some_and(|comma| self.is_token(comma, ",") && comma + 1 < sent_end && is_say(comma + 1)) {
                return true;
            }
        }
        if end + 1 < sent_end && self.is_token(end, ",") && self.is_word(end + 1, &["who"]) {
            return true;
        }
        if first > sent_first {
            let before = first - 1;
            if is_say(before) && (end >= sent_end || matches!(self.word(end), "." | "," | ";")) {
                return true;
            }
            if before > sent_first && self.is_word(before, &["to"]) && self.is_word(before - 1, &["according"]) {
                return true;
            }
        }
        false
    }

    /// The end of a cue of `family` starting at token `i`, if any.
    fn cue_at(&self, i: usize, sent_end: usize, family: CueFamily) -> Option<usize> {
        self.lexicon
            .phrases_iter(self.words, i, sent_end)
            .find(|m| m.entries.iter().any(|e| matches!(e, PhraseEntry::Cue { family: f } if *f == family)))
            .map(|m| m.end)
    }

    /// Groups candidates with evidence into the article's persons, and returns them with their index.
    fn group_persons(&self, candidates: &[(usize, Candidate)]) -> (Vec<PersonEntity>, PersonIndex) {
        // A name whose last word is the surname of a person with evidence is a person too
        // ("Hori Parata" once "Parata, 75," is known).
        // Each candidate's words, folded once (perf: they were folded up to three times).
        let mut words_of: Vec<Vec<String>> = candidates.iter().map(|(_, c)| self.name_words(c.first, c.end)).collect();
        let surnames: HashSet<String> = candidates
            .iter()
            .zip(&words_of)
            .filter(|((_, c), _)| c.evidence.is_some())
            .filter_map(|(_, words)| words.last().cloned())
            .collect();
        let known_surname = |words: &[String]| words.len() >= 2 && words.last().is_some_and(|w| surnames.contains(w));
        // Longest names first, so short forms find the full name they belong to.
        let mut accepted: Vec<(usize, &Candidate)> = candidates
            .iter()
            .enumerate()
            .filter(|&(at, (_, c))| c.evidence.is_some() || known_surname(&words_of[at]))
            .map(|(at, (_, c))| (at, c))
            .collect();
        // The number of words of each name (`name_words(..).len()`), counted without folding them.
        accepted.sort_by_key(|(_, c)| {
            std::cmp::Reverse((c.first..c.end).filter(|&i| self.tokens[i].class == TokenClass::Word).count())
        });
        let mut persons: Vec<PersonEntity> = Vec::new();
        let mut index = PersonIndex::default();
        for (at, candidate) in accepted {
            let name = self.surface(candidate.first, candidate.end).into_owned();
            // Each candidate is accepted once: its words can be moved out.
            let words = std::mem::take(&mut words_of[at]);
            if words.is_empty() {
                continue;
            }
            let matches = self.matching_persons(&persons, &index, &words);
            if let Some(&matched) = matches.first() {
                let person = &mut persons[matched];
                if person.gender == Gender::Unknown {
                    person.gender = candidate.honorific_gender;
                }
                if name != person.name && !person.aliases.contains(&name) {
                    person.notes.push(format!("\"{name}\" is a shorter form of \"{}\"", person.name));
                    person.aliases.push(name);
                }
                continue;
            }
            let gender =
                self.lexicon.given_name(&words[0]).filter(|_| words.len() >= 2).unwrap_or(candidate.honorific_gender);
            let gender =
                if candidate.honorific_gender != Gender::Unknown { candidate.honorific_gender } else { gender };
            index.add(persons.len(), &words);
            persons.push(PersonEntity { name, aliases: Vec::new(), words, gender, mentions: 0, notes: Vec::new() });
        }
        (persons, index)
    }

    /// Folded words of a name, without hyphens ("Kim Jong-un" → kim, jong, un).
    fn name_words(&self, first: usize, end: usize) -> Vec<String> {
        (first..end)
            .filter(|&i| self.tokens[i].class == TokenClass::Word)
            .map(|i| crate::lexicon::fold(self.word(i).trim_end_matches('.')))
            .collect()
    }

    /// The text of tokens `first..end` with each run of white space made one space. Most
    /// names are already written so, and are borrowed: a linked mention then costs no string.
    /// [`Finder::name_words`] written into `words`, reusing its strings.
    fn fill_name_words(&self, first: usize, end: usize, words: &mut Vec<String>) {
        let mut count = 0;
        for i in (first..end).filter(|&i| self.tokens[i].class == TokenClass::Word) {
            if count == words.len() {
                words.push(String::new());
            }
            let word = &mut words[count];
            word.clear();
            crate::lexicon::push_folded(word, self.word(i).trim_end_matches('.'));
            count += 1;
        }
        words.truncate(count);
    }

    fn surface(&self, first: usize, end: usize) -> Cow<'a, str> {
        let raw = &self.text[self.tokens[first].start..self.tokens[end - 1].end];
        // Printable ASCII with single inner spaces is its own normal form; anything else
        // (other white space, non-ASCII, doubled spaces) takes the general path.
        let mut after_space = true;
        let simple = raw.bytes().all(|b| {
            let ok = (0x20..0x80).contains(&b) && !(b == b' ' && after_space);
            after_space = b == b' ';
            ok
        }) && !after_space;
        if simple { Cow::Borrowed(raw) } else { Cow::Owned(raw.split_whitespace().collect::<Vec<_>>().join(" ")) }
    }

    /// Persons whose name `words` could be a form of: the same words, a shorter tail
    /// ("Manuel Barroso" of "Jose Manuel Barroso"), the surname alone, or the family name of a
    /// name written family-first ("Xi" of "Xi Jinping"). Never a different middle name: "George
    /// Bush" is not "George W. Bush" unless only initials differ inside one article.
    fn matching_persons(&self, persons: &[PersonEntity], index: &PersonIndex, words: &[String]) -> Vec<usize> {
        let mut out = index.candidates(words);
        out.retain(|&i| person_matches(&persons[i].words, words, self.lexicon));
        out
    }

    /// Builds the items of a sentence and links person mentions to the article's persons.
    /// `runs` are the sentence's runs as [`Finder::candidates`] found them; `None` for a
    /// headline in capitals, whose runs are read a word at a time.
    fn items(
        &self,
        bounds: Bounds,
        marks: &[Mark],
        runs: Option<RunsFound<&[(usize, usize)]>>,
        known: &mut KnownPersons,
    ) -> Vec<Item> {
        let Bounds { sentence, first, end } = bounds;
        let shouting = runs.is_none();
        let mut items = Vec::with_capacity(end - first);
        let mut person_spans: Vec<(usize, usize, usize)> = Vec::new();
        let mut shouted_organizations = Vec::new();
        let mut shouted_cores = Vec::new();
        let RunsFound { organizations: organization_spans, cores } = match runs {
            Some(runs) => runs,
            None => {
                for (run_first, run_end) in self.runs(first, end) {
                    if self.run_is_organization(run_first, run_end, marks) {
                        shouted_organizations.push((run_first, run_end));
                    } else {
                        shouted_cores.extend((run_first..run_end).filter_map(|i| self.trim_core(i, i + 1)));
                    }
                }
                RunsFound { organizations: &shouted_organizations[..], cores: &shouted_cores[..] }
            }
        };
        for &(core_first, core_end) in cores {
            if let Some(index) = self.link_person(sentence, core_first, core_end, known, shouting) {
                known.persons[index].mentions += 1;
                known.last_seen[index] = sentence + 1;
                let name = self.surface(core_first, core_end);
                self.note_alias(&mut known.persons[index], name, core_first, first, marks);
                person_spans.push((core_first, core_end, index));
            }
        }
        // Spans and marks are in text order, as `i` is: each is found by a cursor moving with
        // `i`, not by a search per token.
        let (mut next_person, mut next_organization, mut next_mark) = (0, 0, 0);
        let mut quoted = false;
        let mut i = first;
        while i < end {
            // The tokens before the next span or mark are words (perf: most tokens, built
            // without asking the cursors at each).
            let next_special = [
                next_start(&person_spans, &mut next_person, i, |s| s.0),
                next_start(organization_spans, &mut next_organization, i, |s| s.0),
                next_start(marks, &mut next_mark, i, |m| m.first),
            ]
            .into_iter()
            .fold(end, usize::min);
            while i < next_special {
                let item = self.word_item(i);
                i += 1;
                self.push_item(&mut items, &mut quoted, item);
            }
            if i == end {
                break;
            }
            let person = at_position(&person_spans, &mut next_person, i, |s| s.0);
            let organization = at_position(organization_spans, &mut next_organization, i, |s| s.0);
            let item = if let Some(&(p_first, p_end, index)) = person {
                Item { person: Some(index), ..Item::new(ItemKind::Person(index), p_first, p_end) }
            } else if let Some(&(o_first, o_end)) = organization {
                // Countries inside an organization's name still count as mentions.
                for mark in marks.iter().filter(|m| m.first >= o_first && m.end <= o_end) {
                    if let PhraseEntry::Country { id, form, .. } = mark.entry {
                        let country =
                            Item::new(ItemKind::Country { id, form, inside_name: true }, mark.first, mark.end);
                        self.push_item(&mut items, &mut quoted, country);
                    }
                }
                let lexicon_org =
                    marks.iter().find(|m| m.first == o_first && m.end == o_end).and_then(|m| match m.entry {
                        PhraseEntry::Organization { id, .. } => Some(id),
                        _ => None,
                    });
                Item::new(ItemKind::Organization { id: lexicon_org }, o_first, o_end)
            } else if let Some(mark) = at_position(marks, &mut next_mark, i, |m| m.first) {
                let kind = match mark.entry {
                    PhraseEntry::Country { id, form, ambiguous, .. } => {
                        if ambiguous && !self.ambiguous_country_fits(mark, first, end) {
                            ItemKind::Word
                        } else {
                            ItemKind::Country { id, form, inside_name: false }
                        }
                    }
                    PhraseEntry::Title { id, plural } => ItemKind::Title { id, plural },
                    PhraseEntry::Organization { id, .. } => ItemKind::Organization { id: Some(id) },
                    PhraseEntry::Place => ItemKind::Place,
                    PhraseEntry::Cue { .. } => ItemKind::Word,
                };
                Item::new(kind, mark.first, mark.end)
            } else {
                self.word_item(i)
            };
            i = item.end.max(i + 1);
            self.push_item(&mut items, &mut quoted, item);
        }
        items
    }

    /// The item of token `i` where no span or mark starts: a pronoun or a word.
    fn word_item(&self, i: usize) -> Item {
        let classes = self.classes(i);
        let kind = if self.tokens[i].class == TokenClass::Word
            && classes.has(WordClasses::PRONOUN_M | WordClasses::PRONOUN_F)
        {
            let gender = if classes.has(WordClasses::PRONOUN_M) { Gender::Male } else { Gender::Female };
            let possessive = self.is_word(i, &["his", "her", "hers"]);
            ItemKind::Pronoun { gender, possessive }
        } else {
            ItemKind::Word
        };
        Item::new(kind, i, i + 1)
    }

    /// Adds an item to a sentence's items: a possessive ending is attached to the item before
    /// it instead, and what is inside quotation marks is marked so (`quoted` carries that
    /// state from item to item).
    fn push_item(&self, items: &mut Vec<Item>, quoted: &mut bool, mut item: Item) {
        let single_word = item.kind == ItemKind::Word && item.end == item.first + 1;
        // Quotation marks are punctuation (perf: words are not compared with them).
        if single_word && self.tokens[item.first].class == TokenClass::Punct {
            match self.word(item.first) {
                "\u{201c}" => *quoted = true,
                "\u{201d}" => *quoted = false,
                "\"" => *quoted = !*quoted,
                _ => {}
            }
        }
        item.in_quote = *quoted;
        if single_word
            && self.tokens[item.first].class == TokenClass::Possessive
            && let Some(prev) = items.last_mut()
            && prev.end == item.first
        {
            prev.possessive = true;
            return;
        }
        items.push(item);
    }

    /// An ambiguous form ("Georgia", "Jordan", "Chad") counts as a country after a place
    /// preposition, before a possessive or "government", or beside another country.
    fn ambiguous_country_fits(&self, mark: &Mark, first: usize, end: usize) -> bool {
        let before = (mark.first > first).then(|| mark.first - 1);
        let after = (mark.end < end).then_some(mark.end);
        let place_preposition = before.is_some_and(|b| {
            self.is_word(b, &["in", "to", "from", "of", "with", "against", "and", "visit", "visited"])
        });
        let possessive_or_noun = after.is_some_and(|a| {
            self.tokens[a].class == TokenClass::Possessive
                || self.classes(a).has(WordClasses::NATIONALITY_NOUN)
                || self.classes(a).has(WordClasses::ORG_HEAD)
        });
        let next_is_name = after.is_some_and(|a| self.is_name_word(a));
        (place_preposition
            || possessive_or_noun
            || self.word(mark.first).chars().nth(1).is_some() && self.tokens[mark.first].all_caps)
            && !next_is_name
    }

    /// The person a name core refers to: an exact or longer form, or a short form resolved to
    /// the most recently mentioned person it fits.
    fn link_person(
        &self,
        sentence: usize,
        first: usize,
        end: usize,
        known: &mut KnownPersons,
        shouting: bool,
    ) -> Option<usize> {
        let KnownPersons { persons, last_seen, index, words } = known;
        self.fill_name_words(first, end, words);
        let words = words.as_slice();
        if words.is_empty() {
            return None;
        }
        if shouting && words.len() == 1 && self.classes(first).has(WordClasses::FUNCTION) {
            return None;
        }
        let matches = self.matching_persons(persons, index, words);
        match matches.len() {
            0 => None,
            1 => Some(matches[0]),
            _ => {
                // A short form shared by several persons ("Lee", "Kim"): the exact name first,
                // then one named in the last two sentences, then the one named most.
                if let Some(&exact) = matches.iter().find(|&&i| persons[i].words == words) {
                    return Some(exact);
                }
                let recent = |i: usize| last_seen[i] > 0 && last_seen[i] + 2 > sentence;
                matches.iter().copied().max_by_key(|&i| (recent(i), persons[i].mentions, last_seen[i]))
            }
        }
    }

    /// Records the surface form used, and the form with a leading honorific or head-of-state
    /// title ("President Putin", "Mr Chirac", "Lord Goldsmith").
    fn note_alias(
        &self,
        person: &mut PersonEntity,
        name: Cow<'a, str>,
        core_first: usize,
        sent_first: usize,
        marks: &[Mark],
    ) {
        let titled =
            (core_first > sent_first).then(|| marks.iter().find(|m| m.end == core_first)).flatten().and_then(|mark| {
                match mark.entry {
                    PhraseEntry::Title { id, plural: false }
                        if matches!(
                            self.lexicon.titles[id as usize].class,
                            TitleClass::Honorific | TitleClass::Royal | TitleClass::Head
                        ) =>
                    {
                        Some(Cow::Owned(format!("{} {}", self.surface(mark.first, mark.end), name)))
                    }
                    _ => None,
                }
            });
        for form in std::iter::once(name).chain(titled) {
            // Compared borrowed: the form is copied only when it is new.
            if *form != *person.name && !person.aliases.iter().any(|alias| *alias == *form) {
                person.aliases.push(form.into_owned());
            }
        }
    }
}

/// Where the first of `spans` (in order of position) that starts at or after `position`
/// starts, `usize::MAX` for none; `cursor` moves as for [`at_position`].
fn next_start<T>(spans: &[T], cursor: &mut usize, position: usize, start: impl Fn(&T) -> usize) -> usize {
    while spans.get(*cursor).is_some_and(|s| start(s) < position) {
        *cursor += 1;
    }
    spans.get(*cursor).map_or(usize::MAX, start)
}

/// The first of `spans` (in order of position) that starts at `position`, found by moving
/// `cursor` forward past those that start before it; positions must be asked in increasing
/// order. What `spans.iter().find(|s| start(s) == position)` gives, without rescanning.
fn at_position<'s, T>(
    spans: &'s [T],
    cursor: &mut usize,
    position: usize,
    start: impl Fn(&T) -> usize,
) -> Option<&'s T> {
    (next_start(spans, cursor, position, start) == position).then(|| &spans[*cursor])
}

fn org_id(entry: PhraseEntry) -> OrganizationId {
    match entry {
        PhraseEntry::Organization { id, .. } => id,
        _ => 0,
    }
}

fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

/// Whether `words` can name the person whose full name is `full` within one article.
/// [`PersonIndex::keys`] must stay in step: each way to match needs a key there.
pub(crate) fn person_matches(full: &[String], words: &[String], lexicon: &Lexicon) -> bool {
    if full == words {
        return true;
    }
    // Called for every capitalized run and the persons it may name: no allocation here.
    fn without_initials(words: &[String]) -> impl Iterator<Item = &String> + '_ {
        words.iter().filter(|x| x.chars().nth(1).is_some())
    }
    match words.len() {
        0 => false,
        1 => {
            let word = &words[0];
            full.len() >= 2
                && (full.last() == Some(word)
                    || (full.first() == Some(word) && lexicon.is_family_name_first(word))
                    // "Prince Abdulaziz" of "Abdulaziz bin Salman": Arabic names go by the first.
                    || (full.first() == Some(word) && full.iter().any(|w| matches!(w.as_str(), "bin" | "ibn" | "bint")))
                    // "Jong-un" is written "Jong Un": the hyphenated tail as one word.
                    || is_concatenation(full, word))
        }
        _ => {
            if words.len() < full.len() && full.ends_with(words) {
                return true;
            }
            // Only initials differ: "Donald J. Trump" and "Donald Trump".
            if full.first() == words.first()
                && without_initials(full).nth(1).is_some()
                && without_initials(full).eq(without_initials(words))
            {
                return true;
            }
            // The given names alone: "Te Kaurinui" of "Te Kaurinui Robert Parata".
            if words.len() >= 2 && full.starts_with(words) {
                return true;
            }
            // A middle name dropped: "Te Kaurinui Parata" of "Te Kaurinui Robert Parata".
            words.len() < full.len()
                && full.first() == words.first()
                && full.last() == words.last()
                && is_subsequence(words, full)
        }
    }
}

/// FNV-1a of the bytes of `parts` one after the other: words written together hash as their
/// concatenation ("jong", "un" as "jongun").
fn key_hash<'w>(parts: impl Iterator<Item = &'w String>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in parts.flat_map(|part| part.bytes()) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Whether `word` is the words of `parts` written together (`parts.join("") == word`).
fn is_concatenation(parts: &[String], word: &str) -> bool {
    let mut rest = word;
    for part in parts {
        match rest.strip_prefix(part.as_str()) {
            Some(tail) => rest = tail,
            None => return false,
        }
    }
    rest.is_empty()
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use proptest::prelude::*;

    use super::*;

    const WORDS: &[&str] = &[
        "putin", "vladimir", "xi", "jinping", "bin", "salman", "j", "te", "kaurinui", "robert", "parata", "jong", "un",
        "jongun",
    ];

    fn lexicon() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::builtin)
    }

    fn name() -> impl Strategy<Value = Vec<String>> {
        prop::collection::vec(prop::sample::select(WORDS).prop_map(String::from), 1..5)
    }

    #[test]
    fn a_sentence_notes_the_kinds_of_its_items() {
        let items = vec![
            Item::new(ItemKind::Word, 0, 1),
            Item::new(ItemKind::Title { id: 0, plural: false }, 1, 2),
            Item::new(ItemKind::Country { id: 0, form: CountryForm::Name, inside_name: true }, 2, 3),
        ];
        let kinds = SentenceItems::new(items, false).kinds;
        assert!(kinds.has(ItemKinds::WORD) && kinds.has(ItemKinds::TITLE));
        // A country inside an organization's name is not one the rules look for.
        assert!(!kinds.has(ItemKinds::COUNTRY) && !kinds.has(ItemKinds::PERSON) && !kinds.has(ItemKinds::PRONOUN));
    }

    #[test]
    fn the_credit_phrases_can_be_matched_ascii_lower_cased() {
        let phrases = CREDIT_OPENERS.iter().chain(BIOGRAPHY_NOUNS).chain(&CREDIT_PHRASES).chain(&["contributed"]);
        for phrase in phrases {
            assert!(
                phrase.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'k') && !phrase.ends_with('i'),
                "{phrase:?} cannot be matched with `AsciiLower`"
            );
        }
        // The only characters whose lower case holds ASCII, which the phrases avoid.
        for c in (0x80..=0x10ffff).filter_map(char::from_u32) {
            let lower = c.to_lowercase().to_string();
            assert!(!lower.bytes().any(|b| b.is_ascii()) || matches!(c, '\u{130}' | '\u{212a}'), "{c:?}");
        }
        let mut buffer = String::new();
        let text = AsciiLower::new("Photo: Reuters. HEBA Habib Contributed to this Report", &mut buffer);
        let phrases = CreditPhrases::get();
        assert!(text.starts_with("photo:") && text.contains(&phrases.contributed_to_this_report));
        assert!(!text.contains(&phrases.reported_from));
    }

    proptest! {
        /// The index may offer persons that do not match, never miss one that does.
        #[test]
        fn the_person_index_offers_every_person_a_form_matches(
            persons in prop::collection::vec(name(), 1..12),
            form in name(),
        ) {
            let mut index = PersonIndex::default();
            for (i, words) in persons.iter().enumerate() {
                index.add(i, words);
            }
            let offered = index.candidates(&form);
            for (i, words) in persons.iter().enumerate() {
                if person_matches(words, &form, lexicon()) {
                    prop_assert!(offered.contains(&i), "{form:?} matches {words:?} but the index does not offer it");
                }
            }
        }
    }
}
