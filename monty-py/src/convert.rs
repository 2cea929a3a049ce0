//! Values across the boundary: Python objects to [`MontyObject`] and back.
//!
//! Supported both ways: None, bool, int of any size, float, str, bytes, list,
//! tuple, dict, set and frozenset (subclasses convert as their base type).
//! Anything else is a `TypeError` naming the type. Host values are walked with
//! a depth bound ([`MAX_BOUNDARY_DEPTH`]) and cycle detection, so a cyclic or
//! absurdly deep value is refused with a `ValueError`, never a stack overflow.

use monty::{MAX_BOUNDARY_DEPTH, MontyObject};
use num_bigint::BigInt;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyFrozenSet, PyInt, PyList, PySet, PyString, PyTuple};

/// The types that cross the boundary, for error messages.
const SUPPORTED: &str = "None, bool, int, float, str, bytes, list, tuple, dict, set and frozenset";

/// Convert a Python value for the sandbox.
///
/// # Errors
/// `TypeError` for an unsupported type, `ValueError` for a cyclic or too deeply nested value.
pub(crate) fn to_monty(value: &Bound<'_, PyAny>) -> PyResult<MontyObject> {
    let mut ancestors = Vec::new();
    convert_in(value, &mut ancestors)
}

/// `ancestors` holds the identities of the containers being converted around `value`:
/// its length is the depth, and finding `value` among them means a cycle.
fn convert_in(value: &Bound<'_, PyAny>, ancestors: &mut Vec<usize>) -> PyResult<MontyObject> {
    if value.is_none() {
        return Ok(MontyObject::None);
    }
    if let Ok(b) = value.cast::<PyBool>() {
        return Ok(MontyObject::Bool(b.is_true()));
    }
    if let Ok(i) = value.cast::<PyInt>() {
        return Ok(match i.extract::<i64>() {
            Ok(small) => MontyObject::Int(small),
            Err(_) => MontyObject::BigInt(i.extract::<BigInt>()?),
        });
    }
    if let Ok(f) = value.cast::<PyFloat>() {
        return Ok(MontyObject::Float(f.value()));
    }
    if let Ok(s) = value.cast::<PyString>() {
        return Ok(MontyObject::Str(s.to_cow()?.into_owned()));
    }
    if let Ok(b) = value.cast::<PyBytes>() {
        return Ok(MontyObject::Bytes(b.as_bytes().to_vec()));
    }
    let is_container = value.is_instance_of::<PyList>()
        || value.is_instance_of::<PyTuple>()
        || value.is_instance_of::<PyDict>()
        || value.is_instance_of::<PySet>()
        || value.is_instance_of::<PyFrozenSet>();
    if !is_container {
        return Err(PyTypeError::new_err(format!(
            "cannot convert a value of type '{}' to a Monty value (supported: {SUPPORTED})",
            type_name(value)
        )));
    }
    let identity = value.as_ptr() as usize;
    if ancestors.contains(&identity) {
        return Err(PyValueError::new_err(format!(
            "cannot convert a cyclic {} to a Monty value (it contains itself)",
            type_name(value)
        )));
    }
    if ancestors.len() >= MAX_BOUNDARY_DEPTH {
        return Err(PyValueError::new_err(format!(
            "cannot convert a value nested more than {MAX_BOUNDARY_DEPTH} levels deep to a Monty value"
        )));
    }
    ancestors.push(identity);
    let converted = convert_container(value, ancestors);
    ancestors.pop();
    converted
}

fn convert_container(value: &Bound<'_, PyAny>, ancestors: &mut Vec<usize>) -> PyResult<MontyObject> {
    if let Ok(list) = value.cast::<PyList>() {
        let mut items = Vec::with_capacity(list.len());
        for item in list.iter() {
            items.push(convert_in(&item, ancestors)?);
        }
        return Ok(MontyObject::List(items));
    }
    if let Ok(tuple) = value.cast::<PyTuple>() {
        let mut items = Vec::with_capacity(tuple.len());
        for item in tuple.iter() {
            items.push(convert_in(&item, ancestors)?);
        }
        return Ok(MontyObject::Tuple(items));
    }
    if let Ok(dict) = value.cast::<PyDict>() {
        let mut pairs = Vec::with_capacity(dict.len());
        for (k, v) in dict.iter() {
            pairs.push((convert_in(&k, ancestors)?, convert_in(&v, ancestors)?));
        }
        return Ok(MontyObject::Dict(pairs));
    }
    if let Ok(set) = value.cast::<PySet>() {
        let mut items = Vec::with_capacity(set.len());
        for item in set.iter() {
            items.push(convert_in(&item, ancestors)?);
        }
        return Ok(MontyObject::Set(items));
    }
    if let Ok(set) = value.cast::<PyFrozenSet>() {
        let mut items = Vec::with_capacity(set.len());
        for item in set.iter() {
            items.push(convert_in(&item, ancestors)?);
        }
        return Ok(MontyObject::FrozenSet(items));
    }
    Err(PyTypeError::new_err(format!(
        "cannot convert a value of type '{}' to a Monty value (supported: {SUPPORTED})",
        type_name(value)
    )))
}

/// `type(value).__qualname__`, for messages.
pub(crate) fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .qualname()
        .map_or_else(|_| "?".to_owned(), |n| n.to_string())
}

/// Convert a sandbox value to Python.
///
/// # Errors
/// A Python error if an object cannot be created (for example out of memory),
/// or `ValueError` for a value nested deeper than a boundary value can be.
pub(crate) fn to_py<'py>(py: Python<'py>, value: &MontyObject) -> PyResult<Bound<'py, PyAny>> {
    to_py_in(py, value, 0)
}

/// Slack over [`MAX_BOUNDARY_DEPTH`]: exported values never exceed it, loaded ones are refused past it.
const TO_PY_DEPTH: usize = MAX_BOUNDARY_DEPTH + 8;

fn to_py_in<'py>(py: Python<'py>, value: &MontyObject, depth: usize) -> PyResult<Bound<'py, PyAny>> {
    if depth > TO_PY_DEPTH {
        return Err(PyValueError::new_err(format!(
            "a Monty value is nested more than {MAX_BOUNDARY_DEPTH} levels deep"
        )));
    }
    let items = |items: &[MontyObject]| -> PyResult<Vec<Bound<'py, PyAny>>> {
        items.iter().map(|v| to_py_in(py, v, depth + 1)).collect()
    };
    Ok(match value {
        MontyObject::None => py.None().into_bound(py),
        MontyObject::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        MontyObject::Int(i) => i.into_pyobject(py)?.into_any(),
        MontyObject::BigInt(i) => i.into_pyobject(py)?.into_any(),
        MontyObject::Float(f) => PyFloat::new(py, *f).into_any(),
        MontyObject::Str(s) => PyString::new(py, s).into_any(),
        MontyObject::Bytes(b) => PyBytes::new(py, b).into_any(),
        MontyObject::List(v) => PyList::new(py, items(v)?)?.into_any(),
        MontyObject::Tuple(v) => PyTuple::new(py, items(v)?)?.into_any(),
        MontyObject::Dict(pairs) => {
            let dict = PyDict::new(py);
            for (k, v) in pairs {
                dict.set_item(to_py_in(py, k, depth + 1)?, to_py_in(py, v, depth + 1)?)?;
            }
            dict.into_any()
        }
        MontyObject::Set(v) => PySet::new(py, items(v)?)?.into_any(),
        MontyObject::FrozenSet(v) => PyFrozenSet::new(py, items(v)?)?.into_any(),
        MontyObject::Repr { type_name, repr } => Bound::new(
            py,
            MontyRepr {
                type_name: type_name.clone(),
                repr: repr.clone(),
            },
        )?
        .into_any(),
    })
}

/// A sandbox value with no Python equivalent (a function, a range, an instance of
/// a class defined in the sandbox, ...), given by its type name and `repr()`.
#[pyclass(module = "monty", name = "MontyRepr", frozen, eq)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MontyRepr {
    /// `type(x).__name__` inside the sandbox.
    #[pyo3(get)]
    type_name: String,
    /// `repr(x)` inside the sandbox.
    #[pyo3(get)]
    repr: String,
}

#[pymethods]
impl MontyRepr {
    fn __repr__(&self) -> String {
        self.repr.clone()
    }

    fn __str__(&self) -> String {
        self.repr.clone()
    }
}
