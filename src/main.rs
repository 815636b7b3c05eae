//! The `newsgraph` binary: parses the command line and dispatches; all work is in the library.

mod cli;

// mimalloc instead of the system allocator: reading a graph allocates tens of millions of small
// strings, and glibc's malloc spends a fifth of the load time on them (perf on a graph of a
// million edges; figures in the README's Speed section). Extraction allocates many small
// strings and vectors per article too: a build runs 15–20% faster with it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
