//! Workspace chores, run as `cargo xtask <command>`.
//!
//! - `test`: the whole suite, in the order CI runs it (`.ci/run` calls exactly this).
//! - `complete-cases [FILTER]`: record `tests/cases/*.expected` from CPython.
//! - `check-size`: no `.rs` file over the 1500-line cap.
//! - `python-tests`: the Python binding tests alone (maturin develop + pytest,
//!   then the wheel in a clean venv running the READMEs' Python examples).
//! - `bench [--quick] [--runs K] [FILTER]...`: benchmark programs in Monty and
//!   CPython, and the in-process start-up bench (see `bench.rs`).
//!
//! Std only, so `cargo xtask` builds in seconds on a fresh machine.

mod bench;
mod complete_cases;
mod pyenv;
mod size;
mod suite;
mod wheel;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  test                    fmt check, clippy, all Rust tests (with the differential cases),
                          check-size, Python binding tests; stops at the first failure
  complete-cases [FILTER] record tests/cases/<case>.expected from python3 (cases whose
                          name contains FILTER, or all)
  check-size              fail if a .rs file is over 1500 lines
  python-tests            build monty-py into target/venv and run pytest, then install the
                          built wheel in a clean venv and run the READMEs' Python examples
  bench [--quick] [--runs K] [FILTER]...
                          run bench/programs/*.py in release Monty and python3, compare
                          outputs and times, then the in-process start-up bench;
                          --quick: small inputs, one run (CI), never fails on timing
";

/// What a chore reports when it fails: a message for the user.
type ChoreResult = Result<(), String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = repo_root();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["test"] => suite::run(&root),
        ["complete-cases"] => complete_cases::run(&root, &[]),
        ["complete-cases", filters @ ..] => {
            let filters: Vec<String> = filters.iter().map(|&f| f.to_owned()).collect();
            complete_cases::run(&root, &filters)
        }
        ["check-size"] => size::run(&root),
        ["python-tests"] => suite::python_steps(&root),
        ["bench", rest @ ..] => {
            let rest: Vec<String> = rest.iter().map(|&a| a.to_owned()).collect();
            bench::run(&root, &rest)
        }
        ["help" | "--help" | "-h"] => {
            say(USAGE.trim_end());
            Ok(())
        }
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: xtask lives one level below it.
fn repo_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map_or(manifest.clone(), PathBuf::from)
}

/// Print a line of a chore's report.
#[expect(clippy::print_stdout, reason = "reporting to the user is what xtask is for")]
fn say(line: &str) {
    println!("{line}");
}
