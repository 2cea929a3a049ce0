//! Conversion between the boundary value [`MontyObject`] and Rust types, through JSON.
//!
//! Arguments go `MontyObject` -> `serde_json::Value` -> `T: Deserialize`;
//! results go `T: Serialize` -> `serde_json::Value` -> `MontyObject`. JSON is
//! the common ground with the JSON schemas the functions advertise, so what
//! the schema promises is exactly what conversion accepts.

use monty_core::{HostError, MontyObject};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Number, Value};

/// Why a Python value has no JSON form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NotJson {
    /// A value of this Python type (a function, a range, ...).
    Type(String),
    /// A dict key of this Python type (JSON keys are strings).
    Key(String),
    /// An int outside the 64-bit range.
    BigInt,
    /// `nan` or an infinity.
    NonFinite,
}

/// `type(x).__name__` of a boundary value.
pub(crate) fn type_name(value: &MontyObject) -> &str {
    match value {
        MontyObject::None => "NoneType",
        MontyObject::Bool(_) => "bool",
        MontyObject::Int(_) | MontyObject::BigInt(_) => "int",
        MontyObject::Float(_) => "float",
        MontyObject::Str(_) => "str",
        MontyObject::Bytes(_) => "bytes",
        MontyObject::List(_) => "list",
        MontyObject::Tuple(_) => "tuple",
        MontyObject::Dict(_) => "dict",
        MontyObject::Set(_) => "set",
        MontyObject::FrozenSet(_) => "frozenset",
        MontyObject::Repr { type_name, .. } => type_name,
    }
}

/// The JSON form of a Python value: lists, tuples and sets become arrays,
/// bytes an array of ints, dicts objects (int and bool keys as their JSON text).
///
/// Recursion is bounded: boundary values are at most
/// [`MAX_BOUNDARY_DEPTH`](monty_core::MAX_BOUNDARY_DEPTH) deep.
pub(crate) fn to_json(value: &MontyObject) -> Result<Value, NotJson> {
    Ok(match value {
        MontyObject::None => Value::Null,
        MontyObject::Bool(b) => Value::Bool(*b),
        MontyObject::Int(i) => Value::Number((*i).into()),
        MontyObject::BigInt(i) => {
            let n = u64::try_from(i).map_err(|_| NotJson::BigInt)?;
            Value::Number(n.into())
        }
        MontyObject::Float(f) => Value::Number(Number::from_f64(*f).ok_or(NotJson::NonFinite)?),
        MontyObject::Str(s) => Value::String(s.clone()),
        MontyObject::Bytes(b) => Value::Array(b.iter().map(|&byte| Value::Number(byte.into())).collect()),
        MontyObject::List(items)
        | MontyObject::Tuple(items)
        | MontyObject::Set(items)
        | MontyObject::FrozenSet(items) => Value::Array(items.iter().map(to_json).collect::<Result<_, _>>()?),
        MontyObject::Dict(pairs) => {
            let mut map = Map::with_capacity(pairs.len());
            for (k, v) in pairs {
                let key = match k {
                    MontyObject::Str(s) => s.clone(),
                    MontyObject::Int(i) => i.to_string(),
                    MontyObject::BigInt(i) => i.to_string(),
                    MontyObject::Bool(b) => b.to_string(),
                    other => return Err(NotJson::Key(type_name(other).to_owned())),
                };
                map.insert(key, to_json(v)?);
            }
            Value::Object(map)
        }
        MontyObject::Repr { type_name, .. } => return Err(NotJson::Type(type_name.clone())),
    })
}

/// Convert a Python value into a Rust value, through its JSON form.
///
/// # Errors
/// A description of the mismatch (the value has no JSON form, or the type
/// rejects it); host functions word it as a Python `TypeError`.
pub fn from_object<T: DeserializeOwned>(value: &MontyObject) -> Result<T, String> {
    let json = to_json(value).map_err(|e| not_json_message(&e))?;
    serde_json::from_value(json).map_err(|e| e.to_string())
}

/// Convert a Rust value into a Python value, through its JSON form (maps become
/// dicts in key order, sequences lists, `None`/unit `None`).
///
/// # Errors
/// The value's `Serialize` implementation failed (for example a map with
/// non-string keys).
pub fn to_object<T: Serialize + ?Sized>(value: &T) -> Result<MontyObject, String> {
    let json = serde_json::to_value(value).map_err(|e| e.to_string())?;
    Ok(MontyObject::from_json(&json))
}

/// A host function's successful result as the value the program receives.
pub(crate) fn result_to_object<T: Serialize + ?Sized>(function: &str, value: &T) -> Result<MontyObject, HostError> {
    to_object(value).map_err(|e| {
        HostError::new(
            "TypeError",
            format!("{function}() returned a value with no Python form: {e}"),
        )
    })
}

fn not_json_message(err: &NotJson) -> String {
    match err {
        NotJson::Type(t) => format!("a '{t}' object cannot be passed to a host function"),
        NotJson::Key(t) => format!("dict keys must be str or int, not {t}"),
        NotJson::BigInt => "int too large to convert".to_owned(),
        NotJson::NonFinite => "nan and infinities cannot be passed to a host function".to_owned(),
    }
}

/// Bind one argument to the parameter's Rust type, wording failures as Python exceptions:
/// `f() argument 'x' must be str, not int` for a wrong type at the top level, else
/// `f() argument 'x': <what serde said>` with the path inside the value.
pub(crate) fn argument<T: DeserializeOwned>(
    function: &str,
    param: &str,
    py_type: &str,
    value: &MontyObject,
) -> Result<T, HostError> {
    let json = match to_json(value) {
        Ok(json) => json,
        Err(NotJson::BigInt) => {
            return Err(HostError::new(
                "OverflowError",
                format!("{function}() argument '{param}': int too large to convert"),
            ));
        }
        Err(err) => {
            return Err(HostError::new(
                "TypeError",
                format!("{function}() argument '{param}': {}", not_json_message(&err)),
            ));
        }
    };
    serde_path_to_error::deserialize::<_, T>(json).map_err(|err| {
        let at = display_path(err.path());
        let inner = err.into_inner().to_string();
        let is_type_error = inner.starts_with("invalid type")
            || inner.starts_with("missing field")
            || inner.starts_with("unknown field");
        if at.is_empty() && inner.starts_with("invalid type") {
            return HostError::new(
                "TypeError",
                format!(
                    "{function}() argument '{param}' must be {py_type}, not {}",
                    type_name(value)
                ),
            );
        }
        let at = if at.is_empty() { at } else { format!(" at {at}") };
        let exc = if is_type_error { "TypeError" } else { "ValueError" };
        HostError::new(exc, format!("{function}() argument '{param}'{at}: {inner}"))
    })
}

/// The place inside an argument where conversion failed, as Python subscripts: `[0]['price']`.
fn display_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => out.push_str(&format!("['{key}']")),
            Segment::Unknown => out.push_str("[?]"),
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_json() {
        let value = MontyObject::Dict(vec![
            (
                MontyObject::Str("b".into()),
                MontyObject::List(vec![MontyObject::Int(1), MontyObject::Float(2.5)]),
            ),
            (MontyObject::Int(3), MontyObject::None),
        ]);
        let json = to_json(&value).unwrap();
        assert_eq!(json.to_string(), r#"{"b":[1,2.5],"3":null}"#);
        assert_eq!(
            MontyObject::from_json(&json),
            MontyObject::Dict(vec![
                (
                    MontyObject::Str("b".into()),
                    MontyObject::List(vec![MontyObject::Int(1), MontyObject::Float(2.5)])
                ),
                (MontyObject::Str("3".into()), MontyObject::None),
            ])
        );
    }

    #[test]
    fn values_without_json_form() {
        let f = MontyObject::Repr {
            type_name: "function".into(),
            repr: "<function f>".into(),
        };
        assert_eq!(to_json(&f), Err(NotJson::Type("function".into())));
        assert_eq!(to_json(&MontyObject::Float(f64::NAN)), Err(NotJson::NonFinite));
        let k = MontyObject::Dict(vec![(MontyObject::Tuple(vec![]), MontyObject::None)]);
        assert_eq!(to_json(&k), Err(NotJson::Key("tuple".into())));
    }
}
