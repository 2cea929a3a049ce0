//! Coroutines: what `await`, `async with` and `async for` ask of their operands.
//!
//! A coroutine is a generator object marked `coroutine` (see `Obj::Generator`):
//! awaiting it delegates to it exactly as `yield from` does, so every coroutine
//! of a run is a frame on the VM's frame stack (pausable, snapshottable).

use super::Vm;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;

impl Vm<'_, '_> {
    /// The iterator that `await v` drives.
    pub(crate) fn get_awaitable(&mut self, v: Value) -> RunResult<Value> {
        if let Value::Ref(id) = v
            && let Obj::Generator(g) = self.heap.get(id)
        {
            if !g.coroutine {
                return Err(exc(
                    ExcType::TypeError,
                    "object generator can't be used in 'await' expression",
                ));
            }
            if g.finished {
                return Err(exc(ExcType::RuntimeError, "cannot reuse already awaited coroutine"));
            }
            if g.running || g.frame.as_ref().is_some_and(|f| f.ip > 0) {
                return Err(exc(ExcType::RuntimeError, "coroutine is being awaited already"));
            }
            return Ok(v);
        }
        if let Some(fut) = self.as_host_future(v) {
            return self.host_future_awaitable(fut);
        }
        let Some(method) = self.bound_user_method(v, "__await__")? else {
            return Err(exc(
                ExcType::TypeError,
                format!("object {} can't be used in 'await' expression", self.type_name(v)),
            ));
        };
        let it = self.call_sync(method, Vec::new())?;
        if let Value::Ref(id) = it
            && let Obj::Generator(g) = self.heap.get(id)
        {
            if g.coroutine {
                return Err(exc(ExcType::TypeError, "__await__() returned a coroutine"));
            }
            return Ok(it);
        }
        let is_iterator = match it {
            Value::Ref(_) if self.user_class_of(it).is_some() => self.user_method(it, "__next__").is_some(),
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Iter(_) => true,
                Obj::Std(s) => s.is_iterator(),
                _ => false,
            },
            _ => false,
        };
        if is_iterator {
            return Ok(it);
        }
        Err(exc(
            ExcType::TypeError,
            format!("__await__() returned non-iterator of type '{}'", self.type_name(it)),
        ))
    }

    /// `async with mgr:` entry: push the bound `__aexit__`, then call `__aenter__()`
    /// (the awaitable it returns follows on the stack).
    pub(crate) fn before_async_with(&mut self, mgr: Value) -> RunResult<()> {
        let enter = self.bound_user_method(mgr, "__aenter__")?;
        let exit = self.bound_user_method(mgr, "__aexit__")?;
        let (Some(enter), Some(exit)) = (enter, exit) else {
            return Err(exc(
                ExcType::TypeError,
                format!(
                    "'{}' object does not support the asynchronous context manager protocol",
                    self.type_name(mgr)
                ),
            ));
        };
        self.stack.push(exit);
        self.call_and_push(enter, Vec::new(), Vec::new())
    }

    /// `async for`: push `v.__aiter__()`.
    pub(crate) fn get_aiter(&mut self, v: Value) -> RunResult<()> {
        let Some(aiter) = self.bound_user_method(v, "__aiter__")? else {
            return Err(exc(
                ExcType::TypeError,
                format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    self.type_name(v)
                ),
            ));
        };
        self.call_and_push(aiter, Vec::new(), Vec::new())
    }

    /// `async for`: push `it.__anext__()`.
    pub(crate) fn get_anext(&mut self, it: Value) -> RunResult<()> {
        let Some(anext) = self.bound_user_method(it, "__anext__")? else {
            return Err(exc(
                ExcType::TypeError,
                format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                    self.type_name(it)
                ),
            ));
        };
        self.call_and_push(anext, Vec::new(), Vec::new())
    }

    /// Method `name` of `v`'s class, bound to `v` (instances of user classes only).
    fn bound_user_method(&mut self, v: Value, name: &str) -> RunResult<Option<Value>> {
        let (Some(cls), Some(f)) = (self.user_class_of(v), self.user_method(v, name)) else {
            return Ok(None);
        };
        self.bind_descriptor(f, v, cls).map(Some)
    }
}
