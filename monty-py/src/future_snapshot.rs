//! `MontyFutureSnapshot`: a run waiting until the host resolves some of the
//! external calls it answered with "pending" (`MontySnapshot.resume_pending()`).

use monty::{HostError, MontyError, MontyObject, PendingFutures, PrintWriter, ResourceLimits};
use pyo3::exceptions::{PyKeyError, PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};

use crate::convert::to_monty;
use crate::envelope::{self, Kind};
use crate::errors::{monty_error, snapshot_error};
use crate::host::RunContext;
use crate::limits::extract_limits;
use crate::snapshot::{exception_to_host, progress_to_py};

/// A run in which every task waits on host futures: the external calls answered
/// with `MontySnapshot.resume_pending()` whose results are not known yet. Resolve
/// any of them, by call id, with `resume(results={id: value}, errors={id: exc})`;
/// those left out stay pending and are listed again by the next
/// `MontyFutureSnapshot`. Dumps to bytes like `MontySnapshot`.
#[pyclass(module = "monty", name = "MontyFutureSnapshot")]
pub(crate) struct PyMontyFutureSnapshot {
    /// `None` once resumed.
    wait: Option<PendingFutures>,
    call_ids: Vec<u64>,
    script_name: String,
    limits: ResourceLimits,
    print_callback: Option<Py<PyAny>>,
}

impl PyMontyFutureSnapshot {
    /// Wrap a core pause.
    pub(crate) fn new(
        wait: PendingFutures,
        script_name: String,
        limits: ResourceLimits,
        print_callback: Option<Py<PyAny>>,
    ) -> Self {
        Self {
            call_ids: wait.call_ids.clone(),
            wait: Some(wait),
            script_name,
            limits,
            print_callback,
        }
    }

    /// Load a dump written by `MontyFutureSnapshot.dump` (also reached through
    /// `MontySnapshot.load`).
    pub(crate) fn load(
        py: Python<'_>,
        data: &[u8],
        limits: Option<&Bound<'_, PyAny>>,
        print_callback: Option<Py<PyAny>>,
    ) -> PyResult<Self> {
        let limits = extract_limits(limits)?;
        let (lists, core) = envelope::decode(Kind::Futures, data).map_err(|e| snapshot_error(py, &e))?;
        let script_name = lists
            .into_iter()
            .next()
            .and_then(|l| l.into_iter().next())
            .unwrap_or_default();
        let wait = PendingFutures::load(core).map_err(|e| monty_error(py, e))?;
        Ok(Self::new(wait, script_name, limits, print_callback))
    }

    fn pending(&self) -> PyResult<&PendingFutures> {
        self.wait
            .as_ref()
            .ok_or_else(|| PyRuntimeError::new_err("this snapshot was already resumed"))
    }
}

#[pymethods]
impl PyMontyFutureSnapshot {
    /// The script name used in tracebacks.
    #[getter]
    fn script_name(&self) -> &str {
        &self.script_name
    }

    /// The ids of the external calls still waiting for a result, in call order.
    #[getter]
    fn call_ids(&self) -> Vec<u64> {
        self.call_ids.clone()
    }

    /// Resolve some of the pending calls and continue: `results` maps call ids to
    /// return values, `errors` maps call ids to exceptions (instances or classes),
    /// raised in the sandbox as the same built-in type and message. At least one id
    /// must be given; an id that is not pending raises `KeyError` and resolves
    /// nothing. Returns the next `MontySnapshot`, `MontyFutureSnapshot` or a
    /// `MontyComplete`. A snapshot can be resumed once.
    #[pyo3(signature = (results = None, errors = None))]
    fn resume(
        &mut self,
        py: Python<'_>,
        results: Option<&Bound<'_, PyDict>>,
        errors: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Py<PyAny>> {
        let pending = self.pending()?;
        let mut answers: Vec<(u64, Result<MontyObject, HostError>)> = Vec::new();
        for (key, value) in results.into_iter().flat_map(|d| d.iter()) {
            let id: u64 = key.extract()?;
            answers.push((id, Ok(to_monty(&value)?)));
        }
        for (key, value) in errors.into_iter().flat_map(|d| d.iter()) {
            let id: u64 = key.extract()?;
            if answers.iter().any(|(a, _)| *a == id) {
                return Err(PyTypeError::new_err(format!(
                    "call {id} is given both a result and an error"
                )));
            }
            answers.push((id, Err(exception_to_host(&value, "resume(errors=...)")?)));
        }
        if answers.is_empty() {
            return Err(PyTypeError::new_err(
                "resume() needs results={call_id: value} or errors={call_id: exception} for at least one call",
            ));
        }
        if let Some((id, _)) = answers.iter().find(|(id, _)| !pending.call_ids.contains(id)) {
            return Err(PyKeyError::new_err(format!(
                "call id {id} is not pending (pending: {:?})",
                pending.call_ids
            )));
        }
        let wait = self
            .wait
            .take()
            .ok_or_else(|| PyRuntimeError::new_err("this snapshot was already resumed"))?;
        let context = RunContext::new(self.print_callback.as_ref().map(|cb| cb.clone_ref(py)));
        let limits = self.limits.clone();
        let result: Result<_, MontyError> = py.detach(|| {
            let mut write = |stream, text: &str| context.write(stream, text);
            let mut print = PrintWriter::Callback(&mut write);
            wait.resume(answers, context.tracker(limits), &mut print)
        });
        progress_to_py(py, result, &context, &self.script_name, self.limits.clone())
    }

    /// The whole waiting run as bytes (versioned and checksummed), for
    /// `MontyFutureSnapshot.load` or `MontySnapshot.load`. The limits and print
    /// callback are not included: give them to `load`.
    fn dump<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let wait = self.pending()?;
        let header = [self.script_name.clone()];
        Ok(PyBytes::new(
            py,
            &envelope::encode(Kind::Futures, &[&header], &wait.dump()),
        ))
    }

    /// Load a waiting run written by `MontyFutureSnapshot.dump`. Malformed or
    /// tampered bytes raise `MontySnapshotError`.
    #[staticmethod]
    #[pyo3(name = "load", signature = (data, *, limits = None, print_callback = None))]
    fn py_load(
        py: Python<'_>,
        data: &[u8],
        limits: Option<&Bound<'_, PyAny>>,
        print_callback: Option<Py<PyAny>>,
    ) -> PyResult<Self> {
        Self::load(py, data, limits, print_callback)
    }

    fn __repr__(&self) -> String {
        format!("MontyFutureSnapshot(call_ids={:?})", self.call_ids)
    }
}
