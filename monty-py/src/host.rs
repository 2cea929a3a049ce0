//! What a run needs from Python while it executes outside the GIL: print output,
//! external functions, and a place to keep a Python error that must end the run.
//!
//! Runs execute detached from the interpreter (other Python threads keep going);
//! each print and each host call re-attaches for just that call.

use std::sync::Mutex;

use monty::{
    CancelHandle, CapabilitySet, HostError, HostFunctions, LimitedTracker, MontyObject, ResourceLimits, Stream,
};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use crate::convert::{to_monty, to_py, type_name};
use crate::errors::{HostRaise, host_raise};

/// The state shared by the callbacks of one run (or one resume).
pub(crate) struct RunContext {
    /// Where print output goes: `print_callback(stream, text)`, or `sys.stdout`/`sys.stderr`.
    print_callback: Option<Py<PyAny>>,
    /// Stops the run when a Python error must propagate.
    cancel: CancelHandle,
    /// The first Python error that ends the run; raised once the run has stopped.
    abort: Mutex<Option<PyErr>>,
}

impl RunContext {
    /// A context that prints through `print_callback` (or `sys.stdout` when `None`).
    pub(crate) fn new(print_callback: Option<Py<PyAny>>) -> Self {
        Self {
            print_callback,
            cancel: CancelHandle::new(),
            abort: Mutex::new(None),
        }
    }

    /// The print callback, to hand on to the snapshot of a paused run.
    pub(crate) fn print_callback(&self, py: Python<'_>) -> Option<Py<PyAny>> {
        self.print_callback.as_ref().map(|cb| cb.clone_ref(py))
    }

    /// A tracker enforcing `limits` that this context can cancel.
    pub(crate) fn tracker(&self, limits: ResourceLimits) -> LimitedTracker {
        LimitedTracker::new(limits).with_cancel(self.cancel.clone())
    }

    /// Stop the run; `err` is raised to the caller instead of the run's own outcome.
    fn stop_with(&self, err: PyErr) {
        if let Ok(mut slot) = self.abort.lock()
            && slot.is_none()
        {
            *slot = Some(err);
        }
        self.cancel.cancel();
    }

    /// The error that stopped the run, if any.
    pub(crate) fn take_abort(&self) -> Option<PyErr> {
        self.abort.lock().ok().and_then(|mut slot| slot.take())
    }

    /// Write program output (called from the VM, detached).
    pub(crate) fn write(&self, stream: Stream, text: &str) {
        if self.cancel.is_cancelled() {
            return;
        }
        let result = Python::attach(|py| -> PyResult<()> {
            let name = match stream {
                Stream::Stdout => "stdout",
                Stream::Stderr => "stderr",
            };
            match &self.print_callback {
                Some(cb) => {
                    cb.call1(py, (name, text))?;
                }
                None => {
                    py.import("sys")?.getattr(name)?.call_method1("write", (text,))?;
                }
            }
            Ok(())
        });
        if let Err(e) = result {
            self.stop_with(e);
        }
    }
}

/// External functions given to `Monty.run`, answered synchronously.
pub(crate) struct PyHost<'a> {
    /// Name and callable of each function provided for this run.
    functions: Vec<(String, Py<PyAny>)>,
    /// The tool set of this run (`tools=`): its granted functions answer the calls
    /// the explicit `functions` do not.
    tools: Option<&'a CapabilitySet>,
    /// The names declared with `external_functions=[...]` (as opposed to by a tool set).
    declared: &'a [String],
    context: &'a RunContext,
}

impl<'a> PyHost<'a> {
    /// Host functions from `run(external_functions=...)` and `tools=`.
    pub(crate) fn new(
        functions: Vec<(String, Py<PyAny>)>,
        tools: Option<&'a CapabilitySet>,
        declared: &'a [String],
        context: &'a RunContext,
    ) -> Self {
        Self {
            functions,
            tools,
            declared,
            context,
        }
    }
}

impl HostFunctions for PyHost<'_> {
    fn call(
        &mut self,
        name: &str,
        args: Vec<MontyObject>,
        kwargs: Vec<(String, MontyObject)>,
    ) -> Result<MontyObject, HostError> {
        let Some((_, function)) = self.functions.iter().find(|(n, _)| n == name) else {
            if let Some(tools) = self.tools
                && (tools.get(name).is_some() || !self.declared.iter().any(|d| d == name))
            {
                // Granted: the tool answers. Declared only by a tool set that this run's
                // set does not grant: undefined, as any name that was never granted.
                let result = tools.call(name, args, kwargs);
                if let Some(err) = crate::tools::take_tool_abort() {
                    self.context.stop_with(err);
                }
                return result;
            }
            return Err(HostError::new(
                "NotImplementedError",
                format!("external function '{name}' was declared but not given to run(external_functions=...)"),
            ));
        };
        Python::attach(|py| match call_host(py, function, name, &args, &kwargs) {
            Ok(value) => Ok(value),
            Err(CallFailure::Deliver(e)) => Err(e),
            Err(CallFailure::Abort(e)) => {
                self.context.stop_with(e);
                Err(HostError::new("RuntimeError", "run cancelled by the host"))
            }
        })
    }
}

/// Why a host call did not produce a value.
pub(crate) enum CallFailure {
    /// Raise this in the sandbox.
    Deliver(HostError),
    /// Stop the run and raise this in the caller.
    Abort(PyErr),
}

impl From<HostRaise> for CallFailure {
    fn from(r: HostRaise) -> Self {
        match r {
            HostRaise::Deliver(e) => Self::Deliver(e),
            HostRaise::Abort(e) => Self::Abort(e),
        }
    }
}

/// Call `function(*args, **kwargs)` and bring its result back as a boundary value.
pub(crate) fn call_host(
    py: Python<'_>,
    function: &Py<PyAny>,
    name: &str,
    args: &[MontyObject],
    kwargs: &[(String, MontyObject)],
) -> Result<MontyObject, CallFailure> {
    let prepared = (|| -> PyResult<(Bound<'_, PyTuple>, Bound<'_, PyDict>)> {
        let py_args = args.iter().map(|a| to_py(py, a)).collect::<PyResult<Vec<_>>>()?;
        let py_kwargs = PyDict::new(py);
        for (k, v) in kwargs {
            py_kwargs.set_item(k, to_py(py, v)?)?;
        }
        Ok((PyTuple::new(py, py_args)?, py_kwargs))
    })();
    let (py_args, py_kwargs) = prepared.map_err(|e| CallFailure::from(host_raise(py, e)))?;
    let result = function
        .bind(py)
        .call(py_args, Some(&py_kwargs))
        .map_err(|e| CallFailure::from(host_raise(py, e)))?;
    result_to_monty(&result, name).map_err(CallFailure::Deliver)
}

/// A host function's return value as a boundary value; a value Monty cannot take
/// becomes a `TypeError` raised in the sandbox at the call.
pub(crate) fn result_to_monty(result: &Bound<'_, PyAny>, name: &str) -> Result<MontyObject, HostError> {
    if result.hasattr("__await__").unwrap_or(false) {
        // An un-awaited coroutine: close it so Python does not warn later.
        let _ = result.call_method0("close");
        return Err(HostError::new(
            "TypeError",
            format!(
                "external function '{name}' returned an awaitable ('{}'); async functions need an async runner",
                type_name(result)
            ),
        ));
    }
    to_monty(result).map_err(|e| {
        HostError::new(
            "TypeError",
            format!(
                "external function '{name}' returned a value Monty cannot use: {}",
                e.value(result.py())
            ),
        )
    })
}

/// Why `value`, returned by the async external function `name`, cannot enter the
/// sandbox (the message of the `TypeError` raised there), or `None` when it can
/// (internal, for `run_monty_async`).
#[pyfunction]
pub(crate) fn _result_problem(value: &Bound<'_, PyAny>, name: &str) -> Option<String> {
    result_to_monty(value, name).err().map(|e| e.message)
}
