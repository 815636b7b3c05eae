//! Where output bytes go: stdout, or a file replaced atomically (a temporary file in the same
//! folder, then a rename), so a failure never leaves a half-written file behind; a folder of
//! files is staged in full before any file is replaced. Devices and pipes (`-o /dev/null`) are
//! written in place: there is nothing to keep, and they must never be replaced. Large outputs
//! (a graph's JSON) are streamed through a buffer as they are produced ([`write_output_with`]).

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};

use newsgraph::graph::{Conflict, KnowledgeGraph};

/// Something that writes an output's bytes into a writer as it produces them.
pub type Producer<'a> = &'a mut dyn FnMut(&mut dyn Write) -> io::Result<()>;

/// Writes `bytes` to `path` atomically, or to stdout when `path` is `None` or `-`.
pub fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    write_output_with(path, &mut |out| out.write_all(bytes))
}

/// Like [`write_output`], with the bytes written by `produce` into a buffered writer as they
/// are produced, so a large output is never held in memory.
pub fn write_output_with(path: Option<&Path>, produce: Producer<'_>) -> Result<()> {
    match path {
        None => write_stdout(produce),
        Some(p) if p.as_os_str() == "-" => write_stdout(produce),
        Some(p) => replace_with(p, produce),
    }
}

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

/// Whether `path` is a device, FIFO or socket (`/dev/null`, `/dev/stdout`, `>(gzip > f)`): those
/// are written to, never replaced. Renaming a file over them would, as root, turn `/dev/null`
/// into a regular file for the whole machine.
fn is_special_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|meta| !meta.is_file() && !meta.is_dir())
}

fn write_in_place(path: &Path, produce: Producer<'_>) -> Result<()> {
    let file =
        std::fs::OpenOptions::new().write(true).open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut out = BufWriter::with_capacity(1 << 16, file);
    produce(&mut out).and_then(|()| out.flush()).with_context(|| format!("writing {}", path.display()))
}

fn write_stdout(produce: Producer<'_>) -> Result<()> {
    let mut stdout = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    produce(&mut stdout).context("writing to stdout")?;
    stdout.flush().context("writing to stdout")?;
    Ok(())
}

/// Replaces `path` with `bytes`: written to a temporary file beside it, synced, renamed.
/// A device or pipe is written in place instead.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    replace_with(path, &mut |out| out.write_all(bytes))
}

/// [`write_atomically`] with the bytes written by `produce` as they are produced.
fn replace_with(path: &Path, produce: Producer<'_>) -> Result<()> {
    if is_special_file(path) {
        return write_in_place(path, produce);
    }
    let temp = stage(path, produce)?;
    temp.persist(path).map_err(|e| e.error).with_context(|| format!("replacing {}", path.display()))?;
    Ok(())
}

/// Writes `files` (name, contents) into the folder `dir`, creating it when missing. Every file
/// is first written in full to a temporary file in the folder, and only then are they renamed
/// into place one after the other, so a failure while writing leaves the old files as they
/// were. Other files in the folder are left alone.
pub fn write_folder(dir: &Path, files: &[(&str, String)]) -> Result<()> {
    if dir.is_file() {
        anyhow::bail!("{} is a file, but this format writes a folder of files", dir.display());
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating folder {}", dir.display()))?;
    let mut staged = Vec::with_capacity(files.len());
    for (name, contents) in files {
        let path = dir.join(name);
        staged.push((stage(&path, &mut |out| out.write_all(contents.as_bytes()))?, path));
    }
    for (temp, path) in staged {
        temp.persist(&path).map_err(|e| e.error).with_context(|| format!("replacing {}", path.display()))?;
    }
    Ok(())
}

/// What `produce` writes, in a synced temporary file beside `path`, with the permissions `path`
/// should get.
fn stage(path: &Path, produce: Producer<'_>) -> Result<tempfile::NamedTempFile> {
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
    produce(&mut out).and_then(|()| out.flush()).with_context(|| format!("writing {}", path.display()))?;
    drop(out);
    // Temporary files are private; the result gets the old file's mode, or the usual 0644.
    let permissions = match std::fs::metadata(path) {
        Ok(meta) => meta.permissions(),
        Err(_) => default_permissions(),
    };
    std::fs::set_permissions(temp.path(), permissions).with_context(|| format!("writing {}", temp.path().display()))?;
    temp.as_file().sync_all().with_context(|| format!("writing {}", temp.path().display()))?;
    Ok(temp)
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
