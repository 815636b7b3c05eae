//! Times what `newsgraph query GRAPH neighbors NAME` does, step by step, with the library:
//! reading the file, parsing it into a graph, and answering (resolve the name, walk, render the
//! table). Prints the median of each over several runs, in wall time and in CPU time: the
//! machine is shared, and the time this thread spent on a CPU (Linux `schedstat`) says what the
//! work costs when other processes take turns on the cores. `scripts/bench-query` runs it on the
//! graph `gen_big_graph` writes, beside the end-to-end time of the binary.
//!
//! Run with: `cargo run --release --example bench_query -- GRAPH [RUNS] [NAME]`

use std::time::{Duration, Instant};

use newsgraph::query::{self, Direction, Question, format};

/// Wall-clock and on-CPU time of this thread.
#[derive(Clone, Copy)]
struct Clock {
    wall: Instant,
    cpu: Duration,
}

impl Clock {
    fn now() -> Clock {
        Clock { wall: Instant::now(), cpu: cpu_time() }
    }

    fn since(self, earlier: Clock) -> (Duration, Duration) {
        (self.wall - earlier.wall, self.cpu.saturating_sub(earlier.cpu))
    }
}

/// Time this thread has spent on a CPU: the first field of `/proc/thread-self/schedstat`, in
/// nanoseconds; zero where there is no such file.
fn cpu_time() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .map(Duration::from_nanos)
        .unwrap_or_default()
}

// The allocator the binary uses (src/main.rs), so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: newsgraph::alloc::Mimalloc = newsgraph::alloc::Mimalloc;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    newsgraph::alloc::Mimalloc::configure();
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).ok_or("usage: bench_query GRAPH [RUNS] [NAME]")?;
    let runs: usize = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(5);
    let name = args.get(3).cloned().unwrap_or_else(|| "putin".to_string());
    let question = Question::Neighbors { name, kinds: Vec::new(), direction: Direction::Both, depth: 1 };
    let mut steps: [(Vec<Duration>, Vec<Duration>); 3] = Default::default();
    let mut rows = 0;
    for _ in 0..runs.max(1) {
        let start = Clock::now();
        let text = std::fs::read_to_string(path)?;
        let read = Clock::now();
        let graph = newsgraph::wire::from_json(&text)?;
        let parsed = Clock::now();
        let answer = query::answer(&graph, &question)?;
        let table = format::render(&graph, &answer, format::Format::Table, format::Options::default());
        let answered = Clock::now();
        rows = table.lines().count() - 1;
        for (step, (later, earlier)) in steps.iter_mut().zip([(read, start), (parsed, read), (answered, parsed)]) {
            let (wall, cpu) = later.since(earlier);
            step.0.push(wall);
            step.1.push(cpu);
        }
        drop(text);
        drop(graph);
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let [read, parse, answer] = steps.map(|(wall, cpu)| (median(wall), median(cpu)));
    println!("library, median of {runs} runs, wall (CPU) ms:");
    println!("  read file     {:6.0} ({:.0})", ms(read.0), ms(read.1));
    println!("  parse graph   {:6.0} ({:.0})", ms(parse.0), ms(parse.1));
    println!("  neighbors     {:6.1} ({:.1})  {rows} rows", ms(answer.0), ms(answer.1));
    println!("  total         {:6.0} ({:.0})", ms(read.0 + parse.0 + answer.0), ms(read.1 + parse.1 + answer.1));
    Ok(())
}
