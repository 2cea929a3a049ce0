//! `_CapabilitySet`: the Rust [`CapabilitySet`] behind `monty.ToolSet`.
//!
//! Python tools become [`HostFunction`]s built from the signature that
//! `monty/_tools.py` reads off the type hints (annotations and JSON schemas),
//! so their stubs, prompt and JSON tool list come from the same Rust renderers
//! as `#[monty::function]`s. The Rust capability families compiled into the
//! wheel (clock, environment allow-list, mounted directories, HTTP) and any
//! registered Rust function are granted here too.

use std::cell::RefCell;

use monty::{
    BoundArgs, CapabilitySet, Clock, Entropy, Env, Fs, HostError, HostFunction, Http, MontyObject, Mount, Param,
    ToolFormat, py_type_of_schema,
};
use pyo3::exceptions::{PyKeyError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use serde_json::Value;

use crate::convert::{to_monty, to_py};
use crate::errors::{HostRaise, host_raise};
use crate::host::result_to_monty;

thread_local! {
    /// A Python error that must end the current run (KeyboardInterrupt, SystemExit, ...)
    /// raised by a Python tool: the tool's closure cannot reach the run's context, so it
    /// leaves the error here and [`take_tool_abort`] hands it over on the same thread.
    static TOOL_ABORT: RefCell<Option<PyErr>> = const { RefCell::new(None) };
}

/// The error a Python tool left for the run to re-raise, if any.
pub(crate) fn take_tool_abort() -> Option<PyErr> {
    TOOL_ABORT.with(|slot| slot.borrow_mut().take())
}

/// The host functions a `monty.ToolSet` grants (internal: use `monty.ToolSet`).
#[pyclass(module = "monty._monty", name = "_CapabilitySet")]
#[derive(Default, Clone)]
pub(crate) struct PyCapabilitySet {
    pub(crate) caps: CapabilitySet,
}

/// A JSON text argument from `_tools.py`.
fn parse_json(what: &str, text: &str) -> PyResult<Value> {
    serde_json::from_str(text).map_err(|e| PyValueError::new_err(format!("invalid JSON schema for {what}: {e}")))
}

/// `schema` with the function's shared `$defs`, so `$ref`s resolve when reading its annotation.
fn with_defs(schema: &Value, defs: &Value) -> Value {
    match (schema, defs.as_object()) {
        (Value::Object(obj), Some(d)) if !d.is_empty() => {
            let mut obj = obj.clone();
            obj.insert("$defs".to_owned(), defs.clone());
            Value::Object(obj)
        }
        _ => schema.clone(),
    }
}

#[pymethods]
impl PyCapabilitySet {
    #[new]
    fn new() -> Self {
        Self::default()
    }

    /// Grant a Python callable as a host function. `params` holds one
    /// `(name, default_source_or_None, doc, schema_json)` per parameter, whose
    /// `$ref`s point into `defs_json` (an object); `result_schema` is a root
    /// schema with its own `$defs`. `invoke(given: dict)` is called with the
    /// arguments the program passed, already bound to parameter names.
    #[pyo3(signature = (name, group, doc, params, result_schema, defs, invoke))]
    #[allow(clippy::too_many_arguments)]
    fn add_python(
        &mut self,
        name: String,
        group: Option<String>,
        doc: String,
        params: Vec<(String, Option<String>, String, String)>,
        result_schema: &str,
        defs: &str,
        invoke: Py<PyAny>,
    ) -> PyResult<()> {
        let defs = parse_json(&name, defs)?;
        let mut builder = HostFunction::builder(name.clone()).doc(doc);
        if let Some(group) = group {
            builder = builder.group(group);
        }
        let mut names = Vec::with_capacity(params.len());
        for (pname, default, pdoc, schema) in params {
            let schema = parse_json(&pname, &schema)?;
            let py_type = py_type_of_schema(&with_defs(&schema, &defs));
            names.push(pname.clone());
            builder = builder.param_spec(Param {
                name: pname,
                py_type,
                default,
                doc: pdoc,
                schema,
            });
        }
        let result_schema = parse_json("the result", result_schema)?;
        let returns = py_type_of_schema(&result_schema);
        if let Value::Object(defs) = defs {
            builder = builder.definitions(defs);
        }
        let function = builder
            .returns_spec(returns, result_schema)
            .build(move |args| call_python(&name, &names, &invoke, args));
        self.caps = std::mem::take(&mut self.caps).grant_fn(function);
        Ok(())
    }

    /// Grant a Rust function (or group) registered with `#[monty::function]` in the wheel.
    fn grant_registered(&mut self, name: &str) -> PyResult<()> {
        let caps = std::mem::take(&mut self.caps);
        match caps.clone().grant(name) {
            Ok(granted) => {
                self.caps = granted;
                Ok(())
            }
            Err(e) => {
                self.caps = caps;
                Err(PyKeyError::new_err(e.to_string()))
            }
        }
    }

    /// Grant `now()`, `timestamp()` and `monotonic()`: `clock` is `system`, seconds
    /// since the Unix epoch, or a UTC instant in ISO 8601.
    fn grant_clock(&mut self, clock: &str) -> PyResult<()> {
        let clock = Clock::parse(clock).map_err(|e| PyValueError::new_err(e.to_string()))?;
        self.caps = std::mem::take(&mut self.caps).with(&clock);
        Ok(())
    }

    /// Grant `http_get()` and `http_request()` to `hosts` only, with an optional
    /// response size limit (bytes) and deadline per call (seconds).
    #[pyo3(signature = (hosts, max_bytes = None, timeout = None))]
    fn grant_http(&mut self, hosts: Vec<String>, max_bytes: Option<u64>, timeout: Option<f64>) -> PyResult<()> {
        let mut http = Http::allow(&hosts).map_err(|e| PyValueError::new_err(e.to_string()))?;
        if let Some(bytes) = max_bytes {
            http = http.max_response_bytes(bytes);
        }
        if let Some(seconds) = timeout {
            let timeout = std::time::Duration::try_from_secs_f64(seconds)
                .ok()
                .filter(|t| !t.is_zero())
                .ok_or_else(|| {
                    PyValueError::new_err(format!("timeout must be a positive number of seconds, not {seconds}"))
                })?;
            http = http.timeout(timeout);
        }
        self.caps = std::mem::take(&mut self.caps).with(&http);
        Ok(())
    }

    /// Grant `random_bytes(n)`, the host's entropy: unseeded `random`
    /// generators, `SystemRandom`, `secrets`, `os.urandom` and `uuid4` draw from it.
    fn grant_random(&mut self) {
        self.caps = std::mem::take(&mut self.caps).with(&Entropy::system());
    }

    /// Grant `getenv()`, reading only `names` of the process environment, or
    /// exactly `values` when given.
    #[pyo3(signature = (names, values = None))]
    fn grant_env(&mut self, names: Vec<String>, values: Option<Vec<(String, String)>>) -> PyResult<()> {
        let env = match values {
            Some(values) => Env::fixed(values),
            None => Env::allow(names),
        }
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
        self.caps = std::mem::take(&mut self.caps).with(&env);
        Ok(())
    }

    /// Grant `read_text()`, `write_text()` and `list_dir()` over these mounts:
    /// `(host_dir, at, writable, max_file_bytes)` each.
    fn mount(&mut self, mounts: Vec<(String, String, bool, u64)>) -> PyResult<()> {
        let mut fs = Fs::new();
        for (host_dir, at, writable, max_bytes) in mounts {
            let mount = if writable {
                Mount::read_write(&host_dir, &at)
            } else {
                Mount::read_only(&host_dir, &at)
            }
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
            fs = fs.mount(mount.max_file_bytes(max_bytes));
        }
        self.caps = std::mem::take(&mut self.caps).with(&fs);
        Ok(())
    }

    /// Withdraw a granted function; unknown names are ignored.
    fn revoke(&mut self, name: &str) {
        self.caps = std::mem::take(&mut self.caps).revoke(name);
    }

    /// The granted names, sorted.
    fn names(&self) -> Vec<String> {
        self.caps.names()
    }

    /// `name(params) -> result` of a granted function.
    fn signature(&self, name: &str) -> PyResult<String> {
        self.caps
            .get(name)
            .map(HostFunction::signature)
            .ok_or_else(|| PyKeyError::new_err(name.to_owned()))
    }

    /// The group of a granted function.
    fn group(&self, name: &str) -> PyResult<Option<String>> {
        self.caps
            .get(name)
            .map(|f| f.group().map(str::to_owned))
            .ok_or_else(|| PyKeyError::new_err(name.to_owned()))
    }

    /// The `.pyi` stubs of everything granted.
    fn stubs(&self) -> String {
        self.caps.stubs()
    }

    /// The code-mode prompt.
    fn prompt(&self) -> String {
        self.caps.prompt()
    }

    /// The JSON tool list as text, `format` `openai` or `anthropic`.
    fn tools_json(&self, format: &str) -> PyResult<String> {
        let format = match format {
            "openai" => ToolFormat::OpenAi,
            "anthropic" => ToolFormat::Anthropic,
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown tool format {other:?}: expected 'openai' or 'anthropic'"
                )));
            }
        };
        serde_json::to_string(&self.caps.tools_json(format)).map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// The JSON schemas of a granted function's parameters and result, as text.
    fn schemas(&self, name: &str) -> PyResult<(String, String)> {
        let f = self
            .caps
            .get(name)
            .ok_or_else(|| PyKeyError::new_err(name.to_owned()))?;
        let text = |v: &Value| serde_json::to_string(v).map_err(|e| PyValueError::new_err(e.to_string()));
        Ok((text(f.params_schema())?, text(f.result_schema())?))
    }

    /// Call a granted function as the program would: `(ok, value)` with the result,
    /// or `(False, (exc_type, message))` with the exception the program would see.
    #[pyo3(signature = (name, args, kwargs = None))]
    fn call(
        &self,
        py: Python<'_>,
        name: &str,
        args: &Bound<'_, PyTuple>,
        kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<(bool, Py<PyAny>)> {
        let args = args.iter().map(|a| to_monty(&a)).collect::<PyResult<Vec<_>>>()?;
        let mut kw = Vec::new();
        if let Some(kwargs) = kwargs {
            for (k, v) in kwargs.iter() {
                kw.push((k.extract::<String>()?, to_monty(&v)?));
            }
        }
        let caps = &self.caps;
        let outcome = py.detach(|| caps.call(name, args, kw));
        if let Some(err) = take_tool_abort() {
            return Err(err);
        }
        match outcome {
            Ok(value) => Ok((true, to_py(py, &value)?.unbind())),
            Err(e) => Ok((false, (e.exc_type, e.message).into_pyobject(py)?.into_any().unbind())),
        }
    }

    fn __len__(&self) -> usize {
        self.caps.len()
    }

    fn __contains__(&self, name: &str) -> bool {
        self.caps.get(name).is_some()
    }

    /// An independent copy.
    fn copy(&self) -> Self {
        self.clone()
    }
}

/// Answer a call of a Python tool: `invoke(given)` with the bound arguments.
fn call_python(
    name: &str,
    names: &[String],
    invoke: &Py<PyAny>,
    mut args: BoundArgs<'_>,
) -> Result<MontyObject, HostError> {
    let given: Vec<(String, MontyObject)> = names
        .iter()
        .enumerate()
        .filter_map(|(i, n)| args.take_raw(i).map(|v| (n.clone(), v)))
        .collect();
    Python::attach(|py| {
        let call = || -> PyResult<Bound<'_, PyAny>> {
            let dict = PyDict::new(py);
            for (k, v) in &given {
                dict.set_item(k, to_py(py, v)?)?;
            }
            invoke.bind(py).call1((dict,))
        };
        match call() {
            Ok(result) => result_to_monty(&result, name),
            Err(err) => match host_raise(py, err) {
                HostRaise::Deliver(e) => Err(e),
                HostRaise::Abort(e) => {
                    TOOL_ABORT.with(|slot| *slot.borrow_mut() = Some(e));
                    Err(HostError::new("RuntimeError", "run cancelled by the host"))
                }
            },
        }
    })
}

/// The capability set of a `monty.ToolSet` (its `_core`) or of a `_CapabilitySet`.
///
/// # Errors
/// `TypeError` for anything else.
pub(crate) fn extract_tools(value: &Bound<'_, PyAny>) -> PyResult<CapabilitySet> {
    if let Ok(set) = value.cast::<PyCapabilitySet>() {
        return Ok(set.borrow().caps.clone());
    }
    if let Ok(core) = value.getattr("_core")
        && let Ok(set) = core.cast::<PyCapabilitySet>()
    {
        return Ok(set.borrow().caps.clone());
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!(
        "tools= takes a monty.ToolSet, not '{}'",
        crate::convert::type_name(value)
    )))
}
