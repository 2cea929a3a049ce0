//! `MontyObject`: the one owned value that crosses the sandbox boundary.
//!
//! Inputs, results and host-call arguments are `MontyObject`s. They own their
//! data (no heap ids), are serde-serializable, and are depth-bounded: the VM
//! refuses to export data nested deeper than [`MAX_BOUNDARY_DEPTH`], so dropping,
//! printing or serializing one never recurses without bound.

use std::fmt::Write as _;

use num_bigint::BigInt;

use crate::object::float_repr::float_repr;
use crate::object::str_repr::{bytes_repr, str_repr};

/// How deeply nested a boundary value may be.
pub const MAX_BOUNDARY_DEPTH: usize = 200;

/// A Python value owned by the host.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum MontyObject {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// An int of any size.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A str.
    Str(String),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// A list.
    List(Vec<MontyObject>),
    /// A tuple.
    Tuple(Vec<MontyObject>),
    /// A dict, in insertion order.
    Dict(Vec<(MontyObject, MontyObject)>),
    /// A set, in iteration order.
    Set(Vec<MontyObject>),
    /// A frozenset, in iteration order.
    FrozenSet(Vec<MontyObject>),
    /// A value with no boundary form (a function, a range, ...), given by its type name and `repr()`.
    Repr {
        /// `type(x).__name__`
        type_name: String,
        /// `repr(x)`
        repr: String,
    },
}

impl MontyObject {
    /// CPython's `repr()` of the value.
    #[must_use]
    pub fn py_repr(&self) -> String {
        let mut out = String::new();
        self.write_repr(&mut out);
        out
    }

    fn write_repr(&self, out: &mut String) {
        match self {
            Self::None => out.push_str("None"),
            Self::Bool(true) => out.push_str("True"),
            Self::Bool(false) => out.push_str("False"),
            Self::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Self::BigInt(i) => {
                let _ = write!(out, "{i}");
            }
            Self::Float(f) => out.push_str(&float_repr(*f)),
            Self::Str(s) => out.push_str(&str_repr(s)),
            Self::Bytes(b) => out.push_str(&bytes_repr(b)),
            Self::List(items) => write_seq(out, "[", "]", items),
            Self::Tuple(items) => {
                if items.len() == 1 {
                    out.push('(');
                    items[0].write_repr(out);
                    out.push_str(",)");
                } else {
                    write_seq(out, "(", ")", items);
                }
            }
            Self::Dict(pairs) => {
                out.push('{');
                for (i, (k, v)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    k.write_repr(out);
                    out.push_str(": ");
                    v.write_repr(out);
                }
                out.push('}');
            }
            Self::Set(items) => {
                if items.is_empty() {
                    out.push_str("set()");
                } else {
                    write_seq(out, "{", "}", items);
                }
            }
            Self::FrozenSet(items) => {
                if items.is_empty() {
                    out.push_str("frozenset()");
                } else {
                    out.push_str("frozenset(");
                    write_seq(out, "{", "}", items);
                    out.push(')');
                }
            }
            Self::Repr { repr, .. } => out.push_str(repr),
        }
    }

    /// Convert JSON into a boundary value (objects become dicts, arrays lists).
    #[must_use]
    pub fn from_json(value: &serde_json::Value) -> Self {
        match value {
            serde_json::Value::Null => Self::None,
            serde_json::Value::Bool(b) => Self::Bool(*b),
            serde_json::Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Self::Int(i)
                } else if let Some(u) = n.as_u64() {
                    Self::BigInt(BigInt::from(u))
                } else {
                    Self::Float(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            serde_json::Value::String(s) => Self::Str(s.clone()),
            serde_json::Value::Array(items) => Self::List(items.iter().map(Self::from_json).collect()),
            serde_json::Value::Object(map) => Self::Dict(
                map.iter()
                    .map(|(k, v)| (Self::Str(k.clone()), Self::from_json(v)))
                    .collect(),
            ),
        }
    }
}

fn write_seq(out: &mut String, open: &str, close: &str, items: &[MontyObject]) {
    out.push_str(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        item.write_repr(out);
    }
    out.push_str(close);
}
