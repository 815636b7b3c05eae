//! The `newsgraph` binary: parses the command line and dispatches; all work is in the library.

mod cli;

#[global_allocator]
static ALLOCATOR: newsgraph::alloc::Mimalloc = newsgraph::alloc::Mimalloc;

fn main() -> std::process::ExitCode {
    newsgraph::alloc::Mimalloc::configure();
    cli::main()
}
