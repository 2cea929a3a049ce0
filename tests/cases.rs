//! The differential harness: every `tests/cases/*.py` runs in Monty and must
//! produce exactly what CPython recorded beside it in `<case>.expected`.
//!
//! ```text
//! cargo test --test cases                 # all cases
//! cargo test --test cases -- str__        # cases whose name contains `str__`
//! MONTY_SKIP_ORACLE=1 cargo test --test cases   # don't re-run python3
//! ```
//!
//! - The expectation format lives in the `case-format` crate, shared with
//!   `cargo xtask complete-cases`, the only writer of `.expected` files.
//! - When python3 is on PATH (and `MONTY_SKIP_ORACLE` is unset), each case is
//!   re-run under CPython and a recorded expectation that differs fails: none
//!   can be hand-typed or go stale.
//! - `tests/divergences.toml` lists known failures with a reason; the list is
//!   strict, so a listed case that passes fails the run.
//! - A panic inside Monty fails its case, not the whole run.

use std::any::Any;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use monty::{LimitedTracker, MontyRun, PrintWriter};

/// Stack of each worker thread: generous, so a debug build's large frames are not mistaken for a bug.
const WORKER_STACK_BYTES: usize = 64 * 1024 * 1024;

/// How many characters of a differing line a report shows.
const SHOWN_LINE_CHARS: usize = 200;

/// libtest options that take a value, so the value is not mistaken for a filter.
const OPTIONS_WITH_VALUE: &[&str] = &["--test-threads", "--skip", "--color", "--format", "--logfile", "-Z"];

/// What the command line asks for.
#[derive(Default)]
struct Options {
    /// Substrings of case names to run (all cases when empty).
    filters: Vec<String>,
    /// Substrings of case names to leave out.
    skips: Vec<String>,
    /// Filters must equal the case name.
    exact: bool,
    /// List the cases instead of running them.
    list: bool,
    /// Run only ignored tests: there are none.
    ignored_only: bool,
    /// Worker threads; `None` for one per core.
    threads: Option<usize>,
}

/// The result of one case.
enum Verdict {
    Pass,
    KnownDivergence,
    Fail(String),
}

thread_local! {
    /// Set while a worker runs Monty: a panic message lands here instead of on stderr.
    static PANIC_MESSAGE: RefCell<Option<String>> = const { RefCell::new(None) };
    static CAPTURING_PANICS: RefCell<bool> = const { RefCell::new(false) };
}

fn main() -> ExitCode {
    let options = parse_options(std::env::args().skip(1));
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = case_format::cases_dir(&root);
    let mut errors: Vec<String> = Vec::new();

    let all_cases = match case_format::find_cases(&dir, &[]) {
        Ok(cases) => cases,
        Err(e) => {
            report(&[format!("FAIL listing {}: {e}", dir.display())], 0, 1, 0);
            return ExitCode::FAILURE;
        }
    };
    let all_stems: Vec<String> = all_cases.iter().map(|case| case_format::case_stem(case)).collect();
    let divergences = load_divergences(&root.join("tests").join("divergences.toml"), &all_stems, &mut errors);
    let cases: Vec<PathBuf> = all_cases
        .into_iter()
        .filter(|case| options.selects(&case_format::case_stem(case)))
        .collect();

    if options.list {
        list(&cases);
        return ExitCode::SUCCESS;
    }
    if options.ignored_only {
        report(&[], 0, 0, 0);
        return ExitCode::SUCCESS;
    }

    let oracle = std::env::var_os("MONTY_SKIP_ORACLE").is_none() && case_format::python_available();
    if !oracle {
        eprintln!(
            "cases: not re-checking expectations against {} (not on PATH, or MONTY_SKIP_ORACLE is set)",
            case_format::PYTHON
        );
    }

    install_panic_capture();
    let threads = options
        .threads
        .unwrap_or_else(|| thread::available_parallelism().map_or(2, usize::from));
    let verdicts = run_all(&cases, threads, oracle, &divergences);

    let (mut passed, mut diverged) = (0, 0);
    for (case, verdict) in cases.iter().zip(verdicts) {
        match verdict {
            Verdict::Pass => passed += 1,
            Verdict::KnownDivergence => diverged += 1,
            Verdict::Fail(why) => errors.push(format!("FAIL {}: {why}", case_format::case_stem(case))),
        }
    }
    report(&errors, passed, errors.len(), diverged);
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn parse_options(args: impl Iterator<Item = String>) -> Options {
    let mut options = Options::default();
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with('-') => (flag.to_owned(), Some(value.to_owned())),
            _ => (arg.clone(), None),
        };
        let value = if OPTIONS_WITH_VALUE.contains(&flag.as_str()) {
            inline.or_else(|| args.next())
        } else {
            None
        };
        match flag.as_str() {
            "--list" => options.list = true,
            "--ignored" => options.ignored_only = true,
            "--exact" => options.exact = true,
            "--test-threads" => options.threads = value.and_then(|v| v.parse().ok()).filter(|&n| n > 0),
            "--skip" => options.skips.extend(value),
            _ if flag.starts_with('-') => {} // --nocapture, --quiet, ...: nothing to do here.
            _ => options.filters.push(arg),
        }
    }
    options
}

impl Options {
    fn selects(&self, stem: &str) -> bool {
        let matches = |pattern: &String| {
            if self.exact {
                stem == pattern
            } else {
                stem.contains(pattern.as_str())
            }
        };
        (self.filters.is_empty() || self.filters.iter().any(matches)) && !self.skips.iter().any(matches)
    }
}

/// Read `tests/divergences.toml`: case stem -> reason. Bad entries are reported as errors.
fn load_divergences(path: &Path, known_stems: &[String], errors: &mut Vec<String>) -> BTreeMap<String, String> {
    let mut divergences = BTreeMap::new();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return divergences,
        Err(e) => {
            errors.push(format!("FAIL tests/divergences.toml: {e}"));
            return divergences;
        }
    };
    let table: toml::Table = match text.parse() {
        Ok(table) => table,
        Err(e) => {
            errors.push(format!("FAIL tests/divergences.toml: {e}"));
            return divergences;
        }
    };
    for (stem, reason) in table {
        match reason.as_str().map(str::trim) {
            None => errors.push(format!(
                "FAIL tests/divergences.toml: {stem:?}: the reason must be a string"
            )),
            Some("") => errors.push(format!(
                "FAIL tests/divergences.toml: {stem:?}: the reason is empty; say why"
            )),
            Some(_) if !known_stems.contains(&stem) => {
                errors.push(format!(
                    "FAIL tests/divergences.toml: {stem:?}: no such case in tests/cases"
                ));
            }
            Some(reason) => {
                divergences.insert(stem, reason.to_owned());
            }
        }
    }
    divergences
}

/// Run the cases on `threads` workers; verdicts come back in the order of `cases`.
fn run_all(cases: &[PathBuf], threads: usize, oracle: bool, divergences: &BTreeMap<String, String>) -> Vec<Verdict> {
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<Verdict>>> = cases.iter().map(|_| Mutex::new(None)).collect();
    thread::scope(|scope| {
        for _ in 0..threads.clamp(1, cases.len().max(1)) {
            let worker = || {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(case) = cases.get(index) else { break };
                    let verdict = check_case(case, oracle, divergences);
                    if let Some(slot) = slots.get(index)
                        && let Ok(mut slot) = slot.lock()
                    {
                        *slot = Some(verdict);
                    }
                }
            };
            if let Err(e) = thread::Builder::new()
                .stack_size(WORKER_STACK_BYTES)
                .spawn_scoped(scope, worker)
            {
                eprintln!("cases: cannot start a worker thread: {e}");
            }
        }
    });
    slots
        .into_iter()
        .map(|slot| {
            slot.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| Verdict::Fail("the harness did not run this case (no worker thread)".to_owned()))
        })
        .collect()
}

/// Check one case against its recorded expectation (and that against CPython).
fn check_case(case: &Path, oracle: bool, divergences: &BTreeMap<String, String>) -> Verdict {
    let stem = case_format::case_stem(case);
    let complete = format!("run `cargo xtask complete-cases {stem}`");
    let expected = match case_format::read_expected(case) {
        Ok(Some(expected)) => expected,
        Ok(None) => return Verdict::Fail(format!("no recorded expectation ({stem}.expected); {complete}")),
        Err(e) => return Verdict::Fail(format!("reading {stem}.expected: {e}")),
    };
    if oracle {
        match case_format::cpython_expectation(case) {
            Ok(cpython) if cpython == expected => {}
            Ok(cpython) => {
                return Verdict::Fail(format!(
                    "{stem}.expected is not what {} prints now; {complete}{}",
                    case_format::PYTHON,
                    describe_difference(&expected, &cpython, ("recorded", "python3"))
                ));
            }
            Err(e) => return Verdict::Fail(format!("running {}: {e}", case_format::PYTHON)),
        }
    }
    let got = match run_in_monty(case) {
        Ok(got) => got,
        Err(why) => return Verdict::Fail(why),
    };
    match (got == expected, divergences.get(&stem)) {
        (true, None) => Verdict::Pass,
        (false, Some(_)) => Verdict::KnownDivergence,
        (true, Some(_)) => {
            Verdict::Fail("listed in tests/divergences.toml but now matches CPython: remove its entry".to_owned())
        }
        (false, None) => Verdict::Fail(format!(
            "differs from CPython{}",
            describe_difference(&expected, &got, ("expected", "monty"))
        )),
    }
}

/// Run the case in Monty, in this process, and build its expectation text.
/// `Err` when Monty panicked (a bug: the host must never crash).
fn run_in_monty(case: &Path) -> Result<String, String> {
    let source = std::fs::read_to_string(case).map_err(|e| format!("reading {}: {e}", case.display()))?;
    let script_name = case
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    CAPTURING_PANICS.with(|on| *on.borrow_mut() = true);
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut print = PrintWriter::collect();
        let result = MontyRun::new(&source, &script_name, Vec::new(), Vec::new())
            .and_then(|runner| runner.run(Vec::new(), LimitedTracker::default(), &mut print));
        let uncaught = result.err().map(|err| err.summary());
        case_format::expectation(print.collected_stdout(), uncaught.as_deref())
    }));
    CAPTURING_PANICS.with(|on| *on.borrow_mut() = false);
    outcome.map_err(|payload| {
        let message = PANIC_MESSAGE
            .with(|m| m.borrow_mut().take())
            .unwrap_or_else(|| payload_text(payload.as_ref()));
        format!("Monty panicked: {message}")
    })
}

/// Route panics on capturing threads into [`PANIC_MESSAGE`]; others go to the previous hook.
fn install_panic_capture() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if CAPTURING_PANICS.with(|on| *on.borrow()) {
            PANIC_MESSAGE.with(|m| *m.borrow_mut() = Some(info.to_string().replace('\n', " ")));
        } else {
            previous(info);
        }
    }));
}

fn payload_text(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a non-string panic payload".to_owned()
    }
}

/// The first difference between two expectation texts, stdout and uncaught exception apart.
fn describe_difference(expected: &str, got: &str, (want, who): (&str, &str)) -> String {
    let (expected_out, expected_exc) = case_format::split_expectation(expected);
    let (got_out, got_exc) = case_format::split_expectation(got);
    let mut text = String::new();
    if expected_out != got_out {
        let expected_lines: Vec<&str> = expected_out.split('\n').collect();
        let got_lines: Vec<&str> = got_out.split('\n').collect();
        let at = expected_lines
            .iter()
            .zip(&got_lines)
            .take_while(|(e, g)| e == g)
            .count();
        let _ = write!(
            text,
            "\n    stdout, first difference at line {}:\n      {want:<8}: {}\n      {who:<8}: {}",
            at + 1,
            shown_line(expected_lines.get(at).copied()),
            shown_line(got_lines.get(at).copied()),
        );
    }
    if expected_exc != got_exc {
        let show = |exc: Option<&str>| exc.map_or_else(|| "(none)".to_owned(), str::to_owned);
        let _ = write!(
            text,
            "\n    uncaught exception:\n      {want:<8}: {}\n      {who:<8}: {}",
            show(expected_exc),
            show(got_exc)
        );
    }
    text
}

fn shown_line(line: Option<&str>) -> String {
    match line {
        None => "(end of output)".to_owned(),
        Some(line) if line.chars().count() > SHOWN_LINE_CHARS => {
            let cut: String = line.chars().take(SHOWN_LINE_CHARS).collect();
            format!("{cut:?}...")
        }
        Some(line) => format!("{line:?}"),
    }
}

#[expect(clippy::print_stdout, reason = "the case list is this harness's output")]
fn list(cases: &[PathBuf]) {
    for case in cases {
        println!("{}: test", case_format::case_stem(case));
    }
}

#[expect(clippy::print_stdout, reason = "the failure report is this harness's output")]
fn report(failures: &[String], passed: usize, failed: usize, diverged: usize) {
    for failure in failures {
        println!("{failure}");
    }
    println!("cases: {passed} passed, {failed} failed, {diverged} known divergences");
}
