//! `copy`: `copy` and `deepcopy` (cycle-safe through a memo, nesting bounded).

use std::collections::HashMap;

use super::{Member, ModuleSpec, StdObj};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::dict::Dict;
use crate::object::heap::Obj;
use crate::object::value::{HeapId, Value};
use crate::vm::Vm;

/// Deepest nesting `deepcopy` follows (CPython stops at its recursion limit).
const MAX_DEPTH: usize = 500;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    source: None,
    members: &[("copy", Member::Fn(copy)), ("deepcopy", Member::Fn(deepcopy))],
    all: Some(&["copy", "deepcopy"]),
};

fn unsupported(vm: &Vm<'_, '_>, v: Value) -> RunError {
    exc(
        ExcType::TypeError,
        format!("copying '{}' objects is not supported in Monty yet", vm.type_name(v)),
    )
}

/// A shallow copy: a new container with the same items; immutable values are returned as is.
fn shallow(vm: &mut Vm<'_, '_>, v: Value) -> RunResult<Value> {
    let Value::Ref(id) = v else { return Ok(v) };
    // a user class that defines `__copy__` copies itself (enum members, named tuples)
    if let Some(r) = vm.call_dunder(v, "__copy__", Vec::new())? {
        return Ok(r);
    }
    let obj = match vm.heap.get(id) {
        Obj::List(items) => Obj::List(items.clone()),
        Obj::Dict(d) => Obj::Dict(d.clone()),
        Obj::Set(d) => Obj::Set(d.clone()),
        Obj::ByteArray(b) => Obj::ByteArray(b.clone()),
        Obj::Str(_)
        | Obj::Bytes(_)
        | Obj::BigInt(_)
        | Obj::Complex(_)
        | Obj::Tuple(_)
        | Obj::FrozenSet(_)
        | Obj::Range(_)
        | Obj::Slice(_)
        | Obj::Function(_) => return Ok(v),
        Obj::Std(StdObj::Coll(_)) => {
            let m = vm.load_attr(v, "copy")?;
            return vm.call_sync(m, Vec::new());
        }
        Obj::Std(StdObj::Module(_) | StdObj::Function(_) | StdObj::Pattern(_)) => return Ok(v),
        _ => return Err(unsupported(vm, v)),
    };
    vm.heap.alloc(obj)
}

fn copy(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    shallow(vm, v)
}

fn deepcopy(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(1, 2)?.to_vec();
    let mut memo: HashMap<HeapId, Value> = HashMap::new();
    let base = vm.stack.len();
    let r = deep(vm, a[0], &mut memo, 0);
    vm.stack.truncate(base);
    r
}

fn deep(vm: &mut Vm<'_, '_>, v: Value, memo: &mut HashMap<HeapId, Value>, depth: usize) -> RunResult<Value> {
    let Value::Ref(id) = v else { return Ok(v) };
    if let Some(&done) = memo.get(&id) {
        return Ok(done);
    }
    if depth > MAX_DEPTH {
        return Err(exc(ExcType::RecursionError, "maximum recursion depth exceeded"));
    }
    vm.tick()?;
    if vm.user_method(v, "__deepcopy__").is_some() {
        let memo_dict = vm.heap.alloc(Obj::Dict(Dict::new()))?;
        vm.stack.push(memo_dict);
        if let Some(r) = vm.call_dunder(v, "__deepcopy__", vec![memo_dict])? {
            memo.insert(id, r);
            return Ok(r);
        }
    }
    match vm.heap.get(id) {
        Obj::List(items) => {
            let items = items.clone();
            let new = vm.heap.alloc_list(Vec::with_capacity(items.len()))?;
            vm.stack.push(new);
            memo.insert(id, new);
            for x in items {
                let c = deep(vm, x, memo, depth + 1)?;
                vm.list_append(new, c)?;
            }
            Ok(new)
        }
        Obj::Tuple(items) => {
            let items = items.clone();
            let mut out = Vec::with_capacity(items.len());
            for &x in &items {
                let c = deep(vm, x, memo, depth + 1)?;
                vm.stack.push(c);
                out.push(c);
            }
            if let Some(&done) = memo.get(&id) {
                return Ok(done);
            }
            let same = out.iter().zip(&items).all(|(a, b)| a == b);
            let r = if same { v } else { vm.heap.alloc_tuple(out)? };
            memo.insert(id, r);
            Ok(r)
        }
        Obj::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d.iter().collect();
            let new = vm.heap.alloc(Obj::Dict(Dict::new()))?;
            vm.stack.push(new);
            memo.insert(id, new);
            for (k, x) in pairs {
                let kc = deep(vm, k, memo, depth + 1)?;
                vm.stack.push(kc);
                let xc = deep(vm, x, memo, depth + 1)?;
                vm.dict_set(new, kc, xc)?;
            }
            Ok(new)
        }
        Obj::Set(d) => {
            let keys: Vec<Value> = d.iter().map(|(k, _)| k).collect();
            let new = vm.build_set(Vec::new())?;
            vm.stack.push(new);
            memo.insert(id, new);
            for k in keys {
                let kc = deep(vm, k, memo, depth + 1)?;
                vm.set_add(new, kc)?;
            }
            Ok(new)
        }
        Obj::ByteArray(b) => {
            let b = b.clone();
            vm.heap.check_alloc(b.len())?;
            let new = vm.heap.alloc(Obj::ByteArray(b))?;
            memo.insert(id, new);
            Ok(new)
        }
        Obj::Std(StdObj::Coll(c)) => {
            let c = c.clone();
            let inner = deep(vm, c.inner, memo, depth + 1)?;
            vm.stack.push(inner);
            let new = vm
                .heap
                .alloc(Obj::Std(StdObj::Coll(super::collections::Coll { inner, ..c })))?;
            memo.insert(id, new);
            Ok(new)
        }
        _ => {
            let r = shallow(vm, v)?;
            if r != v {
                return Err(unsupported(vm, v));
            }
            Ok(v)
        }
    }
}
