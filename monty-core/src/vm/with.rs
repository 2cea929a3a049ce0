//! The `with` statement and class-body names.

use super::Vm;
use crate::exceptions::class_messages as msg;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::types::type_of;
use crate::object::value::Value;

impl Vm<'_, '_> {
    /// `with mgr:` entry: push the bound `__exit__`, then call `__enter__()` (its result follows on the stack).
    pub(crate) fn before_with(&mut self, mgr: Value) -> RunResult<()> {
        if let Value::Ref(id) = mgr
            && let crate::object::heap::Obj::Std(s) = self.heap.get(id)
            && crate::stdlib::type_spec(s.type_id()).is_some_and(|t| t.methods.iter().any(|(n, _)| *n == "__exit__"))
        {
            let exit = self.load_attr(mgr, "__exit__")?;
            self.stack.push(exit);
            let enter = self.load_attr(mgr, "__enter__")?;
            return self.call_and_push(enter, Vec::new(), Vec::new());
        }
        let cls = self.user_class_of(mgr);
        let (Some(cls), Some(enter), Some(exit)) = (
            cls,
            self.user_method(mgr, "__enter__"),
            self.user_method(mgr, "__exit__"),
        ) else {
            return Err(msg::not_context_manager(self.type_name(mgr)));
        };
        let exit = self.bind_descriptor(exit, mgr, cls)?;
        self.stack.push(exit);
        let enter = self.bind_descriptor(enter, mgr, cls)?;
        self.call_and_push(enter, Vec::new(), Vec::new())
    }

    /// With `[exit, exc]` on the stack, push `exit(type(exc), exc, None)` (a pushed frame pushes it later).
    pub(crate) fn with_except_start(&mut self) -> RunResult<()> {
        let e = self.peek(1)?;
        let exit = self.peek(2)?;
        let ty = type_of(&self.heap, e).to_value();
        self.call_and_push(exit, vec![ty, e, Value::None], Vec::new())
    }

    fn class_namespace(&self) -> RunResult<Value> {
        self.frame()?
            .locals
            .first()
            .copied()
            .ok_or(RunError::Internal("class body without a namespace"))
    }

    fn global_name(&self, i: u32) -> RunResult<&str> {
        self.program
            .global_names
            .get(i as usize)
            .map(String::as_str)
            .ok_or(RunError::Internal("bad global"))
    }

    /// `LoadName`: the class namespace, then globals, then builtins.
    pub(crate) fn load_class_name(&mut self, i: u32) -> RunResult<Value> {
        let ns = self.class_namespace()?;
        let program = self.program;
        let name = program
            .global_names
            .get(i as usize)
            .map(String::as_str)
            .ok_or(RunError::Internal("bad global"))?;
        if let Value::Ref(d) = ns
            && let Some(v) = self.dict_get_str(d, name)
        {
            return Ok(v);
        }
        let g = self.globals.get(i as usize).copied().unwrap_or(Value::Undef);
        if g != Value::Undef {
            return Ok(g);
        }
        if let Some(b) = self.lookup_builtin(name)? {
            return Ok(b);
        }
        Err(exc(ExcType::NameError, format!("name '{name}' is not defined")))
    }

    /// `StoreName`
    pub(crate) fn store_class_name(&mut self, i: u32, v: Value) -> RunResult<()> {
        let Value::Ref(d) = self.class_namespace()? else {
            return Err(RunError::Internal("class namespace"));
        };
        let name = self.global_name(i)?.to_owned();
        self.dict_set_str(d, &name, v)
    }

    /// `DeleteName`
    pub(crate) fn delete_class_name(&mut self, i: u32) -> RunResult<()> {
        let ns = self.class_namespace()?;
        let name = self.global_name(i)?.to_owned();
        let k = self.new_str(name.as_str())?;
        if self.dict_remove(ns, k)?.is_none() {
            return Err(exc(ExcType::NameError, format!("name '{name}' is not defined")));
        }
        Ok(())
    }
}
