//! `cargo xtask complete-cases [FILTER]`: record each case's expectation from CPython.
//!
//! This is the only writer of `tests/cases/*.expected`; the `cases` harness
//! re-runs CPython and fails when a recorded file no longer matches, so an
//! expectation is never hand-typed.

use std::path::Path;

use crate::{ChoreResult, say};

/// Run every case matching `filters` under python3 and write its `.expected`.
pub(crate) fn run(root: &Path, filters: &[String]) -> ChoreResult {
    if !case_format::python_available() {
        return Err(format!(
            "{} is not on PATH; it is the oracle the expectations come from",
            case_format::PYTHON
        ));
    }
    let dir = case_format::cases_dir(root);
    let cases = case_format::find_cases(&dir, filters).map_err(|e| format!("listing {}: {e}", dir.display()))?;
    if cases.is_empty() {
        return Err(format!("no case in {} matches {filters:?}", dir.display()));
    }
    let mut changed = Vec::new();
    let mut failed = Vec::new();
    for case in &cases {
        let stem = case_format::case_stem(case);
        match case_format::cpython_expectation(case) {
            Ok(text) => match case_format::write_expected(case, &text) {
                Ok(true) => changed.push(stem),
                Ok(false) => {}
                Err(e) => failed.push(format!("{stem}: writing expectation: {e}")),
            },
            Err(e) => failed.push(format!("{stem}: {e}")),
        }
    }
    say(&format!(
        "complete-cases: {} cases, {} changed",
        cases.len(),
        changed.len()
    ));
    for stem in &changed {
        say(&format!("  changed: tests/cases/{stem}.expected"));
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("could not record:\n  {}", failed.join("\n  ")))
    }
}
