//! Attribute access on builtin values: data attributes and bound methods.

use super::Vm;
use crate::builtins::methods::MethodId;
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::{BoundMethod, Obj};
use crate::object::types::{PyType, type_of};
use crate::object::value::Value;

impl Vm<'_, '_> {
    /// `obj.name`
    pub(crate) fn load_attr(&mut self, obj: Value, name: &str) -> RunResult<Value> {
        if let Some(v) = self.std_load_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(v) = self.data_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(v) = self.user_load_attr(obj, name)? {
            return Ok(v);
        }
        let ty = type_of(&self.heap, obj);
        if let PyType::Builtin(t) = ty
            && let Some(m) = MethodId::lookup(t, name)
        {
            return self.heap.alloc(Obj::BoundMethod(BoundMethod {
                receiver: obj,
                method: m,
            }));
        }
        // methods looked up on the type itself: the class method `dict.fromkeys`,
        // or an unbound method such as `str.lower` (the receiver is then the
        // type, and the call takes the instance as its first argument)
        if let Value::Type(t) = obj
            && let Some(m) = MethodId::lookup(t, name)
        {
            return self.heap.alloc(Obj::BoundMethod(BoundMethod {
                receiver: obj,
                method: m,
            }));
        }
        Err(self.attr_error(obj, name))
    }

    fn attr_error(&self, obj: Value, name: &str) -> crate::exceptions::RunError {
        match obj {
            Value::Type(t) => exc(
                ExcType::AttributeError,
                format!("type object '{}' has no attribute '{name}'", t.name()),
            ),
            Value::ExcType(t) => exc(
                ExcType::AttributeError,
                format!("type object '{}' has no attribute '{name}'", t.name()),
            ),
            _ => messages::no_attribute(self.type_name(obj), name),
        }
    }

    /// `obj.name` for a call: `(callable, receiver)` without allocating a bound method.
    pub(crate) fn load_method(&mut self, obj: Value, name: &str) -> RunResult<(Value, Value)> {
        if let Some(f) = self.user_plain_method(obj, name) {
            return Ok((f, obj));
        }
        let ty = type_of(&self.heap, obj);
        if let PyType::Builtin(t) = ty
            && let Some(m) = MethodId::lookup(t, name)
        {
            // No bound-method object: `CallMethod` reads an int callable under a
            // receiver as the method's table index (see the run loop).
            return Ok((Value::Int(m.index()), obj));
        }
        let v = self.load_attr(obj, name)?;
        Ok((v, Value::Undef))
    }

    /// A function's `__dict__`, created on first use.
    fn function_dict(&mut self, id: crate::object::value::HeapId) -> RunResult<crate::object::value::HeapId> {
        if let Obj::Function(f) = self.heap.get(id)
            && let Some(d) = f.dict
        {
            return Ok(d);
        }
        let d = self.heap.alloc(Obj::Dict(crate::object::dict::Dict::new()))?;
        let Value::Ref(d) = d else {
            return Err(crate::exceptions::RunError::Internal("function dict"));
        };
        if let Obj::Function(f) = self.heap.get_mut(id) {
            f.dict = Some(d);
        }
        Ok(d)
    }

    /// `f.__qualname__ = v` / `f.__module__ = v` (the qualname must be a str, as CPython checks).
    fn set_function_name(&mut self, id: crate::object::value::HeapId, name: &str, value: Value) -> RunResult<()> {
        if name == "__qualname__" && self.str_of(value).is_none() {
            return Err(exc(ExcType::TypeError, "__qualname__ must be set to a string object"));
        }
        let (existing, code) = match self.heap.get(id) {
            Obj::Function(f) => (f.names.as_deref().copied(), f.code),
            _ => return Ok(()),
        };
        let (qualname, module) = match existing {
            Some(n) => n,
            None => {
                let q = self
                    .program
                    .codes
                    .get(code as usize)
                    .map_or(String::new(), |c| c.qualname.clone());
                (self.new_str(q)?, self.new_str("__main__")?)
            }
        };
        let names = if name == "__qualname__" {
            (value, module)
        } else {
            (qualname, value)
        };
        if let Obj::Function(f) = self.heap.get_mut(id) {
            f.names = Some(Box::new(names));
        }
        Ok(())
    }

    fn data_attr(&mut self, obj: Value, name: &str) -> RunResult<Option<Value>> {
        if let Value::Ref(id) = obj
            && let Obj::Function(f) = self.heap.get(id)
        {
            let fdict = f.dict;
            if name == "__dict__" {
                return self.function_dict(id).map(|d| Some(Value::Ref(d)));
            }
            if let Some(d) = fdict
                && !matches!(name, "__name__" | "__doc__")
                && let Some(v) = self.dict_get_str(d, name)
            {
                return Ok(Some(v));
            }
        }
        Ok(Some(match (obj, name) {
            (Value::Type(t), "__name__" | "__qualname__") => self.new_str(t.name())?,
            (Value::ExcType(t), "__name__" | "__qualname__") => self.new_str(t.name())?,
            (Value::Builtin(b), "__name__" | "__qualname__") => self.new_str(b.name())?,
            (Value::Int(i), "real" | "numerator") => Value::Int(i),
            (Value::Int(_), "imag") => Value::Int(0),
            (Value::Int(_), "denominator") => Value::Int(1),
            (Value::Bool(b), "real" | "numerator") => Value::Int(i64::from(b)),
            (Value::Bool(_), "imag") => Value::Int(0),
            (Value::Bool(_), "denominator") => Value::Int(1),
            (Value::Float(f), "real") => Value::Float(f),
            (Value::Float(_), "imag") => Value::Float(0.0),
            (Value::Ref(id), _) => match (self.heap.get(id), name) {
                (Obj::Function(f), "__name__") => f.name,
                (Obj::Function(f), "__doc__") => f.doc,
                (Obj::Function(f), "__qualname__") if f.names.is_some() => {
                    f.names.as_ref().map_or(Value::None, |n| n.0)
                }
                (Obj::Function(f), "__module__") if f.names.is_some() => f.names.as_ref().map_or(Value::None, |n| n.1),
                (Obj::Function(f), "__qualname__") => {
                    let q = self
                        .program
                        .codes
                        .get(f.code as usize)
                        .map_or(String::new(), |c| c.qualname.clone());
                    self.new_str(q)?
                }
                (Obj::Function(f), "__defaults__") => {
                    if f.defaults.is_empty() {
                        Value::None
                    } else {
                        let d = f.defaults.clone();
                        self.heap.alloc_tuple(d)?
                    }
                }
                (Obj::Function(f), "__kwdefaults__") => {
                    let kwdefaults = f.kwdefaults.clone();
                    return self.kwdefaults_dict(f.code, &kwdefaults).map(Some);
                }
                (Obj::Function(f), "__isabstractmethod__") if f.is_abstract => Value::Bool(true),
                (Obj::Function(f), "__module__") => {
                    let _ = f;
                    self.new_str("__main__")?
                }
                (Obj::Exception(e), "args") => {
                    let a = e.args.clone();
                    self.heap.alloc_tuple(a)?
                }
                (Obj::Exception(e), "reason")
                    if matches!(e.ty, ExcType::UnicodeDecodeError | ExcType::UnicodeEncodeError) =>
                {
                    // the codec message ends with ": <reason>"
                    let msg = e.args.first().and_then(|v| self.str_of(*v)).unwrap_or("");
                    let reason = msg.rsplit_once(": ").map_or(msg, |(_, r)| r).to_owned();
                    self.new_str(reason)?
                }
                (Obj::Exception(e), "value") if e.ty.is_subclass_of(ExcType::StopIteration) => {
                    e.args.first().copied().unwrap_or(Value::None)
                }
                (Obj::Exception(e), "code") if e.ty.is_subclass_of(ExcType::SystemExit) => match e.args.len() {
                    0 => Value::None,
                    1 => e.args.first().copied().unwrap_or(Value::None),
                    _ => {
                        let a = e.args.clone();
                        self.heap.alloc_tuple(a)?
                    }
                },
                (Obj::Exception(e), "__cause__") => e.cause,
                (Obj::Exception(e), "__context__") => e.context,
                (Obj::Exception(e), "__suppress_context__") => Value::Bool(e.suppress_context),
                (Obj::Exception(_), "__traceback__") => Value::None,
                (Obj::Range(r), "start") => Value::Int(r.start),
                (Obj::Range(r), "stop") => Value::Int(r.stop),
                (Obj::Range(r), "step") => Value::Int(r.step),
                (Obj::Slice(s), "start") => s.start,
                (Obj::Slice(s), "stop") => s.stop,
                (Obj::Slice(s), "step") => s.step,
                (Obj::BigInt(_), "real" | "numerator") => obj,
                (Obj::BigInt(_), "imag") => Value::Int(0),
                (Obj::BigInt(_), "denominator") => Value::Int(1),
                (Obj::Complex(c), "real") => Value::Float(c.re),
                (Obj::Complex(c), "imag") => Value::Float(c.im),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    /// A function's `__kwdefaults__`: a dict of the keyword-only defaults, or `None`.
    fn kwdefaults_dict(&mut self, code: u32, kwdefaults: &[Value]) -> RunResult<Value> {
        if kwdefaults.iter().all(|v| matches!(v, Value::Undef)) {
            return Ok(Value::None);
        }
        let program = self.program;
        let names: Vec<String> = match program.codes.get(code as usize) {
            Some(c) => c
                .varnames
                .iter()
                .skip(c.argcount as usize)
                .take(c.kwonlycount as usize)
                .cloned()
                .collect(),
            None => Vec::new(),
        };
        let d = self.heap.alloc(Obj::Dict(crate::object::dict::Dict::new()))?;
        for (name, &v) in names.iter().zip(kwdefaults) {
            if matches!(v, Value::Undef) {
                continue;
            }
            let k = self.new_str(name.as_str())?;
            self.dict_set(d, k, v)?;
        }
        Ok(d)
    }

    /// `obj.name = value`
    pub(crate) fn store_attr(&mut self, obj: Value, name: &str, value: Value) -> RunResult<()> {
        if let Value::Ref(id) = obj {
            match (self.heap.get_mut(id), name) {
                (Obj::Function(f), "__name__") => {
                    f.name = value;
                    return Ok(());
                }
                (Obj::Function(f), "__doc__") => {
                    f.doc = value;
                    return Ok(());
                }
                (Obj::Function(f), "__isabstractmethod__") => {
                    f.is_abstract = matches!(value, Value::Bool(true));
                    return Ok(());
                }
                (Obj::Function(_), "__dict__") => {
                    if !matches!(value, Value::Ref(d) if matches!(self.heap.get(d), Obj::Dict(_))) {
                        return Err(exc(ExcType::TypeError, "__dict__ must be set to a dictionary"));
                    }
                    if let (Value::Ref(d), Obj::Function(f)) = (value, self.heap.get_mut(id)) {
                        f.dict = Some(d);
                    }
                    return Ok(());
                }
                (Obj::Function(_), "__qualname__" | "__module__") => {
                    return self.set_function_name(id, name, value);
                }
                (Obj::Function(_), _) => {
                    let d = self.function_dict(id)?;
                    return self.dict_set_str(d, name, value);
                }
                (Obj::Exception(e), "__cause__") => {
                    e.cause = value;
                    e.suppress_context = true;
                    return Ok(());
                }
                (Obj::Exception(e), "__context__") => {
                    e.context = value;
                    return Ok(());
                }
                (Obj::Exception(e), "__suppress_context__") => {
                    e.suppress_context = matches!(value, Value::Bool(true));
                    return Ok(());
                }
                _ => {}
            }
        }
        if let Value::Ref(id) = obj
            && matches!(name, "__name__" | "__qualname__")
            && matches!(self.heap.get(id), Obj::Class(_))
        {
            return self.set_class_name(id, name, value);
        }
        if self.user_store_attr(obj, name, value)? {
            return Ok(());
        }
        if matches!(name, "real" | "imag") && self.complex_of(obj).is_some() {
            return Err(exc(ExcType::AttributeError, "readonly attribute"));
        }
        if MethodId::lookup_any(type_of(&self.heap, obj), name) {
            return Err(exc(
                ExcType::AttributeError,
                format!("'{}' object attribute '{name}' is read-only", self.type_name(obj)),
            ));
        }
        Err(exc(
            ExcType::AttributeError,
            format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        ))
    }

    /// `del obj.name`
    pub(crate) fn delete_attr(&mut self, obj: Value, name: &str) -> RunResult<()> {
        if self.user_delete_attr(obj, name)? {
            return Ok(());
        }
        Err(messages::no_attribute(self.type_name(obj), name))
    }
}
