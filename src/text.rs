//! Tokens and sentences with byte offsets.
//!
//! The tokenizer and the sentence splitter are written for news prose: abbreviations ("U.S.",
//! "Dec.", "Mr.", "Gen.", "No. 10") and initials do not end sentences, headlines and datelines on
//! their own line do, and every token keeps its byte span so evidence can point into the
//! original text. This module knows nothing of names or lexicons; it never fails and never
//! allocates per token beyond the token vector.

use crate::model::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenClass {
    /// Letters (and digits, apostrophes or dots inside them): `Putin`, `U.S.`, `O'Brien`.
    Word,
    /// A number: `2,000`, `1.26`, `2025`.
    Number,
    /// A possessive ending: `'s`, `’s`, or a lone `'` after a plural.
    Possessive,
    /// One punctuation or symbol character.
    Punct,
}

/// One token of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the token is made of.
    pub class: TokenClass,
    /// Whitespace separates it from the previous token.
    pub space_before: bool,
    /// A line break separates it from the previous token.
    pub newline_before: bool,
    /// It starts with an upper-case letter.
    pub capitalized: bool,
    /// It has at least two letters, all upper case (`NATO`, `US`, `CHIRAC`).
    pub all_caps: bool,
    /// The tokenizer saw that it is all ASCII: true for most words and marks of news text,
    /// false for the others and where it did not look (perf: lookups skip the test).
    pub(crate) known_ascii: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }

    /// The token's bytes: [`Token::text`] without the test that its ends are character
    /// boundaries (perf: for comparisons with known words and marks, asked of every token).
    pub fn bytes<'a>(&self, source: &'a str) -> &'a [u8] {
        &source.as_bytes()[self.start..self.end]
    }

    /// The token's byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// True for words.
    pub fn is_word(&self) -> bool {
        self.class == TokenClass::Word
    }
}

/// One sentence: its span and the range of its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Bytes of the sentence, without surrounding whitespace.
    pub span: Span,
    /// Index of its first token in [`Document::tokens`].
    pub first_token: usize,
    /// One past the index of its last token.
    pub end_token: usize,
}

/// An article's text cut into tokens and sentences.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// All tokens, in text order.
    pub tokens: Vec<Token>,
    /// All sentences, in text order; together they cover every token once.
    pub sentences: Vec<Sentence>,
}

/// Longest sentence, in tokens: a longer run without a sentence end (a 100 MB line without
/// punctuation, a list of 10^5 names) is cut into pieces of this many tokens, so the rules,
/// which look at every pair of items of a sentence at worst, stay linear in the article. Real
/// sentences stay far below it (the longest of the shared corpus has under 100 tokens).
pub const MAX_SENTENCE_TOKENS: usize = 256;

/// Abbreviations that keep their period (compared case-insensitively, without the period).
const ABBREVIATIONS: WordList = WordList::new(&[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "brig",
    "rev", "hon", "sen", "rep", "gov", "pres", "amb", "sr", "jr", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
    "sat", "sun", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "bros", "dept", "univ", "approx", "est", "fig",
    "vol", "ave", "blvd", "cf", "al", "op", "ed", "eds",
]);

/// Abbreviations that name titles or precede a number or name: never the end of a sentence.
const NON_FINAL_ABBREVIATIONS: WordList = WordList::new(&[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "brig",
    "rev", "hon", "sen", "rep", "gov", "pres", "amb", "st", "mt", "ft", "no", "nos", "vs", "cf",
]);

/// Words that commonly open a sentence; after an ambiguous abbreviation ("U.S.", "Inc.") they
/// mark a new sentence.
const SENTENCE_OPENERS: WordList = WordList::new(&[
    "a",
    "after",
    "also",
    "an",
    "and",
    "as",
    "at",
    "but",
    "despite",
    "during",
    "for",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "meanwhile",
    "mr",
    "mrs",
    "ms",
    "on",
    "our",
    "she",
    "since",
    "so",
    "some",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "under",
    "we",
    "when",
    "while",
    "with",
    "yet",
    "you",
]);

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // General Punctuation (’ “ ” — … and spaces) holds no letter, digit or combining mark:
    // news text is full of it, so it is answered without the Unicode tables.
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return c == '\u{200d}';
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) || c == '\u{200d}'
}

/// A fixed list of words, ASCII case aside, with a quick filter in front of it.
///
/// Perf: the tokenizer and the relation rules ask whether a word is one of a list tens of
/// thousands of times per megabyte, and most answers are no. The filter has one bit per (first
/// letter, last letter, length) of the list's words, hashed into 1,024, so most other words are
/// turned away by one bit test, without a comparison. (A filter of 128 bits let half the words
/// of a text through for lists of a hundred words, each then compared with the whole list.)
pub(crate) struct WordList {
    /// The words, as listed.
    pub(crate) words: &'static [&'static str],
    filter: [u64; WordList::FILTER_WORDS],
}

impl WordList {
    /// The filter's size in 64-bit words.
    const FILTER_WORDS: usize = 16;

    /// The list of `words`, its filter computed at compile time.
    pub(crate) const fn new(words: &'static [&'static str]) -> WordList {
        let mut filter = [0; WordList::FILTER_WORDS];
        let mut i = 0;
        while i < words.len() {
            let bit = WordList::filter_bit(words[i].as_bytes());
            filter[bit / 64] |= 1 << (bit % 64);
            i += 1;
        }
        WordList { words, filter }
    }

    /// The word's bit in the filter: equal for words equal but for ASCII case.
    const fn filter_bit(word: &[u8]) -> usize {
        let (Some(first), Some(last)) = (word.first(), word.last()) else { return 0 };
        let key =
            (first.to_ascii_lowercase() as u32) << 16 | (last.to_ascii_lowercase() as u32) << 8 | word.len() as u32;
        // The high bits of a multiplicative hash: every bit of the key reaches them.
        (key.wrapping_mul(0x9e37_79b1) >> 22) as usize
    }

    /// Whether `word` is one of the list's words, ASCII case aside.
    pub(crate) fn contains(&self, word: impl AsRef<[u8]>) -> bool {
        let word = word.as_ref();
        let bit = WordList::filter_bit(word);
        self.filter[bit / 64] >> (bit % 64) & 1 != 0 && among(word, self.words)
    }
}

/// Whether `word` is one of `words`, ASCII case aside (lengths compared first: most words
/// differ in length).
pub(crate) fn among(word: &[u8], words: &[&str]) -> bool {
    words.iter().any(|w| w.len() == word.len() && w.as_bytes().eq_ignore_ascii_case(word))
}

/// Whether `text` contains `needle` with ASCII letters in any case (other bytes exactly): what
/// `text.to_ascii_lowercase().contains(needle)` answers for a lower-case needle, without the
/// copy. Candidates are found by `memchr` on the needle's first byte in both cases: fast for a
/// whole article and a needle whose first letter is rare, slower than a copy for a sentence.
pub(crate) fn contains_ignore_ascii_case(text: &str, needle: &str) -> bool {
    let (text, needle) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else { return true };
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), text)
        .any(|at| text.get(at..at + needle.len()).is_some_and(|found| found.eq_ignore_ascii_case(needle)))
}

/// Splits `text` into tokens and sentences.
pub fn analyze(text: &str) -> Document {
    let tokens = tokenize(text);
    let sentences = split_sentences(text, &tokens);
    Document { tokens, sentences }
}

/// [`BYTE_CLASS`] of an upper-case ASCII letter.
const UPPER: u8 = 1;
/// [`BYTE_CLASS`] of a lower-case ASCII letter.
const LOWER: u8 = 2;
/// [`BYTE_CLASS`] of an ASCII digit: neither case.
const DIGIT: u8 = 4;

/// The class of each byte in an ASCII word: 0 ends the word. One load per byte instead of
/// three range tests (perf: the word loop sees nearly every byte of the text).
const BYTE_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = if b.is_ascii_uppercase() {
            UPPER
        } else if b.is_ascii_lowercase() {
            LOWER
        } else if b.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        byte += 1;
    }
    table
};

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut pos = 0;
    let mut space_before = true;
    let mut newline_before = true;
    while pos < bytes.len() {
        // A plain space, the commonest byte between tokens, skipped without decoding.
        if bytes[pos] == b' ' {
            space_before = true;
            pos += 1;
            continue;
        }
        let c = char_at(text, pos);
        if c.is_whitespace() {
            if c == '\n' {
                newline_before = true;
            }
            space_before = true;
            pos += c.len_utf8();
            continue;
        }
        let start = pos;
        let class;
        // Counted while an ASCII word is scanned; `None` when the token must be looked at again.
        let mut case = None;
        let mut known_ascii = false;
        if c.is_ascii_alphabetic() {
            // The common case, in one pass: ASCII letters and digits, counting capitals and
            // noting any lower-case letter (perf: the letters are counted only for `all_caps`,
            // which needs them only when none is lower case, when they are the capitals).
            let (mut upper, mut classes) = (0, 0);
            while let Some(&byte) = bytes.get(pos) {
                let class = BYTE_CLASS[usize::from(byte)];
                if class == 0 {
                    break;
                }
                upper += usize::from(class & UPPER);
                classes |= class;
                pos += 1;
            }
            let all_upper = classes & LOWER == 0;
            let scanned = pos;
            // Only an apostrophe, a dot or a non-ASCII character can continue the word (perf:
            // most words end at a space or an ASCII mark, and are not scanned again).
            if bytes.get(pos).is_some_and(|&byte| !byte.is_ascii() || byte == b'\'' || byte == b'.') {
                pos = scan_word_from(text, start, pos);
            }
            if pos == scanned {
                case = Some((bytes[start].is_ascii_uppercase(), upper, all_upper));
                known_ascii = true;
            }
            class = TokenClass::Word;
        } else if c.is_ascii_digit() {
            pos = scan_number(text, pos);
            // "2025s", "5th": letters glued to a number stay in the token.
            while pos < bytes.len() && char_at(text, pos).is_alphabetic() {
                pos += char_at(text, pos).len_utf8();
            }
            class = TokenClass::Number;
            // Starts with a digit: not capitalized, and never all capitals as it is no word.
            case = Some((false, 0, true));
        } else if is_word_char(c) {
            pos = scan_word(text, pos);
            class = TokenClass::Word;
        } else if is_apostrophe(c) && possessive_follows(text, pos, &tokens, start) {
            pos += c.len_utf8();
            if pos < bytes.len() && matches!(bytes[pos], b's' | b'S') && !next_is_word_char(text, pos + 1) {
                pos += 1;
            }
            class = TokenClass::Possessive;
            // Starts with an apostrophe: not capitalized, and never all capitals as it is no word.
            case = Some((false, 0, true));
        } else {
            pos += c.len_utf8();
            class = TokenClass::Punct;
            // One character that is no letter (perf: `letter_case` is not asked of every mark).
            case = Some((!c.is_ascii() && c.is_uppercase(), 0, true));
            known_ascii = c.is_ascii();
        }
        let (capitalized, letters, all_upper) = case.unwrap_or_else(|| letter_case(&text[start..pos]));
        tokens.push(Token {
            start,
            end: pos,
            class,
            space_before,
            newline_before,
            capitalized,
            all_caps: class == TokenClass::Word && letters >= 2 && all_upper,
            known_ascii,
        });
        space_before = false;
        newline_before = false;
    }
    tokens
}

/// Whether a token starts with an upper-case letter, how many letters it has, and whether
/// they are all upper case.
fn letter_case(token: &str) -> (bool, usize, bool) {
    if token.is_ascii() {
        let bytes = token.as_bytes();
        let letters = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
        let all_upper = !bytes.iter().any(u8::is_ascii_lowercase);
        return (bytes.first().is_some_and(u8::is_ascii_uppercase), letters, all_upper);
    }
    let first = token.chars().next().unwrap_or(' ');
    let mut letters = 0;
    let mut all_upper = true;
    for ch in token.chars() {
        if ch.is_alphabetic() {
            letters += 1;
            if !ch.is_uppercase() {
                all_upper = false;
            }
        }
    }
    (first.is_uppercase(), letters, all_upper)
}

/// The character at byte `pos` (`'\0'` at the end); ASCII without decoding.
fn char_at(text: &str, pos: usize) -> char {
    match text.as_bytes().get(pos) {
        Some(&byte) if byte.is_ascii() => byte as char,
        _ => text[pos..].chars().next().unwrap_or('\0'),
    }
}

fn next_is_word_char(text: &str, pos: usize) -> bool {
    pos < text.len() && is_word_char(char_at(text, pos))
}

/// An apostrophe directly after a word and followed by `s` + non-letter, or by a non-letter
/// after a word ending in `s` ("Gates' company"), is a possessive.
fn possessive_follows(text: &str, pos: usize, tokens: &[Token], start: usize) -> bool {
    let Some(prev) = tokens.last() else { return false };
    if prev.end != start || prev.class != TokenClass::Word {
        return false;
    }
    let after = pos + char_at(text, pos).len_utf8();
    let next = char_at(text, after);
    if (next == 's' || next == 'S') && !next_is_word_char(text, after + 1) {
        return true;
    }
    !is_word_char(next) && text[..start].ends_with(['s', 'S'])
}

fn scan_number(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        let b = bytes[pos];
        let separator_in_number = (b == b',' || b == b'.') && pos + 1 < bytes.len() && bytes[pos + 1].is_ascii_digit();
        if !(b.is_ascii_digit() || separator_in_number) {
            break;
        }
        pos += 1;
    }
    pos
}

/// Scans a word from `pos`: letters, digits, inner apostrophes before a letter (O'Brien, don't,
/// but not the possessive 's), and the dots of abbreviations (U.S., Dec., J.).
fn scan_word(text: &str, pos: usize) -> usize {
    scan_word_from(text, pos, pos)
}

/// [`scan_word`] of the word that starts at `start`, whose letters and digits are scanned up
/// to `pos` already.
fn scan_word_from(text: &str, start: usize, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        while pos < bytes.len() {
            // ASCII letters and digits continue the word, other ASCII but `'` ends it.
            let byte = bytes[pos];
            if byte.is_ascii_alphanumeric() {
                pos += 1;
                continue;
            }
            if byte.is_ascii() && byte != b'\'' {
                break;
            }
            let c = char_at(text, pos);
            if is_word_char(c) {
                pos += c.len_utf8();
            } else if is_apostrophe(c) {
                let after = pos + c.len_utf8();
                let next = char_at(text, after);
                let possessive = (next == 's' || next == 'S') && !next_is_word_char(text, after + 1);
                if is_word_char(next) && !possessive {
                    pos = after;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        // A dot glued between letters continues an abbreviation: "U.S", "e.g".
        if pos + 1 < bytes.len() && bytes[pos] == b'.' && next_is_letter(text, pos + 1) {
            let word = &text[start..pos];
            let last_piece = word.rsplit('.').next().unwrap_or(word);
            if last_piece.chars().count() <= 2 {
                pos += 1;
                continue;
            }
        }
        break;
    }
    // A final dot belongs to the word for abbreviations and initials.
    if pos < bytes.len() && bytes[pos] == b'.' {
        let word = &text[start..pos];
        let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
        let dotted = word.contains('.');
        if single_letter || dotted || ABBREVIATIONS.contains(word) {
            pos += 1;
        }
    }
    pos
}

fn next_is_letter(text: &str, pos: usize) -> bool {
    pos < text.len() && char_at(text, pos).is_alphabetic()
}

fn is_closing(c: &str) -> bool {
    matches!(c, "\"" | "'" | "\u{201d}" | "\u{2019}" | ")" | "]" | "\u{bb}")
}

/// Cuts tokens into sentences.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let mut end_here = false;
        let mut last = i; // last token of the sentence if it ends here
        let next_index = |k: usize| -> Option<&Token> { tokens.get(k) };
        // Whether the token ends in a dot, read from its last byte (perf: most tokens are
        // words, which need no other byte of theirs read here).
        let ends_in_dot = text.as_bytes()[token.end - 1] == b'.';
        if token.class == TokenClass::Punct
            && matches!(token.bytes(text), b"." | b"!" | b"?" | b"\xe2\x80\xa6" /* … */)
        {
            // Swallow repeated terminators and closing quotes/brackets.
            let mut k = i + 1;
            while let Some(n) = next_index(k) {
                let nt = n.text(text);
                let glued = !n.space_before && (matches!(nt, "." | "!" | "?") || is_closing(nt));
                // A typographic closing quote after a space still closes this sentence.
                let spaced_close = n.space_before && nt == "\u{201d}" && k == i + 1;
                if !(glued || spaced_close) {
                    break;
                }
                last = k;
                k += 1;
            }
            end_here = match next_index(last + 1) {
                None => true,
                Some(n) => starts_sentence(text, n) || n.newline_before,
            };
        } else if token.class == TokenClass::Word && ends_in_dot && token.end - token.start > 1 {
            // An abbreviation: a sentence ends here only when what follows clearly opens one.
            let bare = token.text(text).trim_end_matches('.');
            let initial = bare.chars().count() == 1 && token.capitalized;
            let final_ok = !(initial || NON_FINAL_ABBREVIATIONS.contains(bare));
            if final_ok {
                end_here = match next_index(i + 1) {
                    None => true,
                    Some(n) => {
                        n.newline_before
                            || (n.capitalized && n.class == TokenClass::Word && SENTENCE_OPENERS.contains(n.text(text)))
                            || matches!(n.text(text), "\u{201c}" | "\"")
                    }
                };
            }
        }
        // A line break ends a sentence unless the next line continues it in lower case.
        if !end_here {
            if let Some(n) = next_index(i + 1) {
                if n.newline_before {
                    let blank_line = text[token.end..n.start].matches('\n').count() >= 2;
                    let continues = n.text(text).chars().next().is_some_and(char::is_lowercase);
                    end_here = blank_line || !continues;
                }
            } else {
                end_here = true;
            }
        }
        if !end_here && i + 1 - first >= MAX_SENTENCE_TOKENS {
            (end_here, last) = (true, i);
        }
        if end_here {
            let first_token = &tokens[first];
            sentences.push(Sentence {
                span: Span::new(first_token.start, tokens[last].end),
                first_token: first,
                end_token: last + 1,
            });
            first = last + 1;
            i = last + 1;
        } else {
            i += 1;
        }
    }
    sentences
}

fn starts_sentence(text: &str, token: &Token) -> bool {
    if token.capitalized || token.class == TokenClass::Number {
        return true;
    }
    let t = token.text(text);
    matches!(t, "\"" | "\u{201c}" | "'" | "\u{2018}" | "(" | "[" | "-" | "\u{2014}" | "\u{2013}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_case_blind_search_agrees_with_lower_casing_a_copy() {
        let texts =
            ["Photo: Reuters", "HEBA Habib Contributed to this Report", "Ünïcode ÇONTRIBUTED", "", "a", "é é É"];
        let needles = ["photo:", "contributed", "contributed to this report", " is a ", "é", "", "x", "to this"];
        for text in texts {
            for needle in needles {
                let lower = text.to_ascii_lowercase();
                assert_eq!(contains_ignore_ascii_case(text, needle), lower.contains(needle), "{text:?} {needle:?}");
            }
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        let doc = analyze(text);
        doc.sentences.iter().map(|s| &text[s.span.start..s.span.end]).collect()
    }

    #[test]
    fn possessives_split_from_names() {
        assert_eq!(words("Ukraine’s Foreign Minister"), ["Ukraine", "’s", "Foreign", "Minister"]);
        assert_eq!(words("Mr Gates' company"), ["Mr", "Gates", "'", "company"]);
        assert_eq!(words("O'Brien don't"), ["O'Brien", "don't"]);
    }

    #[test]
    fn tokens_know_their_case() {
        let text = "NATO U.S. McCain iPhone CHIRAC A1 A Ökonom ÉLYSÉE O'BRIEN x2";
        let flags: Vec<(&str, bool, bool)> =
            tokenize(text).iter().map(|t| (t.text(text), t.capitalized, t.all_caps)).collect();
        assert_eq!(
            flags,
            [
                ("NATO", true, true),
                ("U.S.", true, true),
                ("McCain", true, false),
                ("iPhone", false, false),
                ("CHIRAC", true, true),
                ("A1", true, false),
                ("A", true, false),
                ("Ökonom", true, false),
                ("ÉLYSÉE", true, true),
                ("O'BRIEN", true, true),
                ("x2", false, false),
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_keep_their_dots() {
        assert_eq!(words("U.S. President Donald J. Trump"), ["U.S.", "President", "Donald", "J.", "Trump"]);
        assert_eq!(words("U.S.-drafted"), ["U.S.", "-", "drafted"]);
        assert_eq!(words("on Dec. 2, 2025"), ["on", "Dec.", "2", ",", "2025"]);
        assert_eq!(words("Kim Jong-un"), ["Kim", "Jong", "-", "un"]);
        assert_eq!(words("$2,000.50 and 1.26%"), ["$", "2,000.50", "and", "1.26", "%"]);
    }

    #[test]
    fn sentences_survive_abbreviations() {
        assert_eq!(
            sentences("Mr. Trump met Gen. Smith on Dec. 2. He left. The U.S. Army stayed."),
            ["Mr. Trump met Gen. Smith on Dec. 2.", "He left.", "The U.S. Army stayed."]
        );
        assert_eq!(
            sentences("Relations with the U.S. The president said so."),
            ["Relations with the U.S.", "The president said so."]
        );
        assert_eq!(sentences("He went to No. 10 Downing Street."), ["He went to No. 10 Downing Street."]);
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("\u{201c}We are ready.\u{201d} Ushakov said. \"Yes!\" he added."),
            ["\u{201c}We are ready.\u{201d}", "Ushakov said.", "\"Yes!\" he added."]
        );
    }

    #[test]
    fn lines_without_punctuation_are_sentences() {
        assert_eq!(
            sentences("The Tuesday Summit\nThe comments follow.\n\nObstacles to Peace\nDespite it all."),
            ["The Tuesday Summit", "The comments follow.", "Obstacles to Peace", "Despite it all."]
        );
        assert_eq!(sentences("a wrapped\nline goes on."), ["a wrapped\nline goes on."]);
    }

    #[test]
    fn the_case_shortcuts_agree_with_letter_case() {
        let text = "NATO’s 2025s 5th “Quote” — \u{24b6} ’S Gates' O'Brien ÉLYSÉE x2 U.S. … ¿Qué? 'S' ½ ABC, def.";
        for token in tokenize(text) {
            let (capitalized, letters, all_upper) = letter_case(token.text(text));
            let all_caps = token.class == TokenClass::Word && letters >= 2 && all_upper;
            assert_eq!((token.capitalized, token.all_caps), (capitalized, all_caps), "{:?}", token.text(text));
            assert!(!token.known_ascii || token.text(text).is_ascii(), "{:?}", token.text(text));
        }
        let plain = "The envoy met Xi, then left.";
        assert!(tokenize(plain).iter().all(|t| t.known_ascii));
    }

    #[test]
    fn word_lists_find_their_words_in_any_case() {
        assert!(SENTENCE_OPENERS.contains("Meanwhile") && SENTENCE_OPENERS.contains("THE"));
        assert!(ABBREVIATIONS.contains("Approx") && !ABBREVIATIONS.contains("approximately"));
        // The filter never turns away a listed word, in any ASCII case.
        for list in [&ABBREVIATIONS, &NON_FINAL_ABBREVIATIONS, &SENTENCE_OPENERS] {
            for word in list.words {
                assert!(list.contains(word) && list.contains(word.to_ascii_uppercase()), "{word}");
                assert!(list.contains(word.to_ascii_lowercase()), "{word}");
            }
        }
    }

    #[test]
    fn general_punctuation_is_never_part_of_a_word() {
        for c in '\u{2000}'..='\u{206f}' {
            let general = c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) || c == '\u{200d}';
            assert_eq!(is_word_char(c), general, "{c:?}");
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for text in ["", ".", "'", "’s", "...", "U.S", "a.b.c.d.e.f", "\u{200d}\u{200d}", "٣ العربية."] {
            let doc = analyze(text);
            assert!(doc.sentences.iter().all(|s| s.span.end <= text.len()));
        }
    }
}
