//! One function per CPython error message. Each doc comment quotes CPython's output.

use super::{ExcType, RunError, exc};

/// `TypeError: 'int' object is not callable`
#[cold]
pub(crate) fn not_callable(type_name: &str) -> RunError {
    exc(ExcType::TypeError, format!("'{type_name}' object is not callable"))
}

/// `TypeError: unsupported operand type(s) for +: 'int' and 'str'`
#[cold]
pub(crate) fn unsupported_operands(op: &str, a: &str, b: &str) -> RunError {
    exc(
        ExcType::TypeError,
        format!("unsupported operand type(s) for {op}: '{a}' and '{b}'"),
    )
}

/// `TypeError: bad operand type for unary -: 'str'`
#[cold]
pub(crate) fn bad_unary_operand(op: &str, a: &str) -> RunError {
    exc(ExcType::TypeError, format!("bad operand type for unary {op}: '{a}'"))
}

/// `TypeError: '<' not supported between instances of 'int' and 'str'`
#[cold]
pub(crate) fn unorderable(op: &str, a: &str, b: &str) -> RunError {
    exc(
        ExcType::TypeError,
        format!("'{op}' not supported between instances of '{a}' and '{b}'"),
    )
}

/// `TypeError: unhashable type: 'list'`
#[cold]
pub(crate) fn unhashable(type_name: &str) -> RunError {
    exc(ExcType::TypeError, format!("unhashable type: '{type_name}'"))
}

/// `TypeError: 'int' object is not iterable`
#[cold]
pub(crate) fn not_iterable(type_name: &str) -> RunError {
    exc(ExcType::TypeError, format!("'{type_name}' object is not iterable"))
}

/// `TypeError: 'int' object is not subscriptable`
#[cold]
pub(crate) fn not_subscriptable(type_name: &str) -> RunError {
    exc(ExcType::TypeError, format!("'{type_name}' object is not subscriptable"))
}

/// `TypeError: object of type 'int' has no len()`
#[cold]
pub(crate) fn no_len(type_name: &str) -> RunError {
    exc(ExcType::TypeError, format!("object of type '{type_name}' has no len()"))
}

/// `AttributeError: 'int' object has no attribute 'foo'`
#[cold]
pub(crate) fn no_attribute(type_name: &str, attr: &str) -> RunError {
    exc(
        ExcType::AttributeError,
        format!("'{type_name}' object has no attribute '{attr}'"),
    )
}

/// `IndexError: list index out of range`
#[cold]
pub(crate) fn index_out_of_range(what: &str) -> RunError {
    exc(ExcType::IndexError, format!("{what} index out of range"))
}

/// `TypeError: list indices must be integers or slices, not str`
/// (`what` is the owner as `index_out_of_range` words it: `range object` reads `range` here;
/// strings say `string indices must be integers, not 'str'`).
#[cold]
pub(crate) fn bad_index_type(what: &str, got: &str) -> RunError {
    if what == "string" {
        return exc(
            ExcType::TypeError,
            format!("string indices must be integers, not '{got}'"),
        );
    }
    let what = what.strip_suffix(" object").unwrap_or(what);
    exc(
        ExcType::TypeError,
        format!("{what} indices must be integers or slices, not {got}"),
    )
}

/// `ZeroDivisionError: division by zero`
#[cold]
pub(crate) fn zero_division(msg: &str) -> RunError {
    exc(ExcType::ZeroDivisionError, msg)
}

/// `TypeError: f() missing 1 required positional argument: 'b'` (and the plural forms
/// `'a' and 'b'`, `'a', 'b', and 'c'`).
#[cold]
pub(crate) fn missing_args(fname: &str, kind: &str, names: &[String]) -> RunError {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let plural = if names.len() == 1 { "" } else { "s" };
    exc(
        ExcType::TypeError,
        format!(
            "{fname}() missing {} required {kind} argument{plural}: {list}",
            names.len()
        ),
    )
}

/// `TypeError: f() takes 2 positional arguments but 3 were given` and
/// `f() takes from 1 to 2 positional arguments but 3 were given`.
#[cold]
pub(crate) fn too_many_positional(
    fname: &str,
    argcount: usize,
    ndefaults: usize,
    given: usize,
    given_kwonly: usize,
) -> RunError {
    let takes = if ndefaults > 0 && ndefaults <= argcount {
        format!("from {} to {argcount} positional arguments", argcount - ndefaults)
    } else {
        format!("{argcount} positional argument{}", if argcount == 1 { "" } else { "s" })
    };
    let was = if given == 1 { "was" } else { "were" };
    let msg = if given_kwonly > 0 {
        format!(
            "{fname}() takes {takes} but {given} positional argument{} (and {given_kwonly} keyword-only argument{}) were given",
            if given == 1 { "" } else { "s" },
            if given_kwonly == 1 { "" } else { "s" }
        )
    } else {
        format!("{fname}() takes {takes} but {given} {was} given")
    };
    exc(ExcType::TypeError, msg)
}

/// `TypeError: len() takes exactly one argument (2 given)`
#[cold]
pub(crate) fn exactly_one_arg(fname: &str, given: usize) -> RunError {
    exc(
        ExcType::TypeError,
        format!("{fname}() takes exactly one argument ({given} given)"),
    )
}

/// `TypeError: len() takes no keyword arguments`
#[cold]
pub(crate) fn no_keywords(fname: &str) -> RunError {
    exc(ExcType::TypeError, format!("{fname}() takes no keyword arguments"))
}

/// `TypeError: abs() takes exactly one argument (0 given)` style arity errors for builtins
/// with a range: `expected at most 3 arguments, got 4`.
#[cold]
pub(crate) fn arity(fname: &str, min: usize, max: usize, given: usize) -> RunError {
    if given < min {
        if min == max {
            exc(
                ExcType::TypeError,
                format!(
                    "{fname} expected {min} argument{}, got {given}",
                    if min == 1 { "" } else { "s" }
                ),
            )
        } else {
            exc(
                ExcType::TypeError,
                format!(
                    "{fname} expected at least {min} argument{}, got {given}",
                    if min == 1 { "" } else { "s" }
                ),
            )
        }
    } else {
        exc(
            ExcType::TypeError,
            format!(
                "{fname} expected at most {max} argument{}, got {given}",
                if max == 1 { "" } else { "s" }
            ),
        )
    }
}

/// `ValueError: not enough values to unpack (expected 3, got 2)`
#[cold]
pub(crate) fn unpack_not_enough(expected: usize, got: usize) -> RunError {
    exc(
        ExcType::ValueError,
        format!("not enough values to unpack (expected {expected}, got {got})"),
    )
}

/// `ValueError: not enough values to unpack (expected at least 3, got 2)`
#[cold]
pub(crate) fn unpack_not_enough_at_least(expected: usize, got: usize) -> RunError {
    exc(
        ExcType::ValueError,
        format!("not enough values to unpack (expected at least {expected}, got {got})"),
    )
}

/// `ValueError: too many values to unpack (expected 2)`
#[cold]
pub(crate) fn unpack_too_many(expected: usize) -> RunError {
    exc(
        ExcType::ValueError,
        format!("too many values to unpack (expected {expected})"),
    )
}
