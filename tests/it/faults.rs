//! Bad input, faults and hostile text: every bad input gives one line naming the file (and the
//! line, for JSONL) and exit status 2, or with `--keep-going` a warning and a count; no input
//! makes newsgraph hang or lose a graph. Time limits here are kill timeouts against hangs, far
//! above the real times (which `scripts/bench-hostile` measures), never asserted timings.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::{newsgraph, run_ok, sample};

/// Runs `command`, killing it (and failing the test) when it runs past `limit`.
fn run_bounded(command: &mut Command, limit: Duration) -> Output {
    let mut child = command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut stderr = Vec::new();
            child.stderr.take().unwrap().read_to_end(&mut stderr).unwrap();
            return Output { status, stdout: Vec::new(), stderr };
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("newsgraph still running after {limit:?}: {command:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Runs `newsgraph args` (output to `out`), bounded; returns the exit code and stderr.
fn run_build(args: &[&str]) -> (i32, String) {
    let out = run_bounded(newsgraph().args(args), Duration::from_secs(120));
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Asserts exit status 2 and one line of stderr that contains every one of `expected`.
fn assert_one_line_error(args: &[&str], expected: &[&str]) {
    let (code, stderr) = run_build(args);
    assert_eq!(code, 2, "{args:?}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line expected: {stderr}");
    for part in expected {
        assert!(stderr.contains(part), "{part:?} not in {stderr}");
    }
}

fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn binary_files_are_rejected_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("image.txt");
    fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    assert_one_line_error(&["build", path_str(&binary)], &[path_str(&binary), "binary file (NUL byte at 8)"]);
}

#[test]
fn dangling_links_and_missing_files_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("articles");
    fs::create_dir(&folder).unwrap();
    fs::copy(sample("seed-kremlin-envoys.txt"), folder.join("a.txt")).unwrap();
    let link = folder.join("b.txt");
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), &link).unwrap();
    assert_one_line_error(&["build", path_str(&link)], &[path_str(&link), "No such file or directory"]);
    assert_one_line_error(&["build", path_str(&folder)], &[path_str(&link), "No such file or directory"]);
    let (code, stderr) = run_build(&["build", path_str(&folder), "--keep-going", "-o", "/dev/null"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("warning: skipped") && stderr.contains("b.txt"), "{stderr}");
    assert!(stderr.contains("1 input(s) skipped"), "{stderr}");
}

#[test]
fn a_named_pipe_in_a_folder_is_reported_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    fs::copy(sample("seed-kremlin-envoys.txt"), dir.path().join("seed.txt")).unwrap();
    assert_one_line_error(&["build", path_str(dir.path())], &[path_str(&fifo), "not a regular file (a named pipe)"]);
    let (code, stderr) = run_build(&["build", path_str(dir.path()), "--keep-going", "-o", "/dev/null"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("1 input(s) skipped"), "{stderr}");
}

#[test]
fn a_file_that_vanishes_after_discovery_is_skipped_or_reported() {
    use newsgraph::pipeline::{ErrorPolicy, PipelineOptions};
    let dir = tempfile::tempdir().unwrap();
    fs::copy(sample("seed-kremlin-envoys.txt"), dir.path().join("a.txt")).unwrap();
    fs::copy(sample("seed-kremlin-envoys.txt"), dir.path().join("b.txt")).unwrap();
    let sources: Vec<_> =
        newsgraph::input::discover(&[dir.path().to_path_buf()]).into_iter().map(Result::unwrap).collect();
    fs::remove_file(dir.path().join("a.txt")).unwrap();
    let lexicon = newsgraph::lexicon::Lexicon::builtin();
    let keep_going = PipelineOptions { policy: ErrorPolicy::KeepGoing, ..PipelineOptions::default() };
    let outcome = newsgraph::pipeline::run(&sources, &lexicon, &keep_going, &mut |_| {}).unwrap();
    assert_eq!(outcome.extractions.len(), 1);
    let skipped: Vec<String> = outcome.skipped.iter().map(ToString::to_string).collect();
    assert_eq!(skipped.len(), 1);
    assert!(skipped[0].contains("a.txt: No such file or directory"), "{skipped:?}");
    let err = newsgraph::pipeline::run(&sources, &lexicon, &PipelineOptions::default(), &mut |_| {}).unwrap_err();
    assert!(err.to_string().contains("a.txt: No such file or directory"), "{err}");
}

#[test]
fn malformed_jsonl_lines_are_named_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    let good =
        serde_json::json!({"id": "one", "text": "Russian President Vladimir Putin met U.S. envoy Steve Witkoff."});
    fs::write(&feed, format!("{good}\n{{\"id\": \"two\", \"text\": \n{{\"id\": \"three\"}}\n")).unwrap();
    let at_line_2 = format!("{}:2: not a JSON article object", feed.display());
    assert_one_line_error(&["build", path_str(&feed)], &[&at_line_2]);
    let (code, stderr) = run_build(&["build", path_str(&feed), "--keep-going", "-o", "/dev/null"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains(&at_line_2), "{stderr}");
    assert!(stderr.contains(&format!("{}:3: no \"text\"", feed.display())), "{stderr}");
    assert!(stderr.contains("2 input(s) skipped"), "{stderr}");
}

/// A graph file with `edit` applied to the seed graph; returns its path.
fn graph_file(dir: &Path, name: &str, contents: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, contents).unwrap();
    path
}

#[test]
fn graphs_of_the_wrong_shape_say_where_and_what_was_expected() {
    let dir = tempfile::tempdir().unwrap();
    let seed = sample("seed-kremlin-envoys.txt");
    let cases = [
        (
            "nodes-string.json",
            "{\"directed\": true, \"multigraph\": true,\n \"graph\": {\"articles\": []},\n \"nodes\": \"x\", \"edges\": []}",
            "line 3, column 13: invalid type: string \"x\", expected a sequence",
        ),
        ("article.json", "Putin met Trump.\n", "line 1, column 1: expected value"),
        ("empty.json", "", "line 1, column 0: EOF while parsing a value"),
        (
            "no-edges.json",
            "{\"directed\": true, \"multigraph\": true, \"graph\": {\"articles\": []}, \"nodes\": []}",
            "line 1, column 78: missing field `edges`",
        ),
    ];
    for (name, contents, expected) in cases {
        let graph = graph_file(dir.path(), name, contents);
        let named = format!("{}: not a newsgraph graph: {expected}", graph.display());
        assert_one_line_error(&["export", path_str(&graph), "--format", "dot"], &[&named]);
        assert_one_line_error(&["query", path_str(&graph), "stats"], &[&named]);
        assert_one_line_error(&["explain", path_str(&graph)], &[&named]);
        assert_one_line_error(&["build", path_str(&seed), "--into", path_str(&graph)], &[&named]);
        assert_eq!(fs::read_to_string(&graph).unwrap(), contents, "a failed --into changed the graph");
    }
}

#[test]
fn graphs_from_a_newer_newsgraph_ask_for_an_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let seed = sample("seed-kremlin-envoys.txt");
    let current = run_ok(&["build", path_str(&seed)]);
    let newer = current.replacen("\"schema_version\": 1", "\"schema_version\": 2", 1);
    assert_ne!(current, newer, "the graph names its schema version");
    let graph = graph_file(dir.path(), "newer.json", &newer);
    let expected = "schema version 2 is newer than this newsgraph understands (1); upgrade newsgraph";
    let named = format!("error: {}: {expected}", graph.display());
    assert_one_line_error(&["export", path_str(&graph)], &[&named]);
    assert_one_line_error(&["query", path_str(&graph), "stats"], &[&named]);
    assert_one_line_error(&["build", path_str(&seed), "--into", path_str(&graph)], &[path_str(&graph), expected]);
    assert_eq!(fs::read_to_string(&graph).unwrap(), newer);
}

#[test]
fn a_failed_build_into_a_graph_leaves_it_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("graph.json");
    run_ok(&["build", path_str(&sample("seed-kremlin-envoys.txt")), "-o", path_str(&graph)]);
    let before = fs::read(&graph).unwrap();
    let bad = dir.path().join("bad.txt");
    fs::write(&bad, b"\xff\xfe not text").unwrap();
    let (code, _) = run_build(&["build", path_str(&bad), "--into", path_str(&graph)]);
    assert_eq!(code, 2);
    assert_eq!(fs::read(&graph).unwrap(), before);
}

#[test]
fn a_panic_in_extraction_skips_the_article_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b.txt", "c.txt"] {
        fs::copy(sample("seed-kremlin-envoys.txt"), dir.path().join(name)).unwrap();
    }
    let output = dir.path().join("graph.json");
    let mut command = newsgraph();
    command.args(["build", path_str(dir.path()), "--keep-going", "-o", path_str(&output)]);
    let out = run_bounded(command.env("NEWSGRAPH_PANIC_ON_ARTICLE", "b.txt"), Duration::from_secs(120));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("warning: skipped b.txt: extraction failed (a bug in newsgraph"), "{stderr}");
    assert!(stderr.contains("1 input(s) skipped"), "{stderr}");
    let graph: serde_json::Value = serde_json::from_str(&fs::read_to_string(&output).unwrap()).unwrap();
    assert_eq!(graph["graph"]["articles"], serde_json::json!(["a.txt", "c.txt"]));
    let mut command = newsgraph();
    command.args(["build", path_str(dir.path()), "-o", path_str(&output)]);
    let out = run_bounded(command.env("NEWSGRAPH_PANIC_ON_ARTICLE", "b.txt"), Duration::from_secs(120));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error: b.txt: extraction failed"));
}

#[test]
fn devices_and_pipes_are_written_to_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let seed = sample("seed-kremlin-envoys.txt");
    run_ok(&["build", path_str(&seed), "-o", "/dev/null"]);
    // Regression: the atomic rename once replaced /dev/null itself (as root) with a regular file.
    assert!(fs::metadata("/dev/null").unwrap().file_type().is_char_device(), "/dev/null was replaced");
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("out.fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    run_ok(&["build", path_str(&seed), "-o", path_str(&fifo)]);
    let graph: serde_json::Value = serde_json::from_str(&reader.join().unwrap()).unwrap();
    assert_eq!(graph["graph"]["articles"], serde_json::json!(["seed-kremlin-envoys.txt"]));
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

/// A JSONL feed of `copies` copies of each sample article, each with its own id.
fn big_feed(path: &Path, copies: usize) {
    let mut lines = String::new();
    for name in ["seed-kremlin-envoys.txt", "055-un-chief-no-military-solution-syria.txt"] {
        let text = fs::read_to_string(sample(name)).unwrap();
        for i in 0..copies {
            lines.push_str(&serde_json::json!({"id": format!("{name}-{i}"), "text": text}).to_string());
            lines.push('\n');
        }
    }
    fs::write(path, lines).unwrap();
}

#[test]
fn killing_a_build_into_a_graph_never_leaves_a_partial_graph() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    big_feed(&feed, 150);
    let graph = dir.path().join("graph.json");
    run_ok(&["build", path_str(&sample("058-russia-said-finland-was-a-bad-host.txt")), "-o", path_str(&graph)]);
    let old = fs::read(&graph).unwrap();
    let complete = dir.path().join("complete.json");
    fs::copy(&graph, &complete).unwrap();
    let started = Instant::now();
    run_ok(&["build", path_str(&feed), "--into", path_str(&complete), "-q"]);
    let full_run = started.elapsed();
    let new = fs::read(&complete).unwrap();
    // Kill at points spread over the whole run, the last ones around the final write.
    let (mut saw_old, mut saw_new) = (0, 0);
    for step in 0..12u32 {
        fs::write(&graph, &old).unwrap();
        let mut child = newsgraph()
            .args(["build", path_str(&feed), "--into", path_str(&graph), "-q"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full_run.mul_f64(0.2 + 0.08 * f64::from(step)));
        child.kill().unwrap(); // SIGKILL: no destructor, no cleanup runs.
        child.wait().unwrap();
        let now = fs::read(&graph).unwrap();
        if now == old {
            saw_old += 1;
        } else {
            assert_eq!(now, new, "after a kill at step {step} the graph is neither the old one nor the new one");
            saw_new += 1;
        }
    }
    assert!(saw_old > 0, "no kill landed before the end of the run (old {saw_old}, new {saw_new})");
}

/// Hostile texts: each is built, then read by the binary within a kill timeout far above its
/// real time (see scripts/bench-hostile for figures). They must finish and write a graph.
fn hostile_texts() -> Vec<(&'static str, String)> {
    let seed = fs::read_to_string(sample("seed-kremlin-envoys.txt")).unwrap().replace('\n', " ");
    let capitals = ["Alpha", "Bravo", "Vladimir", "Putin", "Russian", "Moscow", "President", "Kremlin", "Delta"];
    let unique = |i: usize| -> String { (0..4).map(|k| char::from(b'a' + (i / 26usize.pow(k) % 26) as u8)).collect() };
    let names: Vec<String> = (0..100_000).map(|i| format!("Vladimir K{}", unique(i))).collect();
    let strange = [
        "Z\u{336}\u{321}\u{349}a\u{335}l\u{334}g\u{336}o ",
        "\u{627}\u{644}\u{631}\u{626}\u{64a}\u{633} \u{628}\u{648}\u{62a}\u{64a}\u{646} ",
        "\u{200f}\u{200e}\u{202e}",
        "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} ",
        "President\u{200d} Putin\u{200b} met\u{2067} Trump\u{2069}. ",
        "Vl\u{430}dimir P\u{443}tin ",
    ];
    vec![
        ("one-line.txt", seed.repeat(2_000_000 / seed.len() + 1)),
        ("capitals.txt", (0..1_000_000 / 7).map(|i| capitals[i * 7 % capitals.len()]).collect::<Vec<_>>().join(" ")),
        ("president.txt", "President ".repeat(100_000)),
        (
            "nested.html",
            format!("{}<p>Vladimir Putin met Donald Trump.</p>{}", "<div>".repeat(100_000), "</div>".repeat(100_000)),
        ),
        ("names.txt", format!("Russian President {} met in Moscow.", names.join(" and "))),
        ("combining.txt", format!("Putin{} met Trump. {}", "\u{301}".repeat(100_000), strange.concat().repeat(5_000))),
    ]
}

#[test]
fn hostile_texts_finish_and_give_a_graph() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in hostile_texts() {
        let path = dir.path().join(name);
        fs::write(&path, &text).unwrap();
        let output = dir.path().join(format!("{name}.json"));
        let (code, stderr) = run_build(&["build", path_str(&path), "-q", "-o", path_str(&output)]);
        assert_eq!(code, 0, "{name}: {stderr}");
        let graph: serde_json::Value = serde_json::from_str(&fs::read_to_string(&output).unwrap()).unwrap();
        assert_eq!(graph["graph"]["articles"], serde_json::json!([name]));
    }
}

#[test]
fn a_100_mb_line_is_refused_by_the_size_limit_not_read_forever() {
    let dir = tempfile::tempdir().unwrap();
    let line = "Putin met Trump and ".repeat((100 << 20) / 20);
    let text = dir.path().join("huge.txt");
    fs::write(&text, &line).unwrap();
    assert_one_line_error(
        &["build", path_str(&text)],
        &["exceeds the limit of 67108864 bytes (raise it with --max-article-bytes)"],
    );
    let feed = dir.path().join("huge.jsonl");
    fs::write(&feed, format!("{{\"text\": \"{line}\"}}\n{{\"text\": \"Putin met Trump.\"}}\n")).unwrap();
    let (code, stderr) = run_build(&["build", path_str(&feed), "--keep-going", "-o", "/dev/null"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains(&format!("{}:1: article of 104857600 bytes exceeds the limit", feed.display())),
        "{stderr}"
    );
    assert!(stderr.contains("1 input(s) skipped"), "{stderr}");
}

#[test]
fn unreadable_files_and_folders_are_named() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("articles");
    fs::create_dir(&root).unwrap();
    fs::copy(sample("seed-kremlin-envoys.txt"), root.join("ok.txt")).unwrap();
    let locked_file = root.join("locked.txt");
    fs::copy(sample("seed-kremlin-envoys.txt"), &locked_file).unwrap();
    let locked_dir = root.join("locked");
    fs::create_dir(&locked_dir).unwrap();
    fs::copy(sample("seed-kremlin-envoys.txt"), locked_dir.join("inner.txt")).unwrap();
    for (path, mode) in
        [(dir.path(), 0o755), (root.as_path(), 0o755), (locked_file.as_path(), 0), (locked_dir.as_path(), 0)]
    {
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
    }
    // Root reads everything: run as `nobody` then (tests run as root in CI).
    let as_user = |args: &[&str]| -> Command {
        let is_root = Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0\n"));
        let mut command = if is_root {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", env!("CARGO_BIN_EXE_newsgraph")]);
            c
        } else {
            newsgraph()
        };
        command.args(args);
        command
    };
    let out = run_bounded(
        &mut as_user(&["build", path_str(&root), "--keep-going", "-o", "/dev/null"]),
        Duration::from_secs(120),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains(&format!("skipped {}: Permission denied", locked_file.display())), "{stderr}");
    assert!(stderr.contains(&format!("skipped {}: Permission denied", locked_dir.display())), "{stderr}");
    assert!(stderr.contains("2 input(s) skipped"), "{stderr}");
    let out = run_bounded(&mut as_user(&["build", path_str(&root), "-o", "/dev/null"]), Duration::from_secs(120));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("Permission denied"), "{stderr}");
}
