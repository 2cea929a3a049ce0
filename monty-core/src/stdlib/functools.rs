//! `_functools`: the native half of `functools` (reduce, partial); the rest
//! (lru_cache, cache, wraps, update_wrapper) is Python source in `py/functools.py`.

use serde::{Deserialize, Serialize};

use super::{Member, ModuleSpec, StdObj, TypeSpec};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::types::TypeId;
use crate::object::value::{HeapId, Value};
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    source: None,
    members: &[
        ("reduce", Member::Fn(reduce)),
        ("partial", Member::Type(TypeId::Partial)),
    ],
    all: Some(&["reduce", "partial"]),
};

/// `functools.partial` as a native type.
pub(super) static PARTIAL: TypeSpec = TypeSpec {
    ty: TypeId::Partial,
    methods: &[],
    construct: Some(new_partial),
};

/// The state of a `partial` object (also used for cached functions, whose `kw` holds the cache).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Partial {
    /// The wrapped callable.
    pub func: Value,
    /// Leading positional arguments.
    pub args: Vec<Value>,
    /// Keyword arguments.
    pub kw: Vec<(Value, Value)>,
}

fn reduce(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let n = args.pos.len();
    if !(2..=3).contains(&n) {
        return Err(crate::exceptions::messages::arity("reduce", 2, 3, n));
    }
    let func = args.pos[0];
    let it = vm
        .get_iter(args.pos[1])
        .map_err(|_| exc(ExcType::TypeError, "reduce() arg 2 must support iteration"))?;
    let mut acc = match args.pos.get(2) {
        Some(&v) => v,
        None => match vm.iter_next(it)? {
            Some(v) => v,
            None => {
                return Err(exc(
                    ExcType::TypeError,
                    "reduce() of empty iterable with no initial value",
                ));
            }
        },
    };
    let base = vm.stack.len();
    vm.stack.push(it);
    vm.stack.push(acc);
    let r = (|| {
        while let Some(v) = vm.iter_next(it)? {
            vm.tick()?;
            acc = vm.call_sync(func, vec![acc, v])?;
            if let Some(slot) = vm.stack.get_mut(base + 1) {
                *slot = acc;
            }
        }
        Ok(acc)
    })();
    vm.stack.truncate(base);
    r
}

fn new_partial(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let Some((&func, rest)) = args.pos.split_first() else {
        return Err(exc(ExcType::TypeError, "type 'partial' takes at least one argument"));
    };
    if !vm.is_callable_value(func) {
        return Err(exc(ExcType::TypeError, "the first argument must be callable"));
    }
    // flatten nested partials like CPython
    let (func, mut pargs, mut kw) = match func {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Std(StdObj::Partial(p)) => (p.func, p.args.clone(), p.kw.clone()),
            _ => (func, Vec::new(), Vec::new()),
        },
        _ => (func, Vec::new(), Vec::new()),
    };
    pargs.extend_from_slice(rest);
    for (k, v) in args.kw {
        let name = vm.str_of(k).map(str::to_owned);
        if let Some(slot) = kw.iter_mut().find(|(ek, _)| vm.str_of(*ek).map(str::to_owned) == name) {
            slot.1 = v;
        } else {
            kw.push((k, v));
        }
    }
    vm.heap
        .alloc(Obj::Std(StdObj::Partial(Box::new(Partial { func, args: pargs, kw }))))
}

pub(super) fn call_partial(
    vm: &mut Vm<'_, '_>,
    id: HeapId,
    pos: Vec<Value>,
    kw: Vec<(Value, Value)>,
) -> RunResult<Value> {
    let Obj::Std(StdObj::Partial(p)) = vm.heap.get(id) else {
        return Ok(Value::None);
    };
    let p = (**p).clone();
    let mut all = p.args;
    all.extend(pos);
    let mut kws = p.kw;
    for (k, v) in kw {
        let name = vm.str_of(k).map(str::to_owned);
        if let Some(slot) = kws.iter_mut().find(|(ek, _)| vm.str_of(*ek).map(str::to_owned) == name) {
            slot.1 = v;
        } else {
            kws.push((k, v));
        }
    }
    vm.call_sync_kw(p.func, all, kws)
}
