//! Binding a call's positional and keyword arguments to a host function's
//! parameters, with CPython's wording for every way that fails.
//!
//! The checks run in CPython's order (`initialize_locals` in `ceval.c`):
//! keywords first (unknown name, value given twice), then surplus positional
//! arguments, then missing required ones.

use monty_core::{HostError, MontyObject};

use crate::function::Param;

/// One slot per parameter: the value given, or `None` when left out (allowed
/// only for parameters with a default).
pub(crate) fn bind(
    function: &str,
    params: &[Param],
    args: Vec<MontyObject>,
    kwargs: Vec<(String, MontyObject)>,
) -> Result<Vec<Option<MontyObject>>, HostError> {
    let given = args.len();
    let mut slots: Vec<Option<MontyObject>> = vec![None; params.len()];
    for (slot, value) in slots.iter_mut().zip(args) {
        *slot = Some(value);
    }
    for (key, value) in kwargs {
        let Some(index) = params.iter().position(|p| p.name == key) else {
            return Err(type_error(format!(
                "{function}() got an unexpected keyword argument '{key}'"
            )));
        };
        match slots.get_mut(index) {
            Some(slot @ None) => *slot = Some(value),
            _ => {
                return Err(type_error(format!(
                    "{function}() got multiple values for argument '{key}'"
                )));
            }
        }
    }
    if given > params.len() {
        return Err(type_error(too_many_positional(function, params, given)));
    }
    let missing: Vec<&str> = params
        .iter()
        .zip(&slots)
        .filter(|(p, slot)| slot.is_none() && p.default.is_none())
        .map(|(p, _)| p.name.as_str())
        .collect();
    if !missing.is_empty() {
        let plural = if missing.len() == 1 { "" } else { "s" };
        return Err(type_error(format!(
            "{function}() missing {} required positional argument{plural}: {}",
            missing.len(),
            name_list(&missing)
        )));
    }
    Ok(slots)
}

#[cold]
fn type_error(message: String) -> HostError {
    HostError::new("TypeError", message)
}

/// `f() takes 2 positional arguments but 3 were given`, or `takes from 1 to 2 ...`
/// when some parameters have defaults.
fn too_many_positional(function: &str, params: &[Param], given: usize) -> String {
    let total = params.len();
    let required = params.iter().filter(|p| p.default.is_none()).count();
    let (sig, plural) = if required < total {
        (format!("from {required} to {total}"), "s")
    } else {
        (total.to_string(), if total == 1 { "" } else { "s" })
    };
    let verb = if given == 1 { "was" } else { "were" };
    format!("{function}() takes {sig} positional argument{plural} but {given} {verb} given")
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: CPython's `format_missing`.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
        [] => String::new(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn param(name: &str, optional: bool) -> Param {
        Param {
            name: name.to_owned(),
            py_type: "int".to_owned(),
            default: optional.then(|| "None".to_owned()),
            doc: String::new(),
            schema: serde_json::Value::Bool(true),
        }
    }

    fn err(params: &[Param], args: usize, kwargs: &[&str]) -> String {
        let args = (0..args).map(|i| MontyObject::Int(i64::try_from(i).unwrap())).collect();
        let kwargs = kwargs.iter().map(|k| ((*k).to_owned(), MontyObject::None)).collect();
        bind("f", params, args, kwargs).unwrap_err().message
    }

    #[test]
    fn cpython_wording() {
        let abc = [param("a", false), param("b", false), param("c", false)];
        assert_eq!(
            err(&abc, 0, &[]),
            "f() missing 3 required positional arguments: 'a', 'b', and 'c'"
        );
        assert_eq!(
            err(&abc, 1, &[]),
            "f() missing 2 required positional arguments: 'b' and 'c'"
        );
        assert_eq!(err(&abc, 2, &[]), "f() missing 1 required positional argument: 'c'");
        assert_eq!(err(&abc, 4, &[]), "f() takes 3 positional arguments but 4 were given");
        assert_eq!(err(&abc, 1, &["a"]), "f() got multiple values for argument 'a'");
        assert_eq!(err(&abc, 5, &["x"]), "f() got an unexpected keyword argument 'x'");
        assert_eq!(
            err(&abc[..1], 2, &[]),
            "f() takes 1 positional argument but 2 were given"
        );
        assert_eq!(err(&[], 1, &[]), "f() takes 0 positional arguments but 1 was given");
        let ab_opt = [param("a", false), param("b", true)];
        assert_eq!(
            err(&ab_opt, 3, &[]),
            "f() takes from 1 to 2 positional arguments but 3 were given"
        );
        assert_eq!(
            err(&ab_opt, 0, &["b"]),
            "f() missing 1 required positional argument: 'a'"
        );
    }

    #[test]
    fn optional_parameters_may_be_left_out() {
        let ab_opt = [param("a", false), param("b", true)];
        let slots = bind("f", &ab_opt, vec![], vec![("a".to_owned(), MontyObject::Int(1))]).unwrap();
        assert_eq!(slots, vec![Some(MontyObject::Int(1)), None]);
    }
}
