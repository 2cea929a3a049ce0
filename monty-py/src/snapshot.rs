//! `MontySnapshot` (a run paused at an external function call) and `MontyComplete`.

use monty::{HostError, MontyError, MontyObject, PendingCall, PrintWriter, ResourceLimits, RunProgress};
use pyo3::exceptions::{PyBaseException, PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyTuple, PyType};

use crate::convert::{to_monty, to_py, type_name};
use crate::envelope::{self, Kind};
use crate::errors::{host_error, monty_error, snapshot_error};
use crate::future_snapshot::PyMontyFutureSnapshot;
use crate::host::RunContext;
use crate::limits::extract_limits;

/// The outcome of `start` or `resume` as a Python object.
pub(crate) fn progress_to_py(
    py: Python<'_>,
    result: Result<RunProgress, MontyError>,
    context: &RunContext,
    script_name: &str,
    limits: ResourceLimits,
) -> PyResult<Py<PyAny>> {
    if let Some(err) = context.take_abort() {
        return Err(err);
    }
    match result.map_err(|e| monty_error(py, e))? {
        RunProgress::Complete(value) => {
            let output = to_py(py, &value)?.unbind();
            Ok(Py::new(py, MontyComplete { output })?.into_any())
        }
        RunProgress::FunctionCall(call) => {
            let snapshot = PyMontySnapshot::new(py, call, script_name.to_owned(), limits, context.print_callback(py))?;
            Ok(Py::new(py, snapshot)?.into_any())
        }
        RunProgress::ResolveFutures(wait) => {
            let snapshot = PyMontyFutureSnapshot::new(wait, script_name.to_owned(), limits, context.print_callback(py));
            Ok(Py::new(py, snapshot)?.into_any())
        }
    }
}

/// A run paused at a call of an external function. Resume it with the function's
/// result (`resume(return_value=...)`) or an exception (`resume(exception=...)`),
/// now or after `dump()` -> bytes -> `MontySnapshot.load()`, in this process or another.
#[pyclass(module = "monty", name = "MontySnapshot")]
pub(crate) struct PyMontySnapshot {
    /// `None` once resumed.
    call: Option<PendingCall>,
    script_name: String,
    function_name: String,
    args: Py<PyTuple>,
    kwargs: Py<PyDict>,
    call_id: u64,
    limits: ResourceLimits,
    print_callback: Option<Py<PyAny>>,
}

impl PyMontySnapshot {
    fn new(
        py: Python<'_>,
        call: PendingCall,
        script_name: String,
        limits: ResourceLimits,
        print_callback: Option<Py<PyAny>>,
    ) -> PyResult<Self> {
        let args = call.args.iter().map(|a| to_py(py, a)).collect::<PyResult<Vec<_>>>()?;
        let kwargs = PyDict::new(py);
        for (k, v) in &call.kwargs {
            kwargs.set_item(k, to_py(py, v)?)?;
        }
        Ok(Self {
            script_name,
            function_name: call.function_name.clone(),
            args: PyTuple::new(py, args)?.unbind(),
            kwargs: kwargs.unbind(),
            call_id: call.call_id,
            call: Some(call),
            limits,
            print_callback,
        })
    }
}

#[pymethods]
impl PyMontySnapshot {
    /// The script name used in tracebacks.
    #[getter]
    fn script_name(&self) -> &str {
        &self.script_name
    }

    /// The name of the external function the program called.
    #[getter]
    fn function_name(&self) -> &str {
        &self.function_name
    }

    /// Its positional arguments.
    #[getter]
    fn args(&self, py: Python<'_>) -> Py<PyTuple> {
        self.args.clone_ref(py)
    }

    /// Its keyword arguments (a fresh copy each time).
    #[getter]
    fn kwargs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.kwargs.bind(py).copy()
    }

    /// Identifies this call within the run.
    #[getter]
    fn call_id(&self) -> u64 {
        self.call_id
    }

    /// Continue the run: `resume(return_value=v)` makes the call return `v`;
    /// `resume(exception=e)` raises `e`'s built-in exception type with its message at
    /// the call. Returns the next `MontySnapshot` or a `MontyComplete`. A snapshot
    /// can be resumed once.
    ///
    /// `resume(future=...)` is `resume_pending()`.
    #[pyo3(signature = (**kwargs))]
    fn resume(&mut self, py: Python<'_>, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        if let Some(kwargs) = kwargs
            && kwargs.len() == 1
            && kwargs.contains("future")?
        {
            return self.resume_pending(py);
        }
        let result = resume_value(kwargs)?;
        let call = self.take_call()?;
        let context = RunContext::new(self.print_callback.as_ref().map(|cb| cb.clone_ref(py)));
        let limits = self.limits.clone();
        let result = py.detach(|| {
            let mut write = |stream, text: &str| context.write(stream, text);
            let mut print = PrintWriter::Callback(&mut write);
            call.resume(result, context.tracker(limits), &mut print)
        });
        progress_to_py(py, result, &context, &self.script_name, self.limits.clone())
    }

    /// Answer the call with "pending": the program gets a future for it (the external
    /// function behaves as an `async def`) and goes on until it finishes, makes another
    /// external call (a `MontySnapshot`) or waits on host futures (a
    /// `MontyFutureSnapshot` listing this call's id among its `call_ids`, to be resolved
    /// later with its result). The call's value in the program is an awaitable (its
    /// type is named `HostFuture`); a run that ends without awaiting it just drops it.
    fn resume_pending(&mut self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let call = self.take_call()?;
        let context = RunContext::new(self.print_callback.as_ref().map(|cb| cb.clone_ref(py)));
        let limits = self.limits.clone();
        let result = py.detach(|| {
            let mut write = |stream, text: &str| context.write(stream, text);
            let mut print = PrintWriter::Callback(&mut write);
            call.resume_future(context.tracker(limits), &mut print)
        });
        progress_to_py(py, result, &context, &self.script_name, self.limits.clone())
    }

    /// The whole paused run as bytes (versioned and checksummed), for `MontySnapshot.load`.
    /// The limits and print callback are not included: give them to `load`.
    fn dump<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let call = self
            .call
            .as_ref()
            .ok_or_else(|| PyRuntimeError::new_err("this snapshot was already resumed"))?;
        let header = [self.script_name.clone()];
        Ok(PyBytes::new(
            py,
            &envelope::encode(Kind::Snapshot, &[&header], &call.dump()),
        ))
    }

    /// Load a paused run written by `MontySnapshot.dump` (or by
    /// `MontyFutureSnapshot.dump`: a `MontyFutureSnapshot` is returned then). Malformed
    /// or tampered bytes raise `MontySnapshotError`.
    #[staticmethod]
    #[pyo3(signature = (data, *, limits = None, print_callback = None))]
    fn load(
        py: Python<'_>,
        data: &[u8],
        limits: Option<&Bound<'_, PyAny>>,
        print_callback: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        if envelope::kind_of(data) == Some(Kind::Futures) {
            let loaded = PyMontyFutureSnapshot::load(py, data, limits, print_callback)?;
            return Ok(Py::new(py, loaded)?.into_any());
        }
        let limits = extract_limits(limits)?;
        let (lists, core) = envelope::decode(Kind::Snapshot, data).map_err(|e| snapshot_error(py, &e))?;
        let script_name = lists
            .into_iter()
            .next()
            .and_then(|l| l.into_iter().next())
            .unwrap_or_default();
        let call = PendingCall::load(core).map_err(|e| monty_error(py, e))?;
        Ok(Py::new(py, Self::new(py, call, script_name, limits, print_callback)?)?.into_any())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "MontySnapshot(function_name={:?}, args={}, kwargs={}, call_id={})",
            self.function_name,
            self.args.bind(py).repr()?,
            self.kwargs.bind(py).repr()?,
            self.call_id
        ))
    }
}

impl PyMontySnapshot {
    /// The paused call, once.
    fn take_call(&mut self) -> PyResult<PendingCall> {
        self.call
            .take()
            .ok_or_else(|| PyRuntimeError::new_err("this snapshot was already resumed"))
    }
}

/// What `resume(**kwargs)` delivers to the paused call.
fn resume_value(kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Result<MontyObject, HostError>> {
    let mut return_value = None;
    let mut exception = None;
    if let Some(kwargs) = kwargs {
        for (key, value) in kwargs.iter() {
            let key: String = key.extract()?;
            match key.as_str() {
                "return_value" => return_value = Some(value),
                "exception" => exception = Some(value),
                other => {
                    return Err(PyTypeError::new_err(format!(
                        "resume() got an unexpected keyword argument '{other}'"
                    )));
                }
            }
        }
    }
    match (return_value, exception) {
        (Some(value), None) => Ok(Ok(to_monty(&value)?)),
        (None, Some(exc)) => Ok(Err(exception_to_host(&exc, "resume(exception=...)")?)),
        (None, None) => Err(PyTypeError::new_err("resume() needs return_value=... or exception=...")),
        (Some(_), Some(_)) => Err(PyTypeError::new_err(
            "resume() takes return_value=... or exception=..., not both",
        )),
    }
}

/// The host error for an exception instance or class given to a resume (`what`
/// names the argument in the message when it is neither).
pub(crate) fn exception_to_host(exc: &Bound<'_, PyAny>, what: &str) -> PyResult<HostError> {
    let py = exc.py();
    let err = if let Ok(cls) = exc.cast::<PyType>()
        && cls.is_subclass_of::<PyBaseException>()?
    {
        PyErr::from_value(cls.call0()?)
    } else if exc.is_instance_of::<PyBaseException>() {
        PyErr::from_value(exc.clone())
    } else {
        return Err(PyTypeError::new_err(format!(
            "{what} needs an exception instance or class, not '{}'",
            type_name(exc)
        )));
    };
    Ok(host_error(py, &err))
}

/// A finished run.
#[pyclass(module = "monty", name = "MontyComplete", frozen)]
pub(crate) struct MontyComplete {
    /// The value of the program's last expression statement, or `None`.
    #[pyo3(get)]
    output: Py<PyAny>,
}

#[pymethods]
impl MontyComplete {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("MontyComplete(output={})", self.output.bind(py).repr()?))
    }
}
