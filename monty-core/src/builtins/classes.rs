//! Builtins for classes: `super`, `property`, `staticmethod`, `classmethod`,
//! `setattr`, `delattr`.

use super::args::Args;
use crate::exceptions::class_messages as msg;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::class::{Property, SuperObj};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

/// `super(cls, obj)`; the compiler turns `super()` in a method into this form.
pub(crate) fn super_(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(0, 2)?.to_vec();
    let (cls, obj) = match a.as_slice() {
        [] => return Err(msg::super_no_arguments()),
        [_] => {
            return Err(exc(
                ExcType::NotImplementedError,
                "unbound super objects (super with one argument) are not supported",
            ));
        }
        [c, o] => (*c, *o),
        _ => return Err(msg::super_no_arguments()),
    };
    let Value::Ref(cid) = cls else {
        return Err(exc(
            ExcType::TypeError,
            format!("super() argument 1 must be a type, not {}", vm.type_name(cls)),
        ));
    };
    if vm.class_obj(cid).is_none() {
        return Err(exc(
            ExcType::TypeError,
            format!("super() argument 1 must be a type, not {}", vm.type_name(cls)),
        ));
    }
    let ok = match obj {
        Value::Ref(oid) if vm.class_obj(oid).is_some() => vm.class_is_subclass(oid, cls),
        _ => vm.user_class_of(obj).is_some_and(|c| vm.class_is_subclass(c, cls)),
    };
    if !ok {
        return Err(msg::super_bad_obj());
    }
    vm.heap.alloc(Obj::Super(SuperObj { class: cid, obj }))
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`
pub(crate) fn property(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let mut slots = [Value::None; 4];
    for (i, name) in ["fget", "fset", "fdel", "doc"].iter().enumerate() {
        if let Some(&v) = args.pos.get(i) {
            slots[i] = v;
        }
        if let Some(v) = args.take_kw(vm, name) {
            slots[i] = v;
        }
    }
    args.finish_kw(vm)?;
    if args.pos.len() > 4 {
        return Err(crate::exceptions::messages::arity("property", 0, 4, args.pos.len()));
    }
    let [fget, fset, fdel, mut doc] = slots;
    if doc == Value::None
        && let Value::Ref(id) = fget
        && let Obj::Function(f) = vm.heap.get(id)
    {
        doc = f.doc;
    }
    vm.heap.alloc(Obj::Property(Property { fget, fset, fdel, doc }))
}

/// `staticmethod(f)`
pub(crate) fn staticmethod(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let f = args.one()?;
    vm.heap.alloc(Obj::StaticMethod(f))
}

/// `classmethod(f)`
pub(crate) fn classmethod(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let f = args.one()?;
    vm.heap.alloc(Obj::ClassMethod(f))
}

/// `setattr(obj, name, value)`
pub(crate) fn setattr(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(3, 3)?.to_vec();
    let name = super::functions::attr_name(vm, a[1])?;
    vm.store_attr(a[0], &name, a[2])?;
    Ok(Value::None)
}

/// `delattr(obj, name)`
pub(crate) fn delattr(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?.to_vec();
    let name = super::functions::attr_name(vm, a[1])?;
    vm.delete_attr(a[0], &name)?;
    Ok(Value::None)
}

/// `vars(obj)`: the instance `__dict__`.
pub(crate) fn vars(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    match vm.load_attr(v, "__dict__") {
        Ok(d) => Ok(d),
        Err(_) => Err(exc(ExcType::TypeError, "vars() argument must have __dict__ attribute")),
    }
}
