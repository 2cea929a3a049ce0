//! `cargo xtask test`: the whole suite, in CI's order, stopping at the first failure.

use std::ffi::OsString;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::{ChoreResult, say};

/// pytest's exit status when it collected no test: not a failure here.
const PYTEST_NO_TESTS: i32 = 5;

/// Run every step; report each one's name and time.
pub(crate) fn run(root: &Path) -> ChoreResult {
    let started = Instant::now();
    step("cargo fmt --all --check", || cargo(root, &["fmt", "--all", "--check"]))?;
    step("cargo clippy --workspace --all-targets -- -D warnings", || {
        cargo(
            root,
            &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"],
        )
    })?;
    step("cargo test --workspace", || cargo(root, &["test", "--workspace"]))?;
    step("cargo xtask check-size", || crate::size::run(root))?;
    step("cargo xtask bench --quick (fails only on differing output)", || {
        crate::bench::run(root, &["--quick".to_owned()])
    })?;
    python_steps(root)?;
    say(&format!("all steps passed in {:.1}s", started.elapsed().as_secs_f64()));
    Ok(())
}

/// The Python package's steps: pytest on the develop build, then the wheel as a
/// user installs it.
pub(crate) fn python_steps(root: &Path) -> ChoreResult {
    if !has_python_tests(root)? {
        say("==> python binding tests: skipped, monty-py/tests has no test_*.py");
        return Ok(());
    }
    step("python binding tests (maturin develop + pytest)", || {
        python_binding_tests(root)
    })?;
    step(
        "wheel: pip install into a clean venv, run the READMEs' Python examples",
        || {
            let maturin = root.join("target").join("venv").join("bin").join("maturin");
            crate::wheel::clean_install(root, &maturin)
        },
    )
}

fn step(name: &str, body: impl FnOnce() -> ChoreResult) -> ChoreResult {
    say(&format!("==> {name}"));
    let started = Instant::now();
    let result = body();
    let elapsed = started.elapsed().as_secs_f64();
    match result {
        Ok(()) => {
            say(&format!("==> ok: {name} ({elapsed:.1}s)"));
            Ok(())
        }
        Err(e) => Err(format!("step failed after {elapsed:.1}s: {name}\n{e}")),
    }
}

/// The cargo that runs us (so toolchain overrides carry over), else the one on PATH.
fn cargo(root: &Path, args: &[&str]) -> ChoreResult {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
    let mut command = Command::new(cargo);
    command.args(args).current_dir(root);
    run_command(&mut command, &[])
}

/// Run `command`, succeeding on exit 0 or one of `also_ok`.
pub(crate) fn run_command(command: &mut Command, also_ok: &[i32]) -> ChoreResult {
    let shown = format!("{command:?}");
    let status = command.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    match status.code() {
        Some(0) => Ok(()),
        Some(code) if also_ok.contains(&code) => Ok(()),
        _ => Err(format!("{shown} failed: {status}")),
    }
}

fn has_python_tests(root: &Path) -> Result<bool, String> {
    let dir = root.join("monty-py").join("tests");
    let Ok(entries) = fs::read_dir(&dir) else {
        return Ok(false);
    };
    for entry in entries {
        let name = entry
            .map_err(|e| format!("reading {}: {e}", dir.display()))?
            .file_name();
        let name = name.to_string_lossy();
        if name.starts_with("test_") && name.ends_with(".py") {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Build the extension into a venv at `target/venv` and run pytest on `monty-py/tests`.
fn python_binding_tests(root: &Path) -> ChoreResult {
    // pydantic: the tool tests cover pydantic models (the package itself never needs it).
    let python = crate::pyenv::venv_with_monty(root, "venv", &["pytest", "pydantic"], false)?;
    run_command(
        Command::new(&python)
            .args(["-m", "pytest", "monty-py/tests"])
            .current_dir(root)
            .env("VIRTUAL_ENV", root.join("target").join("venv")),
        &[PYTEST_NO_TESTS],
    )
}
