//! The build pipeline: sources in, extractions out, read in order and extracted in parallel.
//!
//! Articles are read one at a time (JSONL streamed line by line), gathered into batches of a
//! few megabytes, extracted on a thread pool and dropped: memory follows the number of facts,
//! not the size of the corpus. Results come back in input order whatever the thread count.

// Article ids come from the input: foldhash, seeded per process, is fast and resists collisions.
use foldhash::{HashMap, HashMapExt};
use std::ops::ControlFlow;
use std::panic::AssertUnwindSafe;

use rayon::prelude::*;

use crate::extract::Extractor;
use crate::input::{InputError, ReadOptions, Source, read_source};
use crate::lexicon::Lexicon;
use crate::model::{Article, Extraction};

/// What to do when an input cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorPolicy {
    /// Stop at the first bad input.
    FailFast,
    /// Skip bad inputs and report them at the end.
    KeepGoing,
}

/// Options of a pipeline run.
#[derive(Clone, Debug)]
pub struct PipelineOptions {
    /// How articles are read.
    pub read: ReadOptions,
    /// Stop or skip on bad input.
    pub policy: ErrorPolicy,
    /// Worker threads for extraction (0: all cores).
    pub threads: usize,
    /// Bytes of article text gathered before a batch is extracted.
    pub batch_bytes: usize,
}

impl Default for PipelineOptions {
    fn default() -> PipelineOptions {
        PipelineOptions {
            read: ReadOptions::default(),
            policy: ErrorPolicy::FailFast,
            threads: 0,
            batch_bytes: 2 << 20,
        }
    }
}

/// Counters reported while the pipeline runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Articles extracted so far.
    pub articles: usize,
    /// Bytes of article text extracted so far.
    pub bytes: usize,
}

/// What a run produced.
#[derive(Debug, Default)]
pub struct Outcome {
    /// One extraction per article, in input order.
    pub extractions: Vec<Extraction>,
    /// Inputs skipped under [`ErrorPolicy::KeepGoing`].
    pub skipped: Vec<InputError>,
    /// Final counters.
    pub progress: Progress,
}

/// Reads and extracts every source.
///
/// The next batch is read while the pool extracts the last one, so reading (parsing JSONL,
/// decoding HTML) does not hold the extraction threads up. Results, errors and progress are
/// still taken batch by batch in input order, before anything read after them.
pub fn run(
    sources: &[Source],
    lexicon: &Lexicon,
    options: &PipelineOptions,
    on_progress: &mut dyn FnMut(Progress),
) -> Result<Outcome, InputError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .expect("a thread pool with default settings always builds");
    // In place: this thread reads, the pool's threads extract.
    pool.in_place_scope(|scope| {
        let mut runner = Runner {
            extractor: Extractor::new(lexicon),
            scope,
            options,
            on_progress,
            outcome: Outcome::default(),
            seen_ids: HashMap::new(),
            batch: Vec::new(),
            batch_bytes: 0,
            pending: None,
            failure: None,
        };
        for source in sources {
            let display = source.display();
            read_source(source, &options.read, &mut |result| runner.accept(result, &display));
            if runner.failure.is_some() {
                break;
            }
        }
        runner.flush();
        runner.join();
        match runner.failure {
            Some(err) => Err(err),
            None => Ok(runner.outcome),
        }
    })
}

/// A batch being extracted: its results arrive here, with its bytes of text.
type Pending = std::sync::mpsc::Receiver<(Vec<Result<Extraction, InputError>>, usize)>;

/// The state of one run: the batch being gathered, the batch being extracted, and what has
/// been extracted.
struct Runner<'a, 's> {
    extractor: Extractor<'a>,
    scope: &'s rayon::Scope<'a>,
    options: &'a PipelineOptions,
    on_progress: &'a mut dyn FnMut(Progress),
    outcome: Outcome,
    seen_ids: HashMap<String, String>,
    batch: Vec<Article>,
    batch_bytes: usize,
    pending: Option<Pending>,
    failure: Option<InputError>,
}

impl Runner<'_, '_> {
    fn accept(&mut self, result: Result<Article, InputError>, display: &str) -> ControlFlow<()> {
        let article = match result {
            Ok(article) => article,
            Err(err) => return self.reject(err),
        };
        if let Some(first) = self.seen_ids.get(&article.meta.id) {
            let err = InputError::DuplicateId {
                id: article.meta.id.clone(),
                first: first.clone(),
                second: display.to_string(),
            };
            return self.reject(err);
        }
        self.seen_ids.insert(article.meta.id.clone(), display.to_string());
        self.batch_bytes += article.text.len();
        self.batch.push(article);
        if self.batch_bytes >= self.options.batch_bytes || self.batch.len() >= 4096 {
            self.flush();
            if self.failure.is_some() {
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    }

    /// Records a bad input, after the results of the batch being extracted: those come first
    /// in input order.
    fn reject(&mut self, err: InputError) -> ControlFlow<()> {
        self.join();
        self.record(err)
    }

    fn record(&mut self, err: InputError) -> ControlFlow<()> {
        match self.options.policy {
            ErrorPolicy::KeepGoing => {
                self.outcome.skipped.push(err);
                ControlFlow::Continue(())
            }
            ErrorPolicy::FailFast => {
                // The first error in input order is the one reported.
                self.failure.get_or_insert(err);
                ControlFlow::Break(())
            }
        }
    }

    /// Hands the gathered batch to the pool, once the batch before it is taken in.
    fn flush(&mut self) {
        self.join();
        if self.batch.is_empty() || self.failure.is_some() {
            return;
        }
        let extractor = self.extractor;
        let batch = std::mem::take(&mut self.batch);
        let bytes = std::mem::take(&mut self.batch_bytes);
        let (sender, receiver) = std::sync::mpsc::sync_channel(1);
        self.scope.spawn(move |_| {
            // Extracted in parallel, in input order; the texts are dropped with `batch`.
            let extracted = batch.par_iter().map(|a| extract_or_report(a, |a| extractor.extract(a))).collect();
            // The receiver only goes away when the run has already failed.
            let _ = sender.send((extracted, bytes));
        });
        self.pending = Some(receiver);
    }

    /// Takes in the results of the batch being extracted, if any: waits for them.
    fn join(&mut self) {
        let Some(pending) = self.pending.take() else { return };
        let (extracted, bytes) = pending.recv().expect("an extraction job always sends its results");
        self.outcome.progress.articles += extracted.len();
        self.outcome.progress.bytes += bytes;
        for result in extracted {
            match result {
                Ok(extraction) => self.outcome.extractions.push(extraction),
                Err(err) => {
                    let _ = self.record(err);
                }
            }
        }
        (self.on_progress)(self.outcome.progress);
    }
}

/// Extracts one article, turning a panic into an error that names it: extraction never fails by
/// design, and fuzzing finds no panic, but should one slip through, one article must not end a
/// run over a million. In debug builds, `NEWSGRAPH_PANIC_ON_ARTICLE=ID` makes the article with
/// that id panic, so tests can check this net.
fn extract_or_report(article: &Article, extract: impl Fn(&Article) -> Extraction) -> Result<Extraction, InputError> {
    std::panic::catch_unwind(AssertUnwindSafe(|| {
        if cfg!(debug_assertions)
            && std::env::var_os("NEWSGRAPH_PANIC_ON_ARTICLE").is_some_and(|id| id == *article.meta.id)
        {
            panic!("NEWSGRAPH_PANIC_ON_ARTICLE");
        }
        extract(article)
    }))
    .map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        InputError::ExtractionPanicked { id: article.meta.id.clone(), message }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_extraction_becomes_an_error_naming_the_article() {
        let article = Article::new("bad.txt", "text");
        let err = extract_or_report(&article, |_| panic!("index out of bounds")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "bad.txt: extraction failed (a bug in newsgraph; please report it with the article): index out of bounds"
        );
    }
}
