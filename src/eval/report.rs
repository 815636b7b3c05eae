//! Micro-averaged totals over articles and the two ways score.py prints them: the table and
//! the `--json` summary, byte for byte. Pure: the binary decides where the text goes.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use serde::Serialize;

use super::ArticleScore;

/// True positives, false positives and false negatives of one key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// System facts that match a gold fact.
    pub tp: i64,
    /// System facts that match nothing.
    pub fp: i64,
    /// Gold facts nothing matched (`fn` in score.py).
    pub fn_: i64,
}

/// Precision, recall and F1 with score.py's conventions: precision is 1 when nothing was found
/// and nothing was missed (0 when something was missed), recall is 1 when there was nothing to
/// find, F1 is 0 when both are 0.
pub fn prf(counts: Counts) -> (f64, f64, f64) {
    let Counts { tp, fp, fn_ } = counts;
    let p = if tp + fp != 0 {
        tp as f64 / (tp + fp) as f64
    } else if fn_ == 0 {
        1.0
    } else {
        0.0
    };
    let r = if tp + fn_ != 0 { tp as f64 / (tp + fn_) as f64 } else { 1.0 };
    let f = if p + r != 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

/// Counts summed over articles.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    totals: BTreeMap<String, Counts>,
    /// Articles scored (gold files read).
    pub articles: usize,
    /// Articles whose graph could not be built or read, scored as empty graphs.
    pub failed: usize,
}

impl Summary {
    /// Adds one article's counts.
    pub fn add(&mut self, score: &ArticleScore) {
        self.articles += 1;
        for (key, counts) in &score.counts {
            let total = self.totals.entry(key.clone()).or_default();
            total.tp += counts.tp;
            total.fp += counts.fp;
            total.fn_ += counts.fn_;
        }
    }

    /// Adds one article whose graph failed, scored as `score` (the empty graph's).
    pub fn add_failed(&mut self, score: &ArticleScore) {
        self.add(score);
        self.failed += 1;
    }

    /// The rows score.py prints: every key in sorted order, then `entities(all)` and
    /// `relations(all)`, the sums over the `entity:` and `rel:` keys.
    pub fn rows(&self) -> Vec<(String, Counts)> {
        let sum = |prefix: &str| {
            self.totals.iter().filter(|(k, _)| k.starts_with(prefix)).fold(Counts::default(), |a, (_, c)| Counts {
                tp: a.tp + c.tp,
                fp: a.fp + c.fp,
                fn_: a.fn_ + c.fn_,
            })
        };
        let mut rows: Vec<(String, Counts)> = self.totals.iter().map(|(k, c)| (k.clone(), *c)).collect();
        rows.push(("entities(all)".to_string(), sum("entity:")));
        rows.push(("relations(all)".to_string(), sum("rel:")));
        rows
    }

    /// The table score.py prints without `--json`.
    pub fn to_table(&self) -> String {
        let mut out = format!("{:16} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}\n", "", "tp", "fp", "fn", "P", "R", "F1");
        for (key, counts) in self.rows() {
            let (p, r, f) = prf(counts);
            out += &format!("{key:16} {:5} {:5} {:5} {p:6.3} {r:6.3} {f:6.3}\n", counts.tp, counts.fp, counts.fn_);
        }
        out += &format!("articles: {}, failed: {}\n", self.articles, self.failed);
        out
    }

    /// The summary score.py prints with `--json` (`json.dumps(summary, indent=1)`): per row
    /// `tp`, `fp`, `fn` and `p`, `r`, `f1` rounded to 4 places, then `articles` and
    /// `failed_articles`.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Row {
            tp: i64,
            fp: i64,
            #[serde(rename = "fn")]
            fn_: i64,
            p: f64,
            r: f64,
            f1: f64,
        }
        #[derive(Serialize)]
        struct Document {
            #[serde(flatten)]
            rows: IndexMap<String, Row>,
            articles: usize,
            failed_articles: usize,
        }
        let rows = self
            .rows()
            .into_iter()
            .map(|(key, c)| {
                let (p, r, f1) = prf(c);
                (key, Row { tp: c.tp, fp: c.fp, fn_: c.fn_, p: round4(p), r: round4(r), f1: round4(f1) })
            })
            .collect();
        let document = Document { rows, articles: self.articles, failed_articles: self.failed };
        let mut out = Vec::new();
        let mut serializer =
            serde_json::Serializer::with_formatter(&mut out, serde_json::ser::PrettyFormatter::with_indent(b" "));
        document.serialize(&mut serializer).expect("a summary always serializes");
        let mut text = String::from_utf8(out).expect("serde_json writes UTF-8");
        text.push('\n');
        text
    }
}

/// Python's `round(x, 4)`: the nearest 4-place decimal, ties to even, as a float again.
fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().expect("a formatted float parses")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(tp: i64, fp: i64, fn_: i64) -> Counts {
        Counts { tp, fp, fn_ }
    }

    #[test]
    fn prf_follows_score_py_on_empty_counts() {
        assert_eq!(prf(counts(0, 0, 0)), (1.0, 1.0, 1.0));
        assert_eq!(prf(counts(0, 0, 3)), (0.0, 0.0, 0.0));
        assert_eq!(prf(counts(0, 2, 0)), (0.0, 1.0, 0.0));
        assert_eq!(prf(counts(3, 1, 0)), (0.75, 1.0, 2.0 * 0.75 / 1.75));
    }

    #[test]
    fn rounding_is_python_round_half_even() {
        assert_eq!(round4(1.0 / 32.0), 0.0312);
        assert_eq!(round4(3.0 / 32.0), 0.0938);
        assert_eq!(round4(2.0 / 3.0), 0.6667);
    }

    #[test]
    fn empty_summary_prints_like_score_py() {
        let summary = Summary::default();
        assert_eq!(
            summary.to_table(),
            "                    tp    fp    fn      P      R     F1\n\
             entities(all)        0     0     0  1.000  1.000  1.000\n\
             relations(all)       0     0     0  1.000  1.000  1.000\n\
             articles: 0, failed: 0\n"
        );
        assert!(summary.to_json().starts_with("{\n \"entities(all)\": {\n  \"tp\": 0,\n"));
        assert!(summary.to_json().ends_with(" \"articles\": 0,\n \"failed_articles\": 0\n}\n"));
    }
}
