//! Scale: parallel builds write the same bytes as one thread, graphs grow with `--into` and
//! `merge` exactly as if built at once, and output goes into pipes without replacing them.
//! All on a small generated corpus (the benchmark generator, `examples/gen_corpus`).

use std::fs;
use std::path::{Path, PathBuf};

use newsgraph::input::{self, Source};
use newsgraph::lexicon::Lexicon;
use newsgraph::pipeline::{self, ErrorPolicy, PipelineOptions};

use crate::common::{newsgraph, run_ok};

#[path = "../../examples/gen_corpus/corpus.rs"]
#[allow(dead_code)]
mod corpus;

/// A generated corpus of about `kb` KB, as JSONL files of `parts` slices and as `.txt` files.
struct Corpus {
    dir: tempfile::TempDir,
    parts: Vec<PathBuf>,
}

impl Corpus {
    fn new(kb: usize, parts: usize) -> Corpus {
        let dir = tempfile::tempdir().unwrap();
        let generator = corpus::Generator::new(&corpus::default_template_dirs(), kb * 1000, 7).unwrap();
        let articles: Vec<corpus::GeneratedArticle> = generator.collect();
        let per_part = articles.len().div_ceil(parts);
        let mut paths = Vec::new();
        for (index, chunk) in articles.chunks(per_part).enumerate() {
            let path = dir.path().join(format!("part-{index}.jsonl"));
            // The title a .txt file gets from its first line, so both forms give the same graph.
            let title = |a: &corpus::GeneratedArticle| input::text_to_article(&a.id, a.text.clone()).meta.title;
            let lines: Vec<String> = chunk
                .iter()
                .map(|a| serde_json::json!({"id": a.id, "title": title(a), "text": a.text}).to_string())
                .collect();
            fs::write(&path, lines.join("\n") + "\n").unwrap();
            paths.push(path);
        }
        for article in &articles {
            let path = dir.path().join("txt").join(&article.id);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, &article.text).unwrap();
        }
        Corpus { dir, parts: paths }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn part(&self, index: usize) -> &str {
        self.parts[index].to_str().unwrap()
    }
}

fn text(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

/// Asserts two outputs are the same, showing the first line that differs rather than both.
#[track_caller]
fn assert_same(actual: &str, expected: &str) {
    if actual != expected {
        let (line, (a, e)) = actual
            .lines()
            .zip(expected.lines())
            .enumerate()
            .find(|(_, (a, e))| a != e)
            .unwrap_or((actual.lines().count().min(expected.lines().count()), ("<end>", "<end>")));
        panic!("outputs differ at line {}:\n  actual:   {a}\n  expected: {e}", line + 1);
    }
}

#[test]
fn parallel_builds_write_the_same_bytes_as_one_thread() {
    let corpus = Corpus::new(300, 3);
    let (a, b, c) = (corpus.part(0), corpus.part(1), corpus.part(2));
    let one = run_ok(&["build", a, b, c, "-j", "1"]);
    assert!(one.contains("\"person:"), "the corpus gives persons");
    assert_same(&run_ok(&["build", a, b, c, "-j", "2"]), &one);
    assert_same(&run_ok(&["build", c, b, a, "-j", "4"]), &one);
    // The same articles as .txt files: ids are their paths, the same as the JSONL ids.
    assert_same(&run_ok(&["build", corpus.path("txt").to_str().unwrap(), "-j", "3"]), &one);
}

#[test]
fn extraction_in_small_batches_on_many_threads_keeps_input_order() {
    let corpus = Corpus::new(200, 1);
    let sources: Vec<Source> = input::discover(&[corpus.path("txt")]).into_iter().map(Result::unwrap).collect();
    let lexicon = Lexicon::builtin();
    let run = |threads: usize, batch_bytes: usize| {
        let options = PipelineOptions { threads, batch_bytes, ..PipelineOptions::default() };
        let mut updates = 0;
        let outcome = pipeline::run(&sources, &lexicon, &options, &mut |_| updates += 1).unwrap();
        (outcome.extractions, updates)
    };
    let (one_batch, _) = run(1, usize::MAX);
    let (small_batches, updates) = run(4, 10_000);
    assert!(updates > 5, "progress is reported after each batch ({updates} batches)");
    assert_eq!(small_batches, one_batch);
}

#[test]
fn errors_between_overlapping_batches_keep_input_order() {
    // The next batch is read while the last one is extracted: skipped inputs must still be
    // reported in input order, after the batches before them, and a failing run must name the
    // first bad input.
    let corpus = Corpus::new(200, 3);
    let sources: Vec<Source> = input::discover(&[corpus.path("txt")]).into_iter().map(Result::unwrap).collect();
    let removed: Vec<String> = sources.iter().step_by(7).skip(1).map(Source::display).collect();
    for source in sources.iter().step_by(7).skip(1) {
        std::fs::remove_file(source.display()).unwrap();
    }
    let lexicon = Lexicon::builtin();
    let run = |threads: usize, batch_bytes: usize, policy: ErrorPolicy| {
        let options = PipelineOptions { threads, batch_bytes, policy, ..PipelineOptions::default() };
        pipeline::run(&sources, &lexicon, &options, &mut |_| {})
    };
    let one_batch = run(1, usize::MAX, ErrorPolicy::KeepGoing).unwrap();
    for threads in [1, 2, 4] {
        let small_batches = run(threads, 3_000, ErrorPolicy::KeepGoing).unwrap();
        assert_eq!(small_batches.extractions, one_batch.extractions);
        let skipped: Vec<String> = small_batches.skipped.iter().map(ToString::to_string).collect();
        assert_eq!(skipped.len(), removed.len());
        for (message, path) in skipped.iter().zip(&removed) {
            assert!(message.starts_with(path.as_str()), "{message} is not about {path}");
        }
        let err = run(threads, 3_000, ErrorPolicy::FailFast).unwrap_err();
        assert!(err.to_string().starts_with(removed[0].as_str()), "{err}");
    }
}

#[test]
fn into_adds_articles_as_if_they_were_built_together() {
    let corpus = Corpus::new(200, 2);
    let graph = corpus.path("graph.json");
    run_ok(&["build", corpus.part(0), "-o", graph.to_str().unwrap()]);
    run_ok(&["build", "--into", graph.to_str().unwrap(), corpus.part(1)]);
    assert_same(&text(&graph), &run_ok(&["build", corpus.part(0), corpus.part(1)]));
}

#[test]
fn giving_articles_the_graph_already_holds_changes_nothing() {
    let corpus = Corpus::new(200, 2);
    let graph = corpus.path("graph.json");
    run_ok(&["build", corpus.part(0), corpus.part(1), "-o", graph.to_str().unwrap()]);
    let before = text(&graph);
    let out = newsgraph().args(["build", "--into", graph.to_str().unwrap(), corpus.part(1)]).output().unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("warning"), "{}", String::from_utf8_lossy(&out.stderr));
    assert_same(&text(&graph), &before);
}

#[test]
fn merge_gives_the_graph_of_all_articles_whatever_the_order_and_grouping() {
    let corpus = Corpus::new(300, 3);
    let part_graph = |index: usize| {
        let path = corpus.path(&format!("graph-{index}.json"));
        run_ok(&["build", corpus.part(index), "-o", path.to_str().unwrap()]);
        path.to_str().unwrap().to_string()
    };
    let (a, b, c) = (part_graph(0), part_graph(1), part_graph(2));
    let all = run_ok(&["build", corpus.part(0), corpus.part(1), corpus.part(2)]);
    assert_same(&run_ok(&["merge", &a, &b, &c]), &all);
    assert_same(&run_ok(&["merge", &c, &a, &b]), &all);
    let ab = corpus.path("ab.json");
    run_ok(&["merge", &a, &b, "-o", ab.to_str().unwrap()]);
    assert_same(&run_ok(&["merge", ab.to_str().unwrap(), &c]), &all);
    assert_same(&run_ok(&["merge", &a, &a]), &text(Path::new(&a)));
    assert_same(&run_ok(&["merge", &a]), &text(Path::new(&a)));
}

#[test]
fn merge_names_a_file_that_is_not_a_graph() {
    let corpus = Corpus::new(50, 1);
    let out = newsgraph().args(["merge", corpus.part(0)]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(corpus.part(0)) && stderr.contains("not a newsgraph graph"), "{stderr}");
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let corpus = Corpus::new(100, 1);
    let graph = corpus.path("graph.json");
    let out = newsgraph().args(["build", corpus.part(0), "-o", graph.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("newsgraph: wrote ") && stderr.lines().count() == 1, "{stderr:?}");
    assert!(!stderr.contains(['\r', '\u{1b}']), "{stderr:?}");
}

#[cfg(unix)]
#[test]
fn output_into_a_pipe_is_written_not_replaced() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let corpus = Corpus::new(50, 1);
    let fifo = corpus.path("graph.fifo");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut json = String::new();
            fs::File::open(fifo).unwrap().read_to_string(&mut json).unwrap();
            json
        })
    };
    run_ok(&["build", corpus.part(0), "-q", "-o", fifo.to_str().unwrap()]);
    let json = reader.join().unwrap();
    assert_same(&json, &run_ok(&["build", corpus.part(0)]));
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo(), "the pipe is still a pipe");
}
