//! `Sig`: how a builtin method takes its arguments, declared once on its table
//! line (see `methods.rs`). The dispatcher checks the arity and keywords before
//! the method runs, with the wording CPython uses for that kind of method: its
//! methods come from several C calling conventions, each with its own messages.

use crate::exceptions::{ExcType, RunResult, exc, messages};
use crate::object::value::Value;

/// The calling convention of a builtin method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sig {
    /// No arguments: `float.hex() takes no arguments (1 given)`.
    NoArgs,
    /// Exactly one positional: `str.join() takes exactly one argument (0 given)`.
    One,
    /// Positional-only, `min..=max` of them (Argument Clinic):
    /// `replace expected at least 2 arguments, got 1`.
    Clinic(u8, u8),
    /// Positional-only, `min..=max` of them (tuple parsing):
    /// `count() takes at most 3 arguments (4 given)`.
    Tuple(u8, u8),
    /// Any number of positionals, no keywords (`set.union(*others)`).
    Varargs,
    /// Takes keywords too; at most `max` arguments in all, positional and keyword
    /// (`expandtabs() takes at most 1 argument (2 given)`). The method binds them.
    Keywords(u8),
}

impl Sig {
    /// Check the arguments of `owner.name(...)` against this convention.
    pub(crate) fn check(self, owner: &str, name: &str, pos: &[Value], kw: &[(Value, Value)]) -> RunResult<()> {
        let n = pos.len();
        if let Self::Keywords(max) = self {
            let given = n + kw.len();
            return if given > usize::from(max) {
                Err(tuple_arity(name, 0, usize::from(max), given))
            } else {
                Ok(())
            };
        }
        if !kw.is_empty() {
            return Err(messages::no_keywords(&format!("{owner}.{name}")));
        }
        match self {
            Self::NoArgs if n > 0 => Err(exc(
                ExcType::TypeError,
                format!("{owner}.{name}() takes no arguments ({n} given)"),
            )),
            Self::One if n != 1 => Err(messages::exactly_one_arg(&format!("{owner}.{name}"), n)),
            Self::Clinic(min, max) if n < usize::from(min) || n > usize::from(max) => {
                Err(messages::arity(name, usize::from(min), usize::from(max), n))
            }
            Self::Tuple(min, max) if n < usize::from(min) || n > usize::from(max) => {
                Err(tuple_arity(name, usize::from(min), usize::from(max), n))
            }
            _ => Ok(()),
        }
    }
}

/// `count() takes at most 3 arguments (4 given)`, `find() takes at least 1 argument (0 given)`.
#[cold]
fn tuple_arity(name: &str, min: usize, max: usize, given: usize) -> crate::exceptions::RunError {
    let (bound, n) = if min == max {
        ("exactly", min)
    } else if given < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    let s = if n == 1 { "" } else { "s" };
    exc(
        ExcType::TypeError,
        format!("{name}() takes {bound} {n} argument{s} ({given} given)"),
    )
}
