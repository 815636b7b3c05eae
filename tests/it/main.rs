//! Integration tests: the real binary on real articles. One test binary, one module per area.

mod cli;
mod common;
mod corpus;
mod eval;
mod exports;
mod faults;
mod fuzz;
mod query;
mod scale;
mod snapshot;
mod tools;
