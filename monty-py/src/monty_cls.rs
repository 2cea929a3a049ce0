//! `Monty`: a compiled program, run many times.

use monty::{CapabilitySet, CompileOptions, MontyObject, MontyRun, PrintWriter};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};

use crate::convert::{to_monty, to_py};
use crate::envelope::{self, Kind};
use crate::errors::{monty_error, snapshot_error};
use crate::host::{PyHost, RunContext};
use crate::limits::extract_limits;
use crate::snapshot::progress_to_py;
use crate::tools::{PyCapabilitySet, extract_tools};
use crate::typecheck::{self, CheckRequest};

/// A sandboxed program: parsed and compiled once, then run any number of times,
/// each run with its own inputs, limits, external functions and output.
#[pyclass(module = "monty", name = "Monty", frozen)]
pub(crate) struct PyMonty {
    runner: MontyRun,
    script_name: String,
    input_names: Vec<String>,
    external_names: Vec<String>,
    /// Every host function name the program was compiled with: `external_names`
    /// and the names the tool set grants.
    compiled_names: Vec<String>,
    /// The tool set given to `Monty(..., tools=...)`, the default of each run.
    tools: Option<CapabilitySet>,
    /// The source, to recompile for a run whose tool set grants names not compiled
    /// in (`None` for a loaded program).
    code: Option<String>,
    /// The modules the program may import (`None`: all Monty provides).
    allowed_imports: Option<Vec<String>>,
}

#[pymethods]
impl PyMonty {
    #[new]
    #[pyo3(signature = (code, *, inputs = None, external_functions = None, tools = None, script_name = "main.py", type_check = false, type_check_stubs = None, allowed_imports = None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        code: &str,
        inputs: Option<Vec<String>>,
        external_functions: Option<Vec<String>>,
        tools: Option<&Bound<'_, PyAny>>,
        script_name: &str,
        type_check: bool,
        type_check_stubs: Option<&str>,
        allowed_imports: Option<Vec<String>>,
    ) -> PyResult<Self> {
        let input_names = inputs.unwrap_or_default();
        let external_names = external_functions.unwrap_or_default();
        for (kind, names) in [("input", &input_names), ("external function", &external_names)] {
            for (i, name) in names.iter().enumerate() {
                if names[..i].contains(name) {
                    return Err(PyTypeError::new_err(format!("{kind} '{name}' is declared twice")));
                }
            }
        }
        if let Some(name) = input_names.iter().find(|n| external_names.contains(n)) {
            return Err(PyTypeError::new_err(format!(
                "'{name}' is declared both as an input and as an external function"
            )));
        }
        let tool_stubs = tools.map(tool_stubs).transpose()?;
        let tools = tools.map(extract_tools).transpose()?;
        let mut compiled_names = external_names.clone();
        if let Some(tools) = &tools {
            for name in tools.names() {
                if input_names.contains(&name) {
                    return Err(PyTypeError::new_err(format!(
                        "'{name}' is declared both as an input and as a tool"
                    )));
                }
                if !compiled_names.contains(&name) {
                    compiled_names.push(name);
                }
            }
        }
        let runner = compile(
            code,
            script_name,
            &input_names,
            &compiled_names,
            allowed_imports.as_ref(),
        )
        .map_err(|e| monty_error(py, e))?;
        if type_check {
            let stubs = check_stubs(type_check_stubs, tool_stubs.as_deref());
            typecheck::require_clean(
                py,
                &CheckRequest {
                    code,
                    stubs: &stubs,
                    inputs: &input_names,
                    script_name,
                },
            )?;
        }
        Ok(Self {
            runner,
            script_name: script_name.to_owned(),
            input_names,
            external_names,
            compiled_names,
            tools,
            code: Some(code.to_owned()),
            allowed_imports,
        })
    }

    /// The script name used in tracebacks.
    #[getter]
    fn script_name(&self) -> &str {
        &self.script_name
    }

    /// The declared input names.
    #[getter]
    fn inputs(&self) -> Vec<String> {
        self.input_names.clone()
    }

    /// The declared external function names.
    #[getter]
    fn external_functions(&self) -> Vec<String> {
        self.external_names.clone()
    }

    /// Run to completion and return the value of the program's last expression statement
    /// (or `None`). External functions and tools are called synchronously.
    #[pyo3(signature = (*, inputs = None, limits = None, external_functions = None, tools = None, print_callback = None))]
    fn run(
        &self,
        py: Python<'_>,
        inputs: Option<&Bound<'_, PyDict>>,
        limits: Option<&Bound<'_, PyAny>>,
        external_functions: Option<&Bound<'_, PyDict>>,
        tools: Option<&Bound<'_, PyAny>>,
        print_callback: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let inputs = self.convert_inputs(inputs)?;
        let limits = extract_limits(limits)?;
        let functions = self.host_functions(external_functions)?;
        let tools = match tools {
            Some(t) => Some(extract_tools(t)?),
            None => self.tools.clone(),
        };
        let recompiled = self.runner_for(py, tools.as_ref())?;
        let runner = recompiled.as_ref().unwrap_or(&self.runner);
        let context = RunContext::new(print_callback);
        let declared = self.external_names.as_slice();
        let result = py.detach(|| {
            let mut host = PyHost::new(functions, tools.as_ref(), declared, &context);
            let mut write = |stream, text: &str| context.write(stream, text);
            let mut print = PrintWriter::Callback(&mut write);
            runner.run_with_host(inputs, context.tracker(limits), &mut print, &mut host)
        });
        if let Some(err) = context.take_abort() {
            return Err(err);
        }
        match result {
            Ok(value) => Ok(to_py(py, &value)?.unbind()),
            Err(e) => Err(monty_error(py, e)),
        }
    }

    /// Run until the program calls an external function (a `MontySnapshot` to resume)
    /// or finishes (a `MontyComplete`).
    #[pyo3(signature = (*, inputs = None, limits = None, print_callback = None))]
    fn start(
        &self,
        py: Python<'_>,
        inputs: Option<&Bound<'_, PyDict>>,
        limits: Option<&Bound<'_, PyAny>>,
        print_callback: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let inputs = self.convert_inputs(inputs)?;
        let limits = extract_limits(limits)?;
        let context = RunContext::new(print_callback);
        let runner = &self.runner;
        let tracker_limits = limits.clone();
        let result = py.detach(|| {
            let mut write = |stream, text: &str| context.write(stream, text);
            let mut print = PrintWriter::Callback(&mut write);
            runner.start(inputs, context.tracker(tracker_limits), &mut print)
        });
        progress_to_py(py, result, &context, &self.script_name, limits)
    }

    /// The tool set given to `Monty(..., tools=...)` (internal, for `run_monty_async`).
    fn _tools(&self) -> Option<PyCapabilitySet> {
        self.tools.clone().map(|caps| PyCapabilitySet { caps })
    }

    /// Type-check `code` without running it and return every diagnostic (a list of
    /// `monty.TypeDiagnostic`, empty for a clean program). The program is checked
    /// with ty against `stubs` (Python stub text of the external functions) plus
    /// the stubs of `tools`, with `inputs` as variables of any type.
    #[staticmethod]
    #[pyo3(signature = (code, *, stubs = None, inputs = None, tools = None, script_name = "main.py"))]
    fn type_check<'py>(
        py: Python<'py>,
        code: &str,
        stubs: Option<&str>,
        inputs: Option<Vec<String>>,
        tools: Option<&Bound<'_, PyAny>>,
        script_name: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let tool_stubs = tools.map(tool_stubs).transpose()?;
        let stubs = check_stubs(stubs, tool_stubs.as_deref());
        let inputs = inputs.unwrap_or_default();
        typecheck::diagnostics(
            py,
            &CheckRequest {
                code,
                stubs: &stubs,
                inputs: &inputs,
                script_name,
            },
        )
    }

    /// The compiled program as bytes, for `Monty.load` (parsing is then paid once).
    fn dump<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        let header = [self.script_name.clone()];
        let bytes = envelope::encode(
            Kind::Program,
            &[&header, &self.input_names, &self.compiled_names],
            &self.runner.dump(),
        );
        PyBytes::new(py, &bytes)
    }

    /// Load a program written by `Monty.dump`.
    #[staticmethod]
    fn load(py: Python<'_>, data: &[u8]) -> PyResult<Self> {
        let (lists, core) = envelope::decode(Kind::Program, data).map_err(|e| snapshot_error(py, &e))?;
        let [header, input_names, external_names]: [Vec<String>; 3] = lists
            .try_into()
            .map_err(|_| snapshot_error(py, "unexpected dump layout"))?;
        let script_name = header.into_iter().next().unwrap_or_default();
        let runner = MontyRun::load(core).map_err(|e| monty_error(py, e))?;
        Ok(Self {
            runner,
            script_name,
            input_names,
            compiled_names: external_names.clone(),
            external_names,
            tools: None,
            code: None,
            allowed_imports: None,
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "Monty(script_name={:?}, inputs={:?}, external_functions={:?})",
            self.script_name, self.input_names, self.external_names
        )
    }
}

impl PyMonty {
    /// A program compiled with the names a run's tool set grants beyond those this
    /// one was compiled with (`None`: this one will do).
    fn runner_for(&self, py: Python<'_>, tools: Option<&CapabilitySet>) -> PyResult<Option<MontyRun>> {
        let Some(tools) = tools else { return Ok(None) };
        let extra: Vec<String> = tools
            .names()
            .into_iter()
            .filter(|n| !self.compiled_names.contains(n))
            .collect();
        if extra.is_empty() {
            return Ok(None);
        }
        if let Some(name) = extra.iter().find(|n| self.input_names.contains(n)) {
            return Err(PyTypeError::new_err(format!(
                "'{name}' is declared both as an input and as a tool"
            )));
        }
        let Some(code) = &self.code else {
            return Err(PyTypeError::new_err(format!(
                "this program was loaded without its source, so it cannot be given tools it was not \
                 compiled with ({}): pass them to Monty(..., tools=...) before dump()",
                list_names(&extra)
            )));
        };
        let mut names = self.compiled_names.clone();
        names.extend(extra);
        compile(
            code,
            &self.script_name,
            &self.input_names,
            &names,
            self.allowed_imports.as_ref(),
        )
        .map(Some)
        .map_err(|e| monty_error(py, e))
    }

    /// The inputs in declaration order; every declared name must be given, no other.
    fn convert_inputs(&self, inputs: Option<&Bound<'_, PyDict>>) -> PyResult<Vec<MontyObject>> {
        let Some(inputs) = inputs else {
            return match self.input_names.first() {
                None => Ok(Vec::new()),
                Some(name) => Err(PyTypeError::new_err(format!("missing input '{name}'"))),
            };
        };
        for key in inputs.keys() {
            let key: String = key.extract()?;
            if !self.input_names.contains(&key) {
                return Err(PyTypeError::new_err(format!(
                    "unexpected input '{key}' (declared inputs: {})",
                    list_names(&self.input_names)
                )));
            }
        }
        let mut out = Vec::with_capacity(self.input_names.len());
        for name in &self.input_names {
            let Some(value) = inputs.get_item(name)? else {
                return Err(PyTypeError::new_err(format!("missing input '{name}'")));
            };
            out.push(to_monty(&value).map_err(|e| {
                let py = value.py();
                PyErr::from_type(e.get_type(py), format!("input '{name}': {}", e.value(py)))
            })?);
        }
        Ok(out)
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
                    "external function '{name}' was not declared in Monty(..., external_functions=[...]) (declared: {})",
                    list_names(&self.external_names)
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

/// Compile with the import allow-list.
fn compile(
    code: &str,
    script_name: &str,
    inputs: &[String],
    externals: &[String],
    allowed_imports: Option<&Vec<String>>,
) -> Result<MontyRun, monty::MontyError> {
    MontyRun::compile(
        code,
        &CompileOptions {
            script_name: script_name.to_owned(),
            input_names: inputs.to_vec(),
            external_function_names: externals.to_vec(),
            allowed_imports: allowed_imports.cloned(),
        },
    )
}

/// The stub text a program is checked against: the given stubs, then the tools'.
fn check_stubs(stubs: Option<&str>, tool_stubs: Option<&str>) -> String {
    let mut text = stubs.unwrap_or_default().to_owned();
    if let Some(tool_stubs) = tool_stubs {
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(tool_stubs);
    }
    text
}

/// The stubs of a `tools=` argument: `ToolSet.stubs()` (which marks async tools
/// `async def`), or the Rust set's own rendering.
fn tool_stubs(tools: &Bound<'_, PyAny>) -> PyResult<String> {
    if tools.hasattr("_async_names")? {
        return tools.call_method0("stubs")?.extract();
    }
    Ok(extract_tools(tools)?.stubs())
}

/// Names for a message: `'a', 'b'` or `none`.
fn list_names(names: &[String]) -> String {
    if names.is_empty() {
        "none".to_owned()
    } else {
        names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ")
    }
}
