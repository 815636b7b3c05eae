//! Where output bytes go: stdout, or a file replaced atomically (a temporary file in the same
//! folder, then a rename), so a failure never leaves a half-written file behind. Devices and
//! pipes (`-o /dev/null`, `-o /dev/stdout`) are written to, never replaced.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};

use newsgraph::graph::{Conflict, KnowledgeGraph};

/// The line printed after a graph is written to a file.
pub fn report_written(stderr: &mut dyn Write, path: &Path, graph: &KnowledgeGraph) {
    let _ = writeln!(
        stderr,
        "newsgraph: wrote {} ({} articles, {} nodes, {} edges)",
        path.display(),
        graph.article_count(),
        graph.node_count(),
        graph.edge_count()
    );
}

/// A warning for each article that came with two different contents.
pub fn warn_conflicts(stderr: &mut dyn Write, conflicts: &[Conflict]) {
    for conflict in conflicts {
        let _ = writeln!(
            stderr,
            "newsgraph: warning: article {:?} came with two different contents; kept one",
            conflict.article
        );
    }
}

/// Writes `bytes` to `path` atomically, or to stdout when `path` is `None` or `-`.
#[allow(dead_code)] // for subcommands that render to memory first
pub fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    write_output_with(path, &mut |out| out.write_all(bytes))
}

/// Like [`write_output`], with the bytes written by `write` into a buffered writer as they are
/// produced, so a large output is never held in memory.
pub fn write_output_with(path: Option<&Path>, write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    match path {
        None => write_stdout(write),
        Some(p) if p.as_os_str() == "-" => write_stdout(write),
        Some(p) if is_device_or_pipe(p) => write_device(p, write),
        Some(p) => write_atomically(p, write),
    }
}

fn write_stdout(write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    let mut stdout = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    write(&mut stdout).context("writing to stdout")?;
    stdout.flush().context("writing to stdout")?;
    Ok(())
}

/// An existing path that is neither a file nor a folder: renaming a file over it would replace
/// the device (as root, `/dev/null` itself) instead of writing to it.
fn is_device_or_pipe(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|meta| !meta.is_file() && !meta.is_dir())
}

fn write_device(path: &Path, write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    let file =
        std::fs::OpenOptions::new().write(true).open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut out = BufWriter::with_capacity(1 << 16, file);
    write(&mut out).and_then(|()| out.flush()).with_context(|| format!("writing {}", path.display()))
}

/// Replaces `path` with what `write` writes: a temporary file beside it, synced, renamed.
fn write_atomically(path: &Path, write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".newsgraph-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
    let mut out = BufWriter::with_capacity(1 << 16, &mut temp);
    write(&mut out).and_then(|()| out.flush()).with_context(|| format!("writing {}", path.display()))?;
    drop(out);
    // Temporary files are private; the result gets the old file's mode, or the usual 0644.
    let permissions = match std::fs::metadata(path) {
        Ok(meta) => meta.permissions(),
        Err(_) => default_permissions(),
    };
    std::fs::set_permissions(temp.path(), permissions).with_context(|| format!("writing {}", temp.path().display()))?;
    temp.as_file().sync_all().with_context(|| format!("writing {}", temp.path().display()))?;
    temp.persist(path).map_err(|e| e.error).with_context(|| format!("replacing {}", path.display()))?;
    Ok(())
}

#[cfg(unix)]
fn default_permissions() -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::Permissions::from_mode(0o644)
}

#[cfg(not(unix))]
fn default_permissions() -> std::fs::Permissions {
    std::fs::metadata(".").map(|m| m.permissions()).unwrap_or_else(|_| unreachable!("the current folder exists"))
}
