//! `MontySession`: a REPL whose globals, heap and imports persist from one
//! snippet to the next, as at CPython's prompt.

use std::sync::Mutex;

use monty::{CapabilitySet, CompileOptions, MontySession, PrintWriter};
use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};

use crate::convert::to_py;
use crate::envelope::{self, Kind};
use crate::errors::{monty_error, snapshot_error};
use crate::host::{PyHost, RunContext};
use crate::limits::extract_limits;
use crate::tools::extract_tools;

/// An interactive session: each `feed(code)` runs a snippet in the same
/// interpreter, so what earlier snippets defined (variables, functions, classes,
/// imports) stays defined. A snippet that raises keeps what ran before the
/// error; a snippet with a syntax error changes nothing.
#[pyclass(module = "monty", name = "MontySession", frozen)]
pub(crate) struct PyMontySession {
    session: Mutex<MontySession>,
    script_name: String,
    /// The names declared with `external_functions=[...]`.
    external_names: Vec<String>,
    /// The tool set given at construction: the default of each `feed`.
    tools: Option<CapabilitySet>,
}

#[pymethods]
impl PyMontySession {
    #[new]
    #[pyo3(signature = (*, external_functions = None, tools = None, script_name = "main.py", allowed_imports = None))]
    fn new(
        py: Python<'_>,
        external_functions: Option<Vec<String>>,
        tools: Option<&Bound<'_, PyAny>>,
        script_name: &str,
        allowed_imports: Option<Vec<String>>,
    ) -> PyResult<Self> {
        let external_names = external_functions.unwrap_or_default();
        for (i, name) in external_names.iter().enumerate() {
            if external_names[..i].contains(name) {
                return Err(PyTypeError::new_err(format!(
                    "external function '{name}' is declared twice"
                )));
            }
        }
        let tools = tools.map(extract_tools).transpose()?;
        let mut compiled = external_names.clone();
        if let Some(tools) = &tools {
            compiled.extend(tools.names().into_iter().filter(|n| !external_names.contains(n)));
        }
        let session = MontySession::with_options(&CompileOptions {
            script_name: script_name.to_owned(),
            external_function_names: compiled,
            allowed_imports,
            ..CompileOptions::default()
        })
        .map_err(|e| monty_error(py, e))?;
        Ok(Self {
            session: Mutex::new(session),
            script_name: script_name.to_owned(),
            external_names,
            tools,
        })
    }

    /// Run the next snippet and return the value of its trailing expression
    /// statement (what the REPL would echo), else `None`. External functions and
    /// tools are called synchronously, as in `Monty.run`.
    #[pyo3(signature = (code, *, limits = None, external_functions = None, print_callback = None))]
    fn feed(
        &self,
        py: Python<'_>,
        code: &str,
        limits: Option<&Bound<'_, PyAny>>,
        external_functions: Option<&Bound<'_, PyDict>>,
        print_callback: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let limits = extract_limits(limits)?;
        let functions = self.host_functions(external_functions)?;
        let context = RunContext::new(print_callback);
        let declared = self.external_names.as_slice();
        let tools = self.tools.as_ref();
        let result = py.detach(|| {
            let mut session = self
                .session
                .lock()
                .map_err(|_| PyRuntimeError::new_err("the session was poisoned by an earlier failure"))?;
            let mut host = PyHost::new(functions, tools, declared, &context);
            let mut write = |stream, text: &str| context.write(stream, text);
            let mut print = PrintWriter::Callback(&mut write);
            Ok::<_, PyErr>(session.feed_with_host(code, context.tracker(limits), &mut print, &mut host))
        })?;
        if let Some(err) = context.take_abort() {
            return Err(err);
        }
        match result {
            Ok(value) => Ok(to_py(py, &value)?.unbind()),
            Err(e) => Err(monty_error(py, e)),
        }
    }

    /// The global names the snippets have bound so far, in order of first binding.
    #[getter]
    fn global_names(&self) -> PyResult<Vec<String>> {
        Ok(self.lock()?.global_names())
    }

    /// The script name used in tracebacks.
    #[getter]
    fn script_name(&self) -> &str {
        &self.script_name
    }

    /// An independent copy: feeding one does not change the other.
    fn fork(&self) -> PyResult<Self> {
        Ok(Self {
            session: Mutex::new(self.lock()?.clone()),
            script_name: self.script_name.clone(),
            external_names: self.external_names.clone(),
            tools: self.tools.clone(),
        })
    }

    /// The whole session as bytes, for `MontySession.load` (in this process or
    /// another). A tool set is not saved: pass it again to `load`.
    fn dump<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let core = self.lock()?.dump();
        let header = [self.script_name.clone()];
        let bytes = envelope::encode(Kind::Session, &[&header, &self.external_names], &core);
        Ok(PyBytes::new(py, &bytes))
    }

    /// Load a session written by `MontySession.dump`.
    #[staticmethod]
    #[pyo3(signature = (data, *, tools = None))]
    fn load(py: Python<'_>, data: &[u8], tools: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let (lists, core) = envelope::decode(Kind::Session, data).map_err(|e| snapshot_error(py, &e))?;
        let [header, external_names]: [Vec<String>; 2] = lists
            .try_into()
            .map_err(|_| snapshot_error(py, "unexpected dump layout"))?;
        let session = MontySession::load(core).map_err(|e| monty_error(py, e))?;
        Ok(Self {
            session: Mutex::new(session),
            script_name: header.into_iter().next().unwrap_or_default(),
            external_names,
            tools: tools.map(extract_tools).transpose()?,
        })
    }

    fn __repr__(&self) -> PyResult<String> {
        Ok(format!(
            "MontySession(script_name={:?}, globals={:?})",
            self.script_name,
            self.lock()?.global_names()
        ))
    }
}

impl PyMontySession {
    fn lock(&self) -> PyResult<std::sync::MutexGuard<'_, MontySession>> {
        self.session
            .lock()
            .map_err(|_| PyRuntimeError::new_err("the session was poisoned by an earlier failure"))
    }

    /// The callables given as `external_functions=`, each a declared name.
    fn host_functions(&self, given: Option<&Bound<'_, PyDict>>) -> PyResult<Vec<(String, Py<PyAny>)>> {
        let Some(given) = given else {
            return Ok(Vec::new());
        };
        let mut out = Vec::with_capacity(given.len());
        for (name, function) in given.iter() {
            let name: String = name.extract()?;
            if !self.external_names.contains(&name) {
                return Err(PyTypeError::new_err(format!(
                    "external function '{name}' was not declared in MontySession(external_functions=[...])"
                )));
            }
            if !function.is_callable() {
                return Err(PyTypeError::new_err(format!(
                    "external function '{name}' is not callable"
                )));
            }
            out.push((name, function.unbind()));
        }
        Ok(out)
    }
}
