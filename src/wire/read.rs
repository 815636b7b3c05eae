//! The fast path of [`super::from_json`]: a reader for exactly the documents of this module's
//! types that parses the edges array in parallel and builds the graph as it goes, without an
//! intermediate document. A graph of a million edges is ~700 MB of JSON, and serde_json took
//! two seconds of CPU over it (README, "Speed").
//!
//! **It never reports an error.** On anything that is not plainly a valid document it declines
//! (`None`), and the caller reads the document again with serde_json, whose graph or error
//! message stands. So it must accept only what serde_json accepts, and give the same graph for
//! it; what it is not sure of, it declines: escapes in keys, numbers other than plain
//! non-negative integers, duplicate fields, nesting deeper than [`MAX_DEPTH`], edges listed
//! before the nodes, an edge without evidence or with an unknown end. Strings with escapes are
//! decoded (or, when ignored, checked) by serde_json itself.
//!
//! In a big document, the edges array is found and cut into chunks at guessed element starts
//! (an `{` whose first key is one an edge has; such bytes cannot be inside a string, where a
//! `"` is always escaped) by a quick search before parsing. Worker threads parse the chunks in
//! order while the calling thread parses the nodes, then resolves the chunks' edge ends and
//! adds them to the graph as they come. A guess is trusted only when the chunk before it,
//! parsed from a trusted start, ends exactly there; where one does not, the calling thread
//! reads on from the last trusted start itself.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use petgraph::stable_graph::NodeIndex;

use crate::graph::{Edge, KnowledgeGraph, Node, NodeSource};
use crate::model::{ArticleMeta, EdgeKind, Evidence, NodeKind};

/// Nesting deeper than this makes the reader decline; serde_json's own limit is 128.
const MAX_DEPTH: usize = 64;

/// The size of the chunks of the edges array that are parsed in parallel.
const CHUNK_BYTES: usize = 8 << 20;

/// Reads a document, or declines with `None`.
pub(super) fn read(json: &[u8]) -> Option<KnowledgeGraph> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    read_in_chunks(json, CHUNK_BYTES, threads).map(|(graph, _)| graph)
}

/// [`read`] with the edges array cut into chunks of about `chunk_bytes` parsed by `threads`
/// threads (tests cut small ones); also says in how many chunks it read the edges.
pub(super) fn read_in_chunks(json: &[u8], chunk_bytes: usize, threads: usize) -> Option<(KnowledgeGraph, usize)> {
    match Plan::new(json, chunk_bytes.max(1)) {
        Some(plan) if threads > 1 => plan.read(json, threads).ok(),
        _ => document(json, |p, graph, ids| {
            p.eat(b'[')?;
            if p.peek() == Some(b']') {
                p.pos += 1;
            } else {
                edges_to_end(p, graph, ids)?;
            }
            Ok(1)
        })
        .ok(),
    }
}

/// Why the reader gave up; the caller's serde_json says what is wrong, if anything is.
struct Decline;

type Parsed<T> = Result<T, Decline>;

/// Fills a field, declining when the object has it twice (serde_json: "duplicate field").
fn set<T>(slot: &mut Option<T>, value: T) -> Parsed<()> {
    match slot.replace(value) {
        Some(_) => Err(Decline),
        None => Ok(()),
    }
}

/// A required field.
fn required<T>(slot: Option<T>) -> Parsed<T> {
    slot.ok_or(Decline)
}

/// The graph attributes of a document.
struct Attributes {
    schema_version: u32,
    articles: Vec<String>,
    article_meta: Vec<ArticleMeta>,
}

/// An edge as parsed, its ends still named.
type ParsedEdge<'a> = (Cow<'a, str>, Cow<'a, str>, Edge);

/// Reads the document, handing the edges array to `read_edges` with the graph of the nodes
/// (the reader declines a document that lists edges before nodes); `read_edges` adds the
/// edges and says in how many chunks it read them.
fn document<'a>(
    json: &'a [u8],
    mut read_edges: impl FnMut(&mut Parser<'a>, &mut KnowledgeGraph, &NodeIds<'a>) -> Parsed<usize>,
) -> Parsed<(KnowledgeGraph, usize)> {
    let mut parser = Parser { json, pos: 0 };
    let (mut directed, mut multigraph, mut attributes) = (None, None, None);
    let mut nodes: Option<Vec<Node>> = None;
    let mut ids = Vec::new();
    let mut graph: Option<(KnowledgeGraph, usize)> = None;
    parser.object(1, |p, key| match key {
        b"directed" => set(&mut directed, p.boolean()?),
        b"multigraph" => set(&mut multigraph, p.boolean()?),
        b"graph" => set(&mut attributes, p.attributes()?),
        b"nodes" if graph.is_none() => set(&mut nodes, p.array(2, |p| p.node(&mut ids))?),
        b"edges" | b"links" if graph.is_none() => {
            let mut read = KnowledgeGraph::from_nodes(required(nodes.take())?, 0).map_err(|_| Decline)?;
            // `from_nodes` checked that ids are unique, and put node `i` at index `i`.
            let ids: NodeIds<'a> = ids.drain(..).enumerate().map(|(i, id)| (id, NodeIndex::new(i))).collect();
            let chunks = read_edges(p, &mut read, &ids)?;
            set(&mut graph, (read, chunks))
        }
        b"nodes" | b"edges" | b"links" => Err(Decline),
        _ => p.skip(1),
    })?;
    parser.ws();
    let (_, _, attributes, (mut graph, chunks)) =
        (required(directed)?, required(multigraph)?, required(attributes)?, required(graph)?);
    if parser.pos != json.len() || attributes.schema_version > super::SCHEMA_VERSION {
        return Err(Decline);
    }
    graph.insert_articles(super::article_metas(attributes.article_meta, attributes.articles));
    Ok((graph, chunks))
}

/// Reads the elements of the edges array from the one at the parser up to the end of the
/// array, adding them to the graph as they come.
fn edges_to_end(p: &mut Parser<'_>, graph: &mut KnowledgeGraph, ids: &NodeIds<'_>) -> Parsed<()> {
    let (mut evidence, mut last_source) = (Vec::new(), None);
    loop {
        let (source, target, edge) = p.edge(&mut evidence)?;
        let (source, target) = resolve(ids, &mut last_source, &source, &target)?;
        graph.add_edge_between(source, target, edge);
        match p.peek() {
            Some(b',') => p.pos += 1,
            Some(b']') => {
                p.pos += 1;
                return Ok(());
            }
            _ => return Err(Decline),
        }
    }
}

/// The nodes an edge joins. Edges are written sorted by source, so most have the source of
/// the one before, and finding it again is skipped.
fn resolve(
    ids: &NodeIds<'_>,
    last_source: &mut Option<(String, NodeIndex)>,
    source: &str,
    target: &str,
) -> Parsed<(NodeIndex, NodeIndex)> {
    let source_index = match last_source {
        Some((last, index)) if last == source => *index,
        _ => {
            let index = *ids.get(source).ok_or(Decline)?;
            *last_source = Some((source.to_string(), index));
            index
        }
    };
    Ok((source_index, *ids.get(target).ok_or(Decline)?))
}

/// The index of each node by its id, the ids borrowed from the document. Hashed with foldhash,
/// which is several times faster than the standard library's SipHash on short strings: ends
/// are looked up a million times.
type NodeIds<'a> = HashMap<Cow<'a, str>, NodeIndex, foldhash::fast::FixedState>;

/// How to read a big document's edges array in parallel: where the array is, and where its
/// chunks start, all found by a quick search before parsing.
struct Plan {
    /// The `[` of the array.
    array: usize,
    /// The first element of each chunk: the first is the array's; the others are guesses.
    starts: Vec<usize>,
}

impl Plan {
    /// A plan for a document whose edges array is big enough to be cut in chunks.
    fn new(json: &[u8], chunk_bytes: usize) -> Option<Plan> {
        let array = edges_array(json)?;
        let mut parser = Parser { json, pos: array + 1 };
        if parser.peek() != Some(b'{') {
            return None;
        }
        let mut starts = vec![parser.pos];
        while let Some(start) = next_edge_start(json, starts[starts.len() - 1].saturating_add(chunk_bytes)) {
            starts.push(start);
        }
        (starts.len() > 1).then_some(Plan { array, starts })
    }

    /// Reads the document: `threads` threads parse the chunks in order, while this one reads
    /// the rest of the document and then adds the chunks' edges to the graph.
    fn read(&self, json: &[u8], threads: usize) -> Parsed<(KnowledgeGraph, usize)> {
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        std::thread::scope(|scope| {
            let (sender, receiver) = mpsc::channel();
            for _ in 0..threads {
                let sender = sender.clone();
                let (next, stop) = (&next, &stop);
                scope.spawn(move || {
                    let mut evidence = Vec::new();
                    while !stop.load(Ordering::Relaxed) {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&start) = self.starts.get(i) else { break };
                        let chunk = edge_chunk(json, start, self.starts.get(i + 1).copied(), &mut evidence);
                        if sender.send((i, chunk)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(sender);
            let read = document(json, |p, graph, ids| self.receive(p, graph, ids, &receiver, &stop));
            stop.store(true, Ordering::Relaxed);
            read
        })
    }

    /// Adds the chunks' edges, in order, as they come; where a chunk failed, or the array is
    /// not where the plan has it, reads on from there itself.
    fn receive<'a>(
        &self,
        p: &mut Parser<'a>,
        graph: &mut KnowledgeGraph,
        ids: &NodeIds<'a>,
        chunks: &mpsc::Receiver<(usize, Parsed<EdgeChunk<'a>>)>,
        stop: &AtomicBool,
    ) -> Parsed<usize> {
        p.ws();
        if p.pos != self.array {
            stop.store(true, Ordering::Relaxed);
            p.eat(b'[')?;
            if p.peek() == Some(b']') {
                p.pos += 1;
                return Ok(1);
            }
            edges_to_end(p, graph, ids)?;
            return Ok(1);
        }
        let mut done: Vec<Option<Parsed<EdgeChunk<'a>>>> = self.starts.iter().map(|_| None).collect();
        let (mut last_source, mut added) = (None, 0);
        let json_len = p.json.len();
        for (i, &start) in self.starts.iter().enumerate() {
            while done[i].is_none() {
                let (j, chunk) = chunks.recv().map_err(|_| Decline)?;
                done[j] = Some(chunk);
            }
            let Some(Ok((edges, end))) = done[i].take() else {
                // The chunk starts where the one before ended, so this one's failure is the
                // document's, or a wrong guess of where the next one starts.
                stop.store(true, Ordering::Relaxed);
                p.pos = start;
                edges_to_end(p, graph, ids)?;
                return Ok(i + 1);
            };
            // Room for as many edges as the array seems to hold, at the rate of those read so
            // far and a quarter more, so that petgraph's vector seldom grows by copying.
            added += edges.len();
            if graph.edge_capacity() < added {
                let rate = added as f64 / (end - self.starts[0]) as f64;
                let expected = (rate * (json_len - self.starts[0]) as f64 * 1.25) as usize;
                graph.reserve_edges(expected.max(added) - graph.edge_count());
            }
            for (source, target, edge) in edges {
                let (source, target) = resolve(ids, &mut last_source, &source, &target)?;
                graph.add_edge_between(source, target, edge);
            }
            p.pos = end;
        }
        Ok(self.starts.len())
    }
}

/// The edges of a chunk, and where the chunk ended.
type EdgeChunk<'a> = (Vec<ParsedEdge<'a>>, usize);

/// The edges from `start` up to the element at `stop`, which must follow one of them exactly,
/// or, without a stop, to the end of the array.
fn edge_chunk<'a>(
    json: &'a [u8],
    start: usize,
    stop: Option<usize>,
    evidence: &mut Vec<Evidence>,
) -> Parsed<EdgeChunk<'a>> {
    let mut parser = Parser { json, pos: start };
    // Room for about as many edges as the chunk holds (an edge takes 500 to 700 bytes as
    // `build` writes it), so that the vector does not grow by copying.
    let mut edges = Vec::with_capacity(stop.map_or(0, |stop| (stop - start) / 400));
    loop {
        edges.push(parser.edge(evidence)?);
        match parser.peek() {
            Some(b',') => {
                parser.pos += 1;
                parser.ws();
                match stop {
                    Some(stop) if parser.pos == stop => return Ok((edges, stop)),
                    Some(stop) if parser.pos > stop => return Err(Decline),
                    _ => {}
                }
            }
            Some(b']') if stop.is_none() => return Ok((edges, parser.pos + 1)),
            _ => return Err(Decline),
        }
    }
}

/// Where the edges array seems to be: the `[` after the first key `"edges"` (or, failing
/// that, `"links"`). The key could also be one inside a node; the reader checks that it
/// reaches the array there.
fn edges_array(json: &[u8]) -> Option<usize> {
    [&b"\"edges\""[..], b"\"links\""].into_iter().find_map(|key| {
        memchr::memmem::find_iter(json, key).find_map(|at| {
            let mut parser = Parser { json, pos: at + key.len() };
            parser.eat(b':').ok()?;
            (parser.peek() == Some(b'[')).then_some(parser.pos)
        })
    })
}

/// Where the element after `from` may start in the edges array: an object whose first key is
/// one an edge has.
fn next_edge_start(json: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(offset) = memchr::memchr(b'{', json.get(at..)?) {
        let brace = at + offset;
        let mut key = brace + 1;
        while matches!(json.get(key), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            key += 1;
        }
        let rest = &json[key..];
        if [&b"\"source\""[..], b"\"target\"", b"\"kind\"", b"\"evidence\""].iter().any(|k| rest.starts_with(k)) {
            return Some(brace);
        }
        at = brace + 1;
    }
    None
}

/// From `pos`, the run of string content: where it stops (at a quote, a backslash, a control
/// character or the end), and whether it is all ASCII. A block of bytes at a time.
#[inline(always)]
fn content_run(json: &[u8], mut pos: usize) -> (usize, bool) {
    let mut ascii = true;
    while let Some(bytes) = json.get(pos..pos + BLOCK) {
        let (before, block_ascii) = block_run(bytes.try_into().expect("a block"));
        ascii &= block_ascii;
        pos += before;
        if before < BLOCK {
            return (pos, ascii);
        }
    }
    while let Some(&byte) = json.get(pos) {
        if byte == b'"' || byte == b'\\' || byte < 0x20 {
            break;
        }
        ascii &= byte < 0x80;
        pos += 1;
    }
    (pos, ascii)
}

#[cfg(target_arch = "x86_64")]
const BLOCK: usize = 16;

/// How many bytes of a block are string content before a stop, and whether they are ASCII.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn block_run(bytes: &[u8; BLOCK]) -> (usize, bool) {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of x86_64, and the load reads the sixteen bytes of `bytes`.
    let (stops, high) = unsafe {
        let v = _mm_loadu_si128(bytes.as_ptr().cast());
        let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
        let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
        let control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
        let stops = _mm_or_si128(_mm_or_si128(quote, backslash), control);
        (_mm_movemask_epi8(stops) as u32, _mm_movemask_epi8(v) as u32)
    };
    let before = stops.trailing_zeros().min(16);
    (before as usize, high & ((1u32 << before) - 1) == 0)
}

#[cfg(not(target_arch = "x86_64"))]
const BLOCK: usize = 8;

/// How many bytes of a block are string content before a stop, and whether they are ASCII:
/// eight bytes in a word, the high bit of each byte lane flagging a stop.
#[cfg(not(target_arch = "x86_64"))]
fn block_run(bytes: &[u8; BLOCK]) -> (usize, bool) {
    const fn splat(byte: u8) -> u64 {
        u64::from_ne_bytes([byte; 8])
    }
    // The high bit of each zero byte lane (and perhaps of lanes above one, never below).
    let zero = |word: u64| word.wrapping_sub(splat(1)) & !word & splat(0x80);
    let word = u64::from_le_bytes(*bytes);
    let stops =
        zero(word ^ splat(b'"')) | zero(word ^ splat(b'\\')) | (word.wrapping_sub(splat(0x20)) & !word & splat(0x80));
    let before = (stops.trailing_zeros() / 8) as usize;
    let content = if before == 8 { word } else { word & ((1u64 << (8 * before)) - 1) };
    (before, content & splat(0x80) == 0)
}

/// A JSON string in the document: where its content lies, and what scanning it found.
struct RawString {
    start: usize,
    end: usize,
    escaped: bool,
    ascii: bool,
}

struct Parser<'a> {
    json: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    /// Skips JSON whitespace. A pretty-printed document is a third indentation: the spaces
    /// after a line break are counted sixteen at a time.
    #[inline(never)]
    fn ws(&mut self) {
        let json = self.json;
        let mut pos = self.pos;
        loop {
            match json.get(pos) {
                Some(b' ' | b'\r' | b'\t') => pos += 1,
                Some(b'\n') => {
                    pos += 1;
                    while let Some(bytes) = json.get(pos..pos + 16) {
                        let word = u128::from_le_bytes(bytes.try_into().expect("sixteen bytes"));
                        let spaces = (word ^ u128::from_ne_bytes([b' '; 16])).trailing_zeros() / 8;
                        pos += spaces as usize;
                        if spaces < 16 {
                            break;
                        }
                    }
                }
                _ => break,
            }
        }
        self.pos = pos;
    }

    /// The next byte after whitespace. Often there is none to skip: that case is inlined.
    #[inline(always)]
    fn peek(&mut self) -> Option<u8> {
        match self.json.get(self.pos) {
            Some(b' ' | b'\n' | b'\r' | b'\t') => {
                self.ws();
                self.json.get(self.pos).copied()
            }
            next => next.copied(),
        }
    }

    fn eat(&mut self, byte: u8) -> Parsed<()> {
        if self.peek() != Some(byte) {
            return Err(Decline);
        }
        self.pos += 1;
        Ok(())
    }

    /// An exact word: `true`, `false`, `null`.
    fn word(&mut self, word: &[u8]) -> Parsed<()> {
        self.peek();
        if !self.json[self.pos..].starts_with(word) {
            return Err(Decline);
        }
        self.pos += word.len();
        Ok(())
    }

    /// The members of an object at nesting `depth`, each handed to `field` with its key.
    fn object(&mut self, depth: usize, mut field: impl FnMut(&mut Self, &'a [u8]) -> Parsed<()>) -> Parsed<()> {
        self.sequence(depth, b'{', b'}', |p| {
            let key = p.raw_string()?;
            if key.escaped || !key.ascii && std::str::from_utf8(&p.json[key.start..key.end]).is_err() {
                return Err(Decline);
            }
            // `": "` is how `build` writes it; anything else is read byte by byte.
            if p.json.get(p.pos..p.pos + 2) == Some(b": ") {
                p.pos += 2;
            } else {
                p.eat(b':')?;
            }
            field(p, &p.json[key.start..key.end])
        })
    }

    /// The elements of an array at nesting `depth`, each read by `element`.
    fn elements(&mut self, depth: usize, element: impl FnMut(&mut Self) -> Parsed<()>) -> Parsed<()> {
        self.sequence(depth, b'[', b']', element)
    }

    /// An object or an array at nesting `depth`: `open`, items separated by commas, `close`.
    #[inline(always)]
    fn sequence(
        &mut self,
        depth: usize,
        open: u8,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Parsed<()>,
    ) -> Parsed<()> {
        if depth > MAX_DEPTH {
            return Err(Decline);
        }
        self.eat(open)?;
        if self.peek() == Some(close) {
            self.pos += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(byte) if byte == close => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(Decline),
            }
        }
    }

    fn array<T>(&mut self, depth: usize, mut element: impl FnMut(&mut Self) -> Parsed<T>) -> Parsed<Vec<T>> {
        let mut items = Vec::new();
        self.elements(depth, |p| {
            items.push(element(p)?);
            Ok(())
        })?;
        Ok(items)
    }

    /// Scans the string that starts here; its content runs up to a quote, a backslash (which
    /// escapes the byte after it) or a control character (which JSON forbids in strings).
    #[inline(always)]
    fn raw_string(&mut self) -> Parsed<RawString> {
        self.eat(b'"')?;
        let json = self.json;
        let start = self.pos;
        let mut pos = start;
        let (mut escaped, mut ascii) = (false, true);
        loop {
            let (stop, run_ascii) = content_run(json, pos);
            ascii &= run_ascii;
            pos = stop;
            match json.get(pos) {
                Some(b'"') => break,
                Some(b'\\') => {
                    escaped = true;
                    pos += 2;
                }
                _ => return Err(Decline),
            }
        }
        self.pos = pos + 1;
        Ok(RawString { start, end: pos, escaped, ascii })
    }

    /// A string, borrowed from the document unless it has escapes.
    fn string(&mut self) -> Parsed<Cow<'a, str>> {
        let raw = self.raw_string()?;
        let json = self.json;
        if raw.escaped {
            let quoted = std::str::from_utf8(&json[raw.start - 1..=raw.end]).map_err(|_| Decline)?;
            return serde_json::from_str(quoted).map(Cow::Owned).map_err(|_| Decline);
        }
        let content = &json[raw.start..raw.end];
        if raw.ascii {
            // SAFETY: every byte of `content` is below 0x80 (the scan checked), and ASCII is UTF-8.
            Ok(Cow::Borrowed(unsafe { std::str::from_utf8_unchecked(content) }))
        } else {
            std::str::from_utf8(content).map(Cow::Borrowed).map_err(|_| Decline)
        }
    }

    fn owned(&mut self) -> Parsed<String> {
        self.string().map(Cow::into_owned)
    }

    /// `null` or a string (serde: `Option<String>`).
    fn optional(&mut self) -> Parsed<Option<String>> {
        if self.peek() == Some(b'n') {
            return self.word(b"null").map(|()| None);
        }
        self.owned().map(Some)
    }

    fn boolean(&mut self) -> Parsed<bool> {
        match self.peek() {
            Some(b't') => self.word(b"true").map(|()| true),
            _ => self.word(b"false").map(|()| false),
        }
    }

    /// A non-negative integer written plainly: no sign, fraction, exponent or leading zero.
    fn unsigned(&mut self) -> Parsed<u64> {
        self.peek();
        let json = self.json;
        let (start, mut pos) = (self.pos, self.pos);
        let mut value: u64 = 0;
        while let Some(&digit @ b'0'..=b'9') = json.get(pos) {
            value = value.wrapping_mul(10).wrapping_add(u64::from(digit - b'0'));
            pos += 1;
        }
        // Nineteen digits always fit in a u64; a longer number is declined rather than checked.
        let digits = pos - start;
        if digits == 0
            || digits > 19
            || digits > 1 && json[start] == b'0'
            || matches!(json.get(pos), Some(b'.' | b'e' | b'E'))
        {
            return Err(Decline);
        }
        self.pos = pos;
        Ok(value)
    }

    fn count(&mut self) -> Parsed<usize> {
        usize::try_from(self.unsigned()?).map_err(|_| Decline)
    }

    /// Any value, checked as serde_json checks a value it ignores.
    fn skip(&mut self, depth: usize) -> Parsed<()> {
        match self.peek() {
            Some(b'"') => {
                let raw = self.raw_string()?;
                if raw.escaped || !raw.ascii {
                    let quoted = std::str::from_utf8(&self.json[raw.start - 1..=raw.end]).map_err(|_| Decline)?;
                    serde_json::from_str::<serde::de::IgnoredAny>(quoted).map_err(|_| Decline)?;
                }
                Ok(())
            }
            Some(b'{') => self.object(depth + 1, |p, _| p.skip(depth + 1)),
            Some(b'[') => self.elements(depth + 1, |p| p.skip(depth + 1)),
            Some(b't') => self.word(b"true"),
            Some(b'f') => self.word(b"false"),
            Some(b'n') => self.word(b"null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(Decline),
        }
    }

    /// A number of the JSON grammar, which is what serde_json checks of one it ignores.
    fn number(&mut self) -> Parsed<()> {
        let json = self.json;
        let digits = |pos: &mut usize| {
            let start = *pos;
            while matches!(json.get(*pos), Some(b'0'..=b'9')) {
                *pos += 1;
            }
            if *pos == start { Err(Decline) } else { Ok(()) }
        };
        let mut pos = self.pos;
        if json.get(pos) == Some(&b'-') {
            pos += 1;
        }
        match json.get(pos) {
            Some(b'0') if matches!(json.get(pos + 1), Some(b'0'..=b'9')) => return Err(Decline),
            Some(b'0') => pos += 1,
            _ => digits(&mut pos)?,
        }
        if json.get(pos) == Some(&b'.') {
            pos += 1;
            digits(&mut pos)?;
        }
        if matches!(json.get(pos), Some(b'e' | b'E')) {
            pos += 1;
            if matches!(json.get(pos), Some(b'+' | b'-')) {
                pos += 1;
            }
            digits(&mut pos)?;
        }
        self.pos = pos;
        Ok(())
    }

    /// `graph`: the document's attributes.
    fn attributes(&mut self) -> Parsed<Attributes> {
        let (mut schema_version, mut articles, mut article_meta) = (None, None, None);
        self.object(2, |p, key| match key {
            b"schema_version" => set(&mut schema_version, u32::try_from(p.unsigned()?).map_err(|_| Decline)?),
            b"articles" => set(&mut articles, p.array(3, Parser::owned)?),
            b"article_meta" => set(&mut article_meta, p.array(3, Parser::article)?),
            _ => p.skip(2),
        })?;
        Ok(Attributes {
            schema_version: schema_version.unwrap_or(super::SCHEMA_VERSION),
            articles: required(articles)?,
            article_meta: article_meta.unwrap_or_default(),
        })
    }

    fn article(&mut self) -> Parsed<ArticleMeta> {
        let (mut id, mut title, mut date, mut url) = (None, None, None, None);
        self.object(4, |p, key| match key {
            b"id" => set(&mut id, p.owned()?),
            b"title" => set(&mut title, p.optional()?),
            b"date" => set(&mut date, p.optional()?),
            b"url" => set(&mut url, p.optional()?),
            _ => p.skip(4),
        })?;
        Ok(ArticleMeta { id: required(id)?, title: title.flatten(), date: date.flatten(), url: url.flatten() })
    }

    /// A set of names (serde: `BTreeSet<String>`).
    fn names(&mut self, depth: usize) -> Parsed<BTreeSet<String>> {
        let mut names = BTreeSet::new();
        self.elements(depth, |p| {
            names.insert(p.owned()?);
            Ok(())
        })?;
        Ok(names)
    }

    /// A node, and its id as in the document (borrowed unless it has escapes) in `ids`.
    fn node(&mut self, ids: &mut Vec<Cow<'a, str>>) -> Parsed<Node> {
        let (mut id, mut kind, mut name, mut aliases, mut mentions) = (None, None, None, None, None);
        let (mut iso3, mut title, mut country, mut sources) = (None, None, None, None);
        self.object(3, |p, key| match key {
            b"id" => set(&mut id, p.string()?),
            b"kind" => set(&mut kind, NodeKind::parse(&p.string()?).ok_or(Decline)?),
            b"name" => set(&mut name, p.owned()?),
            b"aliases" => set(&mut aliases, p.names(4)?),
            b"mentions" => set(&mut mentions, p.count()?),
            b"iso3" => set(&mut iso3, p.optional()?),
            b"title" => set(&mut title, p.optional()?),
            b"country" => set(&mut country, p.optional()?),
            b"sources" => set(&mut sources, p.array(4, Parser::node_source)?),
            _ => p.skip(3),
        })?;
        let id = required(id)?;
        ids.push(id.clone());
        Ok(Node {
            id: id.into_owned(),
            kind: required(kind)?,
            name: required(name)?,
            aliases: aliases.unwrap_or_default(),
            mentions: mentions.unwrap_or(0),
            iso3: iso3.flatten(),
            title: title.flatten(),
            country: country.flatten(),
            sources: sources.unwrap_or_default(),
        })
    }

    fn node_source(&mut self) -> Parsed<NodeSource> {
        let (mut article, mut name, mut aliases, mut mentions) = (None, None, None, None);
        self.object(5, |p, key| match key {
            b"article" => set(&mut article, p.owned()?),
            b"name" => set(&mut name, p.owned()?),
            b"aliases" => set(&mut aliases, p.names(6)?),
            b"mentions" => set(&mut mentions, p.count()?),
            _ => p.skip(5),
        })?;
        Ok(NodeSource {
            article: required(article)?,
            name: required(name)?,
            aliases: aliases.unwrap_or_default(),
            mentions: mentions.unwrap_or(0),
        })
    }

    fn edge(&mut self, evidence_read: &mut Vec<Evidence>) -> Parsed<ParsedEdge<'a>> {
        let (mut source, mut target, mut kind, mut weight) = (None, None, None, None);
        let (mut what, mut former, mut evidence) = (None, None, None);
        self.object(3, |p, key| match key {
            b"source" => set(&mut source, p.string()?),
            b"target" => set(&mut target, p.string()?),
            b"kind" => set(&mut kind, EdgeKind::parse(&p.string()?).ok_or(Decline)?),
            b"weight" => set(&mut weight, p.count()?),
            b"what" => set(&mut what, p.optional()?),
            b"former" => set(&mut former, p.boolean()?),
            b"evidence" => {
                evidence_read.clear();
                p.elements(4, |p| {
                    evidence_read.push(p.evidence()?);
                    Ok(())
                })?;
                // Moved to a vector of their number: no spare room (see `vec_without_spare_room`).
                let mut exact = Vec::with_capacity(evidence_read.len());
                exact.append(evidence_read);
                set(&mut evidence, exact)
            }
            _ => p.skip(3),
        })?;
        let evidence = required(evidence)?;
        if evidence.is_empty() {
            return Err(Decline);
        }
        let edge = Edge {
            kind: required(kind)?,
            weight: super::weight_or_count(weight.unwrap_or(0), &evidence),
            what: what.flatten(),
            former: former.unwrap_or(false),
            evidence,
        };
        Ok((required(source)?, required(target)?, edge))
    }

    fn evidence(&mut self) -> Parsed<Evidence> {
        let (mut article, mut sentence, mut start, mut end, mut rule) = (None, None, None, None, None);
        let (mut text, mut date, mut what, mut former) = (None, None, None, None);
        self.object(5, |p, key| match key {
            b"article" => set(&mut article, p.owned()?),
            b"sentence" => set(&mut sentence, p.count()?),
            b"start" => set(&mut start, p.count()?),
            b"end" => set(&mut end, p.count()?),
            b"rule" => set(&mut rule, p.owned()?),
            b"text" => set(&mut text, p.owned()?),
            b"date" => set(&mut date, p.optional()?),
            b"what" => set(&mut what, p.optional()?),
            b"former" => set(&mut former, p.boolean()?),
            _ => p.skip(5),
        })?;
        Ok(Evidence {
            article: required(article)?,
            sentence: required(sentence)?,
            start: required(start)?,
            end: required(end)?,
            rule: required(rule)?,
            text: required(text)?,
            date: date.flatten(),
            what: what.flatten(),
            former: former.unwrap_or(false),
        })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::wire::{ReadError, from_json, from_json_bytes, from_json_with_serde, to_json, to_json_compact};

    const SEED: &str = include_str!("../../graphs/seed.json");
    const ALL: &str = include_str!("../../graphs/all.json");

    /// What serde_json alone makes of a document: the graph written again, or the error.
    fn serde(json: &str) -> Result<String, String> {
        from_json_with_serde(json).map(|graph| to_json(&graph)).map_err(|e| format!("{e:?}"))
    }

    /// Checks that the public reader gives serde_json's answer, and that the fast reader, in
    /// chunks of every size and on one to three threads, gives it too or declines; returns
    /// whether it ever declined and the most chunks it read the edges in.
    fn check(json: &str) -> (bool, usize) {
        let expected = serde(json);
        let public = from_json(json).map(|graph| to_json(&graph)).map_err(|e| format!("{e:?}"));
        assert_eq!(public, expected, "from_json differs from serde_json");
        let (mut declined, mut most_chunks) = (false, 0);
        for chunk_bytes in [1, 7, 300, 4096, usize::MAX] {
            for threads in 1..=3 {
                match read_in_chunks(json.as_bytes(), chunk_bytes, threads) {
                    Some((graph, chunks)) => {
                        assert_eq!(Ok(to_json(&graph)), expected, "chunks of {chunk_bytes} bytes, {threads} threads");
                        most_chunks = most_chunks.max(chunks);
                    }
                    None => declined = true,
                }
            }
        }
        (declined, most_chunks)
    }

    /// Checks that the fast reader reads a document, in as many chunks as it has edges.
    fn check_read_in_parallel(json: &str) {
        let edges = from_json_with_serde(json).expect("a valid document").edge_count();
        assert_eq!(check(json), (false, edges));
    }

    fn evidence(article: usize, sentence: usize, text: &str) -> Evidence {
        Evidence {
            article: format!("wire/{article:03}.txt"),
            sentence,
            start: sentence * 100,
            end: sentence * 100 + text.len(),
            rule: ["meet-verb", "said-\"quote\"", "envoy\\of"][sentence % 3].to_string(),
            text: text.to_string(),
            date: (!article.is_multiple_of(3)).then(|| format!("2025-{:02}-01", 1 + article % 12)),
            what: (article.is_multiple_of(4)).then(|| "a \"ceasefire\" {now}".to_string()),
            former: sentence.is_multiple_of(5),
        }
    }

    /// A graph whose names, ids and sentences hold what JSON must escape or could mislead a
    /// reader cutting the edges into chunks: quotes, backslashes, brackets, line breaks,
    /// control characters, `{"source":` in text, and text that is not ASCII.
    fn hostile_graph(n_nodes: usize, n_edges: usize) -> KnowledgeGraph {
        let names = [
            "Recep Tayyip Erdoğan",
            "Jean \"Le Chef\" Dupont",
            "back\\slash [x] {y}",
            "{\"source\": \"person:a\", \"target\": \"b\"}",
            "line\nbreak\ttab\u{1}bell",
            "東京 👍",
        ];
        let nodes: Vec<Node> = (0..n_nodes)
            .map(|i| {
                let name = format!("{} {i}", names[i % names.len()]);
                Node {
                    id: format!("person:{i}-{}", names[i % names.len()]),
                    kind: NodeKind::ALL[i % 4],
                    aliases: [format!("alias \"{i}\""), format!("{{{i}}}")].into_iter().take(i % 3).collect(),
                    mentions: i % 7,
                    iso3: (i % 4 == 1).then(|| "RUS".to_string()),
                    title: (i % 4 == 2).then(|| "foreign minister".to_string()),
                    country: (i % 4 == 2).then(|| "country:r\"u".to_string()),
                    sources: vec![NodeSource {
                        article: format!("wire/{:03}.txt", i % 10),
                        name: name.clone(),
                        aliases: BTreeSet::from([format!("[{i}]")]),
                        mentions: 1,
                    }],
                    name,
                }
            })
            .collect();
        let edges = (0..n_edges)
            .map(|i| {
                let (source, target) = (&nodes[i % n_nodes].id, &nodes[(i * 7 + 1) % n_nodes].id);
                let evidence: Vec<Evidence> = (0..1 + i % 3)
                    .map(|j| evidence(i % 10, j, &format!("{} said \"{{[\" then {{\"source\": \"x\"}} {i}", names[j])))
                    .collect();
                let edge = Edge {
                    kind: EdgeKind::ALL[i % 5],
                    weight: if i % 6 == 0 { 0 } else { evidence.len() },
                    what: (i % 5 == 2).then(|| format!("talks \\ {i}")),
                    former: i % 9 == 0,
                    evidence,
                };
                (source.clone(), target.clone(), edge)
            })
            .collect();
        let articles = (0..10)
            .map(|i| ArticleMeta {
                id: format!("wire/{i:03}.txt"),
                title: (i % 2 == 0).then(|| format!("Talks \"{i}\"")),
                date: Some("2025-12-02".to_string()),
                url: None,
            })
            .collect();
        KnowledgeGraph::from_parts(articles, nodes, edges).expect("a consistent graph")
    }

    #[test]
    fn sample_graphs_read_in_parallel_as_serde_json_reads_them() {
        for json in [SEED, ALL] {
            check_read_in_parallel(json);
            check_read_in_parallel(&to_json_compact(&from_json_with_serde(json).unwrap()));
        }
    }

    #[test]
    fn a_generated_graph_of_hostile_strings_reads_in_parallel_as_serde_json_reads_it() {
        let graph = hostile_graph(40, 300);
        check_read_in_parallel(&to_json(&graph));
        check_read_in_parallel(&to_json_compact(&graph));
    }

    #[test]
    fn wrong_guesses_of_where_chunks_start_are_caught() {
        let json = to_json(&hostile_graph(6, 30));
        // Objects that look like edges inside edges: a chunk may be guessed to start there.
        let nested = json.replace(
            "\"kind\": \"advises\",",
            "\"kind\": \"advises\", \"extra\": [{\"source\": 1}, {\n \"kind\": {\"evidence\": []}}],",
        );
        assert_ne!(nested, json);
        assert!(!check(&nested).0);
        let (_, chunks) = read_in_chunks(nested.as_bytes(), 1, 2).unwrap();
        assert!(chunks < 30, "a wrong guess was caught, and the rest read in one piece");
        // An `"edges": [` inside a node: the plan guesses the wrong array.
        let inside =
            json.replacen("\"mentions\"", "\"x\": {\"edges\": [{\"source\": 2}, {\"source\": 3}]}, \"mentions\"", 1);
        assert_ne!(inside, json);
        assert!(!check(&inside).0);
        // `links` for `edges`, and keys in other orders (serde_json's `Value` sorts them).
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let text = |key: &str| serde_json::to_string_pretty(&value[key]).unwrap();
        let sorted = format!(
            "{{\"directed\": true, \"multigraph\": true, \"graph\": {}, \"nodes\": {}, \"links\": {}}}",
            text("graph"),
            text("nodes"),
            text("edges")
        );
        check_read_in_parallel(&sorted);
        // Edges before nodes, which the reader declines.
        assert!(check(&serde_json::to_string(&value).unwrap()).0);
    }

    /// The error `from_json` gives for a broken document, which must be serde_json's.
    fn syntax_error(json: &str) -> (usize, usize) {
        let ReadError::Syntax { line, column, message } = from_json(json).unwrap_err() else {
            panic!("not a syntax error")
        };
        let e = serde_json::from_str::<serde_json::Value>(json).unwrap_err();
        assert_eq!((line, column), (e.line(), e.column()), "{message}");
        assert_eq!(format!("{:?}", from_json(json)), format!("{:?}", from_json_with_serde(json)));
        (line, column)
    }

    #[test]
    fn syntax_errors_anywhere_give_serde_json_s_line_and_column() {
        let json = to_json(&hostile_graph(6, 60));
        let first_edge = json.find("\"edges\": [").unwrap();
        let last_edge = json.rfind("\"source\"").unwrap();
        let cases = [
            // In the first chunk: a missing comma.
            json[..first_edge].to_string() + &json[first_edge..].replacen("\"kind\": ", "\"kind\" ", 1),
            // In the last chunk: a missing colon.
            json[..last_edge].to_string() + &json[last_edge..].replacen("\"target\":", "\"target\"", 1),
            // Right after a string holding escaped quotes and brackets.
            json.replacen("{\\\"source\\\": \\\"x\\\"} 7\",", "{\\\"source\\\": \\\"x\\\"} 7\"", 1),
            // A bad escape inside such a string.
            json.replacen("then {\\\"source", "then {\\qsource", 1),
            // Among the nodes, in the article list, at the very end, after the end.
            json.replacen("\"mentions\": 3", "\"mentions\": 03", 1),
            json.replacen("\"articles\": [", "\"articles\": [,", 1),
            json[..json.len() - 3].to_string(),
            json.clone() + "}",
        ];
        for broken in &cases {
            assert_ne!(broken, &json);
            syntax_error(broken);
        }
        assert_eq!(syntax_error(&cases[7]).0, json.lines().count() + 1);
    }

    #[test]
    fn invalid_utf8_anywhere_is_reported_where_it_is() {
        let json = to_json(&hostile_graph(6, 60));
        for (at, what) in [
            (json.find("said").unwrap(), "text"),
            (json.rfind("\"rule\"").unwrap() + 2, "key"),
            (json.len() - 2, "end"),
        ] {
            let mut bytes = json.clone().into_bytes();
            bytes.insert(at, 0xff);
            let before = &bytes[..at];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = at - before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1) + 1;
            match from_json_bytes(&bytes) {
                Err(ReadError::Syntax { line: l, column: c, message }) => {
                    assert_eq!((l, c, message.as_str()), (line, column, "invalid UTF-8"), "{what}")
                }
                other => panic!("{what}: {other:?}"),
            }
        }
    }

    /// A byte a mutation may insert: JSON's structure, escapes, digits and what is not allowed.
    fn interesting_byte() -> impl Strategy<Value = u8> {
        prop::sample::select(b"\"\\{}[],: \n0-1.eEntf\x01\xe9x/u".to_vec())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn a_mutated_document_reads_as_serde_json_reads_it(
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0..3u8, interesting_byte()), 1..4),
        ) {
            let mut bytes = to_json(&hostile_graph(4, 9)).into_bytes();
            for (index, op, byte) in edits {
                let at = index.index(bytes.len());
                match op {
                    0 => { bytes.remove(at); }
                    1 => bytes.insert(at, byte),
                    _ => bytes[at] = byte,
                }
            }
            let expected = match std::str::from_utf8(&bytes) {
                Ok(text) => serde(text),
                Err(_) => from_json_bytes(&bytes).map(|graph| to_json(&graph)).map_err(|e| format!("{e:?}")),
            };
            let public = from_json_bytes(&bytes).map(|graph| to_json(&graph)).map_err(|e| format!("{e:?}"));
            prop_assert_eq!(&public, &expected);
            for chunk_bytes in [1, 200] {
                if let Some((graph, _)) = read_in_chunks(&bytes, chunk_bytes, 2) {
                    prop_assert_eq!(&Ok(to_json(&graph)), &expected);
                }
            }
        }
    }
}
