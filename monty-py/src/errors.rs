//! Errors: Monty's errors as Python exceptions, and Python exceptions as host errors.
//!
//! The exception classes live in `monty/_errors.py` (plain Python, so they carry
//! methods, docstrings and pickling); this module builds instances of them.

use monty::{HostError, LimitError, MontyError};
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyType};

/// The Python module holding the exception classes.
pub(crate) const ERRORS_MODULE: &str = "monty._errors";

/// Build an instance of `monty._errors.<class>(text, **fields)` as a `PyErr`.
fn raise(py: Python<'_>, class: &str, text: &str, fields: &Bound<'_, PyDict>) -> PyErr {
    let built = py
        .import(ERRORS_MODULE)
        .and_then(|m| m.getattr(class))
        .and_then(|cls| cls.call((text,), Some(fields)));
    match built {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

/// Turn a [`MontyError`] into the matching `MontyError` subclass.
pub(crate) fn monty_error(py: Python<'_>, err: MontyError) -> PyErr {
    match build(py, &err) {
        Ok(e) => e,
        Err(e) => e,
    }
}

fn build(py: Python<'_>, err: &MontyError) -> PyResult<PyErr> {
    let fields = PyDict::new(py);
    let text = err.render();
    let text = text.trim_end();
    Ok(match err {
        MontyError::Syntax(e) => {
            fields.set_item("exc_type", &e.exc_type)?;
            fields.set_item("message", &e.message)?;
            fields.set_item("filename", &e.filename)?;
            fields.set_item("line", e.line)?;
            fields.set_item("column", e.column)?;
            fields.set_item("source_line", &e.source_line)?;
            raise(py, "MontySyntaxError", text, &fields)
        }
        MontyError::Exception(e) => {
            let frames = frame_list(py, &e.traceback)?;
            fields.set_item("exc_type", &e.exc_type)?;
            fields.set_item("message", &e.message)?;
            fields.set_item("frames", frames)?;
            raise(py, "MontyRuntimeError", text, &fields)
        }
        MontyError::Limit { error: e, traceback } => {
            let frames = frame_list(py, traceback)?;
            fields.set_item("frames", frames)?;
            let (kind, limit): (&str, Option<f64>) = match e {
                LimitError::Memory { limit } => ("memory", Some(*limit as f64)),
                LimitError::Duration { limit_ms } => ("duration", Some(*limit_ms as f64 / 1000.0)),
                LimitError::Instructions { limit } => ("instructions", Some(*limit as f64)),
                LimitError::Output { limit } => ("output", Some(*limit as f64)),
                LimitError::HostCalls { limit } => ("host_calls", Some(*limit as f64)),
                LimitError::Cancelled => ("cancelled", None),
            };
            fields.set_item("kind", kind)?;
            fields.set_item("limit", limit)?;
            raise(py, "MontyLimitError", text, &fields)
        }
        MontyError::Snapshot(msg) => raise(py, "MontySnapshotError", &format!("invalid snapshot: {msg}"), &fields),
        MontyError::UnknownCall(id) => raise(
            py,
            "MontyInternalError",
            &format!("host call {id} is not one of the pending host futures"),
            &fields,
        ),
        MontyError::Internal(msg) => raise(py, "MontyInternalError", &format!("internal error: {msg}"), &fields),
    })
}

/// The traceback as a list of `monty.Frame` objects, outermost first.
fn frame_list<'py>(py: Python<'py>, traceback: &[monty::StackFrame]) -> PyResult<Bound<'py, PyList>> {
    let frame_cls = py.import(ERRORS_MODULE)?.getattr("Frame")?;
    let frames = PyList::empty(py);
    for f in traceback {
        frames.append(frame_cls.call1((&f.filename, f.line, &f.function, &f.source_line))?)?;
    }
    Ok(frames)
}

/// A `MontySnapshotError` with this message (bytes that are not a valid dump).
pub(crate) fn snapshot_error(py: Python<'_>, message: &str) -> PyErr {
    monty_error(py, MontyError::Snapshot(message.to_owned()))
}

/// How a Python exception raised by host code reaches the sandbox.
pub(crate) enum HostRaise {
    /// An ordinary exception: raised in the sandbox as this host error.
    Deliver(HostError),
    /// Not an `Exception` (KeyboardInterrupt, SystemExit, ...): the run must stop and
    /// the exception propagate to the caller unchanged.
    Abort(PyErr),
}

/// Map a Python exception raised by an external function: ordinary exceptions are
/// delivered into the sandbox (see [`host_error`]); others stop the run.
pub(crate) fn host_raise(py: Python<'_>, err: PyErr) -> HostRaise {
    if err.is_instance_of::<PyException>(py) {
        HostRaise::Deliver(host_error(py, &err))
    } else {
        HostRaise::Abort(err)
    }
}

/// The built-in exception the sandbox raises for a Python exception: the nearest
/// class in its MRO defined in `builtins` (a `class MyError(KeyError)` becomes
/// `KeyError`), with `str(exc)` as the message.
pub(crate) fn host_error(py: Python<'_>, err: &PyErr) -> HostError {
    let exc_type = builtin_base_name(err.get_type(py)).unwrap_or_else(|| "Exception".to_owned());
    let value = err.value(py);
    // A single str argument is the message as given (`KeyError('k')` stays `KeyError('k')`
    // rather than the quoted `str()`); otherwise `str(exc)`.
    let single = value
        .getattr("args")
        .ok()
        .and_then(|a| a.extract::<(String,)>().ok())
        .map(|(m,)| m);
    let message = single.unwrap_or_else(|| value.str().map_or_else(|_| String::new(), |s| s.to_string()));
    HostError::new(exc_type, message)
}

fn builtin_base_name(ty: Bound<'_, PyType>) -> Option<String> {
    let mro = ty.mro();
    for cls in mro.iter() {
        let module: String = cls.getattr("__module__").ok()?.extract().ok()?;
        if module == "builtins" {
            return cls.getattr("__name__").ok()?.extract().ok();
        }
    }
    None
}
