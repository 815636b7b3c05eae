//! Input: files, directories and stdin in, [`Article`]s out.
//!
//! Formats are chosen by extension: `.txt`, `.text` and `.md` are plain text (the first line is
//! the title when a blank line follows it); `.html` and `.htm` are reduced to their visible
//! text; `.jsonl` and `.ndjson` hold one article per line. Directories are walked recursively
//! in sorted order, skipping hidden entries and files of other types. JSONL is streamed line
//! by line, so a large file never sits in memory. This module is the only one that reads the
//! file system for articles.

mod html;
mod jsonl;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::{Article, ArticleMeta};

pub use html::html_to_article;

/// Largest article accepted, in bytes; larger inputs are rejected, not truncated.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 64 * 1024 * 1024;

/// How an input file is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// Plain text or Markdown.
    Text,
    /// HTML: visible text only.
    Html,
    /// One JSON article per line.
    Jsonl,
}

impl Format {
    /// The format an extension stands for.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" | "md" | "markdown" => Some(Format::Text),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }

    /// Guesses the format of unnamed input (stdin) from its first bytes.
    pub fn sniff(bytes: &[u8]) -> Format {
        let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).map_or(&[][..], |i| &bytes[i..]);
        if start.starts_with(b"{") {
            Format::Jsonl
        } else if start.starts_with(b"<") {
            Format::Html
        } else {
            Format::Text
        }
    }
}

/// One input to read: a file found under an argument, or stdin.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Source {
    /// The file, or `None` for stdin.
    pub path: Option<PathBuf>,
    /// The article id (path relative to the argument, `/`-separated), or `stdin`.
    pub id: String,
    /// How to read it; `None` means guess (stdin, or an explicit file with an unknown extension).
    pub format: Option<Format>,
}

impl Source {
    /// How the source is named in messages.
    pub fn display(&self) -> String {
        match &self.path {
            Some(path) => path.display().to_string(),
            None => "<stdin>".to_string(),
        }
    }
}

/// What went wrong reading input. Every variant names the file (and line, for JSONL).
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The file or folder could not be read.
    #[error("{path}: {cause}")]
    Io {
        /// The path.
        path: String,
        /// The I/O error (part of the message, so it is not also reported as a cause).
        cause: io::Error,
    },
    /// Not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte {offset} (use --lossy to replace bad bytes)")]
    NotUtf8 {
        /// The path.
        path: String,
        /// Byte offset of the first bad byte.
        offset: usize,
    },
    /// Looks like a binary file.
    #[error("{path}: binary file (NUL byte at {offset}); expected text, HTML or JSONL")]
    Binary {
        /// The path.
        path: String,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// Holds no text.
    #[error("{path}: empty file; expected an article")]
    Empty {
        /// The path.
        path: String,
    },
    /// Larger than the limit.
    #[error("{path}: article of {size} bytes exceeds the limit of {limit} bytes (raise it with --max-article-bytes)")]
    TooLarge {
        /// The path.
        path: String,
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// A directory that holds no article files.
    #[error("{path}: no articles found (looked for .txt, .md, .html, .htm, .jsonl files)")]
    NoArticles {
        /// The directory.
        path: String,
    },
    /// A JSONL line that is not a valid article.
    #[error("{path}:{line}: {message}")]
    Jsonl {
        /// The path.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Extraction panicked on an article: a bug in newsgraph, reported instead of ending the run.
    #[error("{id}: extraction failed (a bug in newsgraph; please report it with the article): {message}")]
    ExtractionPanicked {
        /// The article id.
        id: String,
        /// The panic message.
        message: String,
    },
    /// A folder entry that is not a regular file (a FIFO, socket or device): reading it could
    /// block forever, so folders are searched for regular files only.
    #[error("{path}: not a regular file ({kind}); name it as an argument to read it anyway")]
    NotAFile {
        /// The path.
        path: String,
        /// What it is.
        kind: &'static str,
    },
    /// Two inputs with the same article id.
    #[error("duplicate article id {id:?}: {first} and {second} (give them different names or ids)")]
    DuplicateId {
        /// The id.
        id: String,
        /// Where it was first seen.
        first: String,
        /// Where it was seen again.
        second: String,
    },
}

/// Options for reading articles.
#[derive(Clone, Copy, Debug)]
pub struct ReadOptions {
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    pub lossy: bool,
    /// Largest article, in bytes.
    pub max_article_bytes: usize,
    /// Forces a format for every input.
    pub format: Option<Format>,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions { lossy: false, max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES, format: None }
    }
}

/// Expands arguments into sources: files as given, directories recursively (sorted, hidden
/// entries and unknown extensions skipped), `-` as stdin. Errors are per argument or folder,
/// so the caller may skip them.
pub fn discover(args: &[PathBuf]) -> Vec<Result<Source, InputError>> {
    let mut out = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(Ok(Source { path: None, id: "stdin".to_string(), format: None }));
            continue;
        }
        let meta = match std::fs::metadata(arg) {
            Ok(meta) => meta,
            Err(source) => {
                out.push(Err(InputError::Io { path: arg.display().to_string(), cause: source }));
                continue;
            }
        };
        if meta.is_dir() {
            let before = out.len();
            walk(arg, arg, &mut out);
            if !out[before..].iter().any(|r| r.is_ok()) && !out[before..].iter().any(|r| r.is_err()) {
                out.push(Err(InputError::NoArticles { path: arg.display().to_string() }));
            }
        } else {
            let id = arg.file_name().map_or_else(|| arg.display().to_string(), |n| n.to_string_lossy().into_owned());
            out.push(Ok(Source { path: Some(arg.clone()), id, format: Format::from_extension(arg) }));
        }
    }
    out
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Result<Source, InputError>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            out.push(Err(InputError::Io { path: dir.display().to_string(), cause: source }));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => {
                let name = entry.file_name();
                if name.to_string_lossy().starts_with('.') {
                    continue;
                }
                paths.push(entry.path());
            }
            Err(source) => out.push(Err(InputError::Io { path: dir.display().to_string(), cause: source })),
        }
    }
    paths.sort();
    for path in paths {
        // Follow symlinks to files, but never into directories (no cycles).
        let is_dir = std::fs::symlink_metadata(&path).map(|m| m.is_dir()).unwrap_or(false);
        if is_dir {
            walk(root, &path, out);
        } else if let Some(format) = Format::from_extension(&path) {
            // A FIFO or device would block or never end: only regular files (and dangling
            // links, which fail when read, naming themselves) are read from folders.
            if let Ok(meta) = std::fs::metadata(&path)
                && !meta.is_file()
            {
                out.push(Err(InputError::NotAFile { path: path.display().to_string(), kind: kind_of(&meta) }));
                continue;
            }
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let id = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            out.push(Ok(Source { path: Some(path), id, format: Some(format) }));
        }
    }
}

/// What a path that is neither a folder nor a regular file is, for messages.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let file_type = meta.file_type();
        if file_type.is_fifo() {
            return "a named pipe";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
    }
    let _ = meta;
    "a special file"
}

/// Reads the articles of one source, calling `sink` for each article or error in order.
/// `sink` may stop the reading by returning [`ControlFlow::Break`].
pub fn read_source(
    source: &Source,
    options: &ReadOptions,
    sink: &mut dyn FnMut(Result<Article, InputError>) -> ControlFlow<()>,
) {
    let name = source.display();
    let reader: Box<dyn Read> = match &source.path {
        Some(path) => match File::open(path) {
            Ok(file) => Box::new(file),
            Err(err) => {
                let _ = sink(Err(InputError::Io { path: name, cause: err }));
                return;
            }
        },
        None => Box::new(io::stdin().lock()),
    };
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let format = match options.format.or(source.format) {
        Some(format) => format,
        None => match reader.fill_buf() {
            Ok(head) => Format::sniff(head),
            Err(err) => {
                let _ = sink(Err(InputError::Io { path: name, cause: err }));
                return;
            }
        },
    };
    if format == Format::Jsonl {
        read_jsonl(&mut reader, &name, &source.id, options, sink);
        return;
    }
    let result = read_whole(&mut reader, &name, options).map(|text| match format {
        Format::Html => html_to_article(&source.id, &text),
        _ => text_to_article(&source.id, text),
    });
    let _ = sink(result);
}

fn read_whole(reader: &mut dyn Read, name: &str, options: &ReadOptions) -> Result<String, InputError> {
    let mut bytes = Vec::new();
    let limit = options.max_article_bytes as u64 + 1;
    reader
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|source| InputError::Io { path: name.to_string(), cause: source })?;
    if bytes.len() > options.max_article_bytes {
        return Err(InputError::TooLarge {
            path: name.to_string(),
            size: bytes.len(),
            limit: options.max_article_bytes,
        });
    }
    decode(bytes, name, options)
}

/// Checks and decodes the bytes of one article.
fn decode(bytes: Vec<u8>, name: &str, options: &ReadOptions) -> Result<String, InputError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(InputError::Binary { path: name.to_string(), offset });
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) if options.lossy => String::from_utf8_lossy(err.as_bytes()).into_owned(),
        Err(err) => return Err(InputError::NotUtf8 { path: name.to_string(), offset: err.utf8_error().valid_up_to() }),
    };
    // A byte-order mark is not text.
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if text.trim().is_empty() {
        return Err(InputError::Empty { path: name.to_string() });
    }
    Ok(text)
}

/// A plain-text article: the whole text is analysed; the first line is the title when a
/// blank line follows it.
pub fn text_to_article(id: &str, text: String) -> Article {
    let mut lines = text.lines();
    let first = lines.next().unwrap_or("").trim();
    let second = lines.next();
    let title = (!first.is_empty() && second.is_some_and(|l| l.trim().is_empty()))
        .then(|| first.trim_start_matches('#').trim().to_string());
    Article { meta: ArticleMeta { id: id.to_string(), title, date: None, url: None }, text }
}

#[derive(Debug, Default, PartialEq, Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    text: Option<String>,
    body: Option<String>,
    content: Option<String>,
}

fn read_jsonl(
    reader: &mut dyn BufRead,
    name: &str,
    source_id: &str,
    options: &ReadOptions,
    sink: &mut dyn FnMut(Result<Article, InputError>) -> ControlFlow<()>,
) {
    let mut line_no = 0;
    let mut any = false;
    let mut buffer = Vec::new();
    loop {
        buffer.clear();
        line_no += 1;
        let limit = options.max_article_bytes as u64 * 2 + 2;
        match read_line(reader, limit, &mut buffer) {
            Ok(0) => break,
            Ok(_) => {}
            Err(source) => {
                let _ = sink(Err(InputError::Io { path: name.to_string(), cause: source }));
                return;
            }
        }
        if buffer.len() as u64 >= limit && !buffer.ends_with(b"\n") {
            // Skip the rest of an overlong line.
            let mut rest = Vec::new();
            let _ = reader.read_until(b'\n', &mut rest);
            let result = Err(InputError::Jsonl {
                path: name.to_string(),
                line: line_no,
                message: format!("line longer than {} bytes (raise --max-article-bytes)", limit - 2),
            });
            if sink(result).is_break() {
                return;
            }
            continue;
        }
        if buffer.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        any = true;
        let result = parse_jsonl_line(&buffer, name, source_id, line_no, options);
        if sink(result).is_break() {
            return;
        }
    }
    if !any {
        let _ = sink(Err(InputError::Empty { path: name.to_string() }));
    }
}

/// `reader.take(limit).read_until(b'\n', buffer)`: a line, newline included, of at most `limit`
/// bytes, appended to `buffer`; the number of bytes read.
fn read_line(reader: &mut dyn BufRead, limit: u64, buffer: &mut Vec<u8>) -> io::Result<usize> {
    // perf: the newline is found by the memchr crate, with vector instructions; std's
    // `read_until` looks a word at a time.
    let mut read = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        let room = usize::try_from(limit - read as u64).map_or(available.len(), |room| room.min(available.len()));
        let window = &available[..room];
        let (found, used) = match memchr::memchr(b'\n', window) {
            Some(at) => (true, at + 1),
            None => (false, window.len()),
        };
        buffer.extend_from_slice(&window[..used]);
        reader.consume(used);
        read += used;
        if found || used == 0 || read as u64 >= limit {
            return Ok(read);
        }
    }
}

fn parse_jsonl_line(
    bytes: &[u8],
    name: &str,
    source_id: &str,
    line: usize,
    options: &ReadOptions,
) -> Result<Article, InputError> {
    let jsonl_error = |message: String| InputError::Jsonl { path: name.to_string(), line, message };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) if options.lossy => String::from_utf8_lossy(bytes),
        Err(err) => {
            return Err(jsonl_error(format!("invalid UTF-8 at byte {} of the line (use --lossy)", err.valid_up_to())));
        }
    };
    let json = text.trim();
    let parsed: JsonArticle = match jsonl::read_plain_line(json) {
        Some(parsed) => parsed,
        None => serde_json::from_str(json).map_err(|e| jsonl_error(format!("not a JSON article object: {e}")))?,
    };
    let body = parsed
        .text
        .or(parsed.body)
        .or(parsed.content)
        .ok_or_else(|| jsonl_error("no \"text\", \"body\" or \"content\" field".to_string()))?;
    if body.trim().is_empty() {
        return Err(jsonl_error("the article text is empty".to_string()));
    }
    if body.len() > options.max_article_bytes {
        return Err(jsonl_error(format!(
            "article of {} bytes exceeds the limit of {} bytes (raise it with --max-article-bytes)",
            body.len(),
            options.max_article_bytes
        )));
    }
    let id = match parsed.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{source_id}:{line}"),
    };
    Ok(Article { meta: ArticleMeta { id, title: parsed.title, date: parsed.date, url: parsed.url }, text: body })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_title_needs_a_blank_line_after_it() {
        let a = text_to_article("a.txt", "Headline\n\nBody text.".into());
        assert_eq!(a.meta.title.as_deref(), Some("Headline"));
        let b = text_to_article("b.txt", "First line\nsecond line".into());
        assert_eq!(b.meta.title, None);
    }

    #[test]
    fn jsonl_lines_name_their_errors() {
        let input = b"{\"id\": \"x\", \"text\": \"Putin met Trump.\"}\nnot json\n{\"title\": \"no text\"}\n\n{\"body\": \"B\", \"date\": \"2025-12-02\"}\n";
        let mut got = Vec::new();
        read_jsonl(&mut &input[..], "in.jsonl", "in.jsonl", &ReadOptions::default(), &mut |r| {
            got.push(r.map(|a| (a.meta.id, a.meta.date)).map_err(|e| e.to_string()));
            ControlFlow::Continue(())
        });
        assert_eq!(got[0].as_ref().unwrap().0, "x");
        assert!(got[1].as_ref().unwrap_err().starts_with("in.jsonl:2: not a JSON article"), "{:?}", got[1]);
        assert!(got[2].as_ref().unwrap_err().contains("no \"text\""), "{:?}", got[2]);
        assert_eq!(got[3].as_ref().unwrap(), &("in.jsonl:5".to_string(), Some("2025-12-02".to_string())));
    }

    proptest::proptest! {
        /// Lines are read as `take(limit).read_until` reads them, across the reader's buffer.
        #[test]
        fn lines_are_read_as_read_until_reads_them(
            input in proptest::collection::vec(proptest::sample::select(vec![b'a', b'\n', b'{']), 0..40),
            capacity in 1usize..9,
            limit in 0u64..12,
        ) {
            let mut ours = BufReader::with_capacity(capacity, &input[..]);
            let mut std = BufReader::with_capacity(capacity, &input[..]);
            loop {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let read = read_line(&mut ours, limit, &mut a).unwrap();
                proptest::prop_assert_eq!(read, (&mut std).take(limit).read_until(b'\n', &mut b).unwrap());
                proptest::prop_assert_eq!(&a, &b);
                if read == 0 {
                    break;
                }
            }
        }
    }

    #[test]
    fn unreadable_files_name_themselves() {
        // Tests run as root, where permissions do not stop reads: check the message of the
        // error a non-root reader gets.
        let denied = InputError::Io { path: "a/b.txt".into(), cause: io::Error::from_raw_os_error(13) };
        assert_eq!(denied.to_string(), "a/b.txt: Permission denied (os error 13)");
        let gone = Source { path: Some("does/not/exist.txt".into()), id: "exist.txt".into(), format: None };
        let mut got = Vec::new();
        read_source(&gone, &ReadOptions::default(), &mut |r| {
            got.push(r.map(|_| ()).map_err(|e| e.to_string()));
            ControlFlow::Continue(())
        });
        assert_eq!(got, [Err("does/not/exist.txt: No such file or directory (os error 2)".to_string())]);
    }

    #[test]
    fn bad_bytes_are_reported_with_their_offset() {
        let err = decode(b"ab\xffcd".to_vec(), "x.txt", &ReadOptions::default()).unwrap_err();
        assert_eq!(err.to_string(), "x.txt: invalid UTF-8 at byte 2 (use --lossy to replace bad bytes)");
        let lossy = ReadOptions { lossy: true, ..ReadOptions::default() };
        assert_eq!(decode(b"ab\xffcd".to_vec(), "x.txt", &lossy).unwrap(), "ab\u{fffd}cd");
        assert!(matches!(decode(b"  \n".to_vec(), "e.txt", &lossy), Err(InputError::Empty { .. })));
        assert!(matches!(decode(b"a\0b".to_vec(), "b.txt", &lossy), Err(InputError::Binary { offset: 1, .. })));
    }
}
