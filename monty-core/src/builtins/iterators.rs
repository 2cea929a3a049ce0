//! Builtins that make iterators: `iter`, `next`, `enumerate`, `zip`, `map`, `filter`, `reversed`.

use super::args::Args;
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::{IterKind, IterObj, Obj};
use crate::object::value::Value;
use crate::vm::Vm;

pub(crate) fn iter(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    match *args.range(1, 2)? {
        [v] => vm.get_iter(v),
        [func, sentinel] => {
            if !super::functions::is_callable(vm, func) {
                return Err(exc(ExcType::TypeError, "iter(v, w): v must be callable"));
            }
            alloc_iter(vm, IterKind::Call { func, sentinel })
        }
        _ => Err(messages::arity("iter", 1, 2, args.pos.len())),
    }
}

pub(crate) fn next(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(1, 2)?;
    let (it, default) = (a[0], a.get(1).copied());
    match vm.iter_next(it) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match default {
            Some(d) => Ok(d),
            None => Err(exc(ExcType::StopIteration, "")),
        },
        Err(crate::exceptions::RunError::New(ExcType::TypeError, _)) => Err(exc(
            ExcType::TypeError,
            format!("'{}' object is not an iterator", vm.type_name(it)),
        )),
        Err(e) => Err(e),
    }
}

fn alloc_iter(vm: &mut Vm<'_, '_>, kind: IterKind) -> RunResult<Value> {
    vm.heap.alloc(Obj::Iter(IterObj { kind, done: false }))
}

pub(crate) fn enumerate(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let start = args.take_kw(vm, "start");
    if let Some(it) = args.take_kw(vm, "iterable") {
        args.pos.insert(0, it);
    }
    args.finish_kw(vm)?;
    let (iterable, start) = match (args.pos.as_slice(), start) {
        ([it], s) => (*it, s.unwrap_or(Value::Int(0))),
        ([it, s], None) => (*it, *s),
        _ => return Err(messages::arity("enumerate", 1, 2, args.pos.len())),
    };
    if vm.index_of(start).is_none() {
        return Err(exc(
            ExcType::TypeError,
            format!("'{}' object cannot be interpreted as an integer", vm.type_name(start)),
        ));
    }
    let inner = vm.get_iter(iterable)?;
    alloc_iter(vm, IterKind::Enumerate { inner, count: start })
}

pub(crate) fn zip(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let strict = match args.take_kw(vm, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    args.finish_kw(vm)?;
    let mut iters = Vec::with_capacity(args.pos.len());
    for (i, &v) in args.pos.iter().enumerate() {
        let it = vm.get_iter(v).map_err(|e| match e {
            crate::exceptions::RunError::New(ExcType::TypeError, _) => exc(
                ExcType::TypeError,
                format!("zip argument #{} must support iteration", i + 1),
            ),
            other => other,
        })?;
        iters.push(it);
    }
    let kind = if strict {
        IterKind::ZipStrict { iters }
    } else {
        IterKind::Zip { iters }
    };
    alloc_iter(vm, kind)
}

pub(crate) fn map(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    if args.pos.len() < 2 {
        return Err(exc(ExcType::TypeError, "map() must have at least two arguments."));
    }
    let func = args.pos[0];
    let mut iters = Vec::new();
    for &v in &args.pos[1..] {
        iters.push(vm.get_iter(v)?);
    }
    alloc_iter(vm, IterKind::Map { func, iters })
}

pub(crate) fn filter(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?;
    let (func, it) = (a[0], a[1]);
    let inner = vm.get_iter(it)?;
    alloc_iter(vm, IterKind::Filter { func, inner })
}

pub(crate) fn reversed(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.range(1, 1)?[0];
    if vm.is_user(v)
        && let Some(r) = vm.call_dunder(v, "__reversed__", Vec::new())?
    {
        return Ok(r);
    }
    let Value::Ref(id) = v else {
        return Err(exc(
            ExcType::TypeError,
            format!("'{}' object is not reversible", vm.type_name(v)),
        ));
    };
    match vm.heap.get(id) {
        Obj::List(x) | Obj::Tuple(x) => {
            let left = x.len();
            alloc_iter(vm, IterKind::Reversed { seq: id, left })
        }
        Obj::Bytes(b) | Obj::ByteArray(b) => {
            let items: Vec<Value> = b.iter().rev().map(|&c| Value::Int(i64::from(c))).collect();
            vm.heap.check_alloc(items.len().saturating_mul(16))?;
            let t = vm.heap.alloc_list(items)?;
            vm.get_iter(t)
        }
        Obj::Str(s) => {
            let chars: Vec<char> = s.chars().rev().collect();
            let mut items = Vec::with_capacity(chars.len());
            for c in chars {
                items.push(vm.new_str(c.to_string())?);
            }
            let t = vm.heap.alloc_list(items)?;
            vm.get_iter(t)
        }
        Obj::Range(r) => {
            let r = *r;
            let n = r.len();
            let last = if n > 0 { r.at(n - 1) } else { r.start };
            alloc_iter(
                vm,
                IterKind::Range {
                    next: last,
                    left: n,
                    step: r.step.wrapping_neg(),
                },
            )
        }
        Obj::Dict(_) | Obj::DictView(..) => {
            let mut items = vm.collect(v)?;
            items.reverse();
            let t = vm.heap.alloc_list(items)?;
            vm.get_iter(t)
        }
        _ => Err(exc(
            ExcType::TypeError,
            format!("'{}' object is not reversible", vm.type_name(v)),
        )),
    }
}
