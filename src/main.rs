//! The `newsgraph` binary: parses the command line and dispatches; all work is in the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
