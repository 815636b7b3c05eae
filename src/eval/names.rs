//! How the scorer compares names and titles: `norm` and `title_head` of `score.py`, with its
//! folding tables.
//!
//! The tables are part of the scoring rule of SCHEMA §5, copied from the reference scorer: they
//! are not the extractor's lexicon and must not grow with it. A change here changes every
//! figure, so it is made in `score.py` first and then mirrored here (`tests/it/eval.rs` compares
//! both on every title of the shared gold set and on the graphs newsgraph builds from it).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// Word-level synonyms folded before taking a head (`TITLE_FOLD` in score.py).
pub const TITLE_FOLD: &[(&str, &str)] = &[
    ("adviser", "advisor"),
    ("advisers", "advisor"),
    ("defence", "defense"),
    ("spokesman", "spokesperson"),
    ("spokeswoman", "spokesperson"),
    ("spokesmen", "spokesperson"),
    ("counsellor", "advisor"),
    ("counselor", "advisor"),
];

/// Whole-title synonyms (`PHRASE_FOLD` in score.py).
pub const PHRASE_FOLD: &[(&str, &str)] = &[
    ("mp", "member of parliament"),
    ("pm", "prime minister"),
    ("premier", "prime minister"),
    ("foreign secretary", "foreign minister"),
    ("minister of foreign affairs", "foreign minister"),
    ("foreign affairs minister", "foreign minister"),
    ("secretary of defense", "defense minister"),
    ("press secretary", "spokesperson"),
    ("congressman", "representative"),
    ("congresswoman", "representative"),
    ("secretary general", "secretary-general"),
];

/// Words that end a title, so "Bank of Japan governor" keeps its last word (`TITLE_WORDS`).
pub const TITLE_WORDS: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "governor",
    "chancellor",
    "king",
    "queen",
    "senator",
    "ambassador",
    "envoy",
    "aide",
    "advisor",
    "spokesperson",
    "negotiator",
    "general",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "head",
    "chief",
    "commissioner",
    "mayor",
    "representative",
    "deputy",
    "official",
    "diplomat",
    "judge",
    "prosecutor",
    "attorney",
    "premier",
    "emir",
    "prince",
    "sultan",
    "monarch",
    "commander",
    "admiral",
    "officer",
    "executive",
    "ceo",
    "founder",
    "speaker",
    "lawmaker",
    "legislator",
    "delegate",
    "consul",
    "coordinator",
    "counsel",
    "adviser",
    "spokesman",
    "spokeswoman",
    "ruler",
    "dictator",
];

/// Offices whose "X general" is civil, not military (`CIVIL_GENERALS`).
pub const CIVIL_GENERALS: &[&str] = &[
    "attorney",
    "solicitor",
    "secretary",
    "director",
    "governor",
    "inspector",
    "surgeon",
    "postmaster",
    "auditor",
    "consul",
    "procurator",
    "prosecutor",
];

/// Characters `norm` strips from both ends of a name.
const STRIPPED: &[char] = &[' ', '\t', '\n', '"', '\'', '(', ')', '[', ']', ',', ';', ':', '!', '?'];

/// The case-, diacritic- and punctuation-insensitive form of a name (`norm` in score.py):
/// NFKD without combining marks, curly apostrophes straightened, dots dropped, hyphens as
/// spaces, lowercase, surrounding quotes and punctuation and a leading "the " removed, runs of
/// white space as one space.
///
/// ```
/// use newsgraph::eval::norm;
/// assert_eq!(norm("The Élysée"), "elysee");
/// assert_eq!(norm("  U.S.  "), "us");
/// assert_eq!(norm("Secretary-General"), "secretary general");
/// ```
pub fn norm(s: &str) -> String {
    let folded: String = s.nfkd().filter(|&c| canonical_combining_class(c) == 0).collect();
    let folded = folded.replace(['\u{2019}', '\u{2018}'], "'").replace('.', "").replace('-', " ");
    let lower = folded.to_lowercase();
    let stripped = lower.trim_matches(STRIPPED);
    let rest = stripped.strip_prefix("the ").unwrap_or(stripped);
    python_words(rest).collect::<Vec<_>>().join(" ")
}

/// The words of `s` as Python's `str.split()` gives them: its white space is Unicode's plus
/// the four ASCII information separators.
fn python_words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)).filter(|w| !w.is_empty())
}

fn lookup<'a>(table: &[(&str, &'a str)], key: &str) -> Option<&'a str> {
    table.iter().find(|(from, _)| *from == key).map(|(_, to)| *to)
}

/// The word two titles must share to match (`title_head` in score.py): "senior advisor" ~
/// "advisor", "Foreign Secretary" ~ "minister", "director of public prosecutions" → "director",
/// "Bank of Japan governor" → "governor"; "prime-minister", "vice-president",
/// "secretary-general", "attorney-general", "secretary-of-state" and "chief-of-staff" are
/// heads of their own.
///
/// ```
/// use newsgraph::eval::title_head;
/// assert_eq!(title_head("Home Secretary"), "minister");
/// assert_eq!(title_head("UN Secretary-General"), "secretary-general");
/// ```
pub fn title_head(title: &str) -> String {
    // score.py replaces "secretary-general" after `norm`, which has already turned the hyphen
    // into a space: the replacement never fires, so it is not repeated here.
    let normalized = norm(title);
    let words: Vec<&str> = python_words(&normalized).map(|w| lookup(TITLE_FOLD, w).unwrap_or(w)).collect();
    let joined = words.join(" ");
    let mut folded = lookup(PHRASE_FOLD, &joined).map_or(joined, str::to_string);
    for fixed in ["secretary of state", "chief of staff"] {
        if folded == fixed || folded.ends_with(&format!(" {fixed}")) {
            return fixed.replace(' ', "-");
        }
    }
    let last_is_title = python_words(&folded).last().is_some_and(|w| TITLE_WORDS.contains(&w));
    if folded.contains(" of ") && !last_is_title {
        // "director of public prosecutions" -> director, but "bank of japan governor" keeps governor
        folded = folded.split(" of ").next().unwrap_or("").to_string();
    }
    let folded: Vec<&str> = python_words(&folded).collect();
    let n = folded.len();
    if n >= 2 && folded[n - 1] == "secretary" && !folded.contains(&"of") {
        return "minister".to_string(); // British cabinet posts: Home Secretary, Trade Secretary
    }
    for (first, second) in [("prime", "minister"), ("vice", "president")] {
        if n >= 2 && folded[n - 2] == first && folded[n - 1] == second {
            return format!("{first}-{second}"); // distinct offices, not kinds of minister/president
        }
    }
    if n >= 2 && folded[n - 1] == "general" && CIVIL_GENERALS.contains(&folded[n - 2]) {
        return format!("{}-general", folded[n - 2]); // attorney general, secretary-general: not military
    }
    folded.last().map_or(String::new(), |w| w.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(title: &str, head: &str) {
        assert_eq!(title_head(title), head, "title_head({title:?})");
    }

    #[test]
    fn heads_follow_schema_section_5() {
        check("senior advisor", "advisor");
        check("Senior Adviser", "advisor");
        check("foreign minister", "minister");
        check("Foreign Secretary", "minister");
        check("Home Secretary", "minister");
        check("Defence Secretary", "minister");
        check("Secretary of Defense", "minister");
        check("minister of foreign affairs", "minister");
        check("Bank of Japan governor", "governor");
        check("director of public prosecutions", "director");
        check("MP", "member");
        check("PM", "prime-minister");
        check("premier", "prime-minister");
        check("Prime Minister", "prime-minister");
        check("vice president", "vice-president");
        check("secretary-general", "secretary-general");
        check("UN Secretary-General", "secretary-general");
        check("Secretary General", "secretary-general");
        check("attorney general", "attorney-general");
        check("Attorney-General", "attorney-general");
        check("Major General", "general");
        check("secretary of state", "secretary-of-state");
        check("U.S. Secretary of State", "secretary-of-state");
        check("White House chief of staff", "chief-of-staff");
        check("spokesman", "spokesperson");
        check("press secretary", "spokesperson");
        check("congresswoman", "representative");
        check("president", "president");
        check("", "");
    }

    #[test]
    fn names_fold_case_diacritics_and_punctuation() {
        assert_eq!(norm("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
        assert_eq!(norm("The Kremlin"), "kremlin");
        assert_eq!(norm("the  White\u{a0}House "), "white house");
        assert_eq!(norm("U.S."), "us");
        assert_eq!(norm("Mr. Putin"), "mr putin");
        assert_eq!(norm("al-Sisi"), "al sisi");
        assert_eq!(norm("(Putin),"), "putin");
        assert_eq!(norm("O\u{2019}Brien"), "o'brien");
        assert_eq!(norm("'Witkoff'"), "witkoff");
        assert_eq!(norm("Theresa May"), "theresa may");
        assert_eq!(norm("Ｐｕｔｉｎ"), "putin");
        assert_eq!(norm("a\u{1c}b"), "a b");
        assert_eq!(norm(""), "");
    }
}
