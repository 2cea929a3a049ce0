//! The expectation format of Monty's differential cases, in one place.
//!
//! A case is `tests/cases/<area>__<topic>.py`. Beside it, `<same stem>.expected`
//! holds what CPython did with it, recorded by `cargo xtask complete-cases`:
//!
//! - the exact stdout of `python3 <case>.py` (run with `PYTHONHASHSEED=0`, in
//!   the cases directory), then
//! - if python3 ended with an uncaught exception, a trailing section
//!   `"\n--- uncaught ---\n<last line of stderr>\n"`, e.g. `TypeError: message`.
//!
//! The `cases` test harness builds the same text from Monty's stdout and the
//! error's summary, and re-runs CPython to check that no recorded expectation
//! was hand-edited. Both sides call [`expectation`], so the format cannot drift.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// The line that separates a case's stdout from its uncaught exception.
pub const UNCAUGHT_MARKER: &str = "--- uncaught ---";

/// The interpreter used as the oracle.
pub const PYTHON: &str = "python3";

/// How long CPython may take on one case before it counts as hung.
pub const CPYTHON_TIMEOUT: Duration = Duration::from_secs(60);

/// The expectation text of a run: its stdout, plus the uncaught exception's
/// summary line (`TypeName: message`) if the run ended with one.
#[must_use]
pub fn expectation(stdout: &str, uncaught: Option<&str>) -> String {
    match uncaught {
        None => stdout.to_owned(),
        Some(summary) => format!("{stdout}\n{UNCAUGHT_MARKER}\n{summary}\n"),
    }
}

/// The two parts of an expectation text: stdout, and the uncaught exception's
/// summary line if there is one. The inverse of [`expectation`].
#[must_use]
pub fn split_expectation(text: &str) -> (&str, Option<&str>) {
    let section = format!("\n{UNCAUGHT_MARKER}\n");
    if let Some(at) = text.rfind(&section) {
        let summary = &text[at + section.len()..];
        if let Some(summary) = summary.strip_suffix('\n')
            && !summary.contains('\n')
        {
            return (&text[..at], Some(summary));
        }
    }
    (text, None)
}

/// The directory of the case files, given the repository root.
#[must_use]
pub fn cases_dir(repo_root: &Path) -> PathBuf {
    repo_root.join("tests").join("cases")
}

/// A case's stem, `<area>__<topic>`: the name used in filters, reports and `divergences.toml`.
#[must_use]
pub fn case_stem(case: &Path) -> String {
    case.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The `.expected` file that belongs beside `case`.
#[must_use]
pub fn expected_path(case: &Path) -> PathBuf {
    case.with_extension("expected")
}

/// All `*.py` cases in `dir` whose stem contains one of `filters` (all of them when
/// `filters` is empty), sorted by file name.
///
/// # Errors
/// When `dir` cannot be read. A missing directory is not an error: it has no cases.
pub fn find_cases(dir: &Path, filters: &[String]) -> io::Result<Vec<PathBuf>> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut cases = Vec::new();
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "py") && path.is_file() {
            let stem = case_stem(&path);
            if filters.is_empty() || filters.iter().any(|f| stem.contains(f.as_str())) {
                cases.push(path);
            }
        }
    }
    cases.sort();
    Ok(cases)
}

/// The recorded expectation of `case`, or `None` when it has not been recorded yet.
///
/// # Errors
/// When the file exists but cannot be read.
pub fn read_expected(case: &Path) -> io::Result<Option<String>> {
    match fs::read_to_string(expected_path(case)) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Record `text` as the expectation of `case`. Returns whether the file changed.
///
/// # Errors
/// When the file cannot be written.
pub fn write_expected(case: &Path, text: &str) -> io::Result<bool> {
    if read_expected(case)?.as_deref() == Some(text) {
        return Ok(false);
    }
    fs::write(expected_path(case), text)?;
    Ok(true)
}

/// Whether the oracle interpreter can be started.
#[must_use]
pub fn python_available() -> bool {
    Command::new(PYTHON)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Run `case` under CPython and return its expectation text.
///
/// The run is made reproducible: `PYTHONHASHSEED=0` (set iteration order),
/// UTF-8 I/O, no bytecode files, the cases directory as working directory.
///
/// # Errors
/// A description when python3 cannot be started, hangs past [`CPYTHON_TIMEOUT`],
/// or dies without an exception line on stderr (a signal, a crash).
pub fn cpython_expectation(case: &Path) -> Result<String, String> {
    let dir = case
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file_name = case
        .file_name()
        .ok_or_else(|| format!("{} is not a file", case.display()))?;
    let mut child = Command::new(PYTHON)
        .arg("-B")
        .arg(file_name)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        // Monty's local time is UTC (time.localtime, naive datetime.fromtimestamp)
        .env("TZ", "UTC")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONUTF8", "1")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONWARNINGS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {PYTHON}: {e}"))?;

    // Drain both pipes on their own threads so a chatty case cannot block on a full pipe.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));

    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > CPYTHON_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("{PYTHON} ran longer than {}s", CPYTHON_TIMEOUT.as_secs()));
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for {PYTHON}: {e}")),
        }
    };
    let stdout = stdout.join().map_err(|_| "stdout reader thread panicked".to_owned())?;
    let stderr = stderr.join().map_err(|_| "stderr reader thread panicked".to_owned())?;

    if status.success() {
        return Ok(expectation(&stdout, None));
    }
    match stderr.lines().rev().find(|line| !line.trim().is_empty()) {
        Some(last) => Ok(expectation(&stdout, Some(last))),
        None => Err(format!("{PYTHON} failed ({status}) with nothing on stderr")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_run_is_just_stdout() {
        assert_eq!(expectation("a\nb\n", None), "a\nb\n");
    }

    #[test]
    fn uncaught_exception_is_a_trailing_section() {
        assert_eq!(
            expectation("a\n", Some("TypeError: bad")),
            "a\n\n--- uncaught ---\nTypeError: bad\n"
        );
        assert_eq!(
            expectation("", Some("KeyError: 'k'")),
            "\n--- uncaught ---\nKeyError: 'k'\n"
        );
    }

    #[test]
    fn split_undoes_expectation() {
        for (stdout, uncaught) in [("a\n", None), ("", Some("E: m")), ("x\n--- uncaught ---\n", Some("E"))] {
            assert_eq!(split_expectation(&expectation(stdout, uncaught)), (stdout, uncaught));
        }
    }

    #[test]
    fn expected_file_sits_beside_the_case() {
        let case = Path::new("tests/cases/str__methods.py");
        assert_eq!(expected_path(case), Path::new("tests/cases/str__methods.expected"));
        assert_eq!(case_stem(case), "str__methods");
    }
}
