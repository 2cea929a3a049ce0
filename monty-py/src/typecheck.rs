//! `Monty(..., type_check=True)` and `Monty.type_check`: checking a program with ty
//! (crate `monty-typecheck`, cargo feature `typecheck`) against the stubs of what it
//! may call, before it runs.
//!
//! Diagnostics become `monty.TypeDiagnostic` objects (plain Python, in
//! `monty/_errors.py`); a failed check raises `monty.MontyTypingError`.

use pyo3::prelude::*;
use pyo3::types::PyList;

/// What is checked: the program, the stub text it is checked against, its input
/// names (any type) and the script name that rendered diagnostics show.
#[cfg_attr(not(feature = "typecheck"), expect(dead_code, reason = "read only by the checker"))]
pub(crate) struct CheckRequest<'a> {
    /// The program's source.
    pub(crate) code: &'a str,
    /// Stubs of the external functions and tools the program may call.
    pub(crate) stubs: &'a str,
    /// The program's input variables.
    pub(crate) inputs: &'a [String],
    /// Its file name in rendered diagnostics.
    pub(crate) script_name: &'a str,
}

#[cfg(feature = "typecheck")]
mod enabled {
    use std::sync::Mutex;

    use monty::typecheck::{Diagnostic, Severity, TypeChecker};
    use pyo3::exceptions::PyValueError;
    use pyo3::prelude::*;
    use pyo3::types::{PyDict, PyList};

    use super::CheckRequest;

    /// One warm checker for the process (typeshed is loaded once), with the
    /// script name it was made for.
    static CHECKER: Mutex<Option<(String, TypeChecker)>> = Mutex::new(None);

    /// Run the check outside the GIL.
    fn run(py: Python<'_>, request: &CheckRequest<'_>) -> PyResult<Vec<Diagnostic>> {
        py.detach(|| {
            let mut slot = CHECKER.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let checker = match slot.take() {
                Some((name, checker)) if name == request.script_name => checker,
                _ => TypeChecker::new().with_script_name(request.script_name),
            };
            let (_, checker) = slot.insert((request.script_name.to_owned(), checker));
            let inputs: Vec<(&str, Option<&str>)> = request.inputs.iter().map(|n| (n.as_str(), None)).collect();
            checker
                .check(request.code, request.stubs, &inputs)
                .map_err(|e| PyValueError::new_err(format!("type check failed: {e}")))
        })
    }

    /// The diagnostics as a list of `monty.TypeDiagnostic`.
    pub(crate) fn diagnostics<'py>(py: Python<'py>, request: &CheckRequest<'_>) -> PyResult<Bound<'py, PyList>> {
        let found = run(py, request)?;
        to_list(py, &found)
    }

    fn to_list<'py>(py: Python<'py>, found: &[Diagnostic]) -> PyResult<Bound<'py, PyList>> {
        let cls = py.import(crate::errors::ERRORS_MODULE)?.getattr("TypeDiagnostic")?;
        let list = PyList::empty(py);
        for d in found {
            let kw = PyDict::new(py);
            kw.set_item("rule", &d.rule)?;
            kw.set_item("severity", d.severity.as_str())?;
            kw.set_item("message", &d.message)?;
            kw.set_item("line", d.line)?;
            kw.set_item("column", d.column)?;
            kw.set_item("end_line", d.end_line)?;
            kw.set_item("end_column", d.end_column)?;
            kw.set_item("rendered", &d.rendered)?;
            list.append(cls.call((), Some(&kw))?)?;
        }
        Ok(list)
    }

    /// `Ok` when the program has no error-severity diagnostic; else a `MontyTypingError`.
    pub(crate) fn require_clean(py: Python<'_>, request: &CheckRequest<'_>) -> PyResult<()> {
        let found = run(py, request)?;
        let errors = found.iter().filter(|d| d.severity == Severity::Error).count();
        if errors == 0 {
            return Ok(());
        }
        let mut text = String::new();
        for d in &found {
            text.push_str(&d.rendered);
        }
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        text.push_str(&format!(
            "Found {} diagnostic{} ({errors} error{})",
            found.len(),
            plural(found.len()),
            plural(errors)
        ));
        let fields = PyDict::new(py);
        fields.set_item("diagnostics", to_list(py, &found)?)?;
        let exc = py
            .import(crate::errors::ERRORS_MODULE)?
            .getattr("MontyTypingError")?
            .call((text,), Some(&fields))?;
        Err(PyErr::from_value(exc))
    }
}

#[cfg(not(feature = "typecheck"))]
mod enabled {
    use pyo3::exceptions::PyNotImplementedError;
    use pyo3::prelude::*;
    use pyo3::types::PyList;

    use super::CheckRequest;

    fn missing() -> PyErr {
        PyNotImplementedError::new_err(
            "this build of monty has no type checker: build monty-py with the cargo feature `typecheck`",
        )
    }

    pub(crate) fn diagnostics<'py>(_py: Python<'py>, _request: &CheckRequest<'_>) -> PyResult<Bound<'py, PyList>> {
        Err(missing())
    }

    pub(crate) fn require_clean(_py: Python<'_>, _request: &CheckRequest<'_>) -> PyResult<()> {
        Err(missing())
    }
}

/// The diagnostics of `request` as a list of `monty.TypeDiagnostic` (all severities).
///
/// # Errors
/// `NotImplementedError` in a build without the `typecheck` feature; `ValueError`
/// when the checker cannot run (a bad input name, an internal failure).
pub(crate) fn diagnostics<'py>(py: Python<'py>, request: &CheckRequest<'_>) -> PyResult<Bound<'py, PyList>> {
    enabled::diagnostics(py, request)
}

/// Check `request`; a program with errors raises `monty.MontyTypingError`.
///
/// # Errors
/// As for [`diagnostics`], plus `MontyTypingError`.
pub(crate) fn require_clean(py: Python<'_>, request: &CheckRequest<'_>) -> PyResult<()> {
    enabled::require_clean(py, request)
}
