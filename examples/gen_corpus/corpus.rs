//! The corpus generator behind `examples/gen_corpus` and the stage benchmarks: sample
//! articles with persons, countries and titles varied, deterministic for a seed.
//!
//! Each generated article is a template article in which every person the extractor finds
//! gets a new name from a pool that grows with the corpus, every country becomes another
//! country (name, demonym, capital and seat forms alike), and office titles are swapped within
//! their class, so the graph grows with the corpus.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use newsgraph::extract::Extractor;
use newsgraph::input::text_to_article;
use newsgraph::lexicon::{Gender, Lexicon, WordClasses};
use newsgraph::model::NodeKind;
use newsgraph::text::tokenize;

/// One generated article.
pub struct GeneratedArticle {
    /// `NNN/NNNNNN-template.txt`: the path of its `.txt` file and its JSONL id.
    pub id: String,
    /// The article text.
    pub text: String,
}

/// Generates articles until `target_bytes` of text have been produced.
pub struct Generator {
    templates: Vec<Template>,
    data: LexiconData,
    pool: PersonPool,
    rng: Rng,
    target_bytes: usize,
    written: usize,
    index: usize,
}

/// The template folders used when none are given: the bundled samples and, when present, the
/// shared corpus ($NEWSGRAPH_SHARED/corpus/articles or ../shared/corpus/articles).
pub fn default_template_dirs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared_base = std::env::var_os("NEWSGRAPH_SHARED").map_or_else(|| root.join("../shared"), PathBuf::from);
    let shared = shared_base.join("corpus/articles");
    let mut dirs = vec![root.join("examples/articles")];
    if shared.is_dir() {
        dirs.push(shared);
    }
    dirs
}

impl Generator {
    /// A generator of `target_bytes` of text from the `.txt` articles in `template_dirs`.
    pub fn new(
        template_dirs: &[PathBuf],
        target_bytes: usize,
        seed: u64,
    ) -> Result<Generator, Box<dyn std::error::Error>> {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let lexicon = Lexicon::builtin();
        let data = LexiconData::read(&root.join("data/lexicon"))?;
        let templates = read_templates(template_dirs, &lexicon)?;
        let mean_bytes = templates.iter().map(|t| t.text.len()).sum::<usize>() / templates.len();
        let estimated_articles = target_bytes / mean_bytes + 1;
        let pool = PersonPool::new(&data, &lexicon, (estimated_articles * 3 / 2).max(200));
        let rng = Rng(seed ^ 0x9e37_79b9_7f4a_7c15);
        Ok(Generator { templates, data, pool, rng, target_bytes, written: 0, index: 0 })
    }

    /// Number of template articles.
    pub fn template_count(&self) -> usize {
        self.templates.len()
    }
}

impl Iterator for Generator {
    type Item = GeneratedArticle;

    fn next(&mut self) -> Option<GeneratedArticle> {
        if self.written >= self.target_bytes {
            return None;
        }
        let template = &self.templates[self.rng.below(self.templates.len())];
        let text = vary(template, &self.data, &self.pool, &mut self.rng);
        let id = format!("{:03}/{:06}-{}.txt", self.index / 1000, self.index, template.stem);
        self.written += text.len();
        self.index += 1;
        Some(GeneratedArticle { id, text })
    }
}

/// A template article and the names in it that are varied.
struct Template {
    stem: String,
    text: String,
    /// Words of person names: (word, gender of the person, is the family name).
    person_words: Vec<(String, usize, bool)>,
    /// Genders of the persons, by person number.
    person_genders: Vec<Gender>,
    /// Countries the extractor found, by their canonical name.
    countries: Vec<String>,
}

fn read_templates(dirs: &[PathBuf], lexicon: &Lexicon) -> Result<Vec<Template>, Box<dyn std::error::Error>> {
    let mut files: BTreeMap<String, PathBuf> = BTreeMap::new();
    for dir in dirs {
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "txt") {
                let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
                files.entry(name).or_insert(path);
            }
        }
    }
    let extractor = Extractor::new(lexicon);
    let mut templates = Vec::new();
    for (name, path) in files {
        let text = fs::read_to_string(&path)?;
        let extraction = extractor.extract(&text_to_article(&name, text.clone()));
        let mut person_words = Vec::new();
        let mut person_genders = Vec::new();
        let mut countries = Vec::new();
        for entity in &extraction.entities {
            match entity.kind {
                NodeKind::Person => {
                    let words: Vec<&str> = entity.name.split_whitespace().collect();
                    let person = person_genders.len();
                    let gender = match words.as_slice() {
                        [first, _, ..] => lexicon.given_name(first).unwrap_or(Gender::Unknown),
                        _ => Gender::Unknown,
                    };
                    person_genders.push(gender);
                    let last = words.len() - 1;
                    for (i, word) in words.iter().enumerate() {
                        // Given name and family name are varied; initials and middle names stay.
                        if i == last || (i == 0 && words.len() > 1) {
                            person_words.push((word.to_string(), person, i == last));
                        }
                    }
                }
                NodeKind::Country => countries.push(entity.name.clone()),
                _ => {}
            }
        }
        let stem = Path::new(&name).file_stem().expect("a stem").to_string_lossy().into_owned();
        templates.push(Template { stem, text, person_words, person_genders, countries });
    }
    if templates.is_empty() {
        return Err("no template articles found".into());
    }
    Ok(templates)
}

/// The forms of the lexicon the generator substitutes.
struct LexiconData {
    /// Country name → its forms: (name and aliases, demonyms, capitals, seats).
    countries: BTreeMap<String, CountryForms>,
    /// Title classes → lower-case surface forms of that class.
    titles_by_class: BTreeMap<String, Vec<String>>,
    given_male: Vec<String>,
    given_female: Vec<String>,
}

#[derive(Clone, Default)]
struct CountryForms {
    names: Vec<String>,
    demonyms: Vec<String>,
    capitals: Vec<String>,
    seats: Vec<String>,
}

/// Title classes whose forms are swapped among themselves.
const VARIED_TITLE_CLASSES: &[&str] = &["head", "minister", "diplomat", "advisor", "spokesperson"];

impl LexiconData {
    fn read(dir: &Path) -> Result<LexiconData, Box<dyn std::error::Error>> {
        let mut data = LexiconData {
            countries: BTreeMap::new(),
            titles_by_class: BTreeMap::new(),
            given_male: Vec::new(),
            given_female: Vec::new(),
        };
        for line in data_lines(&fs::read_to_string(dir.join("countries.lex"))?) {
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() != 6 {
                continue;
            }
            let mut names = vec![fields[0].to_string()];
            names.extend(list(fields[2]));
            let forms =
                CountryForms { names, demonyms: list(fields[3]), capitals: list(fields[4]), seats: list(fields[5]) };
            data.countries.insert(fields[0].to_string(), forms);
        }
        for line in data_lines(&fs::read_to_string(dir.join("titles.lex"))?) {
            let fields: Vec<&str> = line.split('\t').collect();
            let plain = |s: &str| s.chars().all(|c| c.is_ascii_lowercase() || c == ' ');
            if fields.len() == 3 && VARIED_TITLE_CLASSES.contains(&fields[2]) && plain(fields[0]) {
                data.titles_by_class.entry(fields[2].to_string()).or_default().push(fields[0].to_string());
            }
        }
        for line in data_lines(&fs::read_to_string(dir.join("given-names.lex"))?) {
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                [name, "m"] => data.given_male.push(name.to_string()),
                [name, "f"] => data.given_female.push(name.to_string()),
                _ => {}
            }
        }
        Ok(data)
    }
}

/// Entry lines of a `.lex` file (no comments, blank lines or section headers).
fn data_lines(source: &str) -> impl Iterator<Item = &str> {
    source.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#') && !l.starts_with('['))
}

/// Items of a `|` list, without the `~` of ambiguous forms (those are dropped).
fn list(field: &str) -> Vec<String> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "-" && !s.starts_with('~'))
        .map(String::from)
        .collect()
}

/// The persons the generated articles name: a given name of the right gender and a made-up
/// family name, unique within the pool.
struct PersonPool {
    persons: Vec<(Gender, String, String)>,
}

impl PersonPool {
    fn new(data: &LexiconData, lexicon: &Lexicon, size: usize) -> PersonPool {
        const SYLLABLES: &[&str] = &[
            "ka", "lo", "vi", "ren", "mar", "tos", "bel", "din", "sha", "ko", "var", "lin", "dor", "ne", "ti", "ras",
            "gu", "mel", "zan", "po", "ter", "ul", "fa", "brin", "sel", "od", "quin", "har", "mi", "vos",
        ];
        const SUFFIXES: &[&str] = &["", "ov", "son", "ez", "i", "enko", "ard", "uk"];
        let mut rng = Rng(0x5eed);
        let mut persons = Vec::with_capacity(size);
        let mut n = 0usize;
        while persons.len() < size {
            let mut digits = n;
            n += 1;
            let mut family = String::new();
            for _ in 0..3 {
                family.push_str(SYLLABLES[digits % SYLLABLES.len()]);
                digits /= SYLLABLES.len();
            }
            family.push_str(SUFFIXES[digits % SUFFIXES.len()]);
            let family = capitalize(&family);
            // A made-up family name that happens to be a word the lexicon knows is skipped.
            if lexicon.given_name(&family).is_some() || lexicon.word_classes(&family) != WordClasses::default() {
                continue;
            }
            let (gender, given) = if persons.len() % 2 == 0 {
                (Gender::Male, &data.given_male[rng.below(data.given_male.len())])
            } else {
                (Gender::Female, &data.given_female[rng.below(data.given_female.len())])
            };
            persons.push((gender, given.clone(), family));
        }
        PersonPool { persons }
    }

    /// A person of the pool for a template person of `gender`: a tenth of the draws come from
    /// a few hundred well-known persons, the rest from the whole pool.
    fn draw(&self, gender: Gender, rng: &mut Rng) -> usize {
        let range = if rng.below(10) == 0 { self.persons.len().min(400) } else { self.persons.len() };
        let index = rng.below(range);
        match gender {
            Gender::Male => index & !1,
            Gender::Female => (index | 1).min(self.persons.len() - 1),
            Gender::Unknown => index,
        }
    }
}

/// One variant of a template: persons, countries and titles replaced.
fn vary(template: &Template, data: &LexiconData, pool: &PersonPool, rng: &mut Rng) -> String {
    let mut replace: HashMap<String, String> = HashMap::new();
    // Persons: each template person becomes a pool person.
    let chosen: Vec<usize> = template.person_genders.iter().map(|&g| pool.draw(g, rng)).collect();
    for (word, person, is_family) in &template.person_words {
        let (_, given, family) = &pool.persons[chosen[*person]];
        let new = if *is_family { family } else { given };
        replace.entry(word.clone()).or_insert_with(|| new.clone());
    }
    // Countries: each becomes another country, form by form.
    let names: Vec<&String> = data.countries.keys().collect();
    for country in &template.countries {
        let Some(from) = data.countries.get(country) else { continue };
        let to = &data.countries[names[rng.below(names.len())]];
        // Aliases become the name; the n-th demonym (singular, plural) the n-th one.
        let pairs = [
            (&from.names, &to.names, false),
            (&from.demonyms, &to.demonyms, true),
            (&from.capitals, &to.capitals, false),
        ];
        for (from_forms, to_forms, by_position) in pairs {
            for (i, form) in from_forms.iter().enumerate() {
                let pick = if by_position && i < to_forms.len() { i } else { 0 };
                if let Some(new) = to_forms.get(pick) {
                    replace.entry(form.clone()).or_insert_with(|| new.clone());
                }
            }
        }
        for seat in &from.seats {
            if let Some(new) = to.seats.first().or(to.capitals.first()) {
                replace.entry(seat.clone()).or_insert_with(|| new.clone());
            }
        }
    }
    // Titles: each form becomes another form of its class, in the same case. One capitalized
    // word stays: it is often part of a name ("General Assembly", "Secretary-General").
    for forms in data.titles_by_class.values() {
        for form in forms {
            let new = &forms[rng.below(forms.len())];
            replace.entry(form.clone()).or_insert_with(|| new.clone());
            if form.contains(' ') {
                replace.entry(title_case(form)).or_insert_with(|| title_case(new));
            }
        }
    }
    substitute(&template.text, &replace)
}

/// Replaces every longest run of whole tokens that is a key of `replace`.
fn substitute(text: &str, replace: &HashMap<String, String>) -> String {
    const MAX_TOKENS: usize = 6;
    let tokens = tokenize(text);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut copied = 0;
    let mut i = 0;
    while i < tokens.len() {
        let longest = (1..=MAX_TOKENS.min(tokens.len() - i)).rev().find_map(|n| {
            let span = &text[tokens[i].start..tokens[i + n - 1].end];
            replace.get(span).map(|new| (n, new))
        });
        match longest {
            Some((n, new)) => {
                out.push_str(&text[copied..tokens[i].start]);
                out.push_str(new);
                copied = tokens[i + n - 1].end;
                i += n;
            }
            None => i += 1,
        }
    }
    out.push_str(&text[copied..]);
    out
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn title_case(phrase: &str) -> String {
    phrase.split(' ').map(capitalize).collect::<Vec<_>>().join(" ")
}

/// SplitMix64: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}
