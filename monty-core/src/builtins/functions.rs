//! General builtins: `len`, `repr`, `isinstance`, `min`/`max`, `sorted`, ...

use super::args::Args;
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::types::{PyType, TypeId, type_of};
use crate::object::value::Value;
use crate::vm::{Vm, format_with_spec};

pub(crate) fn len(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let n = vm.len(v)?;
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))
}

pub(crate) fn repr(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let s = vm.repr(v)?;
    vm.new_str(s)
}

pub(crate) fn ascii(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let s = vm.repr(v)?;
    vm.new_str(crate::vm::ascii_escape_pub(&s))
}

pub(crate) fn format(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(1, 2)?;
    let (v, spec) = (a[0], a.get(1).copied());
    let spec = match spec {
        Some(s) => vm.expect_str(s, "format() argument 2")?,
        None => String::new(),
    };
    let s = format_with_spec(vm, v, &spec)?;
    vm.new_str(s)
}

pub(crate) fn all(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.iter_next(it)? {
        vm.tick()?;
        if !vm.truthy(x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub(crate) fn any(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.iter_next(it)? {
        vm.tick()?;
        if vm.truthy(x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub(crate) fn callable(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    Ok(Value::Bool(is_callable(vm, v)))
}

/// Whether `v` can be called (`callable(v)`).
pub(crate) fn is_callable(vm: &Vm<'_, '_>, v: Value) -> bool {
    match v {
        Value::Builtin(_) | Value::External(_) | Value::Type(_) | Value::ExcType(_) => true,
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Function(_)
            | Obj::BoundMethod(_)
            | Obj::Class(_)
            | Obj::Method(_)
            | Obj::StaticMethod(_)
            | Obj::SlotMethod(_) => true,
            Obj::Instance(_) | Obj::Exception(_) => vm.user_method(v, "__call__").is_some_and(|f| f != Value::None),
            Obj::Std(s) => s.is_callable(),
            _ => false,
        },
        _ => false,
    }
}

pub(crate) fn chr(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let i = vm.expect_index(v)?;
    let c = u32::try_from(i)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| exc(ExcType::ValueError, "chr() arg not in range(0x110000)"))?;
    vm.new_str(c.to_string())
}

pub(crate) fn ord(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    if let Value::Ref(id) = v {
        match vm.heap.get(id) {
            Obj::Str(s) => {
                let mut chars = s.chars();
                return match (chars.next(), chars.next()) {
                    (Some(c), None) => Ok(Value::Int(i64::from(c as u32))),
                    _ => Err(exc(
                        ExcType::TypeError,
                        format!(
                            "ord() expected a character, but string of length {} found",
                            s.chars().count()
                        ),
                    )),
                };
            }
            Obj::Bytes(b) | Obj::ByteArray(b) => {
                return if b.len() == 1 {
                    Ok(Value::Int(i64::from(b[0])))
                } else {
                    Err(exc(
                        ExcType::TypeError,
                        format!("ord() expected a character, but string of length {} found", b.len()),
                    ))
                };
            }
            _ => {}
        }
    }
    Err(exc(
        ExcType::TypeError,
        format!("ord() expected string of length 1, but {} found", vm.type_name(v)),
    ))
}

pub(crate) fn hash(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    Ok(Value::Int(vm.hash(v)?))
}

/// Whether `v` is an instance of the class value `class`.
pub(crate) fn instance_of(vm: &Vm<'_, '_>, v: Value, class: Value) -> RunResult<bool> {
    let ty = type_of(&vm.heap, v);
    match class {
        Value::Type(TypeId::Object) => Ok(true),
        Value::Type(TypeId::Int) => Ok(matches!(ty, PyType::Builtin(TypeId::Int | TypeId::Bool))),
        Value::Type(t) => Ok(ty == PyType::Builtin(t)),
        Value::ExcType(c) => Ok(match ty {
            PyType::Exc(e) => e.is_subclass_of(c),
            PyType::Class(k) => vm.class_is_subclass(k, class),
            PyType::Builtin(_) => false,
        }),
        Value::Ref(id) if vm.class_obj(id).is_some() => Ok(match ty {
            PyType::Class(k) if vm.class_is_subclass(k, class) => true,
            _ => registered_instance(vm, v, id)?,
        }),
        Value::Ref(id) => {
            if let Obj::TypeExpr(t) = vm.heap.get(id) {
                return vm.instance_of_type_expr(v, &t.clone(), "isinstance");
            }
            let Obj::Tuple(items) = vm.heap.get(id) else {
                return Err(exc(
                    ExcType::TypeError,
                    "isinstance() arg 2 must be a type, a tuple of types, or a union",
                ));
            };
            for &c in items {
                if instance_of(vm, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(exc(
            ExcType::TypeError,
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

pub(crate) fn isinstance(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?;
    Ok(Value::Bool(instance_of(vm, a[0], a[1])?))
}

/// The classes registered as virtual subclasses of the ABC `cls` (its
/// `__monty_abc_registry__` list, kept by `numbers`' `register`): Monty's
/// stand-in for `ABCMeta.__instancecheck__`. Entries are plain classes or
/// builtin types, never consulted recursively.
fn abc_registry(vm: &Vm<'_, '_>, cls: crate::object::value::HeapId) -> Vec<Value> {
    let Some(c) = vm.class_obj(cls) else { return Vec::new() };
    match vm.dict_get_str(c.dict, "__monty_abc_registry__") {
        Some(Value::Ref(l)) => match vm.heap.get(l) {
            Obj::List(items) | Obj::Tuple(items) => items.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Whether `v` is an instance of a class registered with the ABC `cls`.
fn registered_instance(vm: &Vm<'_, '_>, v: Value, cls: crate::object::value::HeapId) -> RunResult<bool> {
    for entry in abc_registry(vm, cls) {
        let direct = match entry {
            Value::Ref(e) if vm.class_obj(e).is_some() => {
                matches!(type_of(&vm.heap, v), PyType::Class(k) if vm.class_is_subclass(k, entry))
            }
            Value::Type(_) | Value::ExcType(_) => instance_of(vm, v, entry)?,
            _ => false,
        };
        if direct {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether the class `sub` is a subclass of a class registered with the ABC `cls`.
fn registered_subclass(vm: &Vm<'_, '_>, sub: Value, cls: crate::object::value::HeapId) -> RunResult<bool> {
    for entry in abc_registry(vm, cls) {
        let direct = match (sub, entry) {
            (Value::Ref(s), Value::Ref(e)) if vm.class_obj(s).is_some() && vm.class_obj(e).is_some() => {
                vm.class_is_subclass(s, entry)
            }
            (Value::Type(_) | Value::ExcType(_), Value::Type(_) | Value::ExcType(_)) => subclass_of(vm, sub, entry)?,
            _ => false,
        };
        if direct {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether the class `sub` is a subclass of the class value `class`.
pub(crate) fn subclass_of(vm: &Vm<'_, '_>, sub: Value, class: Value) -> RunResult<bool> {
    if let Some(t) = vm.type_expr(class) {
        return vm.instance_of_type_expr(sub, &t.clone(), "issubclass");
    }
    if let Value::Ref(sid) = sub
        && vm.class_obj(sid).is_some()
    {
        return match class {
            Value::Type(TypeId::Object) => Ok(true),
            Value::Type(_) | Value::ExcType(_) => Ok(vm.class_is_subclass(sid, class)),
            Value::Ref(cid) if vm.class_obj(cid).is_some() => {
                Ok(vm.class_is_subclass(sid, class) || registered_subclass(vm, sub, cid)?)
            }
            Value::Ref(cid) if matches!(vm.heap.get(cid), Obj::Tuple(_)) => {
                let items = match vm.heap.get(cid) {
                    Obj::Tuple(t) => t.clone(),
                    _ => Vec::new(),
                };
                for c in items {
                    if subclass_of(vm, sub, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(exc(
                ExcType::TypeError,
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            )),
        };
    }
    match (sub, class) {
        (Value::Type(_) | Value::ExcType(_), Value::Ref(cid)) if vm.class_obj(cid).is_some() => {
            registered_subclass(vm, sub, cid)
        }
        (_, Value::Type(TypeId::Object)) => Ok(true),
        (Value::Type(TypeId::Bool), Value::Type(TypeId::Int)) => Ok(true),
        (Value::Type(a), Value::Type(b)) => Ok(a == b),
        (Value::ExcType(a), Value::ExcType(b)) => Ok(a.is_subclass_of(b)),
        (Value::Type(_) | Value::ExcType(_), Value::Type(_) | Value::ExcType(_)) => Ok(false),
        (Value::Type(_) | Value::ExcType(_), Value::Ref(id)) => {
            let Obj::Tuple(items) = vm.heap.get(id) else {
                return Err(exc(
                    ExcType::TypeError,
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                ));
            };
            for &c in items {
                if subclass_of(vm, sub, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        (Value::Type(_) | Value::ExcType(_), _) => Err(exc(
            ExcType::TypeError,
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
        _ => Err(exc(ExcType::TypeError, "issubclass() arg 1 must be a class")),
    }
}

pub(crate) fn issubclass(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?;
    Ok(Value::Bool(subclass_of(vm, a[0], a[1])?))
}

/// The name argument of getattr/hasattr/setattr/delattr, or CPython's TypeError.
pub(crate) fn attr_name(vm: &Vm<'_, '_>, v: Value) -> RunResult<String> {
    vm.str_of(v).map(str::to_owned).ok_or_else(|| {
        exc(
            ExcType::TypeError,
            format!("attribute name must be string, not '{}'", vm.type_name(v)),
        )
    })
}

pub(crate) fn getattr(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(2, 3)?.to_vec();
    let name = attr_name(vm, a[1])?;
    match vm.load_attr(a[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if vm.is_attribute_error(&e) => match a.get(2) {
            Some(&d) => Ok(d),
            None => Err(e),
        },
        Err(e) => Err(e),
    }
}

pub(crate) fn hasattr(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?.to_vec();
    let name = attr_name(vm, a[1])?;
    match vm.load_attr(a[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.is_attribute_error(&e) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

pub(crate) fn dir(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(0, 1)?.to_vec();
    let mut names: Vec<String> = match a.first() {
        // The module's bound globals only: builtins and unassigned names are not listed.
        None => vm
            .program
            .global_names
            .iter()
            .zip(&vm.globals)
            .filter(|(_, v)| **v != Value::Undef)
            .map(|(n, _)| n.clone())
            .collect(),
        Some(&v) => match type_of(&vm.heap, v) {
            PyType::Builtin(t) => crate::builtins::methods::MethodId::names_of(t)
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
            PyType::Exc(_) => vec!["args".to_owned()],
            PyType::Class(_) => vm.user_dir(v)?,
        },
    };
    names.sort();
    names.dedup();
    let mut items = Vec::with_capacity(names.len());
    for n in names {
        items.push(vm.new_str(n)?);
    }
    vm.heap.alloc_list(items)
}

/// Shared body of `min` and `max`.
fn extreme(vm: &mut Vm<'_, '_>, mut args: Args, want_max: bool) -> RunResult<Value> {
    let name = if want_max { "max" } else { "min" };
    let key = args.take_kw(vm, "key").filter(|k| *k != Value::None);
    let default = args.take_kw(vm, "default");
    args.finish_kw(vm)?;
    let items = match args.pos.len() {
        0 => {
            return Err(exc(
                ExcType::TypeError,
                format!("{name} expected at least 1 argument, got 0"),
            ));
        }
        1 => vm.collect(args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(exc(
                    ExcType::TypeError,
                    format!("Cannot specify a default for {name}() with multiple positional arguments"),
                ));
            }
            args.pos.clone()
        }
    };
    if items.is_empty() {
        return default.ok_or_else(|| exc(ExcType::ValueError, format!("{name}() arg is an empty sequence")));
    }
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => vm.call_sync(k, vec![best])?,
        None => best,
    };
    for &item in &items[1..] {
        vm.tick()?;
        let k = match key {
            Some(f) => vm.call_sync(f, vec![item])?,
            None => item,
        };
        let op = if want_max {
            crate::bytecode::CmpOp::Gt
        } else {
            crate::bytecode::CmpOp::Lt
        };
        if vm.compare_op(op, k, best_key)? == Value::Bool(true) {
            best = item;
            best_key = k;
        }
    }
    Ok(best)
}

pub(crate) fn max(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    extreme(vm, args, true)
}

pub(crate) fn min(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    extreme(vm, args, false)
}

pub(crate) fn sorted(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let key = args.take_kw(vm, "key").filter(|k| *k != Value::None);
    let reverse = args.take_kw(vm, "reverse");
    // CPython's sorted() hands its keywords to list.sort, which names itself.
    args.name = "sort";
    args.finish_kw(vm)?;
    args.name = "sorted";
    if args.pos.len() != 1 {
        return Err(messages::arity("sorted", 1, 1, args.pos.len()).into_sorted());
    }
    let mut items = vm.collect(args.pos[0])?;
    let reverse = match reverse {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    sort_in_place(vm, &mut items, key, reverse)?;
    vm.heap.alloc_list(items)
}

/// Sort with an optional key function; shared by `sorted` and `list.sort`.
pub(crate) fn sort_in_place(
    vm: &mut Vm<'_, '_>,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> RunResult<()> {
    let keys = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for &x in items.iter() {
                ks.push(vm.call_sync(f, vec![x])?);
            }
            Some(ks)
        }
        None => None,
    };
    vm.sort_values(items, keys, reverse)
}

trait SortedArity {
    fn into_sorted(self) -> Self;
}

impl SortedArity for crate::exceptions::RunError {
    fn into_sorted(self) -> Self {
        self
    }
}

/// `id(v)`: deterministic. A heap object's id is the address its repr shows
/// (`0x7f0000000000 + 16 * slot`); an inline value (small int, float, None,
/// a builtin) gets a number above 2**64 derived from its kind and bits, so two
/// values have the same id exactly when `is` holds between them.
pub(crate) fn id(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let (tag, bits): (u128, u64) = match v {
        Value::Ref(h) => return Ok(Value::Int(0x7f00_0000_0000_i64 + i64::from(h) * 16)),
        Value::Undef | Value::None => (1, 0),
        Value::NotImplemented => (2, 0),
        Value::Ellipsis => (3, 0),
        Value::Bool(b) => (4, u64::from(b)),
        Value::Int(i) => (5, i.cast_unsigned()),
        Value::Float(f) => (6, f.to_bits()),
        Value::Builtin(b) => (7, b as u64),
        Value::Type(t) => (8, t as u64),
        Value::ExcType(e) => (9, e as u64),
        Value::External(i) => (10, u64::from(i)),
    };
    vm.int_value(num_bigint::BigInt::from((tag << 64) | u128::from(bits)))
}
