//! `ResourceLimits`: the limits of a run, as a Python object (or a plain dict).

use std::time::Duration;

use monty::ResourceLimits;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// One limit argument: not given (keep the safe default), `None` (off) or a value.
#[derive(Debug, Clone, Copy)]
pub(crate) enum LimitArg<T> {
    /// The argument was not given.
    Default,
    /// `None`: switch the limit off.
    Off,
    /// A value.
    Set(T),
}

impl<'a, 'py, T: FromPyObject<'a, 'py>> FromPyObject<'a, 'py> for LimitArg<T> {
    type Error = T::Error;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        if obj.is_none() {
            Ok(Self::Off)
        } else {
            T::extract(obj).map(Self::Set)
        }
    }
}

impl<T> LimitArg<T> {
    fn apply(self, slot: &mut Option<T>) {
        match self {
            Self::Default => {}
            Self::Off => *slot = None,
            Self::Set(v) => *slot = Some(v),
        }
    }
}

/// Seconds as a [`Duration`], refusing negative, NaN and absurd values.
fn seconds(secs: f64) -> PyResult<Duration> {
    Duration::try_from_secs_f64(secs).map_err(|_| {
        PyValueError::new_err(format!(
            "max_duration must be a non-negative number of seconds, got {secs}"
        ))
    })
}

/// Resource limits of a run. An argument that is not given keeps its safe default
/// (100 MB of memory, 5 s, recursion depth 1000, 10 MB of output, no instruction
/// limit); `None` switches that limit off.
#[pyclass(module = "monty", name = "ResourceLimits", frozen, eq)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PyResourceLimits {
    pub(crate) inner: ResourceLimits,
}

#[pymethods]
impl PyResourceLimits {
    #[new]
    #[pyo3(signature = (
        *,
        max_memory = LimitArg::Default,
        max_duration = LimitArg::Default,
        max_instructions = LimitArg::Default,
        max_recursion_depth = LimitArg::Default,
        max_output_bytes = LimitArg::Default,
        max_host_calls = LimitArg::Default,
    ))]
    fn new(
        max_memory: LimitArg<usize>,
        max_duration: LimitArg<f64>,
        max_instructions: LimitArg<u64>,
        max_recursion_depth: LimitArg<usize>,
        max_output_bytes: LimitArg<usize>,
        max_host_calls: LimitArg<u64>,
    ) -> PyResult<Self> {
        let mut inner = ResourceLimits::default();
        max_memory.apply(&mut inner.max_memory);
        let max_duration = match max_duration {
            LimitArg::Default => LimitArg::Default,
            LimitArg::Off => LimitArg::Off,
            LimitArg::Set(secs) => LimitArg::Set(seconds(secs)?),
        };
        max_duration.apply(&mut inner.max_duration);
        max_instructions.apply(&mut inner.max_instructions);
        max_recursion_depth.apply(&mut inner.max_recursion_depth);
        max_output_bytes.apply(&mut inner.max_output_bytes);
        max_host_calls.apply(&mut inner.max_host_calls);
        Ok(Self { inner })
    }

    /// Every limit off. Only for trusted code.
    #[staticmethod]
    fn unlimited() -> Self {
        Self {
            inner: ResourceLimits::unlimited(),
        }
    }

    /// Bytes of live objects, or `None`.
    #[getter]
    fn max_memory(&self) -> Option<usize> {
        self.inner.max_memory
    }

    /// Seconds of execution, or `None`.
    #[getter]
    fn max_duration(&self) -> Option<f64> {
        self.inner.max_duration.map(|d| d.as_secs_f64())
    }

    /// Instructions executed, or `None`.
    #[getter]
    fn max_instructions(&self) -> Option<u64> {
        self.inner.max_instructions
    }

    /// Depth of nested Python calls, or `None`.
    #[getter]
    fn max_recursion_depth(&self) -> Option<usize> {
        self.inner.max_recursion_depth
    }

    /// Bytes written by `print`, or `None`.
    #[getter]
    fn max_output_bytes(&self) -> Option<usize> {
        self.inner.max_output_bytes
    }

    /// Calls of host functions, or `None`.
    #[getter]
    fn max_host_calls(&self) -> Option<u64> {
        self.inner.max_host_calls
    }

    fn __repr__(&self) -> String {
        fn show<T: std::fmt::Display>(v: Option<T>) -> String {
            v.map_or_else(|| "None".to_owned(), |v| v.to_string())
        }
        format!(
            "ResourceLimits(max_memory={}, max_duration={}, max_instructions={}, max_recursion_depth={}, max_output_bytes={}, max_host_calls={})",
            show(self.max_memory()),
            show(self.max_duration()),
            show(self.max_instructions()),
            show(self.max_recursion_depth()),
            show(self.max_output_bytes()),
            show(self.max_host_calls()),
        )
    }
}

/// The limits given as `limits=`: `None` (safe defaults), a `ResourceLimits`, or a
/// dict with the same keys (`max_duration_secs` is accepted for `max_duration`).
///
/// # Errors
/// `TypeError` for another type or an unknown key, `ValueError` for a bad duration.
pub(crate) fn extract_limits(limits: Option<&Bound<'_, PyAny>>) -> PyResult<ResourceLimits> {
    let Some(limits) = limits else {
        return Ok(ResourceLimits::default());
    };
    if limits.is_none() {
        return Ok(ResourceLimits::default());
    }
    if let Ok(l) = limits.cast::<PyResourceLimits>() {
        return Ok(l.get().inner.clone());
    }
    let Ok(dict) = limits.cast::<PyDict>() else {
        return Err(PyTypeError::new_err(format!(
            "limits must be a ResourceLimits or a dict, not '{}'",
            crate::convert::type_name(limits)
        )));
    };
    let mut out = ResourceLimits::default();
    for (key, value) in dict.iter() {
        let key: String = key.extract()?;
        match key.as_str() {
            "max_memory" => value.extract::<LimitArg<usize>>()?.apply(&mut out.max_memory),
            "max_duration" | "max_duration_secs" => match value.extract::<LimitArg<f64>>()? {
                LimitArg::Set(secs) => out.max_duration = Some(seconds(secs)?),
                LimitArg::Off | LimitArg::Default => out.max_duration = None,
            },
            "max_instructions" => value.extract::<LimitArg<u64>>()?.apply(&mut out.max_instructions),
            "max_recursion_depth" => value.extract::<LimitArg<usize>>()?.apply(&mut out.max_recursion_depth),
            "max_output_bytes" => value.extract::<LimitArg<usize>>()?.apply(&mut out.max_output_bytes),
            "max_host_calls" => value.extract::<LimitArg<u64>>()?.apply(&mut out.max_host_calls),
            other => {
                return Err(PyTypeError::new_err(format!(
                    "unknown resource limit '{other}' (known: max_memory, max_duration, max_instructions, max_recursion_depth, max_output_bytes, max_host_calls)"
                )));
            }
        }
    }
    Ok(out)
}
