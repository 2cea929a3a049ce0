//! `heapq` and `bisect`: CPython's exact algorithms (same comparisons in the
//! same order, so list layouts and tie-breaking match).

use super::{Member, ModuleSpec};
use crate::builtins::args::Args;
use crate::bytecode::CmpOp;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    source: None,
    members: &[
        ("heappush", Member::Fn(heappush)),
        ("heappop", Member::Fn(heappop)),
        ("heapify", Member::Fn(heapify)),
        ("heapreplace", Member::Fn(heapreplace)),
        ("heappushpop", Member::Fn(heappushpop)),
        ("nlargest", Member::Fn(nlargest)),
        ("nsmallest", Member::Fn(nsmallest)),
    ],
    all: Some(&[
        "heappush",
        "heappop",
        "heapify",
        "heapreplace",
        "nlargest",
        "nsmallest",
        "heappushpop",
    ]),
};

pub(super) static BISECT: ModuleSpec = ModuleSpec {
    source: None,
    members: &[
        ("bisect_left", Member::Fn(bisect_left)),
        ("bisect_right", Member::Fn(bisect_right)),
        ("bisect", Member::Fn(bisect_right)),
        ("insort_left", Member::Fn(insort_left)),
        ("insort_right", Member::Fn(insort_right)),
        ("insort", Member::Fn(insort_right)),
    ],
    all: None,
};

fn lt(vm: &mut Vm<'_, '_>, a: Value, b: Value) -> RunResult<bool> {
    let r = vm.compare_op(CmpOp::Lt, a, b)?;
    vm.truthy(r)
}

/// The items of a list argument, or CPython's TypeError.
fn heap_items(vm: &Vm<'_, '_>, h: Value, fname: &str) -> RunResult<Vec<Value>> {
    if let Value::Ref(id) = h
        && let Obj::List(v) = vm.heap.get(id)
    {
        return Ok(v.clone());
    }
    Err(exc(
        ExcType::TypeError,
        format!("{fname}() argument 1 must be list, not {}", vm.type_name(h)),
    ))
}

fn store(vm: &mut Vm<'_, '_>, h: Value, items: Vec<Value>) -> RunResult<()> {
    if let Value::Ref(id) = h {
        let old = match vm.heap.get(id) {
            Obj::List(v) => v.len(),
            _ => 0,
        };
        if items.len() > old {
            vm.heap.charge((items.len() - old) * 16)?;
        }
        *vm.heap.get_mut(id) = Obj::List(items);
    }
    Ok(())
}

fn siftdown(vm: &mut Vm<'_, '_>, heap: &mut [Value], start: usize, mut pos: usize) -> RunResult<()> {
    let newitem = heap[pos];
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = heap[parentpos];
        if lt(vm, newitem, parent)? {
            heap[pos] = parent;
            pos = parentpos;
            continue;
        }
        break;
    }
    heap[pos] = newitem;
    Ok(())
}

fn siftup(vm: &mut Vm<'_, '_>, heap: &mut [Value], mut pos: usize) -> RunResult<()> {
    let endpos = heap.len();
    let startpos = pos;
    let newitem = heap[pos];
    let mut childpos = 2 * pos + 1;
    while childpos < endpos {
        vm.tick()?;
        let rightpos = childpos + 1;
        if rightpos < endpos && !lt(vm, heap[childpos], heap[rightpos])? {
            childpos = rightpos;
        }
        heap[pos] = heap[childpos];
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    heap[pos] = newitem;
    siftdown(vm, heap, startpos, pos)
}

fn two(args: &Args) -> RunResult<(Value, Value)> {
    let a = args.range(2, 2)?;
    Ok((a[0], a[1]))
}

fn heappush(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (h, item) = two(&args)?;
    let mut items = heap_items(vm, h, "heappush")?;
    items.push(item);
    let last = items.len() - 1;
    siftdown(vm, &mut items, 0, last)?;
    store(vm, h, items)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let h = args.one()?;
    let mut items = heap_items(vm, h, "heappop")?;
    let Some(last) = items.pop() else {
        return Err(exc(ExcType::IndexError, "index out of range"));
    };
    if items.is_empty() {
        store(vm, h, items)?;
        return Ok(last);
    }
    let ret = items[0];
    items[0] = last;
    siftup(vm, &mut items, 0)?;
    store(vm, h, items)?;
    Ok(ret)
}

fn heapify(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let h = args.one()?;
    let mut items = heap_items(vm, h, "heapify")?;
    for i in (0..items.len() / 2).rev() {
        siftup(vm, &mut items, i)?;
    }
    store(vm, h, items)?;
    Ok(Value::None)
}

fn heapreplace(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (h, item) = two(&args)?;
    let mut items = heap_items(vm, h, "heapreplace")?;
    if items.is_empty() {
        return Err(exc(ExcType::IndexError, "index out of range"));
    }
    let ret = items[0];
    items[0] = item;
    siftup(vm, &mut items, 0)?;
    store(vm, h, items)?;
    Ok(ret)
}

fn heappushpop(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (h, item) = two(&args)?;
    let mut items = heap_items(vm, h, "heappushpop")?;
    if items.is_empty() || !lt(vm, items[0], item)? {
        return Ok(item);
    }
    let ret = items[0];
    items[0] = item;
    siftup(vm, &mut items, 0)?;
    store(vm, h, items)?;
    Ok(ret)
}

/// `nlargest`/`nsmallest`: `sorted(iterable, key=key, reverse=...)[:n]`.
fn nbest(vm: &mut Vm<'_, '_>, mut args: Args, reverse: bool) -> RunResult<Value> {
    let key = args.take_kw(vm, "key").filter(|k| *k != Value::None);
    args.finish_kw(vm)?;
    let a = args.range(2, 2)?.to_vec();
    let n = vm.expect_index(a[0])?;
    let mut items = vm.collect(a[1])?;
    let keys = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for &x in &items {
                ks.push(vm.call_sync(k, vec![x])?);
            }
            Some(ks)
        }
        None => None,
    };
    vm.sort_values(&mut items, keys, reverse)?;
    items.truncate(usize::try_from(n).unwrap_or(0));
    vm.heap.alloc_list(items)
}

fn nlargest(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    nbest(vm, args, true)
}

fn nsmallest(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    nbest(vm, args, false)
}

// ------------------------------------------------------------ bisect

/// `(a, x, lo, hi, key)` of a bisect call.
fn bisect_args(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<(Value, Value, i64, i64, Value)> {
    let lo_kw = args.take_kw(vm, "lo");
    let hi_kw = args.take_kw(vm, "hi");
    let key = args.take_kw(vm, "key").unwrap_or(Value::None);
    args.finish_kw(vm)?;
    let p = args.range(2, 4)?.to_vec();
    let lo = match p.get(2).copied().or(lo_kw) {
        Some(v) => vm.expect_index(v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(exc(ExcType::ValueError, "lo must be non-negative"));
    }
    let hi = match p.get(3).copied().or(hi_kw) {
        Some(Value::None) | None => vm.len(p[0])? as i64,
        Some(v) => vm.expect_index(v)?,
    };
    Ok((p[0], p[1], lo, hi, key))
}

fn search(
    vm: &mut Vm<'_, '_>,
    a: Value,
    x: Value,
    mut lo: i64,
    mut hi: i64,
    key: Value,
    right: bool,
) -> RunResult<i64> {
    while lo < hi {
        vm.tick()?;
        let mid = (lo + hi) / 2;
        let mut item = vm.getitem(a, Value::Int(mid))?;
        if key != Value::None {
            item = vm.call_sync(key, vec![item])?;
        }
        let go_left = if right { lt(vm, x, item)? } else { !lt(vm, item, x)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_left(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (a, x, lo, hi, key) = bisect_args(vm, args)?;
    Ok(Value::Int(search(vm, a, x, lo, hi, key, false)?))
}

fn bisect_right(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (a, x, lo, hi, key) = bisect_args(vm, args)?;
    Ok(Value::Int(search(vm, a, x, lo, hi, key, true)?))
}

fn insort(vm: &mut Vm<'_, '_>, args: Args, right: bool) -> RunResult<Value> {
    let (a, x, lo, hi, key) = bisect_args(vm, args)?;
    let kx = if key == Value::None {
        x
    } else {
        vm.call_sync(key, vec![x])?
    };
    let i = search(vm, a, kx, lo, hi, key, right)?;
    let insert = vm.load_attr(a, "insert")?;
    vm.call_sync(insert, vec![Value::Int(i), x])?;
    Ok(Value::None)
}

fn insort_left(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    insort(vm, args, false)
}

fn insort_right(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    insort(vm, args, true)
}
