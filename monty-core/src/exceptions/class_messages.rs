//! CPython's messages for classes, instances and their protocols.

use super::{ExcType, RunError, exc};

/// `TypeError: C() takes no arguments`
#[cold]
pub(crate) fn takes_no_arguments(class: &str) -> RunError {
    exc(ExcType::TypeError, format!("{class}() takes no arguments"))
}

/// `TypeError: C() takes no keyword arguments`
#[cold]
pub(crate) fn takes_no_keyword_arguments(class: &str) -> RunError {
    exc(ExcType::TypeError, format!("{class}() takes no keyword arguments"))
}

/// `TypeError: __init__() should return None, not 'int'`
#[cold]
pub(crate) fn init_returned(type_name: &str) -> RunError {
    exc(
        ExcType::TypeError,
        format!("__init__() should return None, not '{type_name}'"),
    )
}

/// `AttributeError: type object 'C' has no attribute 'x'`
#[cold]
pub(crate) fn class_no_attribute(class: &str, attr: &str) -> RunError {
    exc(
        ExcType::AttributeError,
        format!("type object '{class}' has no attribute '{attr}'"),
    )
}

/// `AttributeError: property 'x' of 'C' object has no getter` (`setter`, `deleter`)
#[cold]
pub(crate) fn property_missing(attr: &str, class: &str, what: &str) -> RunError {
    exc(
        ExcType::AttributeError,
        format!("property '{attr}' of '{class}' object has no {what}"),
    )
}

/// `TypeError: duplicate base class A`
#[cold]
pub(crate) fn duplicate_base(name: &str) -> RunError {
    exc(ExcType::TypeError, format!("duplicate base class {name}"))
}

/// `TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B` (with the line break)
#[cold]
pub(crate) fn inconsistent_mro(names: &str) -> RunError {
    exc(
        ExcType::TypeError,
        format!("Cannot create a consistent method resolution\norder (MRO) for bases {names}"),
    )
}

/// `TypeError: object.__init__() takes exactly one argument (the instance to initialize)`
#[cold]
pub(crate) fn object_init_args() -> RunError {
    exc(
        ExcType::TypeError,
        "object.__init__() takes exactly one argument (the instance to initialize)",
    )
}

/// `RuntimeError: super(): no arguments`
#[cold]
pub(crate) fn super_no_arguments() -> RunError {
    exc(ExcType::RuntimeError, "super(): no arguments")
}

/// `TypeError: super(type, obj): obj must be an instance or subtype of type`
#[cold]
pub(crate) fn super_bad_obj() -> RunError {
    exc(
        ExcType::TypeError,
        "super(type, obj): obj must be an instance or subtype of type",
    )
}

/// `AttributeError: 'super' object has no attribute 'x'`
#[cold]
pub(crate) fn super_no_attribute(attr: &str) -> RunError {
    exc(
        ExcType::AttributeError,
        format!("'super' object has no attribute '{attr}'"),
    )
}

/// `TypeError: 'C' object does not support the context manager protocol`
#[cold]
pub(crate) fn not_context_manager(type_name: &str) -> RunError {
    exc(
        ExcType::TypeError,
        format!("'{type_name}' object does not support the context manager protocol"),
    )
}

/// `TypeError: unsupported format string passed to C.__format__`
#[cold]
pub(crate) fn unsupported_format_string(type_name: &str) -> RunError {
    exc(
        ExcType::TypeError,
        format!("unsupported format string passed to {type_name}.__format__"),
    )
}

/// `TypeError: iter() returned non-iterator of type 'int'`
#[cold]
pub(crate) fn iter_returned_non_iterator(type_name: &str) -> RunError {
    exc(
        ExcType::TypeError,
        format!("iter() returned non-iterator of type '{type_name}'"),
    )
}

/// `TypeError: __str__ returned non-string (type int)` (also `__repr__`)
#[cold]
pub(crate) fn returned_non_string(method: &str, type_name: &str) -> RunError {
    exc(
        ExcType::TypeError,
        format!("{method} returned non-string (type {type_name})"),
    )
}

/// `TypeError: __bool__ should return bool, returned int`
#[cold]
pub(crate) fn bool_returned(type_name: &str) -> RunError {
    exc(
        ExcType::TypeError,
        format!("__bool__ should return bool, returned {type_name}"),
    )
}

/// `TypeError: 'float' object cannot be interpreted as an integer`
#[cold]
pub(crate) fn len_returned(type_name: &str) -> RunError {
    exc(
        ExcType::TypeError,
        format!("'{type_name}' object cannot be interpreted as an integer"),
    )
}

/// `NotImplementedError: subclassing the builtin type 'int' is not supported yet`
#[cold]
pub(crate) fn builtin_base_unsupported(type_name: &str) -> RunError {
    exc(
        ExcType::NotImplementedError,
        format!("subclassing the builtin type '{type_name}' is not supported yet"),
    )
}

/// `TypeError: Can't instantiate abstract class Shape with abstract methods area, perimeter`
/// (3.11 wording; one method: `... with abstract method area`)
#[cold]
pub(crate) fn abstract_instantiation(class: &str, methods: &[String]) -> RunError {
    let plural = if methods.len() == 1 { "" } else { "s" };
    exc(
        ExcType::TypeError,
        format!(
            "Can't instantiate abstract class {class} with abstract method{plural} {}",
            methods.join(", ")
        ),
    )
}
