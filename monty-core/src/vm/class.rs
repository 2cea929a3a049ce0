//! User classes: building a class from its namespace (C3 MRO), creating
//! instances, and attribute lookup through the MRO with descriptors.

use super::Vm;
use super::call::Called;
use crate::exceptions::class_messages as msg;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::class::{ClassObj, Instance, Method, Slot, SlotMethod};
use crate::object::dict::Dict;
use crate::object::heap::{ExceptionObj, Obj};
use crate::object::types::TypeId;
use crate::object::value::{HeapId, Value};

/// What a lookup along a class's MRO found.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Found {
    /// A value stored in some class namespace.
    Value(Value),
    /// A native method of `object` or `BaseException`.
    Slot(Slot),
}

/// C3 linearization of `seqs` (the bases' MROs followed by the bases). `None` when inconsistent.
fn c3_merge(mut seqs: Vec<Vec<Value>>) -> Option<Vec<Value>> {
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0])
            .find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)))?;
        out.push(candidate);
        for s in &mut seqs {
            if s.first() == Some(&candidate) {
                s.remove(0);
            }
        }
    }
}

/// Library modules written in Python whose CPython counterparts are C types
/// (named `module.Type` in CPython's operator errors).
const C_TYPE_MODULES: &[&str] = &["datetime"];

impl Vm<'_, '_> {
    /// The class object behind `id`, if it is one.
    pub(crate) fn class_obj(&self, id: HeapId) -> Option<&ClassObj> {
        match self.heap.get(id) {
            Obj::Class(c) => Some(c),
            _ => None,
        }
    }

    /// Whether `v` is a user class.
    pub(crate) fn is_class(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Obj::Class(_)))
    }

    /// The user class of an instance (or user exception), if `v` is one.
    pub(crate) fn user_class_of(&self, v: Value) -> Option<HeapId> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Instance(i) => Some(i.class),
                Obj::Exception(e) => e.class,
                _ => None,
            },
            _ => None,
        }
    }

    /// The `__dict__` of an instance or user exception.
    fn instance_dict(&self, v: Value) -> Option<HeapId> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Instance(i) => Some(i.dict),
                Obj::Exception(e) => e.dict,
                _ => None,
            },
            _ => None,
        }
    }

    /// `dict[name]` for a str-keyed dict object, without allocating a key.
    pub(crate) fn dict_get_str(&self, dict: HeapId, name: &str) -> Option<Value> {
        let Obj::Dict(d) = self.heap.get(dict) else {
            return None;
        };
        let h = super::hash::str_hash(name) as u64;
        let pos = d.find(
            h,
            |k| matches!(k, Value::Ref(kid) if matches!(self.heap.get(kid), Obj::Str(s) if s == name)),
        )?;
        d.value_at(pos)
    }

    /// `dict[name] = value` for a str-keyed dict object.
    pub(crate) fn dict_set_str(&mut self, dict: HeapId, name: &str, value: Value) -> RunResult<()> {
        let key = self.new_str(name)?;
        self.dict_set(Value::Ref(dict), key, value)
    }

    /// Find `name` along the MRO of class `cls`.
    pub(crate) fn class_lookup(&self, cls: HeapId, name: &str) -> Option<Found> {
        let c = self.class_obj(cls)?;
        for &entry in &c.mro {
            match entry {
                Value::Ref(id) => {
                    if let Some(Obj::Class(k)) = Some(self.heap.get(id))
                        && let Some(v) = self.dict_get_str(k.dict, name)
                    {
                        return Some(Found::Value(v));
                    }
                }
                Value::ExcType(_) => {
                    if let Some(s) = Slot::of_exception(name) {
                        return Some(Found::Slot(s));
                    }
                }
                _ => {
                    if let Some(s) = Slot::of_object(name) {
                        return Some(Found::Slot(s));
                    }
                }
            }
        }
        None
    }

    /// The user-defined (Python) implementation of `name` in the class of `v`, if any.
    pub(crate) fn user_method(&self, v: Value, name: &str) -> Option<Value> {
        let cls = self.user_class_of(v)?;
        match self.class_lookup(cls, name)? {
            Found::Value(f) => Some(f),
            Found::Slot(_) => None,
        }
    }

    /// The MRO of a base as a list of class values.
    fn base_mro(&self, base: Value) -> Vec<Value> {
        match base {
            Value::Ref(id) => self.class_obj(id).map(|c| c.mro.clone()).unwrap_or_default(),
            Value::ExcType(e) => e
                .mro()
                .into_iter()
                .map(Value::ExcType)
                .chain([Value::Type(TypeId::Object)])
                .collect(),
            _ => vec![Value::Type(TypeId::Object)],
        }
    }

    /// A subclass of `abc.ABC` (which defines `__abstractmethods__`) records the
    /// abstract methods it defines or inherits without overriding, as ABCMeta does.
    fn set_abstract_methods(&mut self, cls: HeapId, ns_id: HeapId) -> RunResult<()> {
        if self.class_lookup(cls, "__abstractmethods__").is_none() {
            return Ok(());
        }
        let mut names: Vec<String> = Vec::new();
        if let Obj::Dict(d) = self.heap.get(ns_id) {
            for (k, v) in d.iter() {
                if self.is_abstract_value(v)
                    && let Some(name) = self.str_of(k)
                {
                    names.push(name.to_owned());
                }
            }
        }
        let bases = self.class_obj(cls).map(|c| c.bases.clone()).unwrap_or_default();
        for b in bases {
            let inherited = match b {
                Value::Ref(bid) => self
                    .class_obj(bid)
                    .map(|c| c.abstract_methods.clone())
                    .unwrap_or_default(),
                _ => Vec::new(),
            };
            for name in inherited {
                let still = matches!(self.class_lookup(cls, &name), Some(Found::Value(v)) if self.is_abstract_value(v));
                if still && !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        names.sort();
        let mut items = Vec::with_capacity(names.len());
        for n in &names {
            items.push(self.new_str(n)?);
        }
        let set = self.build_set(items)?;
        if let Value::Ref(sid) = set
            && let Obj::Set(d) = self.heap.get(sid)
        {
            let d = d.clone();
            *self.heap.get_mut(sid) = Obj::FrozenSet(d);
        }
        self.dict_set_str(ns_id, "__abstractmethods__", set)?;
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            c.abstract_methods = names;
        }
        Ok(())
    }

    /// Whether a class attribute is an abstract method (also inside a property or class/static method).
    fn is_abstract_value(&self, mut v: Value) -> bool {
        // wrappers can nest without bound (`staticmethod(staticmethod(...))`): a loop, not recursion
        loop {
            let Value::Ref(id) = v else { return false };
            v = match self.heap.get(id) {
                Obj::Function(f) => return f.is_abstract,
                Obj::StaticMethod(f) | Obj::ClassMethod(f) => *f,
                Obj::Property(p) => p.fget,
                _ => return false,
            };
        }
    }

    /// `cls[index]` for a user class: its `__class_getitem__` (implicitly a class method).
    pub(crate) fn class_getitem(&mut self, cls: HeapId, index: Value) -> RunResult<Value> {
        let Some(Found::Value(_)) = self.class_lookup(cls, "__class_getitem__") else {
            return Err(crate::exceptions::messages::not_subscriptable("type"));
        };
        let f = self.class_load_attr(cls, "__class_getitem__")?;
        let plain = matches!(f, Value::Ref(fid) if matches!(self.heap.get(fid), Obj::Function(_)));
        if plain {
            self.call_sync(f, vec![Value::Ref(cls), index])
        } else {
            self.call_sync(f, vec![index])
        }
    }

    /// `cls.__name__ = s` / `cls.__qualname__ = s`.
    pub(crate) fn set_class_name(&mut self, cls: HeapId, attr: &str, value: Value) -> RunResult<()> {
        let Some(s) = self.str_of(value).map(str::to_owned) else {
            let cname = self.class_obj(cls).map_or_else(String::new, |c| c.name.clone());
            return Err(exc(
                ExcType::TypeError,
                format!(
                    "can only assign string to {cname}.{attr}, not '{}'",
                    self.type_name(value)
                ),
            ));
        };
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            if attr == "__name__" {
                c.name = s;
            } else {
                c.qualname = s;
            }
        }
        Ok(())
    }

    /// `__module__` of a user class (`__main__` when it is not a str).
    pub(crate) fn class_module(&self, cls: HeapId) -> String {
        let Some(c) = self.class_obj(cls) else {
            return "__main__".to_owned();
        };
        match self.dict_get_str(c.dict, "__module__") {
            Some(v) => self.str_of(v).unwrap_or("__main__").to_owned(),
            None => "__main__".to_owned(),
        }
    }

    /// The type name operator errors show (CPython's `tp_name`): `type(v).__name__`,
    /// except for classes of the library modules that CPython implements in C,
    /// whose `tp_name` carries the module (`'datetime.date'`).
    pub(crate) fn tp_name(&self, v: Value) -> String {
        let name = self.type_name(v);
        if let Some(cls) = self.user_class_of(v)
            && C_TYPE_MODULES.contains(&self.class_module(cls).as_str())
        {
            return format!("{}.{name}", self.class_module(cls));
        }
        name.to_owned()
    }

    /// `__name__` of a class value (user or builtin).
    pub(crate) fn class_name(&self, v: Value) -> String {
        match v {
            Value::Ref(id) => self.class_obj(id).map_or_else(|| "?".to_owned(), |c| c.name.clone()),
            Value::Type(t) => t.name().to_owned(),
            Value::ExcType(e) => e.name().to_owned(),
            _ => "?".to_owned(),
        }
    }

    /// Create the class for `class name(*bases): body` once the body filled `ns`.
    pub(crate) fn build_class(&mut self, name: Value, bases: Value, ns: Value) -> RunResult<Value> {
        let name = self.str_of(name).unwrap_or("?").to_owned();
        let Value::Ref(ns_id) = ns else {
            return Err(RunError::Internal("class namespace"));
        };
        let mut bases: Vec<Value> = match bases {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Tuple(t) => t.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        for (i, &b) in bases.iter().enumerate() {
            match b {
                Value::Type(TypeId::Object) | Value::ExcType(_) => {}
                Value::Type(t) => return Err(msg::builtin_base_unsupported(t.name())),
                Value::Ref(_) if self.is_class(b) => {}
                _ => return Err(exc(ExcType::TypeError, "bases must be types")),
            }
            if bases[..i].contains(&b) {
                return Err(msg::duplicate_base(&self.class_name(b)));
            }
        }
        if bases.is_empty() {
            bases.push(Value::Type(TypeId::Object));
        }
        let mut seqs: Vec<Vec<Value>> = bases.iter().map(|&b| self.base_mro(b)).collect();
        seqs.push(bases.clone());
        let Some(tail) = c3_merge(seqs) else {
            let names: Vec<String> = bases.iter().map(|&b| self.class_name(b)).collect();
            return Err(msg::inconsistent_mro(&names.join(", ")));
        };
        let exc_base = tail.iter().find_map(|v| match v {
            Value::ExcType(e) => Some(*e),
            _ => None,
        });
        // the namespace becomes the class dict, minus the compiler's bookkeeping entries
        let qualname = match self.dict_get_str(ns_id, "__qualname__") {
            Some(q) => self.str_of(q).unwrap_or(&name).to_owned(),
            None => name.clone(),
        };
        let classcell = self.dict_get_str(ns_id, "__classcell__");
        for key in ["__qualname__", "__classcell__"] {
            let k = self.new_str(key)?;
            self.dict_remove(ns, k)?;
        }
        if self.dict_get_str(ns_id, "__eq__").is_some() && self.dict_get_str(ns_id, "__hash__").is_none() {
            self.dict_set_str(ns_id, "__hash__", Value::None)?;
        }
        // `__new__` is implicitly a static method, `__init_subclass__` a class method
        if let Some(f) = self.dict_get_str(ns_id, "__new__")
            && matches!(f, Value::Ref(id) if matches!(self.heap.get(id), Obj::Function(_)))
        {
            let s = self.heap.alloc(Obj::StaticMethod(f))?;
            self.dict_set_str(ns_id, "__new__", s)?;
        }
        let cls = self.heap.alloc(Obj::Class(ClassObj {
            name,
            qualname,
            bases,
            mro: Vec::new(),
            dict: ns_id,
            exc_base,
            abstract_methods: Vec::new(),
        }))?;
        if let Value::Ref(id) = cls
            && let Obj::Class(c) = self.heap.get_mut(id)
        {
            c.mro = std::iter::once(cls).chain(tail).collect();
        }
        if let Value::Ref(id) = cls {
            self.set_abstract_methods(id, ns_id)?;
        }
        if let Some(Value::Ref(cell)) = classcell
            && matches!(self.heap.get(cell), Obj::Cell(_))
        {
            *self.heap.get_mut(cell) = Obj::Cell(cls);
        }
        if let Value::Ref(id) = cls {
            self.call_init_subclass(id)?;
        }
        Ok(cls)
    }

    /// `super(cls, cls).__init_subclass__()`: the nearest base that defines it, implicitly a class method.
    fn call_init_subclass(&mut self, cls: HeapId) -> RunResult<()> {
        let mro = self.class_obj(cls).map(|c| c.mro.clone()).unwrap_or_default();
        for entry in mro.into_iter().skip(1) {
            let Value::Ref(bid) = entry else { continue };
            let Some(k) = self.class_obj(bid) else { continue };
            let Some(f) = self.dict_get_str(k.dict, "__init_subclass__") else {
                continue;
            };
            let f = match f {
                Value::Ref(fid) => match self.heap.get(fid) {
                    Obj::ClassMethod(g) => *g,
                    _ => f,
                },
                _ => f,
            };
            self.call_sync(f, vec![Value::Ref(cls)])?;
            return Ok(());
        }
        Ok(())
    }

    /// The class-level protocol hook `name` (`__class_iter__`, `__class_len__`, `__class_contains__`)
    /// of a user class, called with the class: Monty's stand-in for the metaclass methods that
    /// make enum classes iterable. `None` when `v` is not a class defining it.
    pub(crate) fn class_protocol(&mut self, v: Value, name: &str, args: &[Value]) -> RunResult<Option<Value>> {
        let Value::Ref(cls) = v else { return Ok(None) };
        if !matches!(self.heap.get(cls), Obj::Class(_)) {
            return Ok(None);
        }
        let Some(Found::Value(f)) = self.class_lookup(cls, name) else {
            return Ok(None);
        };
        let mut call_args = Vec::with_capacity(args.len() + 1);
        call_args.push(v);
        call_args.extend_from_slice(args);
        self.call_sync(f, call_args).map(Some)
    }

    /// Allocate a bare instance of class `cls` (what `object.__new__(cls)` does).
    pub(crate) fn alloc_instance(&mut self, cls: HeapId, args: &[Value]) -> RunResult<Value> {
        let Value::Ref(dict) = self.heap.alloc(Obj::Dict(Dict::new()))? else {
            return Err(RunError::Internal("dict allocation"));
        };
        match self.class_obj(cls).and_then(|c| c.exc_base) {
            Some(ty) => self.heap.alloc(Obj::Exception(ExceptionObj {
                ty,
                args: args.to_vec(),
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
                traceback: Vec::new(),
                class: Some(cls),
                dict: Some(dict),
            })),
            None => self.heap.alloc(Obj::Instance(Instance { class: cls, dict })),
        }
    }

    /// Call a class: `__new__` (if user-defined), then `__init__`. A Python
    /// `__init__` runs as a pushed frame whose result is replaced by the instance.
    pub(crate) fn instantiate(
        &mut self,
        cls: HeapId,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
        boundary: bool,
    ) -> RunResult<Called> {
        let class_name = self.class_obj(cls).map_or_else(String::new, |c| c.name.clone());
        if let Some(c) = self.class_obj(cls)
            && !c.abstract_methods.is_empty()
        {
            return Err(msg::abstract_instantiation(&class_name, &c.abstract_methods));
        }
        let user_new = match self.class_lookup(cls, "__new__") {
            Some(Found::Value(v)) => Some(v),
            _ => None,
        };
        let inst = match user_new {
            Some(new) => {
                let new = match new {
                    Value::Ref(id) => match self.heap.get(id) {
                        Obj::StaticMethod(f) => *f,
                        _ => new,
                    },
                    other => other,
                };
                let mut new_args = Vec::with_capacity(args.len() + 1);
                new_args.push(Value::Ref(cls));
                new_args.extend_from_slice(&args);
                let inst = self.call_sync_kw(new, new_args, kwargs.clone())?;
                if self
                    .user_class_of(inst)
                    .is_none_or(|c| !self.class_is_subclass(c, Value::Ref(cls)))
                {
                    return Ok(Called::Value(inst));
                }
                inst
            }
            None => self.alloc_instance(cls, &args)?,
        };
        match self.class_lookup(cls, "__init__") {
            Some(Found::Value(init)) => {
                let mut init_args = Vec::with_capacity(args.len() + 1);
                init_args.push(inst);
                init_args.extend(args);
                let init = self.bind_descriptor(init, Value::Undef, cls)?;
                if matches!(init, Value::Ref(id) if matches!(self.heap.get(id), Obj::Function(_))) {
                    match self.call(init, init_args, kwargs, boundary)? {
                        Called::Frame => {
                            if let Some(f) = self.frames.last_mut() {
                                f.init_self = Some(inst);
                            }
                            Ok(Called::Frame)
                        }
                        Called::Value(v) => {
                            if v != Value::None {
                                return Err(msg::init_returned(self.type_name(v)));
                            }
                            Ok(Called::Value(inst))
                        }
                    }
                } else {
                    let v = self.call_sync_kw(init, init_args, kwargs)?;
                    if v != Value::None {
                        return Err(msg::init_returned(self.type_name(v)));
                    }
                    Ok(Called::Value(inst))
                }
            }
            Some(Found::Slot(Slot::ExcInit)) => {
                if !kwargs.is_empty() {
                    return Err(msg::takes_no_keyword_arguments(&class_name));
                }
                if let Value::Ref(id) = inst
                    && let Obj::Exception(e) = self.heap.get_mut(id)
                {
                    e.args = args;
                }
                Ok(Called::Value(inst))
            }
            _ => {
                if user_new.is_none() && (!args.is_empty() || !kwargs.is_empty()) {
                    return Err(msg::takes_no_arguments(&class_name));
                }
                Ok(Called::Value(inst))
            }
        }
    }

    /// Whether class `sub` is `class` or derives from it (`class` may be a builtin class value).
    pub(crate) fn class_is_subclass(&self, sub: HeapId, class: Value) -> bool {
        self.class_obj(sub).is_some_and(|c| c.mro.contains(&class))
    }

    /// What a class attribute becomes when read through an instance (`obj`) or the class (`obj` Undef).
    pub(crate) fn bind_descriptor(&mut self, v: Value, obj: Value, cls: HeapId) -> RunResult<Value> {
        let Value::Ref(id) = v else { return Ok(v) };
        match self.heap.get(id) {
            Obj::Function(_) | Obj::Std(crate::stdlib::StdObj::CmFactory(_)) if obj != Value::Undef => {
                self.heap.alloc(Obj::Method(Method { func: v, receiver: obj }))
            }
            Obj::StaticMethod(f) => Ok(*f),
            Obj::ClassMethod(f) => {
                let f = *f;
                self.heap.alloc(Obj::Method(Method {
                    func: f,
                    receiver: Value::Ref(cls),
                }))
            }
            _ => Ok(v),
        }
    }

    /// Property found on the class, if `found` is one.
    fn as_property(&self, found: Option<Found>) -> Option<crate::object::class::Property> {
        match found {
            Some(Found::Value(Value::Ref(id))) => match self.heap.get(id) {
                Obj::Property(p) => Some(*p),
                _ => None,
            },
            _ => None,
        }
    }

    /// `obj.name` for an instance or user exception, without `__getattr__`. `None` when absent.
    pub(crate) fn instance_getattr(&mut self, obj: Value, name: &str) -> RunResult<Option<Value>> {
        let Some(cls) = self.user_class_of(obj) else {
            return Ok(None);
        };
        match name {
            "__class__" => return Ok(Some(Value::Ref(cls))),
            "__dict__" => return Ok(self.instance_dict(obj).map(Value::Ref)),
            _ => {}
        }
        let found = self.class_lookup(cls, name);
        if let Some(p) = self.as_property(found) {
            if p.fget == Value::None {
                let cname = self.class_name(Value::Ref(cls));
                return Err(msg::property_missing(name, &cname, "getter"));
            }
            return self.call_sync(p.fget, vec![obj]).map(Some);
        }
        if let Some(d) = self.instance_dict(obj)
            && let Some(v) = self.dict_get_str(d, name)
        {
            return Ok(Some(v));
        }
        match found {
            Some(Found::Value(v)) => self.bind_descriptor(v, obj, cls).map(Some),
            Some(Found::Slot(slot)) => {
                let receiver = if slot == Slot::ObjectNew { Value::Undef } else { obj };
                self.heap
                    .alloc(Obj::SlotMethod(SlotMethod { slot, receiver }))
                    .map(Some)
            }
            None => Ok(None),
        }
    }

    /// `obj.name` for an instance, with `__getattr__` and the CPython error.
    pub(crate) fn instance_load_attr(&mut self, obj: Value, name: &str) -> RunResult<Value> {
        if let Some(v) = self.instance_getattr(obj, name)? {
            return Ok(v);
        }
        if let Some(ga) = self.user_method(obj, "__getattr__") {
            let n = self.new_str(name)?;
            let cls = self.user_class_of(obj).unwrap_or(0);
            let f = self.bind_descriptor(ga, obj, cls)?;
            return self.call_sync(f, vec![n]);
        }
        Err(crate::exceptions::messages::no_attribute(self.type_name(obj), name))
    }

    /// `C.name` for a user class.
    pub(crate) fn class_load_attr(&mut self, cls: HeapId, name: &str) -> RunResult<Value> {
        let Some(c) = self.class_obj(cls) else {
            return Err(RunError::Internal("not a class"));
        };
        let (cname, qual, bases, mro, dict) = (
            c.name.clone(),
            c.qualname.clone(),
            c.bases.clone(),
            c.mro.clone(),
            c.dict,
        );
        match name {
            "__name__" => return self.new_str(cname),
            "__qualname__" => return self.new_str(qual),
            "__bases__" => return self.heap.alloc_tuple(bases),
            "__base__" => return Ok(bases.first().copied().unwrap_or(Value::None)),
            "__mro__" => return self.heap.alloc_tuple(mro),
            "__class__" => return Ok(Value::Type(TypeId::Type)),
            "__dict__" => {
                let copy = match self.heap.get(dict) {
                    Obj::Dict(d) => d.clone(),
                    _ => Dict::new(),
                };
                return self.heap.alloc(Obj::Dict(copy));
            }
            "__doc__" if self.dict_get_str(dict, "__doc__").is_none() => return Ok(Value::None),
            "__annotations__" if self.dict_get_str(dict, "__annotations__").is_none() => {
                let empty = self.heap.alloc(Obj::Dict(Dict::new()))?;
                self.dict_set_str(dict, "__annotations__", empty)?;
                return Ok(empty);
            }
            _ => {}
        }
        match self.class_lookup(cls, name) {
            Some(Found::Value(v)) => self.bind_descriptor(v, Value::Undef, cls),
            Some(Found::Slot(slot)) => self.heap.alloc(Obj::SlotMethod(SlotMethod {
                slot,
                receiver: Value::Undef,
            })),
            None => Err(msg::class_no_attribute(&cname, name)),
        }
    }

    /// `obj.name = value` for instances (with `__setattr__` and properties) and classes.
    pub(crate) fn user_store_attr(&mut self, obj: Value, name: &str, value: Value) -> RunResult<bool> {
        let Value::Ref(id) = obj else { return Ok(false) };
        if let Obj::Class(c) = self.heap.get(id) {
            let d = c.dict;
            self.dict_set_str(d, name, value)?;
            return Ok(true);
        }
        let Some(cls) = self.user_class_of(obj) else {
            return Ok(false);
        };
        if let Some(f) = self.user_method(obj, "__setattr__") {
            let f = self.bind_descriptor(f, obj, cls)?;
            let n = self.new_str(name)?;
            self.call_sync(f, vec![n, value])?;
            return Ok(true);
        }
        self.generic_setattr(obj, name, value)?;
        Ok(true)
    }

    /// `object.__setattr__`: properties, then the instance dict.
    pub(crate) fn generic_setattr(&mut self, obj: Value, name: &str, value: Value) -> RunResult<()> {
        let Some(cls) = self.user_class_of(obj) else {
            return Err(crate::exceptions::messages::no_attribute(self.type_name(obj), name));
        };
        if let Some(p) = self.as_property(self.class_lookup(cls, name)) {
            if p.fset == Value::None {
                let cname = self.class_name(Value::Ref(cls));
                return Err(msg::property_missing(name, &cname, "setter"));
            }
            self.call_sync(p.fset, vec![obj, value])?;
            return Ok(());
        }
        match self.instance_dict(obj) {
            Some(d) => self.dict_set_str(d, name, value),
            None => Err(crate::exceptions::messages::no_attribute(self.type_name(obj), name)),
        }
    }

    /// `del obj.name` for instances and classes.
    pub(crate) fn user_delete_attr(&mut self, obj: Value, name: &str) -> RunResult<bool> {
        let Value::Ref(id) = obj else { return Ok(false) };
        if let Obj::Class(c) = self.heap.get(id) {
            let (d, cname) = (c.dict, c.name.clone());
            let k = self.new_str(name)?;
            if self.dict_remove(Value::Ref(d), k)?.is_none() {
                return Err(msg::class_no_attribute(&cname, name));
            }
            return Ok(true);
        }
        let Some(cls) = self.user_class_of(obj) else {
            return Ok(false);
        };
        if let Some(f) = self.user_method(obj, "__delattr__") {
            let f = self.bind_descriptor(f, obj, cls)?;
            let n = self.new_str(name)?;
            self.call_sync(f, vec![n])?;
            return Ok(true);
        }
        self.generic_delattr(obj, name)?;
        Ok(true)
    }

    /// `object.__delattr__`: properties, then the instance dict.
    pub(crate) fn generic_delattr(&mut self, obj: Value, name: &str) -> RunResult<()> {
        let Some(cls) = self.user_class_of(obj) else {
            return Err(crate::exceptions::messages::no_attribute(self.type_name(obj), name));
        };
        if let Some(p) = self.as_property(self.class_lookup(cls, name)) {
            if p.fdel == Value::None {
                let cname = self.class_name(Value::Ref(cls));
                return Err(msg::property_missing(name, &cname, "deleter"));
            }
            self.call_sync(p.fdel, vec![obj])?;
            return Ok(());
        }
        let removed = match self.instance_dict(obj) {
            Some(d) => {
                let k = self.new_str(name)?;
                self.dict_remove(Value::Ref(d), k)?
            }
            None => None,
        };
        match removed {
            Some(_) => Ok(()),
            None => Err(crate::exceptions::messages::no_attribute(self.type_name(obj), name)),
        }
    }

    /// `dir()` of an instance or class: its own names and those of its classes, sorted by the caller.
    pub(crate) fn user_dir(&mut self, v: Value) -> RunResult<Vec<String>> {
        let mut dicts = Vec::new();
        let cls = match v {
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Class(_)) => Some(id),
            _ => {
                if let Some(d) = self.instance_dict(v) {
                    dicts.push(d);
                }
                self.user_class_of(v)
            }
        };
        if let Some(c) = cls.and_then(|c| self.class_obj(c)) {
            for &m in &c.mro {
                if let Value::Ref(k) = m
                    && let Some(kc) = self.class_obj(k)
                {
                    dicts.push(kc.dict);
                }
            }
        }
        let mut names = Vec::new();
        for d in dicts {
            if let Obj::Dict(d) = self.heap.get(d) {
                for k in d.keys() {
                    if let Some(s) = self.str_of(k) {
                        names.push(s.to_owned());
                    }
                }
            }
        }
        for extra in [
            "__class__",
            "__dict__",
            "__init__",
            "__repr__",
            "__str__",
            "__eq__",
            "__hash__",
        ] {
            names.push(extra.to_owned());
        }
        Ok(names)
    }

    /// `super(cls, obj).name`
    pub(crate) fn super_load_attr(&mut self, sup: HeapId, name: &str) -> RunResult<Value> {
        let Obj::Super(s) = self.heap.get(sup) else {
            return Err(RunError::Internal("not a super object"));
        };
        let s = *s;
        if name == "__class__" {
            return Ok(Value::Type(TypeId::Super));
        }
        // the MRO searched is that of obj's class (or of obj itself when it is a class)
        let (start_cls, obj_is_class) = match s.obj {
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Class(_)) => (Some(id), true),
            other => (self.user_class_of(other), false),
        };
        let mro = start_cls
            .and_then(|c| self.class_obj(c))
            .map(|c| c.mro.clone())
            .unwrap_or_default();
        let pos = mro
            .iter()
            .position(|&m| m == Value::Ref(s.class))
            .map_or(mro.len(), |p| p + 1);
        for &entry in &mro[pos.min(mro.len())..] {
            let found = match entry {
                Value::Ref(id) => match self.class_obj(id) {
                    Some(k) => self.dict_get_str(k.dict, name).map(Found::Value),
                    None => None,
                },
                Value::ExcType(_) => Slot::of_exception(name).map(Found::Slot),
                _ => Slot::of_object(name).map(Found::Slot),
            };
            match found {
                Some(Found::Value(v)) => {
                    let owner = start_cls.unwrap_or(s.class);
                    if let Value::Ref(vid) = v
                        && let Obj::Property(p) = self.heap.get(vid)
                        && !obj_is_class
                    {
                        let fget = p.fget;
                        return self.call_sync(fget, vec![s.obj]);
                    }
                    let recv = if obj_is_class { Value::Undef } else { s.obj };
                    return self.bind_descriptor(v, recv, owner);
                }
                Some(Found::Slot(slot)) => {
                    let receiver = if slot == Slot::ObjectNew || obj_is_class {
                        Value::Undef
                    } else {
                        s.obj
                    };
                    return self.heap.alloc(Obj::SlotMethod(SlotMethod { slot, receiver }));
                }
                None => {}
            }
        }
        Err(msg::super_no_attribute(name))
    }

    /// Call a class, a bound method, an instance with `__call__`, a static method or a native slot.
    pub(crate) fn call_user_object(
        &mut self,
        callee: Value,
        mut args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
        boundary: bool,
    ) -> RunResult<Called> {
        let mut callee = callee;
        // unwrapping is iterative and bounded: a `__call__` that is itself an instance cannot recurse forever
        for _ in 0..64 {
            let Value::Ref(id) = callee else {
                return self.call(callee, args, kwargs, boundary);
            };
            match self.heap.get(id) {
                Obj::Method(m) => {
                    args.insert(0, m.receiver);
                    callee = m.func;
                }
                Obj::StaticMethod(f) => callee = *f,
                Obj::Class(_) => return self.instantiate(id, args, kwargs, boundary),
                Obj::SlotMethod(m) => {
                    let m = *m;
                    return self.call_slot(m, args, kwargs).map(Called::Value);
                }
                Obj::Instance(_) | Obj::Exception(_) => {
                    let Some(cls) = self.user_class_of(callee) else {
                        return Err(crate::exceptions::messages::not_callable(self.type_name(callee)));
                    };
                    match self.user_method(callee, "__call__") {
                        Some(f) if f != Value::None => callee = self.bind_descriptor(f, callee, cls)?,
                        _ => return Err(crate::exceptions::messages::not_callable(self.type_name(callee))),
                    }
                }
                _ => return self.call(callee, args, kwargs, boundary),
            }
        }
        Err(exc(
            ExcType::RecursionError,
            "maximum recursion depth exceeded while calling a Python object",
        ))
    }

    /// A plain function found on the class of instance `obj` (not shadowed by its dict), for `LoadMethod`.
    pub(crate) fn user_plain_method(&self, obj: Value, name: &str) -> Option<Value> {
        let cls = self.user_class_of(obj)?;
        let Found::Value(f) = self.class_lookup(cls, name)? else {
            return None;
        };
        if !matches!(f, Value::Ref(id) if matches!(self.heap.get(id), Obj::Function(_))) {
            return None;
        }
        if let Some(d) = self.instance_dict(obj)
            && self.dict_get_str(d, name).is_some()
        {
            return None;
        }
        Some(f)
    }

    /// `obj.name` for the objects of this module; `None` when `obj` is none of them.
    pub(crate) fn user_load_attr(&mut self, obj: Value, name: &str) -> RunResult<Option<Value>> {
        // `object.__init__`, `Exception.__init__`: unbound native slots
        let slot = match obj {
            Value::Type(TypeId::Object) => Slot::of_object(name),
            Value::ExcType(_) => Slot::of_exception(name).or_else(|| Slot::of_object(name)),
            _ => None,
        };
        if name == "__class__"
            && !self.is_user(obj)
            && !matches!(obj, Value::Ref(id) if matches!(self.heap.get(id), Obj::Super(_)))
        {
            return Ok(Some(crate::object::types::type_of(&self.heap, obj).to_value()));
        }
        if let Some(slot) = slot {
            return self
                .heap
                .alloc(Obj::SlotMethod(SlotMethod {
                    slot,
                    receiver: Value::Undef,
                }))
                .map(Some);
        }
        let Value::Ref(id) = obj else { return Ok(None) };
        let v = match self.heap.get(id) {
            Obj::Instance(_) => self.instance_load_attr(obj, name)?,
            Obj::Exception(e) if e.class.is_some() => self.instance_load_attr(obj, name)?,
            Obj::Class(_) => self.class_load_attr(id, name)?,
            Obj::Super(_) => self.super_load_attr(id, name)?,
            Obj::Method(m) => {
                let m = *m;
                match name {
                    "__self__" => m.receiver,
                    "__func__" => m.func,
                    _ => return self.load_attr(m.func, name).map(Some),
                }
            }
            Obj::Property(p) => {
                let p = *p;
                match name {
                    "fget" => p.fget,
                    "fset" => p.fset,
                    "fdel" => p.fdel,
                    "__doc__" => p.doc,
                    "getter" | "setter" | "deleter" => {
                        let slot = match name {
                            "getter" => Slot::PropertyGetter,
                            "setter" => Slot::PropertySetter,
                            _ => Slot::PropertyDeleter,
                        };
                        self.heap.alloc(Obj::SlotMethod(SlotMethod { slot, receiver: obj }))?
                    }
                    _ => return Ok(None),
                }
            }
            Obj::StaticMethod(f) | Obj::ClassMethod(f) => match name {
                "__func__" | "__wrapped__" => *f,
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(v))
    }
}
