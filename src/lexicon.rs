//! Lexicons: countries, titles, given names, organizations, cue words — data, not code.
//!
//! The built-in lexicon is compiled in from `data/lexicon/*.lex`; users extend it at run time
//! with files in the same format (`--lexicon FILE`). This module parses that format and answers
//! lookups over tokens; it knows nothing of sentences, mentions or relations.
//!
//! # Format
//! UTF-8 text. `#` starts a comment line, blank lines are ignored, and a line `[section]` sets
//! the kind of the lines that follow. Fields are separated by one TAB; list fields separate
//! their items with `|`, and `-` is an empty list. A `~` before a list item marks a form that
//! is also a common word or personal name (`~Chad`): it is accepted only in clear contexts.
//!
//! | section | fields |
//! |---|---|
//! | `[country]` | name, iso3, aliases, demonyms, capitals, seats |
//! | `[title]` | surface form, canonical title, class (see `data/lexicon/titles.lex`) |
//! | `[given-name]` | name, gender (`m`, `f` or `u`) |
//! | `[family-name]` | a family name written first (Xi, Kim, Nguyen) |
//! | `[organization]` | name, type, aliases, country iso3 or `-` |
//! | `[place]` | a city, region or territory that is not a state |
//! | `[person]` | full name, other names of the same person (spelling variants) |
//! | `[cue]` | family, forms (see `data/lexicon/cues.lex`) |
//! | `[word]` | word, class (see `data/lexicon/words.lex`) |

use std::collections::HashMap;
use std::fmt;

use rustc_hash::FxHashMap;

use crate::model::{country_key, slug};
use crate::text::{self, Token, TokenClass};

/// The built-in lexicon files, in load order.
const BUILTIN: &[(&str, &str)] = &[
    ("countries.lex", include_str!("../data/lexicon/countries.lex")),
    ("titles.lex", include_str!("../data/lexicon/titles.lex")),
    ("given-names.lex", include_str!("../data/lexicon/given-names.lex")),
    ("family-names.lex", include_str!("../data/lexicon/family-names.lex")),
    ("organizations.lex", include_str!("../data/lexicon/organizations.lex")),
    ("places.lex", include_str!("../data/lexicon/places.lex")),
    ("cues.lex", include_str!("../data/lexicon/cues.lex")),
    ("words.lex", include_str!("../data/lexicon/words.lex")),
];

/// A line of a lexicon file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct LexiconError {
    /// The file (or built-in file name).
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong and what was expected.
    pub message: String,
}

/// Index of a country in [`Lexicon::countries`].
pub type CountryId = u16;
/// Index of a title in [`Lexicon::titles`].
pub type TitleId = u16;
/// Index of an organization in [`Lexicon::organizations`].
pub type OrganizationId = u16;

/// A state the lexicon knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// Canonical short name ("United States").
    pub name: String,
    /// ISO 3166 alpha-3 code.
    pub iso3: String,
    /// Entity key (`country:united-states`).
    pub key: String,
}

/// How a country is named by a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CountryForm {
    /// Its name or a variant ("U.S.", "Britain").
    Name,
    /// Its demonym or adjective ("Russian", "Britons").
    Demonym,
    /// Its capital city ("Moscow").
    Capital,
    /// A building or institution that stands for its government ("the Kremlin").
    Seat,
}

/// What a title implies about its holder (see `data/lexicon/titles.lex`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TitleClass {
    /// Head of state or government.
    Head,
    /// Deputy head of state or government.
    Deputy,
    /// Cabinet member or law officer.
    Minister,
    /// Ambassador, envoy, negotiator.
    Diplomat,
    /// Aide, adviser, chief of staff.
    Advisor,
    /// Spokesperson.
    Spokesperson,
    /// State official.
    Official,
    /// Military officer.
    Military,
    /// Member or speaker of a legislature.
    Legislator,
    /// Judge, prosecutor, ombudsman.
    Judicial,
    /// Party or movement post.
    Party,
    /// Post in a company, bank, university or NGO.
    Civic,
    /// Prince, princess: part of a name.
    Royal,
    /// Mr, Mrs, Lord: part of a name.
    Honorific,
}

impl TitleClass {
    fn parse(s: &str) -> Option<TitleClass> {
        Some(match s {
            "head" => TitleClass::Head,
            "deputy" => TitleClass::Deputy,
            "minister" => TitleClass::Minister,
            "diplomat" => TitleClass::Diplomat,
            "advisor" => TitleClass::Advisor,
            "spokesperson" => TitleClass::Spokesperson,
            "official" => TitleClass::Official,
            "military" => TitleClass::Military,
            "legislator" => TitleClass::Legislator,
            "judicial" => TitleClass::Judicial,
            "party" => TitleClass::Party,
            "civic" => TitleClass::Civic,
            "royal" => TitleClass::Royal,
            "honorific" => TitleClass::Honorific,
            _ => return None,
        })
    }

    /// The holder acts for the state the office belongs to (SCHEMA: `represents`).
    pub fn represents_state(self) -> bool {
        matches!(
            self,
            TitleClass::Head
                | TitleClass::Deputy
                | TitleClass::Minister
                | TitleClass::Diplomat
                | TitleClass::Advisor
                | TitleClass::Spokesperson
                | TitleClass::Official
                | TitleClass::Military
        )
    }

    /// The holder serves another person or office ("Y's aide", "Kremlin aide").
    pub fn serves(self) -> bool {
        matches!(self, TitleClass::Advisor | TitleClass::Spokesperson | TitleClass::Diplomat)
    }

    /// The title names an office, not only a form of address.
    pub fn is_office(self) -> bool {
        !matches!(self, TitleClass::Honorific | TitleClass::Royal)
    }
}

/// An office title the lexicon knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    /// Canonical title ("foreign minister").
    pub canonical: String,
    /// What the title implies.
    pub class: TitleClass,
    /// The country whose office this surface form names when none is given ("Secretary of
    /// State" is American, "Foreign Secretary" British).
    pub default_country: Option<CountryId>,
}

/// An organization the lexicon knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organization {
    /// Canonical name.
    pub name: String,
    /// Type as written in the lexicon (`media`, `igo`, `party`, ...).
    pub kind: String,
    /// The country it belongs to, if any.
    pub country: Option<CountryId>,
}

/// Families of relation cue words (see `data/lexicon/cues.lex`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum CueFamily {
    MeetVerb,
    MeetWithVerb,
    MeetNoun,
    MeetPassive,
    MeetJoin,
    MeetAttend,
    MeetPlural,
    MeetPlanned,
    MeetNegation,
    DemandObject,
    DemandVerb,
    DemandFor,
    DemandNoun,
    Advice,
    Say,
    Past,
    MeetingAnaphor,
}

impl CueFamily {
    fn parse(s: &str) -> Option<CueFamily> {
        Some(match s {
            "meet-verb" => CueFamily::MeetVerb,
            "meet-with-verb" => CueFamily::MeetWithVerb,
            "meet-noun" => CueFamily::MeetNoun,
            "meet-passive" => CueFamily::MeetPassive,
            "meet-join" => CueFamily::MeetJoin,
            "meet-attend" => CueFamily::MeetAttend,
            "meet-plural" => CueFamily::MeetPlural,
            "meet-planned" => CueFamily::MeetPlanned,
            "meet-negation" => CueFamily::MeetNegation,
            "demand-object" => CueFamily::DemandObject,
            "demand-verb" => CueFamily::DemandVerb,
            "demand-for" => CueFamily::DemandFor,
            "demand-noun" => CueFamily::DemandNoun,
            "advice" => CueFamily::Advice,
            "say" => CueFamily::Say,
            "past" => CueFamily::Past,
            "meeting-anaphor" => CueFamily::MeetingAnaphor,
            _ => return None,
        })
    }
}

/// Grammatical gender a given name or pronoun suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Usually a man's name.
    Male,
    /// Usually a woman's name.
    Female,
    /// Either, or unknown.
    Unknown,
}

/// Classes of ordinary words (see `data/lexicon/words.lex`), as bit flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct WordClasses(u16);

#[allow(missing_docs)]
impl WordClasses {
    pub const FUNCTION: u16 = 1;
    pub const TIME: u16 = 2;
    pub const ORG_HEAD: u16 = 4;
    pub const PLACE_HEAD: u16 = 8;
    pub const COMMON: u16 = 16;
    pub const NATIONALITY_NOUN: u16 = 32;
    pub const PRONOUN_M: u16 = 64;
    pub const PRONOUN_F: u16 = 128;
    pub const KIN: u16 = 256;
    pub const PEERAGE: u16 = 512;
    pub const TITLE_MODIFIER: u16 = 1024;
    pub const OPPOSITION: u16 = 2048;
    pub const STATE_BODY: u16 = 4096;

    fn parse(s: &str) -> Option<u16> {
        Some(match s {
            "function" => Self::FUNCTION,
            "time" => Self::TIME,
            "org-head" => Self::ORG_HEAD,
            "place-head" => Self::PLACE_HEAD,
            "common" => Self::COMMON,
            "nationality-noun" => Self::NATIONALITY_NOUN,
            "pronoun-m" => Self::PRONOUN_M,
            "pronoun-f" => Self::PRONOUN_F,
            "kin" => Self::KIN,
            "peerage" => Self::PEERAGE,
            "title-modifier" => Self::TITLE_MODIFIER,
            "opposition" => Self::OPPOSITION,
            "state-body" => Self::STATE_BODY,
            _ => return None,
        })
    }

    /// True when the word has any of the classes in `mask`.
    pub fn has(self, mask: u16) -> bool {
        self.0 & mask != 0
    }
}

/// One meaning of a lexicon phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhraseEntry {
    /// A form of a country.
    Country {
        /// Which country.
        id: CountryId,
        /// How the form names it.
        form: CountryForm,
        /// The form is also a common word or personal name.
        ambiguous: bool,
        /// The form is an abbreviation that matches only in exactly this case ("US").
        exact_case: bool,
    },
    /// A title.
    Title {
        /// Which title.
        id: TitleId,
        /// The plural form ("envoys").
        plural: bool,
    },
    /// A name of an organization.
    Organization {
        /// Which organization.
        id: OrganizationId,
        /// The form is an abbreviation that matches only in exactly this case ("AP").
        exact_case: bool,
        /// The form is also a common word or names several organizations ("~Labour",
        /// "~Time"): it counts only inside a sentence, never as its first word.
        ambiguous: bool,
    },
    /// A place that is not a state: a city, region, territory, sea or continent.
    Place,
    /// A relation cue.
    Cue {
        /// Which family of cues.
        family: CueFamily,
    },
}

/// A known person with spelling variants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownPerson {
    /// The canonical full name.
    pub name: String,
    /// Other names of the same person.
    pub aliases: Vec<String>,
}

/// All lexicon data, indexed for lookups over tokens.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Countries, by [`CountryId`].
    pub countries: Vec<Country>,
    /// Titles, by [`TitleId`].
    pub titles: Vec<Title>,
    /// Organizations, by [`OrganizationId`].
    pub organizations: Vec<Organization>,
    /// Known persons with spelling variants.
    pub persons: Vec<KnownPerson>,
    phrases: PhraseTrie,
    max_phrase_tokens: usize,
    /// Everything known of a single word, for lookups by token.
    words: WordTable,
    /// `words` of the one-character words of [`one_char_index`], made on first use (the
    /// lexicon can still grow until then).
    one_char_words: std::sync::OnceLock<[WordInfo; ONE_CHAR_WORDS]>,
    given_name_count: usize,
    family_name_count: usize,
    country_by_iso3: HashMap<String, CountryId>,
    country_by_key: HashMap<String, CountryId>,
    title_by_canonical: HashMap<String, TitleId>,
    title_ids: HashMap<(String, TitleClass, Option<CountryId>, bool), TitleId>,
    /// Titles whose surface is an abbreviation, matched in exact case only, by [`TitleId`].
    title_is_abbreviation: Vec<bool>,
    person_by_slug: HashMap<String, usize>,
}

/// What the lexicon knows of one folded word: all that lookups by token ask, in one place.
#[derive(Clone, Copy, Debug, Default)]
struct WordInfo {
    classes: WordClasses,
    given_name: Option<Gender>,
    family_name_first: bool,
    /// The word's number in the phrase trie, when a phrase contains it.
    phrase_word: Option<u32>,
}

/// The number of one-character words [`Lexicon::token_words`] answers from a table.
const ONE_CHAR_WORDS: usize = 256;

/// The place in the table of one-character words of a word that is one ASCII character or
/// one of General Punctuation and the superscripts after it (U+2000 to U+207F: ’ “ ” — …),
/// encoded in three bytes, `E2 80 xx` or `E2 81 xx`; `None` for any other word.
fn one_char_index(word: &[u8]) -> Option<usize> {
    match *word {
        [byte] if byte.is_ascii() => Some(usize::from(byte)),
        [0xe2, high @ (0x80 | 0x81), low @ 0x80..=0xbf] => {
            Some(128 + usize::from(high - 0x80) * 64 + usize::from(low - 0x80))
        }
        _ => None,
    }
}

/// Folded words and what is known of them. A word is looked up as written: ASCII words are
/// hashed and compared lower-cased on the fly, so a lookup allocates and copies nothing.
#[derive(Clone, Debug, Default)]
struct WordTable {
    /// Words of at most [`SHORT_WORD`] bytes (three quarters of the words of news text), each
    /// keyed by one integer (see [`short_key`]): a lookup is one multiplication and one
    /// comparison, in a table a quarter the size of `table`, so it misses the cache less.
    short: hashbrown::HashTable<(u64, WordInfo)>,
    /// Longer words.
    table: hashbrown::HashTable<(WordKey, WordInfo)>,
}

/// The longest word [`WordTable::short`] holds: its bytes and its length fit one `u64`.
const SHORT_WORD: usize = 7;

/// A word of at most [`SHORT_WORD`] bytes as one integer: its bytes lower-cased in ASCII, in
/// the low seven bytes, and its length in the high byte (so "ab" and "ab\0" differ).
fn short_key(bytes: &[u8]) -> u64 {
    debug_assert!(bytes.len() <= SHORT_WORD);
    fold_ascii_chunk(load_chunk(bytes)) | (bytes.len() as u64) << 56
}

/// Hash of a [`short_key`]: the two halves of its 128-bit product with an odd constant
/// folded together, so every bit of the key reaches hashbrown's index and tag bits.
fn short_hash(key: u64) -> u64 {
    let product = u128::from(key) * u128::from(0x9e37_79b9_7f4a_7c15_u64);
    (product as u64) ^ ((product >> 64) as u64)
}

/// A folded word as the table keeps it: a short word inside the entry, so comparing keys
/// reads no other memory; a long one on the heap.
#[derive(Clone, Debug)]
enum WordKey {
    Inline { len: u8, bytes: [u8; WordKey::INLINE] },
    Heap(Box<str>),
}

impl WordKey {
    const INLINE: usize = 22;

    fn new(folded: &str) -> WordKey {
        if folded.len() > WordKey::INLINE {
            return WordKey::Heap(folded.into());
        }
        let mut bytes = [0; WordKey::INLINE];
        bytes[..folded.len()].copy_from_slice(folded.as_bytes());
        WordKey::Inline { len: folded.len() as u8, bytes }
    }

    fn as_bytes(&self) -> &[u8] {
        match self {
            WordKey::Inline { len, bytes } => &bytes[..*len as usize],
            WordKey::Heap(word) => word.as_bytes(),
        }
    }
}

impl WordTable {
    /// The information on `word`, folded as [`fold`] does.
    fn get(&self, word: &str) -> Option<&WordInfo> {
        if word.is_ascii() {
            return self.get_folded_ascii(word.as_bytes());
        }
        let folded = fold(word);
        self.get_folded_ascii(folded.as_bytes())
    }

    /// The information on `bytes` lower-cased in ASCII (other bytes as they are).
    fn get_folded_ascii(&self, bytes: &[u8]) -> Option<&WordInfo> {
        if bytes.len() <= SHORT_WORD {
            let key = short_key(bytes);
            return self.short.find(short_hash(key), |(k, _)| *k == key).map(|(_, info)| info);
        }
        let eq = |(key, _): &(WordKey, WordInfo)| equals_folded(bytes, key.as_bytes());
        self.table.find(word_hash(bytes), eq).map(|(_, info)| info)
    }

    /// Grows the table to at most half full. Most words of a text are not in it, and a miss
    /// probes until it finds a free slot: at hashbrown's fullest (7/8) that is several groups.
    fn keep_sparse(&mut self) {
        let len = self.table.len();
        if self.table.capacity() < 2 * len {
            self.table.reserve(len, |(key, _)| word_hash(key.as_bytes()));
        }
        let len = self.short.len();
        if self.short.capacity() < 2 * len {
            self.short.reserve(len, |(key, _)| short_hash(*key));
        }
    }

    /// The entry of an already folded word, created empty when missing.
    fn entry(&mut self, folded: &str) -> &mut WordInfo {
        if folded.len() <= SHORT_WORD {
            let key = short_key(folded.as_bytes());
            let entry = self.short.entry(short_hash(key), |(k, _)| *k == key, |(k, _)| short_hash(*k));
            return &mut entry.or_insert((key, WordInfo::default())).into_mut().1;
        }
        let hash = word_hash(folded.as_bytes());
        let entry = self.table.entry(
            hash,
            |(key, _)| key.as_bytes() == folded.as_bytes(),
            |(key, _)| word_hash(key.as_bytes()),
        );
        &mut entry.or_insert_with(|| (WordKey::new(folded), WordInfo::default())).into_mut().1
    }
}

/// FxHash-style hash of bytes lower-cased in ASCII, eight bytes a step: a word costs one or two
/// multiplications instead of one per byte.
fn word_hash(bytes: &[u8]) -> u64 {
    const SEED: u64 = 0xf135_7aea_2e62_a9c5;
    let mut hash = bytes.len() as u64;
    let mut rest = bytes;
    while rest.len() >= 8 {
        hash = (hash.rotate_left(5) ^ fold_ascii_chunk(load_chunk(rest))).wrapping_mul(SEED);
        rest = &rest[8..];
    }
    if !rest.is_empty() {
        hash = (hash.rotate_left(5) ^ fold_ascii_chunk(load_chunk(rest))).wrapping_mul(SEED);
    }
    hash.rotate_left(26)
}

/// Whether `bytes` lower-cased in ASCII are `folded`, compared eight bytes a step.
fn equals_folded(bytes: &[u8], folded: &[u8]) -> bool {
    if bytes.len() != folded.len() {
        return false;
    }
    let (mut a, mut b) = (bytes, folded);
    while a.len() >= 8 {
        if fold_ascii_chunk(load_chunk(a)) != load_chunk(b) {
            return false;
        }
        (a, b) = (&a[8..], &b[8..]);
    }
    fold_ascii_chunk(load_chunk(a)) == load_chunk(b)
}

/// The first eight bytes of `bytes` as a little-endian word; fewer are padded with zeros.
/// Short words are read in (overlapping) pieces rather than copied byte by byte.
fn load_chunk(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let byte = |at: usize| u64::from(bytes[at]) << (8 * at);
    let four = |at: usize| u64::from(u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four bytes"))) << (8 * at);
    match n {
        0 => 0,
        // Overlapping reads put the same byte in the same place: OR-ing them changes nothing.
        1..=3 => byte(0) | byte(n / 2) | byte(n - 1),
        4..=7 => four(0) | four(n - 4),
        _ => u64::from_le_bytes(bytes[..8].try_into().expect("eight bytes")),
    }
}

/// The eight bytes of `chunk` with ASCII capitals lower-cased and every other byte as it is
/// (what `u8::to_ascii_lowercase` does to each), computed on all eight at once.
fn fold_ascii_chunk(chunk: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Each byte's low seven bits plus a constant sets its high bit exactly when the byte is at
    // least 'A' (or more than 'Z'); no sum carries into the next byte.
    let low_bits = chunk & !HIGH;
    let from_a = low_bits + ONES * u64::from(0x80 - b'A');
    let after_z = low_bits + ONES * u64::from(0x7f - b'Z');
    let capital = from_a & !after_z & !chunk & HIGH;
    chunk | (capital >> 2)
}

/// The lexicon's phrases as a trie over folded words, so a lookup at a token costs a hash of
/// that token's word, never an allocation, and stops at the first word no phrase continues with.
#[derive(Clone, Debug)]
struct PhraseTrie {
    /// Number of distinct words in phrases (see [`WordInfo::phrase_word`]).
    word_count: u32,
    /// (node, word number) → the node after that word; node 0 is the root.
    children: FxHashMap<(u32, u32), u32>,
    /// The root's children by word number (0: none), as well as in `children`: most lookups
    /// are one step from the root, taken here without hashing.
    root_children: Vec<u32>,
    /// The nodes, by number.
    nodes: Vec<TrieNode>,
    /// Number of phrases (nodes with entries).
    phrase_count: usize,
    /// What the phrases that start with each word number are: [`STARTS_CUE`] and
    /// [`STARTS_OTHER`] (0: none starts with it).
    starts: Vec<u8>,
}

/// In [`PhraseTrie::starts`]: a cue phrase starts with the word.
const STARTS_CUE: u8 = 1;
/// In [`PhraseTrie::starts`]: a phrase other than a cue starts with the word.
const STARTS_OTHER: u8 = 2;

#[derive(Clone, Debug, Default)]
struct TrieNode {
    /// What the phrase ending here means; empty when only longer phrases pass through.
    entries: Vec<PhraseEntry>,
    /// Some longer phrase continues from here.
    has_children: bool,
}

impl Default for PhraseTrie {
    fn default() -> PhraseTrie {
        PhraseTrie {
            word_count: 0,
            children: FxHashMap::default(),
            root_children: Vec::new(),
            nodes: vec![TrieNode::default()],
            phrase_count: 0,
            starts: Vec::new(),
        }
    }
}

impl PhraseTrie {
    /// The node for a phrase of word numbers, created with its prefixes when missing.
    fn insert(&mut self, words: &[u32]) -> &mut TrieNode {
        let mut node = 0u32;
        for &word in words {
            let next_node = self.nodes.len() as u32;
            let child = *self.children.entry((node, word)).or_insert(next_node);
            if child == next_node {
                self.nodes.push(TrieNode::default());
                if node == 0 {
                    let slot = word as usize;
                    if self.root_children.len() <= slot {
                        self.root_children.resize(slot + 1, 0);
                    }
                    self.root_children[slot] = child;
                }
            }
            self.nodes[node as usize].has_children = true;
            node = child;
        }
        &mut self.nodes[node as usize]
    }

    /// The node after word number `word` from `node`.
    fn step(&self, node: u32, word: u32) -> Option<u32> {
        if node == 0 {
            return self.root_children.get(word as usize).copied().filter(|&child| child != 0);
        }
        self.children.get(&(node, word)).copied()
    }
}

/// What the lexicon knows of each token of one text (see [`Lexicon::token_words`]).
#[derive(Clone, Debug, Default)]
pub struct TokenWords {
    words: Vec<WordInfo>,
}

impl TokenWords {
    /// The classes of the token's word, as [`Lexicon::word_classes`] gives them.
    pub fn classes(&self, token: usize) -> WordClasses {
        self.words[token].classes
    }

    /// The gender the token suggests as a given name, as [`Lexicon::given_name`] gives it.
    pub fn given_name(&self, token: usize) -> Option<Gender> {
        self.words[token].given_name
    }

    /// Whether the token is a family name written first, as [`Lexicon::is_family_name_first`].
    pub fn is_family_name_first(&self, token: usize) -> bool {
        self.words[token].family_name_first
    }
}

/// A phrase found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseMatch<'a> {
    /// Index of the first token.
    pub first: usize,
    /// One past the index of the last token.
    pub end: usize,
    /// What the phrase means (all of its meanings).
    pub entries: &'a [PhraseEntry],
}

/// The phrases that start at one token, longest first (see [`Lexicon::phrases_iter`]).
pub(crate) struct Phrases<'a> {
    lexicon: &'a Lexicon,
    first: usize,
    /// (end, trie node) of each phrase found, shortest first; rarely more than two, kept
    /// inline so a lookup allocates nothing.
    ends: tinyvec::TinyVec<[(usize, u32); 4]>,
}

impl<'a> Iterator for Phrases<'a> {
    type Item = PhraseMatch<'a>;

    fn next(&mut self) -> Option<PhraseMatch<'a>> {
        let (end, node) = self.ends.pop()?;
        Some(PhraseMatch { first: self.first, end, entries: &self.lexicon.phrases.nodes[node as usize].entries })
    }
}

impl Lexicon {
    /// The lexicon compiled into newsgraph.
    pub fn builtin() -> Lexicon {
        let mut lexicon = Lexicon::default();
        for (name, source) in BUILTIN {
            if let Err(err) = lexicon.load_str(name, source) {
                // The built-in files are tested; a failure here is a bug in this crate.
                panic!("built-in lexicon is invalid: {err}");
            }
        }
        lexicon
    }

    /// Adds the entries of a lexicon file's text; `file` names it in errors.
    pub fn load_str(&mut self, file: &str, source: &str) -> Result<(), LexiconError> {
        self.one_char_words = std::sync::OnceLock::new();
        let mut section: Option<String> = None;
        for (index, raw_line) in source.lines().enumerate() {
            let line_no = index + 1;
            let line = raw_line.trim_end_matches('\r');
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let err = |message: String| LexiconError { file: file.to_string(), line: line_no, message };
            if trimmed.starts_with('[') && trimmed.ends_with(']') {
                section = Some(trimmed[1..trimmed.len() - 1].trim().to_string());
                continue;
            }
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            match section.as_deref() {
                None => return Err(err("an entry before any [section] header".into())),
                Some("country") => self.load_country(&fields).map_err(err)?,
                Some("title") => self.load_title(&fields).map_err(err)?,
                Some("given-name") => self.load_given_name(&fields).map_err(err)?,
                Some("family-name") => {
                    expect_fields(&fields, 1, "family name").map_err(err)?;
                    let info = self.words.entry(&fold(fields[0]));
                    if !info.family_name_first {
                        info.family_name_first = true;
                        self.family_name_count += 1;
                    }
                }
                Some("organization") => self.load_organization(&fields).map_err(err)?,
                Some("person") => self.load_person(&fields).map_err(err)?,
                Some("place") => {
                    expect_fields(&fields, 1, "place name").map_err(err)?;
                    self.add_phrase(fields[0], PhraseEntry::Place);
                }
                Some("cue") => self.load_cue(&fields).map_err(err)?,
                Some("word") => self.load_word(&fields).map_err(err)?,
                Some(other) => {
                    return Err(err(format!(
                        "unknown section [{other}]; expected one of [country], [title], \
                         [given-name], [family-name], [organization], [place], [person], [cue], [word]"
                    )));
                }
            }
        }
        self.words.keep_sparse();
        Ok(())
    }

    fn load_country(&mut self, fields: &[&str]) -> Result<(), String> {
        expect_fields(fields, 6, "name, iso3, aliases, demonyms, capitals, seats")?;
        let name = fields[0];
        let iso3 = fields[1];
        if iso3.len() != 3 || !iso3.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(format!("iso3 code {iso3:?} is not three upper-case letters"));
        }
        let key = country_key(name);
        let id = match self.country_by_key.get(&key) {
            Some(&id) => id,
            None => {
                let id = to_id(self.countries.len())?;
                self.countries.push(Country { name: name.to_string(), iso3: iso3.to_string(), key: key.clone() });
                self.country_by_key.insert(key, id);
                self.country_by_iso3.insert(iso3.to_string(), id);
                id
            }
        };
        // A name that is also a common word is listed again with `~` among the aliases.
        let name_is_ambiguous = list_items(fields[2]).any(|a| a.strip_prefix('~') == Some(name));
        if !name_is_ambiguous {
            self.add_country_form(id, name, CountryForm::Name);
        }
        let forms = [
            (fields[2], CountryForm::Name),
            (fields[3], CountryForm::Demonym),
            (fields[4], CountryForm::Capital),
            (fields[5], CountryForm::Seat),
        ];
        for (list, form) in forms {
            for item in list_items(list) {
                self.add_country_form(id, item, form);
            }
        }
        Ok(())
    }

    fn add_country_form(&mut self, id: CountryId, item: &str, form: CountryForm) {
        let (ambiguous, surface) = match item.strip_prefix('~') {
            Some(rest) => (true, rest),
            None => (false, item),
        };
        // "the Kremlin" and "Kremlin" are one form: the article is matched separately.
        let surface = surface.strip_prefix("the ").or_else(|| surface.strip_prefix("The ")).unwrap_or(surface);
        let exact_case = is_abbreviation(surface);
        self.add_phrase(surface, PhraseEntry::Country { id, form, ambiguous, exact_case });
    }

    fn load_title(&mut self, fields: &[&str]) -> Result<(), String> {
        if fields.len() == 4 {
            expect_fields(fields, 4, "surface form, canonical title, class, usual country")?;
        } else {
            expect_fields(fields, 3, "surface form, canonical title, class (and optionally the usual country)")?;
        }
        let class = TitleClass::parse(fields[2]).ok_or_else(|| {
            format!(
                "unknown title class {:?}; expected head, deputy, minister, diplomat, advisor, \
                 spokesperson, official, military, legislator, judicial, party, civic, royal or honorific",
                fields[2]
            )
        })?;
        let default_country = match fields.get(3).copied() {
            None | Some("-") | Some("") => None,
            Some(iso3) => Some(
                self.country_by_iso3(iso3)
                    .ok_or_else(|| format!("unknown country code {iso3:?} (load countries first)"))?,
            ),
        };
        let canonical = fields[1].to_lowercase();
        let abbreviation = is_abbreviation(fields[0]);
        let key = (canonical.clone(), class, default_country, abbreviation);
        let id = match self.title_ids.get(&key) {
            Some(&id) => id,
            None => {
                let id = to_id(self.titles.len())?;
                self.titles.push(Title { canonical: canonical.clone(), class, default_country });
                // "PM" and "MP" match in exact case only, so abbreviations get titles of their own.
                self.title_is_abbreviation.push(abbreviation);
                self.title_ids.insert(key, id);
                self.title_by_canonical.entry(canonical).or_insert(id);
                id
            }
        };
        let surface = fields[0];
        self.add_phrase(surface, PhraseEntry::Title { id, plural: false });
        if let Some(plural) = plural_of(surface) {
            self.add_phrase(&plural, PhraseEntry::Title { id, plural: true });
        }
        Ok(())
    }

    fn load_given_name(&mut self, fields: &[&str]) -> Result<(), String> {
        if fields.is_empty() || fields[0].is_empty() || fields.len() > 2 {
            return Err("expected: name, and optionally gender (m, f or u)".into());
        }
        let gender = match fields.get(1).copied().unwrap_or("u") {
            "m" => Gender::Male,
            "f" => Gender::Female,
            "u" | "" => Gender::Unknown,
            other => return Err(format!("unknown gender {other:?}; expected m, f or u")),
        };
        let info = self.words.entry(&fold(fields[0]));
        if info.given_name.is_none() {
            self.given_name_count += 1;
        }
        info.given_name = Some(gender);
        Ok(())
    }

    fn load_organization(&mut self, fields: &[&str]) -> Result<(), String> {
        expect_fields(fields, 4, "name, type, aliases, country iso3 or -")?;
        let country = match fields[3] {
            "-" | "" => None,
            iso3 => Some(
                *self
                    .country_by_iso3
                    .get(iso3)
                    .ok_or_else(|| format!("unknown country code {iso3:?} (load countries first)"))?,
            ),
        };
        let id = to_id(self.organizations.len())?;
        self.organizations.push(Organization { name: fields[0].to_string(), kind: fields[1].to_string(), country });
        for item in std::iter::once(fields[0]).chain(list_items(fields[2])) {
            let (ambiguous, surface) = match item.strip_prefix('~') {
                Some(rest) => (true, rest),
                None => (false, item),
            };
            let surface = surface.strip_prefix("the ").or_else(|| surface.strip_prefix("The ")).unwrap_or(surface);
            let exact_case = is_abbreviation(surface);
            self.add_phrase(surface, PhraseEntry::Organization { id, exact_case, ambiguous });
        }
        Ok(())
    }

    fn load_person(&mut self, fields: &[&str]) -> Result<(), String> {
        expect_fields(fields, 2, "full name, other names")?;
        let aliases: Vec<String> = list_items(fields[1]).map(|a| a.trim_start_matches('~').to_string()).collect();
        let index = self.persons.len();
        for name in std::iter::once(fields[0]).chain(aliases.iter().map(String::as_str)) {
            self.person_by_slug.insert(slug(name), index);
        }
        self.persons.push(KnownPerson { name: fields[0].to_string(), aliases });
        Ok(())
    }

    fn load_cue(&mut self, fields: &[&str]) -> Result<(), String> {
        expect_fields(fields, 2, "family, forms")?;
        let family = CueFamily::parse(fields[0]).ok_or_else(|| format!("unknown cue family {:?}", fields[0]))?;
        for form in list_items(fields[1]) {
            self.add_phrase(form, PhraseEntry::Cue { family });
        }
        Ok(())
    }

    fn load_word(&mut self, fields: &[&str]) -> Result<(), String> {
        expect_fields(fields, 2, "word, class")?;
        let class = WordClasses::parse(fields[1]).ok_or_else(|| format!("unknown word class {:?}", fields[1]))?;
        self.words.entry(&fold(fields[0])).classes.0 |= class;
        Ok(())
    }

    fn add_phrase(&mut self, surface: &str, entry: PhraseEntry) {
        let tokens = text::tokenize(surface);
        if tokens.is_empty() {
            return;
        }
        let mut words = Vec::with_capacity(tokens.len());
        for token in &tokens {
            let info = self.words.entry(&fold(token.text(surface)));
            let word = *info.phrase_word.get_or_insert(self.phrases.word_count);
            if word == self.phrases.word_count {
                self.phrases.word_count += 1;
            }
            words.push(word);
        }
        self.max_phrase_tokens = self.max_phrase_tokens.max(tokens.len());
        let node = self.phrases.insert(&words);
        let new_phrase = node.entries.is_empty();
        if !node.entries.contains(&entry) {
            node.entries.push(entry);
        }
        if new_phrase {
            self.phrases.phrase_count += 1;
        }
        let starts = &mut self.phrases.starts;
        if starts.len() <= words[0] as usize {
            starts.resize(words[0] as usize + 1, 0);
        }
        starts[words[0] as usize] |= if matches!(entry, PhraseEntry::Cue { .. }) { STARTS_CUE } else { STARTS_OTHER };
    }

    /// Every lexicon phrase that starts at token `first` of `tokens[..end]`, longest first.
    /// Case rules are applied: abbreviations match only in their exact case, and country and
    /// organization names only when their first token is capitalized.
    pub fn phrases_at<'a>(&'a self, source: &str, tokens: &[Token], first: usize, end: usize) -> Vec<PhraseMatch<'a>> {
        let end = end.min(tokens.len());
        self.phrases_from(first, end, |i| self.words.get(tokens[i].text(source)).and_then(|info| info.phrase_word))
            .collect()
    }

    /// What the lexicon knows of each of `tokens`, looked up once for all the questions later
    /// asked about them ([`Lexicon::phrases_in`], [`TokenWords::classes`], ...).
    pub fn token_words(&self, source: &str, tokens: &[Token]) -> TokenWords {
        // One-character tokens (punctuation, quotation marks, dashes, "a", "I": a fifth of
        // news text) are answered from a table made once, without hashing or folding.
        let one_char = self.one_char_words.get_or_init(|| {
            let mut table = [WordInfo::default(); ONE_CHAR_WORDS];
            for c in ('\0'..='\u{7f}').chain('\u{2000}'..='\u{207f}') {
                let word = c.to_string();
                let index = one_char_index(word.as_bytes()).expect("a one-character word of the table");
                table[index] = self.words.get(&word).copied().unwrap_or_default();
            }
            table
        });
        let words = tokens
            .iter()
            .map(|token| {
                let bytes = token.bytes(source);
                let info = match one_char_index(bytes) {
                    Some(index) => Some(&one_char[index]),
                    None if token.known_ascii || bytes.is_ascii() => self.words.get_folded_ascii(bytes),
                    None => self.words.get(token.text(source)),
                };
                info.copied().unwrap_or_default()
            })
            .collect();
        TokenWords { words }
    }

    /// [`Lexicon::phrases_at`] for tokens already looked up: every phrase that starts at token
    /// `first` of `words[..end]`, longest first.
    pub fn phrases_in<'a>(&'a self, words: &TokenWords, first: usize, end: usize) -> Vec<PhraseMatch<'a>> {
        self.phrases_iter(words, first, end).collect()
    }

    /// Whether a phrase other than a cue starts with token `i`'s word: a test much cheaper
    /// than [`Lexicon::phrases_iter`], and false for most tokens of a text.
    pub(crate) fn may_start_mark(&self, words: &TokenWords, i: usize) -> bool {
        self.phrase_starts(words, i) & STARTS_OTHER != 0
    }

    /// Whether a cue phrase starts with token `i`'s word (see [`Lexicon::may_start_mark`]).
    pub(crate) fn may_start_cue(&self, words: &TokenWords, i: usize) -> bool {
        self.phrase_starts(words, i) & STARTS_CUE != 0
    }

    /// [`PhraseTrie::starts`] of token `i`'s word.
    fn phrase_starts(&self, words: &TokenWords, i: usize) -> u8 {
        let word = words.words.get(i).and_then(|info| info.phrase_word);
        word.and_then(|word| self.phrases.starts.get(word as usize)).copied().unwrap_or(0)
    }

    /// [`Lexicon::phrases_in`] without collecting the phrases into a vector: the mention finder
    /// asks at every word of every article, and most answers are one phrase or none.
    pub(crate) fn phrases_iter<'a>(&'a self, words: &TokenWords, first: usize, end: usize) -> Phrases<'a> {
        let end = end.min(words.words.len());
        self.phrases_from(first, end, |i| words.words[i].phrase_word)
    }

    /// The phrases that start at token `first`, following the trie while `word_at` gives the
    /// phrase-word numbers of the tokens up to `end`.
    fn phrases_from(&self, first: usize, end: usize, word_at: impl Fn(usize) -> Option<u32>) -> Phrases<'_> {
        let mut found = Phrases { lexicon: self, first, ends: tinyvec::TinyVec::new() };
        let mut node = 0;
        let limit = end.min(first + self.max_phrase_tokens);
        for i in first..limit {
            let Some(next) = word_at(i).and_then(|word| self.phrases.step(node, word)) else { break };
            node = next;
            let TrieNode { entries, has_children } = &self.phrases.nodes[node as usize];
            if !entries.is_empty() {
                found.ends.push((i + 1, node));
            }
            if !has_children {
                break;
            }
        }
        found
    }

    /// Whether an entry's case rule accepts the tokens `first..end`.
    pub fn case_fits(&self, entry: &PhraseEntry, source: &str, tokens: &[Token], first: usize, end: usize) -> bool {
        let (exact_case, proper) = match entry {
            PhraseEntry::Country { exact_case, .. } | PhraseEntry::Organization { exact_case, .. } => {
                (*exact_case, true)
            }
            // "PM" and "MP" are titles; "pm" and "mp" are not.
            PhraseEntry::Title { id, .. } => (self.title_is_abbreviation[*id as usize], false),
            PhraseEntry::Place => (false, true),
            PhraseEntry::Cue { .. } => (false, false),
        };
        if exact_case {
            // "US" but not "us" or "Us"; dots may differ ("U.S." is its own form).
            return tokens[first..end].iter().all(|t| {
                let word = t.text(source);
                !word.chars().any(char::is_lowercase) || t.class != TokenClass::Word
            });
        }
        !proper || tokens[first].capitalized || tokens[first].class == TokenClass::Number
    }

    /// The gender a given name suggests, or `None` when it is not a given name.
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        self.words.get(word).and_then(|info| info.given_name)
    }

    /// True for family names written before the given name (Xi Jinping, Kim Jong-un).
    pub fn is_family_name_first(&self, word: &str) -> bool {
        self.words.get(word).is_some_and(|info| info.family_name_first)
    }

    /// The classes of an ordinary word.
    pub fn word_classes(&self, word: &str) -> WordClasses {
        self.words.get(word).map(|info| info.classes).unwrap_or_default()
    }

    /// The country with this ISO 3166 alpha-3 code.
    pub fn country_by_iso3(&self, iso3: &str) -> Option<CountryId> {
        self.country_by_iso3.get(iso3).copied()
    }

    /// The country with this entity key (`country:russia`).
    pub fn country_by_key(&self, key: &str) -> Option<CountryId> {
        self.country_by_key.get(key).copied()
    }

    /// The title with this canonical name.
    pub fn title_by_canonical(&self, canonical: &str) -> Option<TitleId> {
        self.title_by_canonical.get(canonical).copied()
    }

    /// The known person a name belongs to, by any of its spellings.
    pub fn known_person(&self, name: &str) -> Option<&KnownPerson> {
        self.person_by_slug.get(&slug(name)).map(|&i| &self.persons[i])
    }

    /// Counts of entries, for `--help` texts and tests.
    pub fn stats(&self) -> LexiconStats {
        LexiconStats {
            countries: self.countries.len(),
            titles: self.titles.len(),
            given_names: self.given_name_count,
            family_names: self.family_name_count,
            organizations: self.organizations.len(),
            phrases: self.phrases.phrase_count,
        }
    }
}

/// How many entries a lexicon holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct LexiconStats {
    pub countries: usize,
    pub titles: usize,
    pub given_names: usize,
    pub family_names: usize,
    pub organizations: usize,
    pub phrases: usize,
}

impl fmt::Display for LexiconStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} countries, {} titles, {} given names, {} family names, {} organizations",
            self.countries, self.titles, self.given_names, self.family_names, self.organizations
        )
    }
}

fn expect_fields(fields: &[&str], n: usize, what: &str) -> Result<(), String> {
    if fields.len() != n {
        return Err(format!("expected {n} tab-separated fields ({what}), found {}", fields.len()));
    }
    if fields[0].is_empty() {
        return Err("the first field is empty".into());
    }
    Ok(())
}

fn to_id(len: usize) -> Result<u16, String> {
    u16::try_from(len).map_err(|_| "too many entries of this kind (at most 65,535)".to_string())
}

fn list_items(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|item| !item.is_empty() && *item != "-")
}

/// An all-capitals abbreviation such as "US", "UK", "AP" (at least two letters).
fn is_abbreviation(surface: &str) -> bool {
    let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase()) && !surface.contains(' ')
}

/// The plural of a title's surface form: its last word inflected ("special envoys",
/// "spokesmen", "secretaries of state" is left alone). `None` for honorifics and phrases
/// with "of".
fn plural_of(surface: &str) -> Option<String> {
    if surface.contains(" of ") || surface.ends_with('.') || is_abbreviation(surface) {
        return None;
    }
    let (head, last) = match surface.rsplit_once(' ') {
        Some((head, last)) => (Some(head), last),
        None => (None, surface),
    };
    let lower = last.to_lowercase();
    let plural = if let Some(stem) = lower.strip_suffix("man") {
        format!("{stem}men")
    } else if lower.ends_with("person") {
        format!("{}people", &lower[..lower.len() - "person".len()])
    } else if lower.ends_with('s') || lower.ends_with("sh") || lower.ends_with("ch") {
        format!("{lower}es")
    } else if lower.ends_with('y') && !lower.ends_with("ey") && !lower.ends_with("ay") && !lower.ends_with("oy") {
        format!("{}ies", &lower[..lower.len() - 1])
    } else {
        format!("{lower}s")
    };
    Some(match head {
        Some(head) => format!("{head} {plural}"),
        None => plural,
    })
}

/// Lower-cases a word, folds curly apostrophes and removes diacritics.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_folded(&mut out, word);
    out
}

/// Appends the [`fold`] of `word` to `out` (perf: a caller can reuse one string).
pub(crate) fn push_folded(out: &mut String, word: &str) {
    if word.is_ascii() {
        // One copy and an in-place lower-casing: pushing byte by byte checked the capacity
        // for every byte.
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    for c in word.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            '\u{2019}' | '\u{2018}' => out.push('\''),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(lexicon: &Lexicon, text: &str) -> Vec<(String, Vec<PhraseEntry>)> {
        let tokens = text::tokenize(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let found = lexicon.phrases_at(text, &tokens, i, tokens.len());
            let fitting = found
                .into_iter()
                .find(|m| m.entries.iter().any(|e| lexicon.case_fits(e, text, &tokens, m.first, m.end)));
            match fitting {
                Some(m) => {
                    out.push((text[tokens[m.first].start..tokens[m.end - 1].end].to_string(), m.entries.to_vec()));
                    i = m.end;
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn builtin_lexicon_loads() {
        let lexicon = Lexicon::builtin();
        let stats = lexicon.stats();
        assert!(stats.countries >= 190, "{stats}");
        assert!(stats.given_names >= 1000, "{stats}");
        assert!(lexicon.country_by_iso3("RUS").is_some());
    }

    #[test]
    fn abbreviations_match_only_in_their_case() {
        let lexicon = Lexicon::builtin();
        let found = lookup(&lexicon, "Tell us about the US and USAID.");
        let surfaces: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert!(surfaces.contains(&"US"), "{surfaces:?}");
        assert!(!surfaces.contains(&"us"), "{surfaces:?}");
        assert!(!surfaces.iter().any(|s| s.contains("USAID") && s.len() == 2));
    }

    #[test]
    fn longest_phrase_wins() {
        let lexicon = Lexicon::builtin();
        let found = lookup(&lexicon, "The special envoy met North Korean officials.");
        let surfaces: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert!(surfaces.contains(&"special envoy"), "{surfaces:?}");
        assert!(surfaces.contains(&"North Korean"), "{surfaces:?}");
    }

    #[test]
    fn chunk_folding_lower_cases_as_the_byte_method_does() {
        for byte in 0..=255u8 {
            let chunk = u64::from_le_bytes([byte, b'Q', byte, 0xC3, byte, b'@', b'[', byte]);
            let expected = u64::from_le_bytes(chunk.to_le_bytes().map(|b| b.to_ascii_lowercase()));
            assert_eq!(fold_ascii_chunk(chunk), expected, "{byte:#x}");
        }
        let words = ["", "a", "Putin", "PRESIDENT", "Eight888", "NinePlusA", "sixteen-CHARS!!!", "Zürich"];
        for word in words {
            let lower = word.to_ascii_lowercase();
            assert_eq!(word_hash(word.as_bytes()), word_hash(lower.as_bytes()), "{word}");
            assert!(equals_folded(word.as_bytes(), lower.as_bytes()), "{word}");
            if word.len() <= SHORT_WORD {
                assert_eq!(short_key(word.as_bytes()), short_key(lower.as_bytes()), "{word}");
            }
            if word.len() < SHORT_WORD {
                assert_ne!(short_key(word.as_bytes()), short_key(format!("{lower}\0").as_bytes()), "{word}");
            }
            assert!(!equals_folded(word.as_bytes(), format!("{lower}s").as_bytes()), "{word}");
            for (i, byte) in word.bytes().enumerate() {
                let mut other = lower.clone().into_bytes();
                other[i] = byte ^ 1;
                assert!(!equals_folded(word.as_bytes(), &other), "{word} {i}");
            }
            let mut padded = [0u8; 8];
            let prefix = &word.as_bytes()[..word.len().min(8)];
            padded[..prefix.len()].copy_from_slice(prefix);
            assert_eq!(load_chunk(word.as_bytes()), u64::from_le_bytes(padded), "{word}");
        }
    }

    #[test]
    fn phrase_starts_never_turn_away_a_phrase() {
        let lexicon = Lexicon::builtin();
        let text = "Secretary of State Marco Rubio met with the Foreign Minister of the United Kingdom \
                    and called on Russia to hold talks; the White House said it demanded a ceasefire, \
                    urged Kyiv to negotiate and asked for talks with President Xi.";
        let tokens = text::tokenize(text);
        let words = lexicon.token_words(text, &tokens);
        let (mut cues, mut marks) = (0, 0);
        for i in 0..tokens.len() {
            for phrase in lexicon.phrases_iter(&words, i, tokens.len()) {
                for entry in phrase.entries {
                    if matches!(entry, PhraseEntry::Cue { .. }) {
                        assert!(lexicon.may_start_cue(&words, i), "{}", tokens[i].text(text));
                        cues += 1;
                    } else {
                        assert!(lexicon.may_start_mark(&words, i), "{}", tokens[i].text(text));
                        marks += 1;
                    }
                }
            }
        }
        assert!(cues >= 4 && marks >= 4, "{cues} cues, {marks} marks");
        // A word no phrase starts with is turned away by both.
        let rubio = tokens.iter().position(|t| t.text(text) == "Rubio").unwrap();
        assert!(!lexicon.may_start_cue(&words, rubio) && !lexicon.may_start_mark(&words, rubio));
    }

    #[test]
    fn one_char_words_have_their_own_places_in_the_table() {
        let mut seen = [false; ONE_CHAR_WORDS];
        for c in ('\0'..='\u{7f}').chain('\u{2000}'..='\u{207f}') {
            let index = one_char_index(c.to_string().as_bytes()).unwrap();
            assert!(!seen[index], "{c:?}");
            seen[index] = true;
        }
        for word in ["ab", "\u{80}", "\u{1fff}", "\u{2080}", "\u{2014}\u{2014}", "\u{e9}"] {
            assert_eq!(one_char_index(word.as_bytes()), None, "{word}");
        }
    }

    #[test]
    fn token_words_answer_as_the_single_lookups_do() {
        let mut lexicon = Lexicon::builtin();
        let text = "Vladimir Putin met U.S. envoy Steve Witkoff & Xi, the leader \u{2014} \u{201c}Yes\u{201d}\u{2026} \u{2070}";
        let tokens = text::tokenize(text);
        let check = |lexicon: &Lexicon| {
            let words = lexicon.token_words(text, &tokens);
            for (i, token) in tokens.iter().enumerate() {
                let word = token.text(text);
                assert_eq!(words.classes(i), lexicon.word_classes(word), "{word}");
                assert_eq!(words.given_name(i), lexicon.given_name(word), "{word}");
                assert_eq!(words.is_family_name_first(i), lexicon.is_family_name_first(word), "{word}");
                assert_eq!(
                    lexicon.phrases_in(&words, i, tokens.len()),
                    lexicon.phrases_at(text, &tokens, i, tokens.len())
                );
            }
        };
        check(&lexicon);
        // One-byte words are remembered; a lexicon loaded later is still seen.
        lexicon.load_str("mine.lex", "[word]\n&\tfunction\n").unwrap();
        check(&lexicon);
        let ampersand = tokens.iter().position(|t| t.text(text) == "&").unwrap();
        assert!(lexicon.token_words(text, &tokens).classes(ampersand).has(WordClasses::FUNCTION));
    }

    #[test]
    fn user_files_report_the_bad_line() {
        let mut lexicon = Lexicon::default();
        let err = lexicon.load_str("mine.lex", "[country]\nNarnia\tNAR\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.to_string().starts_with("mine.lex:2: expected 6"), "{err}");
        let err = lexicon.load_str("mine.lex", "[planet]\nMars\n").unwrap_err();
        assert!(err.message.contains("unknown section [planet]"), "{err}");
        lexicon.load_str("mine.lex", "[country]\nNarnia\tNAR\t-\tNarnian|Narnians\tCair Paravel\t-\n").unwrap();
        assert_eq!(lexicon.countries[0].key, "country:narnia");
    }
}
