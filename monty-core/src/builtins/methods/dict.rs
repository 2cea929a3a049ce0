//! `dict` methods.

use super::super::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::{DictViewKind, Obj};
use crate::object::value::Value;
use crate::vm::Vm;

pub(crate) fn get(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let a = args.range(1, 2)?.to_vec();
    Ok(vm
        .dict_lookup(this, a[0])?
        .unwrap_or(a.get(1).copied().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm<'_, '_>, this: Value, args: &Args, kind: DictViewKind) -> RunResult<Value> {
    args.none_of(vm.type_name(this))?;
    let Value::Ref(id) = this else {
        return Err(RunError::Internal("dict view"));
    };
    vm.heap.alloc(Obj::DictView(kind, id))
}

pub(crate) fn keys(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    view(vm, this, &args, DictViewKind::Keys)
}

pub(crate) fn values(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    view(vm, this, &args, DictViewKind::Values)
}

pub(crate) fn items(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    view(vm, this, &args, DictViewKind::Items)
}

pub(crate) fn pop(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let a = args.range(1, 2)?.to_vec();
    match vm.dict_remove(this, a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(&d) => Ok(d),
            None => Err(RunError::NewArgs(ExcType::KeyError, vec![a[0]])),
        },
    }
}

pub(crate) fn popitem(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.none_of(vm.type_name(this))?;
    let Value::Ref(id) = this else {
        return Err(RunError::Internal("dict"));
    };
    let last = match vm.heap.get_mut(id) {
        Obj::Dict(d) => d.last().and_then(|(slot, _, _)| d.remove_at(slot)),
        _ => None,
    };
    match last {
        Some((k, v)) => vm.heap.alloc_tuple(vec![k, v]),
        None => Err(exc(ExcType::KeyError, "popitem(): dictionary is empty")),
    }
}

pub(crate) fn setdefault(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let a = args.range(1, 2)?.to_vec();
    if let Some(v) = vm.dict_lookup(this, a[0])? {
        return Ok(v);
    }
    let d = a.get(1).copied().unwrap_or(Value::None);
    vm.dict_set(this, a[0], d)?;
    Ok(d)
}

pub(crate) fn update(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    if args.pos.len() > 1 {
        return Err(exc(
            ExcType::TypeError,
            format!("update expected at most 1 argument, got {}", args.pos.len()),
        ));
    }
    if let Some(&src) = args.pos.first() {
        vm.dict_update_from(this, src, false)?;
    }
    for (k, v) in args.kw {
        vm.dict_set(this, k, v)?;
    }
    Ok(Value::None)
}

pub(crate) fn copy(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.none_of(vm.type_name(this))?;
    let Value::Ref(id) = this else {
        return Err(RunError::Internal("dict"));
    };
    let d = match vm.heap.get(id) {
        Obj::Dict(d) => d.clone(),
        _ => return Err(RunError::Internal("dict")),
    };
    vm.heap.alloc(Obj::Dict(d))
}

pub(crate) fn clear(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.none_of(vm.type_name(this))?;
    if let Value::Ref(id) = this
        && let Obj::Dict(d) = vm.heap.get_mut(id)
    {
        d.clear();
    }
    Ok(Value::None)
}

pub(crate) fn fromkeys(vm: &mut Vm<'_, '_>, _this: Value, args: Args) -> RunResult<Value> {
    let a = args.range(1, 2)?.to_vec();
    let keys = vm.collect(a[0])?;
    let d = vm.build_map(&[])?;
    let v = a.get(1).copied().unwrap_or(Value::None);
    for k in keys {
        vm.dict_set(d, k, v)?;
    }
    Ok(d)
}

/// `dict_keys.isdisjoint(other)` and `dict_items.isdisjoint(other)`.
pub(crate) fn view_isdisjoint(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let owner = vm.type_name(this).to_owned();
    let other = args.one_of(&owner)?;
    let items = vm.collect(other)?;
    for x in items {
        vm.tick()?;
        if vm.contains(this, x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
