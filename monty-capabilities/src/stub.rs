//! [`PyStub`]: how a Rust type is written in a Python stub.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::rc::Rc;
use std::sync::Arc;

/// The Python annotation of a Rust type, as a `.pyi` stub shows it.
///
/// `#[monty::function]` requires it of every parameter and result type, so a
/// type without a mapping is an ordinary trait-bound error at that parameter.
/// Implemented for the common standard types (`i64` -> `int`, `Vec<T>` ->
/// `list[T]`, `Option<T>` -> `T | None`, ...). For your own serde types,
/// `#[derive(monty::PyStub)]` derives the annotation from the type's JSON
/// schema (see [`py_type_of`](crate::py_type_of)), or implement it by hand:
///
/// ```
/// struct Celsius(f64);
/// impl monty_capabilities::PyStub for Celsius {
///     fn py_type() -> String { "float".to_owned() }
/// }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no Python type for Monty stubs: it does not implement `PyStub`",
    label = "a host function's parameters and result need a Python annotation",
    note = "add `#[derive(monty::PyStub)]` to a serde + JsonSchema type, or implement `monty::PyStub` by hand"
)]
pub trait PyStub {
    /// The annotation, e.g. `list[int]` or `str | None`.
    fn py_type() -> String;

    /// The default a parameter of this type has when the caller leaves it out,
    /// as Python source: `Some("None")` for `Option<T>`; `None` makes the
    /// parameter required.
    const PY_DEFAULT: Option<&'static str> = None;
}

macro_rules! fixed {
    ($py:literal: $($t:ty),+) => {
        $(impl PyStub for $t {
            fn py_type() -> String { $py.to_owned() }
        })+
    };
}

fixed!("bool": bool);
fixed!("int": i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
fixed!("float": f32, f64);
fixed!("str": String, str, char);
fixed!("None": ());
fixed!("object": serde_json::Value);
fixed!("dict[str, object]": serde_json::Map<String, serde_json::Value>);

impl<T: PyStub> PyStub for Option<T> {
    fn py_type() -> String {
        format!("{} | None", T::py_type())
    }
    const PY_DEFAULT: Option<&'static str> = Some("None");
}

macro_rules! wrapper {
    ($($w:ident),+) => {
        $(impl<T: PyStub + ?Sized> PyStub for $w<T> {
            fn py_type() -> String { T::py_type() }
        })+
    };
}

wrapper!(Box, Rc, Arc);

impl<T: PyStub + ?Sized> PyStub for &T {
    fn py_type() -> String {
        T::py_type()
    }
}

impl<T: PyStub + ToOwned + ?Sized> PyStub for Cow<'_, T> {
    fn py_type() -> String {
        T::py_type()
    }
}

macro_rules! sequence {
    ($py:literal: $($t:ty),+) => {
        $(impl<T: PyStub> PyStub for $t {
            fn py_type() -> String { format!(concat!($py, "[{}]"), T::py_type()) }
        })+
    };
}

sequence!("list": Vec<T>, VecDeque<T>, [T]);
sequence!("set": HashSet<T>, BTreeSet<T>);

impl<T: PyStub, const N: usize> PyStub for [T; N] {
    fn py_type() -> String {
        format!("list[{}]", T::py_type())
    }
}

impl<K: PyStub, V: PyStub> PyStub for HashMap<K, V> {
    fn py_type() -> String {
        format!("dict[{}, {}]", K::py_type(), V::py_type())
    }
}

impl<K: PyStub, V: PyStub> PyStub for BTreeMap<K, V> {
    fn py_type() -> String {
        format!("dict[{}, {}]", K::py_type(), V::py_type())
    }
}

macro_rules! tuple {
    ($($name:ident),+) => {
        impl<$($name: PyStub),+> PyStub for ($($name,)+) {
            fn py_type() -> String {
                let items: Vec<String> = vec![$($name::py_type()),+];
                format!("tuple[{}]", items.join(", "))
            }
        }
    };
}

tuple!(A);
tuple!(A, B);
tuple!(A, B, C);
tuple!(A, B, C, D);
tuple!(A, B, C, D, E);
tuple!(A, B, C, D, E, F);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_types() {
        assert_eq!(<Option<Vec<(i32, String)>>>::py_type(), "list[tuple[int, str]] | None");
        assert_eq!(<HashMap<String, f64>>::py_type(), "dict[str, float]");
        assert_eq!(<Option<u8>>::PY_DEFAULT, Some("None"));
        assert_eq!(<u8>::PY_DEFAULT, None);
        assert_eq!(<()>::py_type(), "None");
        assert_eq!(<&str>::py_type(), "str");
    }
}
