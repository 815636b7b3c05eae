//! The progress bar `build` draws on stderr while it reads articles: articles, MB, MB/s and,
//! when the size of the input is known, a bar and the time left. It is drawn only when stderr
//! is a terminal and `--quiet` is not given: never into pipes, logs or tests.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use newsgraph::input::{Format, Source};
use newsgraph::pipeline::Progress;

/// What `build` shows while it runs.
pub struct BuildProgress {
    bar: ProgressBar,
}

impl BuildProgress {
    /// A bar for reading `sources` (read as `format` when forced), hidden when `quiet` or when
    /// stderr is not a terminal.
    pub fn new(sources: &[Source], format: Option<Format>, quiet: bool) -> BuildProgress {
        if quiet || !std::io::stderr().is_terminal() {
            return BuildProgress { bar: ProgressBar::hidden() };
        }
        let bar = match total_text_bytes(sources, format) {
            Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()).with_style(
                ProgressStyle::with_template(
                    "{spinner} [{wide_bar}] {decimal_bytes}/{decimal_total_bytes}, {msg}, {decimal_bytes_per_sec}, ETA {eta}",
                )
                .expect("a valid template")
                .progress_chars("=> "),
            ),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
                ProgressStyle::with_template("{spinner} {decimal_bytes}, {msg}, {decimal_bytes_per_sec}")
                    .expect("a valid template"),
            ),
        };
        bar.set_message("0 articles");
        bar.enable_steady_tick(Duration::from_millis(120));
        BuildProgress { bar }
    }

    /// Shows the counters of the pipeline.
    pub fn update(&self, progress: Progress) {
        self.bar.set_position(progress.bytes as u64);
        self.bar.set_message(format!("{} articles", progress.articles));
    }

    /// Shows what is being done after the articles are read ("building the graph").
    pub fn stage(&self, what: &'static str) {
        self.bar.set_message(what);
    }

    /// Runs `print` with the bar out of the way, for messages printed while it is shown.
    pub fn suspend<R>(&self, print: impl FnOnce() -> R) -> R {
        self.bar.suspend(print)
    }

    /// Removes the bar, before the final messages.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Drop for BuildProgress {
    /// An error ends the run: the bar goes before the message.
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

/// The bytes of article text the sources hold, when their sizes say it: plain text files are
/// their text, JSONL nearly so (a few escapes); HTML and stdin are unknown.
fn total_text_bytes(sources: &[Source], format: Option<Format>) -> Option<u64> {
    let mut total = 0;
    for source in sources {
        let path = source.path.as_ref()?;
        if !matches!(format.or(source.format), Some(Format::Text | Format::Jsonl)) {
            return None;
        }
        total += std::fs::metadata(path).ok()?.len();
    }
    Some(total)
}
