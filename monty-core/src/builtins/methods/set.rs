//! `set` and `frozenset` methods.

use super::super::args::Args;
use crate::bytecode::BinOp;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

pub(crate) fn add(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of(vm.type_name(this))?;
    vm.set_add(this, v)?;
    Ok(Value::None)
}

pub(crate) fn remove(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of(vm.type_name(this))?;
    if !vm.set_contains(this, v)? {
        return Err(RunError::NewArgs(ExcType::KeyError, vec![v]));
    }
    discard_value(vm, this, v)?;
    Ok(Value::None)
}

fn discard_value(vm: &mut Vm<'_, '_>, this: Value, v: Value) -> RunResult<()> {
    vm.dict_remove(this, v)?;
    Ok(())
}

pub(crate) fn discard(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of(vm.type_name(this))?;
    discard_value(vm, this, v)?;
    Ok(Value::None)
}

pub(crate) fn pop(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.none_of(vm.type_name(this))?;
    let Value::Ref(id) = this else {
        return Err(RunError::Internal("set"));
    };
    let first = match vm.heap.get_mut(id) {
        Obj::Set(d) => d.next_from(0).and_then(|(slot, _, _)| d.remove_at(slot)),
        _ => None,
    };
    first
        .map(|(k, _)| k)
        .ok_or_else(|| exc(ExcType::KeyError, "pop from an empty set"))
}

pub(crate) fn clear(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.none_of(vm.type_name(this))?;
    if let Value::Ref(id) = this
        && let Obj::Set(d) = vm.heap.get_mut(id)
    {
        d.clear();
    }
    Ok(Value::None)
}

pub(crate) fn copy(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.none_of(vm.type_name(this))?;
    let Value::Ref(id) = this else {
        return Err(RunError::Internal("set"));
    };
    let obj = match vm.heap.get(id) {
        Obj::Set(d) => Obj::Set(d.clone()),
        Obj::FrozenSet(d) => Obj::FrozenSet(d.clone()),
        _ => return Err(RunError::Internal("set")),
    };
    vm.heap.alloc(obj)
}

pub(crate) fn update(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    for &other in &args.pos {
        vm.set_update(this, other)?;
    }
    Ok(Value::None)
}

/// Turn any iterable argument into a set so the operator code can be reused.
fn as_set(vm: &mut Vm<'_, '_>, v: Value) -> RunResult<Value> {
    if let Value::Ref(id) = v
        && matches!(vm.heap.get(id), Obj::Set(_) | Obj::FrozenSet(_))
    {
        return Ok(v);
    }
    let items = vm.collect(v)?;
    vm.build_set(items)
}

fn fold(vm: &mut Vm<'_, '_>, this: Value, args: Args, op: BinOp) -> RunResult<Value> {
    args.no_kw()?;
    let mut acc = this;
    let mut copied = false;
    for &other in &args.pos {
        let o = as_set(vm, other)?;
        acc = vm.set_binary(op, acc, o)?.ok_or(RunError::Internal("set op"))?;
        copied = true;
    }
    if !copied {
        let mut no_args = Args::new("copy", Vec::new(), Vec::new());
        no_args.pos.clear();
        return copy(vm, this, no_args);
    }
    Ok(acc)
}

pub(crate) fn union(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    fold(vm, this, args, BinOp::Or)
}

pub(crate) fn intersection(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    fold(vm, this, args, BinOp::And)
}

pub(crate) fn difference(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    fold(vm, this, args, BinOp::Sub)
}

pub(crate) fn symmetric_difference(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let o = args.one_of(vm.type_name(this))?;
    let o = as_set(vm, o)?;
    vm.set_binary(BinOp::Xor, this, o)?.ok_or(RunError::Internal("set op"))
}

pub(crate) fn issubset(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let o = args.one_of(vm.type_name(this))?;
    let o = as_set(vm, o)?;
    Ok(Value::Bool(vm.set_is_subset(this, o)?))
}

pub(crate) fn issuperset(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let o = args.one_of(vm.type_name(this))?;
    let o = as_set(vm, o)?;
    Ok(Value::Bool(vm.set_is_subset(o, this)?))
}

pub(crate) fn isdisjoint(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let o = args.one_of(vm.type_name(this))?;
    for x in vm.collect(o)? {
        if vm.set_contains(this, x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Replace the contents of set `this` with those of set `new`.
fn replace_contents(vm: &mut Vm<'_, '_>, this: Value, new: Value) -> RunResult<Value> {
    if new == this {
        return Ok(Value::None);
    }
    let items = match new {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Set(d) | Obj::FrozenSet(d) => d.clone(),
            _ => return Err(RunError::Internal("set op")),
        },
        _ => return Err(RunError::Internal("set op")),
    };
    if let Value::Ref(id) = this
        && let Obj::Set(d) = vm.heap.get_mut(id)
    {
        *d = items;
    }
    Ok(Value::None)
}

pub(crate) fn intersection_update(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let r = fold(vm, this, args, BinOp::And)?;
    replace_contents(vm, this, r)
}

pub(crate) fn difference_update(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let r = fold(vm, this, args, BinOp::Sub)?;
    replace_contents(vm, this, r)
}

pub(crate) fn symmetric_difference_update(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let r = symmetric_difference(vm, this, args)?;
    replace_contents(vm, this, r)
}
