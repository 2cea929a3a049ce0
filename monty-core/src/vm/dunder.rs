//! Dunder protocols of user classes: the runtime's operators and builtins call
//! `__repr__`, `__eq__`, `__add__`, `__len__`, ... through [`Vm::call_sync`],
//! and the native methods of `object` / `BaseException` (slots) live here.

use super::Vm;
use super::class::Found;
use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::exceptions::class_messages as msg;
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::class::{Slot, SlotMethod};
use crate::object::heap::Obj;
use crate::object::value::{HeapId, Value};

/// Fake address shown in default reprs (CPython shows the object's memory address).
fn addr(id: HeapId) -> String {
    format!("0x{:012x}", 0x7f00_0000_0000u64 + u64::from(id) * 16)
}

/// Forward and reflected method names of a binary operator.
fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

impl Vm<'_, '_> {
    /// Whether `v` is an instance of a user class (including user exceptions).
    #[inline]
    pub(crate) fn is_user(&self, v: Value) -> bool {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Instance(_) => true,
                Obj::Exception(e) => e.class.is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether `v` is a list, tuple, str, bytes or range (indexable by an `__index__` object).
    pub(crate) fn is_sequence(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(
            self.heap.get(id),
            Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Range(_)
        ))
    }

    /// Call the user-defined method `name` of `v` with `args`; `None` if the class does not define it.
    pub(crate) fn call_dunder(&mut self, v: Value, name: &str, args: Vec<Value>) -> RunResult<Option<Value>> {
        let Some(cls) = self.user_class_of(v) else {
            return Ok(None);
        };
        let Some(f) = self.user_method(v, name) else {
            return Ok(None);
        };
        if f == Value::None {
            return Ok(None);
        }
        let bound = self.bind_descriptor(f, v, cls)?;
        self.call_sync(bound, args).map(Some)
    }

    /// `repr()` of the objects this module adds: instances, classes, methods, descriptors.
    pub(crate) fn user_repr(&mut self, v: Value) -> RunResult<Option<String>> {
        let Value::Ref(id) = v else { return Ok(None) };
        let s = match self.heap.get(id) {
            Obj::Instance(_) | Obj::Exception(_) => {
                if !self.is_user(v) {
                    return Ok(None);
                }
                if let Some(r) = self.call_dunder(v, "__repr__", Vec::new())? {
                    return match self.str_of(r) {
                        Some(s) => Ok(Some(s.to_owned())),
                        None => Err(msg::returned_non_string("__repr__", self.type_name(r))),
                    };
                }
                self.default_repr(v)?
            }
            Obj::Class(c) => {
                let qual = c.qualname.clone();
                format!("<class '{}.{qual}'>", self.class_module(id))
            }
            Obj::Method(m) => {
                let m = *m;
                let fname = match m.func {
                    Value::Ref(fid) => match self.heap.get(fid) {
                        Obj::Function(f) => self
                            .program
                            .codes
                            .get(f.code as usize)
                            .map_or_else(|| "?".to_owned(), |c| c.qualname.clone()),
                        _ => "?".to_owned(),
                    },
                    _ => "?".to_owned(),
                };
                let r = self.repr(m.receiver)?;
                format!("<bound method {fname} of {r}>")
            }
            Obj::Property(_) => format!("<property object at {}>", addr(id)),
            Obj::StaticMethod(f) | Obj::ClassMethod(f) => {
                let (f, kind) = (
                    *f,
                    if matches!(self.heap.get(id), Obj::StaticMethod(_)) {
                        "staticmethod"
                    } else {
                        "classmethod"
                    },
                );
                let inner = self.repr(f)?;
                format!("<{kind}({inner})>")
            }
            Obj::Super(s) => {
                let s = *s;
                let cname = self.class_name(Value::Ref(s.class));
                format!("<super: <class '{cname}'>, <{} object>>", self.type_name(s.obj))
            }
            Obj::SlotMethod(m) => {
                let m = *m;
                if m.receiver == Value::Undef {
                    format!("<slot wrapper '{}' of '{}' objects>", m.slot.name(), m.slot.owner())
                } else {
                    let tn = self.type_name(m.receiver).to_owned();
                    let rid = m.receiver.heap_id().unwrap_or(0);
                    format!("<method-wrapper '{}' of {tn} object at {}>", m.slot.name(), addr(rid))
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(s))
    }

    /// `object.__repr__` / `BaseException.__repr__` of a user instance.
    fn default_repr(&mut self, v: Value) -> RunResult<String> {
        let Value::Ref(id) = v else { return Ok(String::new()) };
        let cls = self.user_class_of(v).unwrap_or(0);
        let (name, qual) = self.class_obj(cls).map_or_else(
            || (String::new(), String::new()),
            |c| (c.name.clone(), c.qualname.clone()),
        );
        if let Obj::Exception(e) = self.heap.get(id) {
            let args = e.args.clone();
            return Ok(if args.len() == 1 {
                format!("{name}({})", self.repr(args[0])?)
            } else {
                let t = self.heap.alloc_tuple(args)?;
                format!("{name}{}", self.repr(t)?)
            });
        }
        Ok(format!("<{}.{qual} object at {}>", self.class_module(cls), addr(id)))
    }

    /// `str()` of a user instance; `None` for other values.
    pub(crate) fn user_str(&mut self, v: Value) -> RunResult<Option<String>> {
        if !self.is_user(v) {
            return Ok(None);
        }
        if let Some(r) = self.call_dunder(v, "__str__", Vec::new())? {
            return match self.str_of(r) {
                Some(s) => Ok(Some(s.to_owned())),
                None => Err(msg::returned_non_string("__str__", self.type_name(r))),
            };
        }
        let cls = self.user_class_of(v).unwrap_or(0);
        if let Some(Found::Slot(Slot::ExcStr)) = self.class_lookup(cls, "__str__") {
            return self.exception_str(v).map(Some);
        }
        let r = self.repr(v)?;
        Ok(Some(r))
    }

    /// `BaseException.__str__`
    pub(crate) fn exception_str(&mut self, v: Value) -> RunResult<String> {
        let (args, ty) = match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Exception(e) => (e.args.clone(), e.ty),
                _ => (Vec::new(), ExcType::Exception),
            },
            _ => (Vec::new(), ExcType::Exception),
        };
        match args.as_slice() {
            [] => Ok(String::new()),
            [one] if ty == ExcType::KeyError => self.repr(*one),
            [one] => self.str(*one),
            _ => {
                let t = self.heap.alloc_tuple(args)?;
                self.repr(t)
            }
        }
    }

    /// Rich comparison with a user instance on either side, with reflected fallback.
    pub(crate) fn user_richcmp(&mut self, op: CmpOp, a: Value, b: Value) -> RunResult<Value> {
        let (name, refl) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            _ => ("__ge__", "__le__"),
        };
        let reflected_first = match (self.user_class_of(a), self.user_class_of(b)) {
            (Some(ca), Some(cb)) => ca != cb && self.class_is_subclass(cb, Value::Ref(ca)),
            (None, Some(_)) => true,
            _ => false,
        };
        let order = if reflected_first {
            [(b, refl, a), (a, name, b)]
        } else {
            [(a, name, b), (b, refl, a)]
        };
        for (x, m, y) in order {
            let r = self.cmp_method(x, m, y)?;
            if r != Value::NotImplemented {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(self.is(a, b))),
            CmpOp::Ne => Ok(Value::Bool(!self.is(a, b))),
            _ => Err(messages::unorderable(op.symbol(), &self.tp_name(a), &self.tp_name(b))),
        }
    }

    /// One comparison method of `x` (NotImplemented when absent), with `object.__ne__` inverting `__eq__`.
    fn cmp_method(&mut self, x: Value, name: &str, y: Value) -> RunResult<Value> {
        if let Some(r) = self.call_dunder(x, name, vec![y])? {
            return Ok(r);
        }
        if name == "__ne__"
            && let Some(r) = self.call_dunder(x, "__eq__", vec![y])?
        {
            if r == Value::NotImplemented {
                return Ok(r);
            }
            return Ok(Value::Bool(!self.truthy(r)?));
        }
        Ok(Value::NotImplemented)
    }

    /// `hash()` of a user instance.
    pub(crate) fn user_hash(&mut self, v: Value) -> RunResult<i64> {
        let cls = self.user_class_of(v).unwrap_or(0);
        match self.class_lookup(cls, "__hash__") {
            Some(Found::Value(Value::None)) => Err(messages::unhashable(self.type_name(v))),
            Some(Found::Value(f)) => {
                let f = self.bind_descriptor(f, v, cls)?;
                let r = self.call_sync(f, Vec::new())?;
                match r {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::Bool(b) => Ok(i64::from(b)),
                    _ if self.num(r).is_some() && !matches!(r, Value::Float(_)) => self.hash(r),
                    _ => Err(exc(ExcType::TypeError, "__hash__ method should return an integer")),
                }
            }
            _ => Ok(i64::from(v.heap_id().unwrap_or(0)).wrapping_mul(0x9e37) >> 1),
        }
    }

    /// `bool()` of a user instance: `__bool__`, else `__len__`, else true.
    pub(crate) fn user_truthy(&mut self, v: Value) -> RunResult<bool> {
        if let Some(r) = self.call_dunder(v, "__bool__", Vec::new())? {
            return match r {
                Value::Bool(b) => Ok(b),
                _ => Err(msg::bool_returned(self.type_name(r))),
            };
        }
        if self.user_method(v, "__len__").is_some() {
            return Ok(self.user_len(v)? != 0);
        }
        Ok(true)
    }

    /// `len()` of a user instance.
    pub(crate) fn user_len(&mut self, v: Value) -> RunResult<usize> {
        let Some(r) = self.call_dunder(v, "__len__", Vec::new())? else {
            return Err(messages::no_len(self.type_name(v)));
        };
        let n = match r {
            Value::Int(i) => i,
            Value::Bool(b) => i64::from(b),
            _ => match self.index_value(r)? {
                Some(i) => i,
                None => return Err(msg::len_returned(self.type_name(r))),
            },
        };
        usize::try_from(n).map_err(|_| exc(ExcType::ValueError, "__len__() should return >= 0"))
    }

    /// An int from `v` through `__index__` (user instances) or directly; `None` if `v` is not an integer.
    pub(crate) fn index_value(&mut self, v: Value) -> RunResult<Option<i64>> {
        match v {
            Value::Int(i) => Ok(Some(i)),
            Value::Bool(b) => Ok(Some(i64::from(b))),
            _ if self.is_user(v) => match self.call_dunder(v, "__index__", Vec::new())? {
                Some(Value::Int(i)) => Ok(Some(i)),
                Some(Value::Bool(b)) => Ok(Some(i64::from(b))),
                Some(r) => Err(exc(
                    ExcType::TypeError,
                    format!("__index__ returned non-int (type {})", self.type_name(r)),
                )),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// `int(v)` / `float(v)` of a user instance: `__int__` / `__float__`, else `__index__`.
    pub(crate) fn user_number(&mut self, v: Value, float: bool) -> RunResult<Value> {
        let name = if float { "__float__" } else { "__int__" };
        if let Some(r) = self.call_dunder(v, name, Vec::new())? {
            let ok = if float {
                matches!(r, Value::Float(_))
            } else {
                matches!(r, Value::Int(_) | Value::Bool(_))
                    || self.num(r).is_some_and(|n| !matches!(n, super::NumPub::Float(_)))
            };
            if !ok {
                let want = if float { "float" } else { "int" };
                return Err(exc(
                    ExcType::TypeError,
                    format!("{name} returned non-{want} (type {})", self.type_name(r)),
                ));
            }
            return Ok(match r {
                Value::Bool(b) => Value::Int(i64::from(b)),
                other => other,
            });
        }
        if let Some(i) = self.index_value(v)? {
            return Ok(if float { Value::Float(i as f64) } else { Value::Int(i) });
        }
        let tn = self.type_name(v);
        Err(exc(
            ExcType::TypeError,
            if float {
                format!("float() argument must be a string or a real number, not '{tn}'")
            } else {
                format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'")
            },
        ))
    }

    /// `iter()` of a user instance: `__iter__`, else the `__getitem__` sequence protocol.
    pub(crate) fn user_iter(&mut self, v: Value) -> RunResult<Value> {
        let Some(it) = self.call_dunder(v, "__iter__", Vec::new())? else {
            if self.user_method(v, "__getitem__").is_some_and(|f| f != Value::None) {
                return self.heap.alloc(Obj::Iter(crate::object::heap::IterObj {
                    kind: crate::object::heap::IterKind::GetItem { obj: v, idx: 0 },
                    done: false,
                }));
            }
            return Err(messages::not_iterable(self.type_name(v)));
        };
        let ok = if self.is_user(it) {
            self.user_method(it, "__next__").is_some()
        } else {
            matches!(it, Value::Ref(id) if matches!(self.heap.get(id), Obj::Iter(_) | Obj::Generator(_)))
        };
        if !ok {
            return Err(msg::iter_returned_non_iterator(self.type_name(it)));
        }
        Ok(it)
    }

    /// `next()` of a user iterator; `None` when it raises StopIteration.
    pub(crate) fn user_next(&mut self, it: Value) -> RunResult<Option<Value>> {
        match self.call_dunder(it, "__next__", Vec::new()) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(exc(
                ExcType::TypeError,
                format!("'{}' object is not an iterator", self.type_name(it)),
            )),
            Err(e) => {
                if self.is_stop_iteration(&e) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Whether `e` is an AttributeError (or subclass), fresh or raised by Python code.
    pub(crate) fn is_attribute_error(&self, e: &RunError) -> bool {
        match e {
            RunError::New(t, _) | RunError::NewArgs(t, _) => t.is_subclass_of(ExcType::AttributeError),
            RunError::Raise(Value::Ref(id)) => {
                matches!(self.heap.get(*id), Obj::Exception(x) if x.ty.is_subclass_of(ExcType::AttributeError))
            }
            _ => false,
        }
    }

    /// Whether `e` ends a `__getitem__` iteration (IndexError or StopIteration).
    pub(crate) fn is_index_or_stop(&self, e: &RunError) -> bool {
        let stops = |t: ExcType| t.is_subclass_of(ExcType::IndexError) || t.is_subclass_of(ExcType::StopIteration);
        match e {
            RunError::New(t, _) | RunError::NewArgs(t, _) => stops(*t),
            RunError::Raise(Value::Ref(id)) => matches!(self.heap.get(*id), Obj::Exception(x) if stops(x.ty)),
            _ => false,
        }
    }

    fn is_stop_iteration(&self, e: &RunError) -> bool {
        match e {
            RunError::New(t, _) | RunError::NewArgs(t, _) => t.is_subclass_of(ExcType::StopIteration),
            RunError::Raise(Value::Ref(id)) => {
                matches!(self.heap.get(*id), Obj::Exception(x) if x.ty.is_subclass_of(ExcType::StopIteration))
            }
            _ => false,
        }
    }

    /// `item in v` for a user instance: `__contains__`, else iteration.
    pub(crate) fn user_contains(&mut self, v: Value, item: Value) -> RunResult<bool> {
        if let Some(r) = self.call_dunder(v, "__contains__", vec![item])? {
            return self.truthy(r);
        }
        if self.user_method(v, "__iter__").is_none() && self.user_method(v, "__getitem__").is_none() {
            return Err(exc(
                ExcType::TypeError,
                format!("argument of type '{}' is not iterable", self.type_name(v)),
            ));
        }
        let it = self.user_iter(v)?;
        while let Some(x) = self.iter_next(it)? {
            self.tick()?;
            if self.is(x, item) || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `v[index]` for a user instance.
    pub(crate) fn user_getitem(&mut self, v: Value, index: Value) -> RunResult<Value> {
        match self.call_dunder(v, "__getitem__", vec![index])? {
            Some(r) => Ok(r),
            None => Err(messages::not_subscriptable(self.type_name(v))),
        }
    }

    /// `v[index] = value` for a user instance.
    pub(crate) fn user_setitem(&mut self, v: Value, index: Value, value: Value) -> RunResult<()> {
        match self.call_dunder(v, "__setitem__", vec![index, value])? {
            Some(_) => Ok(()),
            None => Err(exc(
                ExcType::TypeError,
                format!("'{}' object does not support item assignment", self.type_name(v)),
            )),
        }
    }

    /// `del v[index]` for a user instance.
    pub(crate) fn user_delitem(&mut self, v: Value, index: Value) -> RunResult<()> {
        match self.call_dunder(v, "__delitem__", vec![index])? {
            Some(_) => Ok(()),
            None => Err(exc(
                ExcType::TypeError,
                format!("'{}' object doesn't support item deletion", self.type_name(v)),
            )),
        }
    }

    /// `a op b` when either side is a user instance: `__op__`, then the reflected `__rop__`.
    /// `None` when neither side implements it (the caller reports or lets a builtin left side try).
    pub(crate) fn user_binary(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Option<Value>> {
        let (name, refl, _) = binop_names(op);
        let reflected_first = match (self.user_class_of(a), self.user_class_of(b)) {
            (Some(ca), Some(cb)) => ca != cb && self.class_is_subclass(cb, Value::Ref(ca)),
            _ => false,
        };
        let order = if reflected_first {
            [(b, refl, a), (a, name, b)]
        } else {
            [(a, name, b), (b, refl, a)]
        };
        for (x, m, y) in order {
            if let Some(r) = self.call_dunder(x, m, vec![y])?
                && r != Value::NotImplemented
            {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `a op= b` with a user instance on the left: `__iop__`, else the binary operator.
    pub(crate) fn user_inplace(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Option<Value>> {
        let (_, _, iname) = binop_names(op);
        if let Some(r) = self.call_dunder(a, iname, vec![b])?
            && r != Value::NotImplemented
        {
            return Ok(Some(r));
        }
        self.user_binary(op, a, b)
    }

    /// `-a`, `+a`, `~a` for a user instance.
    pub(crate) fn user_unary(&mut self, op: UnaryOp, a: Value) -> RunResult<Value> {
        let (name, sym) = match op {
            UnaryOp::Neg => ("__neg__", "-"),
            UnaryOp::Pos => ("__pos__", "+"),
            UnaryOp::Invert => ("__invert__", "~"),
            UnaryOp::Not => return Ok(Value::Bool(!self.user_truthy(a)?)),
        };
        match self.call_dunder(a, name, Vec::new())? {
            Some(r) => Ok(r),
            None => Err(messages::bad_unary_operand(sym, self.type_name(a))),
        }
    }

    /// `format(v, spec)` for a user instance.
    pub(crate) fn user_format(&mut self, v: Value, spec: &str) -> RunResult<String> {
        let s = self.new_str(spec)?;
        if let Some(r) = self.call_dunder(v, "__format__", vec![s])? {
            return match self.str_of(r) {
                Some(s) => Ok(s.to_owned()),
                None => Err(exc(
                    ExcType::TypeError,
                    format!("__format__ must return a str, not {}", self.type_name(r)),
                )),
            };
        }
        if !spec.is_empty() {
            return Err(msg::unsupported_format_string(self.type_name(v)));
        }
        self.str(v)
    }

    /// Call a native slot of `object` / `BaseException`.
    pub(crate) fn call_slot(
        &mut self,
        m: SlotMethod,
        mut args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> RunResult<Value> {
        let receiver = if m.receiver == Value::Undef {
            if args.is_empty() {
                return Err(exc(
                    ExcType::TypeError,
                    format!(
                        "descriptor '{}' of '{}' object needs an argument",
                        m.slot.name(),
                        m.slot.owner()
                    ),
                ));
            }
            args.remove(0)
        } else {
            m.receiver
        };
        match m.slot {
            Slot::ObjectInit => {
                if !args.is_empty() || !kwargs.is_empty() {
                    return Err(msg::object_init_args());
                }
                Ok(Value::None)
            }
            Slot::ObjectNew => match receiver {
                Value::Ref(cls) if self.is_class(receiver) => self.alloc_instance(cls, &args),
                _ => Err(exc(
                    ExcType::TypeError,
                    format!(
                        "object.__new__(X): X is not a type object ({})",
                        self.type_name(receiver)
                    ),
                )),
            },
            Slot::ObjectRepr => self.default_repr(receiver).and_then(|s| self.new_str(s)),
            Slot::ObjectStr => {
                let s = self.repr(receiver)?;
                self.new_str(s)
            }
            Slot::ObjectEq => Ok(match args.first() {
                Some(&o) if self.is(o, receiver) => Value::Bool(true),
                _ => Value::NotImplemented,
            }),
            Slot::ObjectNe => {
                let other = args.first().copied().unwrap_or(Value::None);
                let r = self.cmp_method(receiver, "__ne__", other)?;
                if r == Value::NotImplemented && self.is(other, receiver) {
                    return Ok(Value::Bool(false));
                }
                Ok(r)
            }
            Slot::ObjectHash => Ok(Value::Int(
                i64::from(receiver.heap_id().unwrap_or(0)).wrapping_mul(0x9e37) >> 1,
            )),
            Slot::ObjectFormat => {
                let spec = args.first().and_then(|&s| self.str_of(s)).unwrap_or("").to_owned();
                if !spec.is_empty() {
                    return Err(msg::unsupported_format_string(self.type_name(receiver)));
                }
                let s = self.str(receiver)?;
                self.new_str(s)
            }
            Slot::ObjectSetattr => {
                let (Some(&n), Some(&v)) = (args.first(), args.get(1)) else {
                    return Err(messages::arity("__setattr__", 2, 2, args.len()));
                };
                let name = self.str_of(n).unwrap_or("").to_owned();
                self.generic_setattr(receiver, &name, v)?;
                Ok(Value::None)
            }
            Slot::ObjectGetattribute => {
                let name = args.first().and_then(|&s| self.str_of(s)).unwrap_or("").to_owned();
                match self.instance_getattr(receiver, &name)? {
                    Some(v) => Ok(v),
                    None => Err(messages::no_attribute(self.type_name(receiver), &name)),
                }
            }
            Slot::ObjectDelattr => {
                let name = args.first().and_then(|&s| self.str_of(s)).unwrap_or("").to_owned();
                self.generic_delattr(receiver, &name)?;
                Ok(Value::None)
            }
            Slot::ExcInit => {
                if let Value::Ref(id) = receiver
                    && let Obj::Exception(e) = self.heap.get_mut(id)
                {
                    e.args = args;
                }
                Ok(Value::None)
            }
            Slot::ExcStr => {
                let s = self.exception_str(receiver)?;
                self.new_str(s)
            }
            Slot::ExcRepr => {
                let s = self.default_repr(receiver)?;
                self.new_str(s)
            }
            Slot::ExcWithTraceback => Ok(receiver),
            Slot::PropertyGetter | Slot::PropertySetter | Slot::PropertyDeleter => {
                let (Value::Ref(pid), [f]) = (receiver, args.as_slice()) else {
                    return Err(messages::exactly_one_arg(m.slot.name(), args.len()));
                };
                let Obj::Property(p) = self.heap.get(pid) else {
                    return Err(RunError::Internal("property slot"));
                };
                let mut p = *p;
                match m.slot {
                    Slot::PropertyGetter => p.fget = *f,
                    Slot::PropertySetter => p.fset = *f,
                    _ => p.fdel = *f,
                }
                self.heap.alloc(Obj::Property(p))
            }
        }
    }
}
