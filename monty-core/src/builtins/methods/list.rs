//! `list` (and `tuple`) methods.

use super::super::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

fn items(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<Value>> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::List(x) | Obj::Tuple(x) => Ok(x.clone()),
            _ => Err(RunError::Internal("list method on non-list")),
        },
        _ => Err(RunError::Internal("list method on non-list")),
    }
}

fn with_list<T>(vm: &mut Vm<'_, '_>, v: Value, f: impl FnOnce(&mut Vec<Value>) -> T) -> RunResult<T> {
    match v {
        Value::Ref(id) => match vm.heap.get_mut(id) {
            Obj::List(x) => Ok(f(x)),
            _ => Err(RunError::Internal("list method on non-list")),
        },
        _ => Err(RunError::Internal("list method on non-list")),
    }
}

pub(crate) fn append(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of(vm.type_name(this))?;
    vm.list_append(this, v)?;
    Ok(Value::None)
}

pub(crate) fn extend(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of(vm.type_name(this))?;
    vm.list_extend(this, v)?;
    Ok(Value::None)
}

pub(crate) fn pop(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let a = args.range(0, 1)?.to_vec();
    let idx = match a.first() {
        Some(&v) => Some(vm.expect_index(v)?),
        None => None,
    };

    with_list(vm, this, |x| {
        if x.is_empty() {
            return Err(exc(ExcType::IndexError, "pop from empty list"));
        }
        let len = i64::try_from(x.len()).unwrap_or(i64::MAX);
        let i = idx.unwrap_or(-1);
        let real = if i < 0 { i + len } else { i };
        if real < 0 || real >= len {
            return Err(exc(ExcType::IndexError, "pop index out of range"));
        }
        Ok(x.remove(usize::try_from(real).unwrap_or(0)))
    })?
}

pub(crate) fn insert(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?.to_vec();
    let i = vm.expect_index(a[0])?;
    vm.heap.charge(16)?;
    with_list(vm, this, |x| {
        let len = i64::try_from(x.len()).unwrap_or(i64::MAX);
        let real = if i < 0 { (i + len).max(0) } else { i.min(len) };
        x.insert(usize::try_from(real).unwrap_or(0), a[1]);
    })?;
    Ok(Value::None)
}

pub(crate) fn remove(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of(vm.type_name(this))?;
    let xs = items(vm, this)?;
    for (i, x) in xs.into_iter().enumerate() {
        if vm.is(x, v) || vm.eq(x, v)? {
            with_list(vm, this, |l| {
                if i < l.len() {
                    l.remove(i);
                }
            })?;
            return Ok(Value::None);
        }
    }
    Err(exc(ExcType::ValueError, "list.remove(x): x not in list"))
}

pub(crate) fn index(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let a = args.range(1, 3)?.to_vec();
    let xs = items(vm, this)?;
    let len = i64::try_from(xs.len()).unwrap_or(i64::MAX);
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match a.get(1) {
        Some(&v) => norm(vm.expect_index(v)?),
        None => 0,
    };
    let stop = match a.get(2) {
        Some(&v) => norm(vm.expect_index(v)?),
        None => len,
    };
    for i in start..stop {
        let x = xs[usize::try_from(i).unwrap_or(0)];
        if vm.is(x, a[0]) || vm.eq(x, a[0])? {
            return Ok(Value::Int(i));
        }
    }
    let is_tuple = matches!(this, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Tuple(_)));
    if is_tuple {
        return Err(exc(ExcType::ValueError, "tuple.index(x): x not in tuple"));
    }
    let r = vm.repr(a[0])?;
    Err(exc(ExcType::ValueError, format!("{r} is not in list")))
}

pub(crate) fn count(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of(vm.type_name(this))?;
    let mut n = 0;
    for x in items(vm, this)? {
        if vm.is(x, v) || vm.eq(x, v)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub(crate) fn sort(vm: &mut Vm<'_, '_>, this: Value, mut args: Args) -> RunResult<Value> {
    let key = args.take_kw(vm, "key").filter(|k| *k != Value::None);
    let reverse = args.take_kw(vm, "reverse");
    args.finish_kw(vm)?;
    if !args.pos.is_empty() {
        return Err(exc(ExcType::TypeError, "sort() takes no positional arguments"));
    }
    let reverse = match reverse {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let mut xs = items(vm, this)?;
    // while sorting, the list appears empty (as in CPython)
    with_list(vm, this, Vec::clear)?;
    let r = crate::builtins::functions_sort(vm, &mut xs, key, reverse);
    // A key function that added to the (apparently empty) list changed it under the sort.
    let modified = with_list(vm, this, |l| !std::mem::replace(l, xs).is_empty())?;
    r?;
    if modified {
        return Err(exc(ExcType::ValueError, "list modified during sort"));
    }
    Ok(Value::None)
}

pub(crate) fn reverse(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.none_of(vm.type_name(this))?;
    with_list(vm, this, |l| l.reverse())?;
    Ok(Value::None)
}

pub(crate) fn copy(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.none_of(vm.type_name(this))?;
    let xs = items(vm, this)?;
    vm.heap.alloc_list(xs)
}

pub(crate) fn clear(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.none_of(vm.type_name(this))?;
    with_list(vm, this, Vec::clear)?;
    Ok(Value::None)
}

fn range_of(vm: &Vm<'_, '_>, v: Value) -> RunResult<crate::object::heap::Range> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Range(r) => Ok(*r),
            _ => Err(RunError::Internal("range method on non-range")),
        },
        _ => Err(RunError::Internal("range method on non-range")),
    }
}

/// Position of `x` in `r`, or `None`; only for ints and bools (`Err` otherwise).
fn range_position(r: &crate::object::heap::Range, x: Value) -> Option<Option<i64>> {
    let i = match x {
        Value::Int(i) => i,
        Value::Bool(b) => i64::from(b),
        _ => return None,
    };
    let inside = if r.step > 0 {
        i >= r.start && i < r.stop
    } else {
        i <= r.start && i > r.stop
    };
    let off = i128::from(i) - i128::from(r.start);
    if inside && off % i128::from(r.step) == 0 {
        Some(i64::try_from(off / i128::from(r.step)).ok())
    } else {
        Some(None)
    }
}

/// Linear search of a range for a non-int value.
fn range_scan(
    vm: &mut Vm<'_, '_>,
    r: &crate::object::heap::Range,
    x: Value,
    count_all: bool,
) -> RunResult<(i64, Option<i64>)> {
    let mut n = 0;
    for i in 0..r.len() {
        vm.tick()?;
        if vm.eq(Value::Int(r.at(i)), x)? {
            if !count_all {
                return Ok((1, Some(i)));
            }
            n += 1;
        }
    }
    Ok((n, None))
}

pub(crate) fn range_index(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let x = args.one_of("range")?;
    let r = range_of(vm, this)?;
    match range_position(&r, x) {
        Some(Some(i)) => Ok(Value::Int(i)),
        Some(None) => {
            let s = vm.repr(x)?;
            Err(exc(ExcType::ValueError, format!("{s} is not in range")))
        }
        None => match range_scan(vm, &r, x, false)? {
            (_, Some(i)) => Ok(Value::Int(i)),
            _ => Err(exc(ExcType::ValueError, "sequence.index(x): x not in sequence")),
        },
    }
}

pub(crate) fn range_count(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let x = args.one_of("range")?;
    let r = range_of(vm, this)?;
    match range_position(&r, x) {
        Some(p) => Ok(Value::Int(i64::from(p.is_some()))),
        None => Ok(Value::Int(range_scan(vm, &r, x, true)?.0)),
    }
}

pub(crate) fn slice_indices(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let n = args.one_of("slice")?;
    let s = match this {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Slice(s) => *s,
            _ => return Err(RunError::Internal("slice method on non-slice")),
        },
        _ => return Err(RunError::Internal("slice method on non-slice")),
    };
    let len = vm.expect_index(n)?;
    if len < 0 {
        return Err(exc(ExcType::ValueError, "length should not be negative"));
    }
    let r = vm.resolve_slice(&s, usize::try_from(len).unwrap_or(usize::MAX))?;
    vm.heap
        .alloc_tuple(vec![Value::Int(r.start), Value::Int(r.stop), Value::Int(r.step)])
}
