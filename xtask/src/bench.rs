//! `cargo xtask bench [--quick] [--runs K] [FILTER]...`: Monty against CPython.
//!
//! Builds the release `monty` binary, runs every `bench/programs/*.py` (or those
//! whose name contains a FILTER) in Monty and in `python3`, checks that both
//! print the same thing, and prints per program the best wall time of each
//! (process start-up included), their ratio and the geometric mean of the
//! ratios. Then runs the in-process divan bench `monty-core/benches/startup.rs`
//! for start-up latency and memory.
//!
//! Each program starts with a `# bench: N=<n>` line: the size its global `N`
//! gets (Monty: `--input N=<n>`; CPython: a `-c` wrapper that sets `N` and
//! `exec`s the file). `--quick` divides `N` by ten, runs each side once and
//! gives divan a short budget: it is the CI mode, and it never fails on
//! timing, only on a program whose outputs differ or that errors in one
//! interpreter. A program that Monty refuses as not supported yet
//! (`NotImplementedError`) is skipped with a note.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::{ChoreResult, say};

/// Best-of runs per side in the full mode.
const DEFAULT_RUNS: usize = 3;

/// Wraps a program for CPython: `N` is set, then the file runs as `__main__`.
const PYTHON_WRAPPER: &str =
    "import sys; N = int(sys.argv[2]); f = sys.argv[1]; exec(compile(open(f).read(), f, 'exec'))";

/// What the command line asked for.
struct Options {
    quick: bool,
    runs: usize,
    filters: Vec<String>,
}

/// One program's result.
enum Outcome {
    /// Both ran and printed the same: best Monty and CPython times.
    Same(Duration, Duration),
    /// Both ran but printed different things.
    Mismatch(Duration, Duration, String),
    /// Monty refused it as unsupported.
    Skipped(String),
    /// One side failed.
    Failed(String),
}

/// Run the chore.
pub(crate) fn run(root: &Path, args: &[String]) -> ChoreResult {
    let options = parse_args(args)?;
    let monty = build_monty(root)?;
    let programs = list_programs(root, &options.filters)?;
    if programs.is_empty() {
        return Err("no benchmark program matches".to_owned());
    }
    let Some(python) = python_version() else {
        if options.quick {
            say("bench: python3 not found, nothing to compare against: skipped");
            return Ok(());
        }
        return Err("python3 not found: the benchmarks compare against CPython".to_owned());
    };
    say(&format!(
        "monty: {} | python: {python} | {} run(s) each, best wall time{}",
        monty.display(),
        options.runs,
        if options.quick { " | quick mode (N/10)" } else { "" }
    ));
    say(&format!("machine: {}", machine()));
    say("");
    say(&format!(
        "| {:<16} | {:>6} | {:>10} | {:>10} | {:>6} | {:<8} |",
        "program", "N", "monty (s)", "python (s)", "ratio", "output"
    ));
    say("|------------------|--------|------------|------------|--------|----------|");

    let mut log_ratio_sum = 0.0_f64;
    let mut ratio_count = 0_u32;
    let mut worst: Option<(String, f64)> = None;
    let mut failures: Vec<String> = Vec::new();
    for program in &programs {
        let n = program_size(program, options.quick)?;
        let name = program
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        match measure(&monty, program, n, options.runs) {
            Outcome::Same(m, p) => {
                let ratio = m.as_secs_f64() / p.as_secs_f64().max(1e-9);
                log_ratio_sum += ratio.ln();
                ratio_count += 1;
                if worst.as_ref().is_none_or(|(_, r)| ratio > *r) {
                    worst = Some((name.clone(), ratio));
                }
                say(&row(&name, n, m, p, "same"));
            }
            Outcome::Mismatch(m, p, detail) => {
                say(&row(&name, n, m, p, "MISMATCH"));
                failures.push(format!("{name}: outputs differ: {detail}"));
            }
            Outcome::Skipped(why) => {
                say(&format!(
                    "| {name:<16} | {n:>6} | {:>10} | {:>10} | {:>6} | {:<8} |",
                    "-", "-", "-", "skipped"
                ));
                say(&format!("  note: {name} skipped, Monty does not support it yet: {why}"));
            }
            Outcome::Failed(why) => {
                say(&format!(
                    "| {name:<16} | {n:>6} | {:>10} | {:>10} | {:>6} | {:<8} |",
                    "-", "-", "-", "ERROR"
                ));
                failures.push(format!("{name}: {why}"));
            }
        }
    }
    say("");
    if ratio_count > 0 {
        let geomean = (log_ratio_sum / f64::from(ratio_count)).exp();
        say(&format!(
            "geometric mean of ratios (monty/python) over {ratio_count} programs: {geomean:.2}"
        ));
        if let Some((name, ratio)) = worst {
            say(&format!("slowest relative to CPython: {name} ({ratio:.2}x)"));
        }
    }
    say("");
    run_startup_bench(root, options.quick)?;
    run_python_module_bench(root, options.quick)?;
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} program(s) failed:\n  {}",
            failures.len(),
            failures.join("\n  ")
        ))
    }
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        quick: false,
        runs: DEFAULT_RUNS,
        filters: Vec::new(),
    };
    let mut runs_given = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--quick" => options.quick = true,
            "--runs" => {
                let value = iter.next().ok_or("--runs needs a number")?;
                options.runs = value
                    .parse::<usize>()
                    .ok()
                    .filter(|&r| r > 0)
                    .ok_or_else(|| format!("--runs {value:?}: expected a positive number"))?;
                runs_given = true;
            }
            other if other.starts_with('-') => return Err(format!("bench: unknown option {other:?}")),
            filter => options.filters.push(filter.to_owned()),
        }
    }
    if options.quick && !runs_given {
        options.runs = 1;
    }
    Ok(options)
}

/// The target directory cargo builds into: `CARGO_TARGET_DIR` if set, else `<root>/target`.
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() { dir } else { root.join(dir) }
        }
        None => root.join("target"),
    }
}

/// `cargo build --release --bin monty`; the path of the binary.
fn build_monty(root: &Path) -> Result<PathBuf, String> {
    say("building the release monty binary...");
    let status = Command::new(cargo())
        // the type checker is not what is timed here; leaving it out saves CI a release build of ty
        .args(["build", "--release", "--bin", "monty", "--no-default-features"])
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("cargo build --release --bin monty --no-default-features failed".to_owned());
    }
    let binary = target_dir(root).join("release").join("monty");
    if binary.is_file() {
        Ok(binary)
    } else {
        Err(format!("built, but {} is missing", binary.display()))
    }
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

/// `bench/programs/*.py` whose file name contains one of the filters (all without filters), sorted.
fn list_programs(root: &Path, filters: &[String]) -> Result<Vec<PathBuf>, String> {
    let dir = root.join("bench").join("programs");
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut programs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| {
            let name = p
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
        })
        .collect();
    programs.sort();
    Ok(programs)
}

/// The program's `N`: from its `# bench: N=<n>` first line, divided by ten in quick mode.
fn program_size(program: &Path, quick: bool) -> Result<u64, String> {
    let text = std::fs::read_to_string(program).map_err(|e| format!("cannot read {}: {e}", program.display()))?;
    let n = text
        .lines()
        .next()
        .and_then(|line| line.strip_prefix("# bench: N="))
        .and_then(|n| n.trim().parse::<u64>().ok())
        .ok_or_else(|| format!("{}: first line must be `# bench: N=<number>`", program.display()))?;
    Ok(if quick { n.div_ceil(10) } else { n })
}

/// Run the program `runs` times on each side; compare the outputs of the first runs.
fn measure(monty: &Path, program: &Path, n: u64, runs: usize) -> Outcome {
    let n_arg = n.to_string();
    let mut monty_cmd = Command::new(monty);
    monty_cmd.arg("run").arg(program).arg("--input").arg(format!("N={n}"));
    let mut python_cmd = Command::new("python3");
    python_cmd.arg("-c").arg(PYTHON_WRAPPER).arg(program).arg(&n_arg);

    let (monty_out, monty_time) = match time_runs(&mut monty_cmd, runs) {
        Ok(result) => result,
        Err(err) if err.contains("NotImplementedError") || err.contains("not supported") => {
            return Outcome::Skipped(last_line(&err));
        }
        Err(err) => return Outcome::Failed(format!("monty: {}", last_line(&err))),
    };
    let (python_out, python_time) = match time_runs(&mut python_cmd, runs) {
        Ok(result) => result,
        Err(err) => return Outcome::Failed(format!("python3: {}", last_line(&err))),
    };
    if monty_out == python_out {
        Outcome::Same(monty_time, python_time)
    } else {
        Outcome::Mismatch(monty_time, python_time, first_difference(&monty_out, &python_out))
    }
}

/// Run a command `runs` times: its stdout (first run) and best wall time, or its stderr if it failed.
fn time_runs(cmd: &mut Command, runs: usize) -> Result<(String, Duration), String> {
    let mut best = Duration::MAX;
    let mut first_output: Option<String> = None;
    for _ in 0..runs {
        let start = Instant::now();
        let output = cmd.output().map_err(|e| format!("cannot start: {e}"))?;
        let elapsed = start.elapsed();
        if !output.status.success() {
            return Err(String::from_utf8_lossy(&output.stderr).into_owned());
        }
        best = best.min(elapsed);
        if first_output.is_none() {
            first_output = Some(String::from_utf8_lossy(&output.stdout).into_owned());
        }
    }
    Ok((first_output.unwrap_or_default(), best))
}

fn row(name: &str, n: u64, monty: Duration, python: Duration, status: &str) -> String {
    let ratio = monty.as_secs_f64() / python.as_secs_f64().max(1e-9);
    format!(
        "| {name:<16} | {n:>6} | {:>10.3} | {:>10.3} | {ratio:>6.2} | {status:<8} |",
        monty.as_secs_f64(),
        python.as_secs_f64()
    )
}

fn last_line(text: &str) -> String {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_owned()
}

/// The first line where two outputs differ, both versions shortened.
fn first_difference(monty: &str, python: &str) -> String {
    let shorten = |s: &str| -> String {
        let mut out: String = s.chars().take(120).collect();
        if s.chars().count() > 120 {
            out.push_str("...");
        }
        out
    };
    let mut monty_lines = monty.lines();
    let mut python_lines = python.lines();
    let mut line_no = 1;
    loop {
        match (monty_lines.next(), python_lines.next()) {
            (Some(m), Some(p)) if m == p => line_no += 1,
            (None, None) => return "only in trailing whitespace".to_owned(),
            (m, p) => {
                return format!(
                    "line {line_no}: monty {:?}, python {:?}",
                    shorten(m.unwrap_or("<end>")),
                    shorten(p.unwrap_or("<end>"))
                );
            }
        }
    }
}

/// `python3 --version`, or `None` when there is no python3.
fn python_version() -> Option<String> {
    Command::new("python3")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
}

/// CPU model and core count, from /proc where available.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|rest| rest.trim_start_matches([' ', '\t', ':']))
        })
        .unwrap_or("unknown CPU")
        .to_owned();
    let cores = std::thread::available_parallelism().map_or(0, std::num::NonZero::get);
    format!("{model}, {cores} core(s), {}", std::env::consts::ARCH)
}

/// The divan start-up bench: in-process latency (median) and memory per run.
/// Start-up latency through the Python module, from a release build of monty-py in
/// `target/bench-venv` (skipped in quick mode: that build would double CI's time).
fn run_python_module_bench(root: &Path, quick: bool) -> ChoreResult {
    say("");
    if quick {
        say("python module start-up: skipped in quick mode (needs a release build of monty-py)");
        return Ok(());
    }
    say("python module start-up (bench/python_startup.py, release build of monty-py):");
    let python = crate::pyenv::venv_with_monty(root, "bench-venv", &[], true)?;
    let output = Command::new(python)
        .arg(root.join("bench").join("python_startup.py"))
        .output()
        .map_err(|e| format!("cannot run bench/python_startup.py: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "bench/python_startup.py failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    say(String::from_utf8_lossy(&output.stdout).trim_end());
    Ok(())
}

fn run_startup_bench(root: &Path, quick: bool) -> ChoreResult {
    say("in-process start-up and hot paths (divan, monty-core/benches/startup.rs):");
    let mut cmd = Command::new(cargo());
    cmd.args(["bench", "-p", "monty-core", "--bench", "startup", "--"])
        .current_dir(root);
    if quick {
        // Fewer samples, but one iteration each still: divan divides a sample's
        // allocation counts by its size, which would understate the peak.
        cmd.args(["--sample-count", "20", "--sample-size", "1"]);
    }
    let output = cmd.output().map_err(|e| format!("cannot run cargo bench: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        say(&text);
        return Err(format!(
            "cargo bench -p monty-core --bench startup failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let rows = parse_divan(&text);
    if rows.is_empty() {
        // An output format we do not know: show it as it is.
        say(&text);
        return Ok(());
    }
    say("");
    say(&format!(
        "| {:<28} | {:>11} | {:>11} | {:>14} | {:>12} |",
        "bench", "median", "fastest", "peak live heap", "allocs/iter"
    ));
    say("|------------------------------|-------------|-------------|----------------|--------------|");
    for r in &rows {
        say(&format!(
            "| {:<28} | {:>11} | {:>11} | {:>14} | {:>12} |",
            r.name, r.median, r.fastest, r.max_alloc, r.allocs
        ));
    }
    say("(peak live heap: divan's `max alloc`, the most bytes allocated at once during one iteration)");
    Ok(())
}

/// One benchmark of divan's table.
#[derive(Default)]
struct DivanRow {
    name: String,
    fastest: String,
    median: String,
    max_alloc: String,
    allocs: String,
}

/// Pick the name, fastest and median times, `max alloc` bytes and `alloc` count out of
/// divan's box-drawn table. Columns are separated by `│`: fastest (with the name),
/// slowest, median, mean, samples, iters; an allocation counter is a label line
/// followed by a count line and (for byte counters) a bytes line.
fn parse_divan(text: &str) -> Vec<DivanRow> {
    let mut rows: Vec<DivanRow> = Vec::new();
    // The counter whose value lines follow, and how many of them were seen.
    let mut counter: Option<&str> = None;
    let mut counter_line = 0;
    for line in text.lines() {
        // The tree drawing before the first column also uses `│`: strip it first.
        let segments: Vec<&str> = line.trim_start_matches(['│', '├', '╰', '─', ' ']).split('│').collect();
        let Some(first) = segments.first() else { continue };
        let first = first.trim();
        let tokens: Vec<&str> = first.split_whitespace().collect();
        let median = segments.get(2).map_or("", |s| s.trim()).to_owned();
        match tokens.as_slice() {
            [name, value, unit] if value.parse::<f64>().is_ok() && ["ns", "µs", "ms", "s"].contains(unit) => {
                rows.push(DivanRow {
                    name: (*name).to_owned(),
                    fastest: format!("{value} {unit}"),
                    median,
                    ..DivanRow::default()
                });
                counter = None;
            }
            ["max", "alloc:"] => (counter, counter_line) = (Some("max alloc"), 0),
            ["alloc:"] => (counter, counter_line) = (Some("alloc"), 0),
            [label] if label.ends_with(':') => counter = None,
            _ => {
                let Some(row) = rows.last_mut() else { continue };
                counter_line += 1;
                match (counter, counter_line) {
                    (Some("alloc"), 1) => row.allocs = median,
                    (Some("max alloc"), 2) => row.max_alloc = median,
                    _ => {}
                }
            }
        }
    }
    rows
}
