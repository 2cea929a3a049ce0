//! `collections`: Counter, defaultdict, OrderedDict and deque as wrappers
//! around a real dict or list. The VM's container operations (len, `in`,
//! iteration, indexing, truthiness, `==`) see through the wrapper to the
//! inner container; the wrapper adds its own methods and `__missing__`
//! behaviour, and falls back to the inner container's methods.

use serde::{Deserialize, Serialize};

use super::{Member, ModuleSpec, StdObj, TypeSpec};
use crate::builtins::args::Args;
use crate::bytecode::BinOp;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::dict::Dict;
use crate::object::heap::Obj;
use crate::object::types::TypeId;
use crate::object::value::{HeapId, Value};
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    source: None,
    members: &[
        ("Counter", Member::Type(TypeId::Counter)),
        ("defaultdict", Member::Type(TypeId::DefaultDict)),
        ("OrderedDict", Member::Type(TypeId::OrderedDict)),
        ("deque", Member::Type(TypeId::Deque)),
    ],
    all: Some(&["Counter", "defaultdict", "OrderedDict", "deque"]),
};

/// `Counter`
pub(super) static COUNTER: TypeSpec = TypeSpec {
    ty: TypeId::Counter,
    methods: &[
        ("most_common", most_common),
        ("elements", elements),
        ("total", total),
        ("update", counter_update),
        ("subtract", subtract),
        ("copy", copy),
    ],
    construct: Some(new_counter),
};

/// `defaultdict`
pub(super) static DEFAULTDICT: TypeSpec = TypeSpec {
    ty: TypeId::DefaultDict,
    methods: &[("copy", copy)],
    construct: Some(new_defaultdict),
};

/// `OrderedDict`
pub(super) static ORDEREDDICT: TypeSpec = TypeSpec {
    ty: TypeId::OrderedDict,
    methods: &[("move_to_end", move_to_end), ("popitem", od_popitem), ("copy", copy)],
    construct: Some(new_ordereddict),
};

/// `deque`
pub(super) static DEQUE: TypeSpec = TypeSpec {
    ty: TypeId::Deque,
    methods: &[
        ("append", dq_append),
        ("appendleft", dq_appendleft),
        ("pop", dq_pop),
        ("popleft", dq_popleft),
        ("extend", dq_extend),
        ("extendleft", dq_extendleft),
        ("rotate", dq_rotate),
        ("copy", copy),
    ],
    construct: Some(new_deque),
};

/// Which collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CollKind {
    /// `Counter`
    Counter,
    /// `defaultdict`
    DefaultDict,
    /// `OrderedDict`
    OrderedDict,
    /// `deque`
    Deque,
}

/// A collection: its kind, the inner dict or list, and `default_factory` / `maxlen`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coll {
    /// Which collection.
    pub kind: CollKind,
    /// The inner dict (or list for deque).
    pub inner: Value,
    /// `default_factory` (defaultdict) or `maxlen` (deque; None when unbounded).
    pub extra: Value,
}

impl CollKind {
    pub(super) fn type_id(self) -> TypeId {
        match self {
            Self::Counter => TypeId::Counter,
            Self::DefaultDict => TypeId::DefaultDict,
            Self::OrderedDict => TypeId::OrderedDict,
            Self::Deque => TypeId::Deque,
        }
    }
}

fn coll(vm: &Vm<'_, '_>, v: Value) -> RunResult<Coll> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Std(StdObj::Coll(c)) => Ok(c.clone()),
            _ => Err(RunError::Internal("collection")),
        },
        _ => Err(RunError::Internal("collection")),
    }
}

fn alloc(vm: &mut Vm<'_, '_>, kind: CollKind, inner: Value, extra: Value) -> RunResult<Value> {
    vm.heap.alloc(Obj::Std(StdObj::Coll(Coll { kind, inner, extra })))
}

fn new_dict(vm: &mut Vm<'_, '_>) -> RunResult<Value> {
    vm.heap.alloc(Obj::Dict(Dict::new()))
}

/// The inner container of a collection value, if `v` is one.
pub(super) fn inner_of(vm: &Vm<'_, '_>, v: Value) -> Option<Value> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Std(StdObj::Coll(c)) => Some(c.inner),
            _ => None,
        },
        _ => None,
    }
}

fn is_mapping(vm: &Vm<'_, '_>, v: Value) -> bool {
    matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Dict(_)))
}

// ------------------------------------------------------------ Counter

/// Add counts from an iterable (each element +1) or a mapping (its values), times `sign`.
fn count_into(vm: &mut Vm<'_, '_>, d: Value, src: Value, sign: i64) -> RunResult<()> {
    let src = inner_of(vm, src).unwrap_or(src);
    let base = vm.stack.len();
    vm.stack.push(src);
    let r = (|| {
        if is_mapping(vm, src) {
            let pairs: Vec<(Value, Value)> = match src {
                Value::Ref(id) => match vm.heap.get(id) {
                    Obj::Dict(x) => x.iter().collect(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            for (k, v) in pairs {
                let old = vm.dict_lookup(d, k)?.unwrap_or(Value::Int(0));
                let new = if sign > 0 {
                    vm.binary_op(BinOp::Add, old, v)?
                } else {
                    vm.binary_op(BinOp::Sub, old, v)?
                };
                vm.dict_set(d, k, new)?;
            }
            return Ok(());
        }
        let it = vm.get_iter(src)?;
        vm.stack.push(it);
        while let Some(x) = vm.iter_next(it)? {
            vm.tick()?;
            let old = vm.dict_lookup(d, x)?.unwrap_or(Value::Int(0));
            let new = vm.binary_op(BinOp::Add, old, Value::Int(sign))?;
            vm.dict_set(d, x, new)?;
        }
        Ok(())
    })();
    vm.stack.truncate(base);
    r
}

fn kw_counts(vm: &mut Vm<'_, '_>, d: Value, kw: Vec<(Value, Value)>, sign: i64) -> RunResult<()> {
    for (k, v) in kw {
        let old = vm.dict_lookup(d, k)?.unwrap_or(Value::Int(0));
        let new = if sign > 0 {
            vm.binary_op(BinOp::Add, old, v)?
        } else {
            vm.binary_op(BinOp::Sub, old, v)?
        };
        vm.dict_set(d, k, new)?;
    }
    Ok(())
}

fn new_counter(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    if args.pos.len() > 1 {
        return Err(exc(
            ExcType::TypeError,
            format!("expected at most 1 arguments, got {}", args.pos.len()),
        ));
    }
    let d = new_dict(vm)?;
    vm.stack.push(d);
    let r = (|| {
        if let Some(&src) = args.pos.first()
            && src != Value::None
        {
            count_into(vm, d, src, 1)?;
        }
        kw_counts(vm, d, args.kw, 1)?;
        alloc(vm, CollKind::Counter, d, Value::None)
    })();
    vm.stack.pop();
    r
}

fn counter_update(vm: &mut Vm<'_, '_>, c: Value, args: Args) -> RunResult<Value> {
    let d = coll(vm, c)?.inner;
    if let Some(&src) = args.pos.first()
        && src != Value::None
    {
        count_into(vm, d, src, 1)?;
    }
    kw_counts(vm, d, args.kw, 1)?;
    Ok(Value::None)
}

fn subtract(vm: &mut Vm<'_, '_>, c: Value, args: Args) -> RunResult<Value> {
    let d = coll(vm, c)?.inner;
    if let Some(&src) = args.pos.first()
        && src != Value::None
    {
        count_into(vm, d, src, -1)?;
    }
    kw_counts(vm, d, args.kw, -1)?;
    Ok(Value::None)
}

fn pairs_of(vm: &Vm<'_, '_>, d: Value) -> Vec<(Value, Value)> {
    match d {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Dict(x) => x.iter().collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Items sorted by count, largest first, ties in insertion order.
fn by_count(vm: &mut Vm<'_, '_>, d: Value) -> RunResult<Vec<(Value, Value)>> {
    let pairs = pairs_of(vm, d);
    let mut idx: Vec<Value> = (0..pairs.len()).map(|i| Value::Int(i as i64)).collect();
    let keys: Vec<Value> = pairs.iter().map(|(_, v)| *v).collect();
    vm.sort_values(&mut idx, Some(keys), true)?;
    Ok(idx
        .iter()
        .filter_map(|i| match i {
            Value::Int(i) => pairs.get(usize::try_from(*i).ok()?).copied(),
            _ => None,
        })
        .collect())
}

fn most_common(vm: &mut Vm<'_, '_>, c: Value, mut args: Args) -> RunResult<Value> {
    let n_kw = args.take_kw(vm, "n");
    args.finish_kw(vm)?;
    let n = match args.pos.first().copied().or(n_kw) {
        None | Some(Value::None) => None,
        Some(v) => Some(usize::try_from(vm.expect_index(v)?).unwrap_or(0)),
    };
    let d = coll(vm, c)?.inner;
    let mut pairs = by_count(vm, d)?;
    if let Some(n) = n {
        pairs.truncate(n);
    }
    let mut out = Vec::with_capacity(pairs.len());
    for (k, v) in pairs {
        out.push(vm.heap.alloc_tuple(vec![k, v])?);
    }
    vm.heap.alloc_list(out)
}

fn elements(vm: &mut Vm<'_, '_>, c: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let d = coll(vm, c)?.inner;
    let mut out = Vec::new();
    for (k, v) in pairs_of(vm, d) {
        let n = vm.index_of(v).unwrap_or(0);
        for _ in 0..n.max(0) {
            vm.tick()?;
            out.push(k);
        }
    }
    vm.heap.charge(out.len() * 16)?;
    let list = vm.heap.alloc_list(out)?;
    vm.get_iter(list)
}

fn total(vm: &mut Vm<'_, '_>, c: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let d = coll(vm, c)?.inner;
    let mut acc = Value::Int(0);
    for (_, v) in pairs_of(vm, d) {
        acc = vm.binary_op(BinOp::Add, acc, v)?;
    }
    Ok(acc)
}

/// `Counter + Counter`, `Counter - Counter` (positive counts only).
pub(super) fn binary(vm: &mut Vm<'_, '_>, op: BinOp, a: Value, b: Value) -> RunResult<Option<Value>> {
    let (Ok(ca), Ok(cb)) = (coll(vm, a), coll(vm, b)) else {
        return Ok(None);
    };
    if ca.kind != CollKind::Counter || cb.kind != CollKind::Counter || !matches!(op, BinOp::Add | BinOp::Sub) {
        return Ok(None);
    }
    let d = new_dict(vm)?;
    vm.stack.push(d);
    let r = (|| {
        let left = pairs_of(vm, ca.inner);
        let right = pairs_of(vm, cb.inner);
        for (k, v) in &left {
            let other = vm.dict_lookup(cb.inner, *k)?.unwrap_or(Value::Int(0));
            let n = vm.binary_op(if op == BinOp::Add { BinOp::Add } else { BinOp::Sub }, *v, other)?;
            if vm
                .compare_op(crate::bytecode::CmpOp::Gt, n, Value::Int(0))
                .and_then(|x| vm.truthy(x))?
            {
                vm.dict_set(d, *k, n)?;
            }
        }
        if op == BinOp::Add {
            for (k, v) in &right {
                if vm.dict_lookup(ca.inner, *k)?.is_none()
                    && vm
                        .compare_op(crate::bytecode::CmpOp::Gt, *v, Value::Int(0))
                        .and_then(|x| vm.truthy(x))?
                {
                    vm.dict_set(d, *k, *v)?;
                }
            }
        }
        alloc(vm, CollKind::Counter, d, Value::None)
    })();
    vm.stack.pop();
    r.map(Some)
}

// ------------------------------------------------------------ defaultdict / OrderedDict

fn new_defaultdict(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let Args { pos, kw, .. } = args;
    let (factory, rest) = match pos.split_first() {
        Some((f, rest)) => (*f, rest.to_vec()),
        None => (Value::None, Vec::new()),
    };
    if factory != Value::None && !vm.is_callable_value(factory) {
        return Err(exc(ExcType::TypeError, "first argument must be callable or None"));
    }
    let d = crate::builtins::call_type(vm, TypeId::Dict, rest, kw)?;
    alloc(vm, CollKind::DefaultDict, d, factory)
}

fn new_ordereddict(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let Args { pos, kw, .. } = args;
    let pos: Vec<Value> = pos.into_iter().map(|v| inner_of(vm, v).unwrap_or(v)).collect();
    let d = crate::builtins::call_type(vm, TypeId::Dict, pos, kw)?;
    alloc(vm, CollKind::OrderedDict, d, Value::None)
}

fn move_to_end(vm: &mut Vm<'_, '_>, o: Value, mut args: Args) -> RunResult<Value> {
    let last = args.take_kw(vm, "last");
    args.finish_kw(vm)?;
    let a = args.range(1, 2)?.to_vec();
    let last = match a.get(1).copied().or(last) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let d = coll(vm, o)?.inner;
    let Some(v) = vm.dict_remove(d, a[0])? else {
        let r = vm.repr(a[0])?;
        return Err(exc(ExcType::KeyError, r));
    };
    if last {
        vm.dict_set(d, a[0], v)?;
    } else {
        let mut pairs = vec![(a[0], v)];
        pairs.extend(pairs_of(vm, d));
        if let Value::Ref(id) = d {
            *vm.heap.get_mut(id) = Obj::Dict(Dict::new());
        }
        for (k, v) in pairs {
            vm.dict_set(d, k, v)?;
        }
    }
    Ok(Value::None)
}

fn od_popitem(vm: &mut Vm<'_, '_>, o: Value, mut args: Args) -> RunResult<Value> {
    let last = args.take_kw(vm, "last");
    args.finish_kw(vm)?;
    let a = args.range(0, 1)?.to_vec();
    let last = match a.first().copied().or(last) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let d = coll(vm, o)?.inner;
    let pairs = pairs_of(vm, d);
    let pick = if last { pairs.last() } else { pairs.first() };
    let Some(&(k, v)) = pick else {
        return Err(exc(ExcType::KeyError, "dictionary is empty"));
    };
    vm.dict_remove(d, k)?;
    vm.heap.alloc_tuple(vec![k, v])
}

fn copy(vm: &mut Vm<'_, '_>, o: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let c = coll(vm, o)?;
    let inner = match vm.heap.get(c.inner.heap_id().unwrap_or(0)) {
        Obj::Dict(d) => Obj::Dict(d.clone()),
        Obj::List(l) => Obj::List(l.clone()),
        _ => return Err(RunError::Internal("collection")),
    };
    let inner = vm.heap.alloc(inner)?;
    alloc(vm, c.kind, inner, c.extra)
}

/// `c[key]` for a missing key: Counter gives 0, defaultdict calls its factory.
pub(super) fn missing(vm: &mut Vm<'_, '_>, c: &Coll, key: Value) -> RunResult<Option<Value>> {
    match c.kind {
        CollKind::Counter => Ok(Some(Value::Int(0))),
        CollKind::DefaultDict if c.extra != Value::None => {
            let v = vm.call_sync(c.extra, Vec::new())?;
            vm.dict_set(c.inner, key, v)?;
            Ok(Some(v))
        }
        _ => Ok(None),
    }
}

// ------------------------------------------------------------ deque

fn list_items(vm: &Vm<'_, '_>, l: Value) -> Vec<Value> {
    match l {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::List(v) => v.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn set_items(vm: &mut Vm<'_, '_>, l: Value, items: Vec<Value>) -> RunResult<()> {
    if let Value::Ref(id) = l {
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

fn maxlen(vm: &Vm<'_, '_>, c: &Coll) -> Option<usize> {
    match c.extra {
        Value::None => None,
        v => vm.index_of(v).and_then(|i| usize::try_from(i).ok()),
    }
}

fn new_deque(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let ml = args.take_kw(vm, "maxlen");
    let it = args.take_kw(vm, "iterable");
    args.finish_kw(vm)?;
    let a = args.range(0, 2)?.to_vec();
    let src = a.first().copied().or(it);
    let ml = a.get(1).copied().or(ml).unwrap_or(Value::None);
    let extra = match ml {
        Value::None => Value::None,
        v => {
            let n = vm.expect_index(v)?;
            if n < 0 {
                return Err(exc(ExcType::ValueError, "maxlen must be non-negative"));
            }
            Value::Int(n)
        }
    };
    let mut items = match src {
        Some(s) => vm.collect(s)?,
        None => Vec::new(),
    };
    if let Value::Int(n) = extra {
        let n = usize::try_from(n).unwrap_or(0);
        if items.len() > n {
            items.drain(..items.len() - n);
        }
    }
    let l = vm.heap.alloc_list(items)?;
    alloc(vm, CollKind::Deque, l, extra)
}

fn push(vm: &mut Vm<'_, '_>, dq: Value, new: Vec<Value>, left: bool) -> RunResult<Value> {
    let c = coll(vm, dq)?;
    let mut items = list_items(vm, c.inner);
    let max = maxlen(vm, &c);
    for v in new {
        if left {
            items.insert(0, v);
            if max.is_some_and(|m| items.len() > m) {
                items.pop();
            }
        } else {
            items.push(v);
            if max.is_some_and(|m| items.len() > m) {
                items.remove(0);
            }
        }
    }
    set_items(vm, c.inner, items)?;
    Ok(Value::None)
}

fn dq_append(vm: &mut Vm<'_, '_>, dq: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of("deque")?;
    push(vm, dq, vec![v], false)
}

fn dq_appendleft(vm: &mut Vm<'_, '_>, dq: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of("deque")?;
    push(vm, dq, vec![v], true)
}

fn dq_extend(vm: &mut Vm<'_, '_>, dq: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of("deque")?;
    let items = vm.collect(v)?;
    push(vm, dq, items, false)
}

fn dq_extendleft(vm: &mut Vm<'_, '_>, dq: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of("deque")?;
    let items = vm.collect(v)?;
    push(vm, dq, items, true)
}

fn dq_pop(vm: &mut Vm<'_, '_>, dq: Value, args: Args) -> RunResult<Value> {
    args.none_of("deque")?;
    let c = coll(vm, dq)?;
    let mut items = list_items(vm, c.inner);
    let v = items
        .pop()
        .ok_or_else(|| exc(ExcType::IndexError, "pop from an empty deque"))?;
    set_items(vm, c.inner, items)?;
    Ok(v)
}

fn dq_popleft(vm: &mut Vm<'_, '_>, dq: Value, args: Args) -> RunResult<Value> {
    args.none_of("deque")?;
    let c = coll(vm, dq)?;
    let mut items = list_items(vm, c.inner);
    if items.is_empty() {
        return Err(exc(ExcType::IndexError, "pop from an empty deque"));
    }
    let v = items.remove(0);
    set_items(vm, c.inner, items)?;
    Ok(v)
}

fn dq_rotate(vm: &mut Vm<'_, '_>, dq: Value, args: Args) -> RunResult<Value> {
    let a = args.range(0, 1)?.to_vec();
    let n = match a.first() {
        Some(&v) => vm.expect_index(v)?,
        None => 1,
    };
    let c = coll(vm, dq)?;
    let mut items = list_items(vm, c.inner);
    let len = items.len() as i64;
    if len > 0 {
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    set_items(vm, c.inner, items)?;
    Ok(Value::None)
}

// ------------------------------------------------------------ attributes and repr

/// Attributes of collections: own data attributes, then the inner container's methods.
pub(super) fn load_attr(vm: &mut Vm<'_, '_>, id: HeapId, name: &str) -> RunResult<Option<Value>> {
    let Obj::Std(StdObj::Coll(c)) = vm.heap.get(id) else {
        return Ok(None);
    };
    let c = c.clone();
    match (c.kind, name) {
        (CollKind::DefaultDict, "default_factory") => return Ok(Some(c.extra)),
        (CollKind::Deque, "maxlen") => return Ok(Some(c.extra)),
        _ => {}
    }
    // methods of the inner dict/list, except those that would change the kind
    let own = super::type_spec(c.kind.type_id()).is_some_and(|s| s.methods.iter().any(|(n, _)| *n == name));
    let blocked = c.kind == CollKind::Deque && matches!(name, "sort" | "copy");
    if !own && !blocked {
        return vm.load_attr(c.inner, name).map(Some);
    }
    Ok(None)
}

/// `repr()` of a collection.
pub(super) fn repr(vm: &mut Vm<'_, '_>, id: HeapId) -> RunResult<String> {
    let Obj::Std(StdObj::Coll(c)) = vm.heap.get(id) else {
        return Ok(String::new());
    };
    let c = c.clone();
    Ok(match c.kind {
        CollKind::Counter => {
            let pairs = by_count(vm, c.inner)?;
            if pairs.is_empty() {
                return Ok("Counter()".to_owned());
            }
            let mut out = String::from("Counter({");
            for (i, (k, v)) in pairs.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr(k)?);
                out.push_str(": ");
                out.push_str(&vm.repr(v)?);
            }
            out.push_str("})");
            out
        }
        CollKind::DefaultDict => {
            let f = vm.repr(c.extra)?;
            let d = vm.repr(c.inner)?;
            format!("defaultdict({f}, {d})")
        }
        CollKind::OrderedDict => {
            let pairs = pairs_of(vm, c.inner);
            if pairs.is_empty() {
                return Ok("OrderedDict()".to_owned());
            }
            let mut out = String::from("OrderedDict([");
            for (i, (k, v)) in pairs.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push('(');
                out.push_str(&vm.repr(k)?);
                out.push_str(", ");
                out.push_str(&vm.repr(v)?);
                out.push(')');
            }
            out.push_str("])");
            out
        }
        CollKind::Deque => {
            let l = vm.repr(c.inner)?;
            match c.extra {
                Value::None => format!("deque({l})"),
                m => format!("deque({l}, maxlen={})", vm.repr(m)?),
            }
        }
    })
}
