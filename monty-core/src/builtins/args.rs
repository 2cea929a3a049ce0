//! `Args`: the arguments of a native call, with CPython-worded arity errors.

use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

/// Positional and keyword arguments of one native call.
pub(crate) struct Args {
    pub(crate) name: &'static str,
    pub(crate) pos: Vec<Value>,
    pub(crate) kw: Vec<(Value, Value)>,
    /// The type whose method this is (`str` for `str.upper`), for CPython's qualified messages.
    pub(crate) owner: Option<&'static str>,
}

impl Args {
    pub(crate) fn new(name: &'static str, pos: Vec<Value>, kw: Vec<(Value, Value)>) -> Self {
        Self {
            name,
            pos,
            kw,
            owner: None,
        }
    }

    /// The arguments of a call to the method `name` of the type `owner`.
    pub(crate) fn for_method(
        owner: &'static str,
        name: &'static str,
        pos: Vec<Value>,
        kw: Vec<(Value, Value)>,
    ) -> Self {
        Self {
            name,
            pos,
            kw,
            owner: Some(owner),
        }
    }

    /// Refuse keyword arguments.
    pub(crate) fn no_kw(&self) -> RunResult<()> {
        if self.kw.is_empty() {
            Ok(())
        } else {
            Err(messages::no_keywords(self.name))
        }
    }

    /// Exactly one positional argument, no keywords (`len(x)` style).
    pub(crate) fn one(&self) -> RunResult<Value> {
        self.no_kw()?;
        match self.pos.as_slice() {
            [v] => Ok(*v),
            _ => Err(messages::exactly_one_arg(self.name, self.pos.len())),
        }
    }

    /// Exactly one positional argument of a method of `owner`
    /// (`list.append() takes exactly one argument (0 given)`).
    pub(crate) fn one_of(&self, owner: &str) -> RunResult<Value> {
        // The qualified name is only formatted for an error: this runs on every `append`.
        let q = || format!("{owner}.{}", self.name);
        if !self.kw.is_empty() {
            return Err(messages::no_keywords(&q()));
        }
        match self.pos.as_slice() {
            [v] => Ok(*v),
            _ => Err(messages::exactly_one_arg(&q(), self.pos.len())),
        }
    }

    /// No arguments at all to a method of `owner` (`list.copy() takes no arguments (1 given)`).
    pub(crate) fn none_of(&self, owner: &str) -> RunResult<()> {
        let q = || format!("{owner}.{}", self.name);
        if !self.kw.is_empty() {
            return Err(messages::no_keywords(&q()));
        }
        if self.pos.is_empty() {
            Ok(())
        } else {
            Err(exc(
                ExcType::TypeError,
                format!("{}() takes no arguments ({} given)", q(), self.pos.len()),
            ))
        }
    }

    /// Between `min` and `max` positional arguments, no keywords (`divmod expected 2 arguments, got 1`).
    pub(crate) fn range(&self, min: usize, max: usize) -> RunResult<&[Value]> {
        self.no_kw()?;
        let n = self.pos.len();
        if max == 0
            && n > 0
            && let Some(owner) = self.owner
        {
            return Err(exc(
                ExcType::TypeError,
                format!("{owner}.{}() takes no arguments ({n} given)", self.name),
            ));
        }
        if n < min || n > max {
            return Err(messages::arity(self.name, min, max, n));
        }
        Ok(&self.pos)
    }

    /// Take a keyword argument by name (removing it).
    pub(crate) fn take_kw(&mut self, vm: &Vm<'_, '_>, name: &str) -> Option<Value> {
        let pos = self.kw.iter().position(|(k, _)| vm.str_of(*k) == Some(name))?;
        Some(self.kw.remove(pos).1)
    }

    /// Two optional parameters that may be given by position or by name, as
    /// `(first, second)`; other keywords or a third positional are TypeErrors.
    pub(crate) fn two_optional(
        &mut self,
        vm: &Vm<'_, '_>,
        first: &str,
        second: &str,
    ) -> RunResult<(Option<Value>, Option<Value>)> {
        let first_kw = self.take_kw(vm, first);
        let second_kw = self.take_kw(vm, second);
        self.finish_kw(vm)?;
        if self.pos.len() > 2 {
            return Err(exc(
                ExcType::TypeError,
                format!("{}() takes at most 2 arguments ({} given)", self.name, self.pos.len()),
            ));
        }
        let mut pos = self.pos.iter().copied();
        let a = first_kw.or_else(|| pos.next());
        let b = second_kw.or_else(|| pos.next());
        Ok((a, b))
    }

    /// Fail if keywords other than those taken remain.
    pub(crate) fn finish_kw(&self, vm: &Vm<'_, '_>) -> RunResult<()> {
        if let Some((k, _)) = self.kw.first() {
            let k = vm.str_of(*k).unwrap_or("?");
            return Err(exc(
                ExcType::TypeError,
                format!("'{k}' is an invalid keyword argument for {}()", self.name),
            ));
        }
        Ok(())
    }
}

impl Vm<'_, '_> {
    /// A str argument's text, or the CPython TypeError.
    pub(crate) fn expect_str(&self, v: Value, what: &str) -> RunResult<String> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Str(s) => Ok(s.clone()),
                _ => Err(exc(
                    ExcType::TypeError,
                    format!("{what} must be str, not {}", self.type_name(v)),
                )),
            },
            _ => Err(exc(
                ExcType::TypeError,
                format!("{what} must be str, not {}", self.type_name(v)),
            )),
        }
    }

    /// An integer argument (`__index__`), or the CPython TypeError.
    pub(crate) fn expect_index(&self, v: Value) -> RunResult<i64> {
        self.index_of(v).ok_or_else(|| {
            exc(
                ExcType::TypeError,
                format!("'{}' object cannot be interpreted as an integer", self.type_name(v)),
            )
        })
    }
}
