//! The runtime tests of `match` patterns: sequence and mapping shapes, key
//! lookup, `**rest`, and class patterns (`__match_args__`).

use super::Vm;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::types::{PyType, TypeId, type_of};
use crate::object::value::Value;

/// Builtin types whose single positional sub-pattern matches the subject itself (`int(x)`).
const MATCH_SELF: &[TypeId] = &[
    TypeId::Bool,
    TypeId::Bytes,
    TypeId::ByteArray,
    TypeId::Dict,
    TypeId::Float,
    TypeId::FrozenSet,
    TypeId::Int,
    TypeId::List,
    TypeId::Set,
    TypeId::Str,
    TypeId::Tuple,
];

impl Vm<'_, '_> {
    /// `MatchSeqLen`: a sequence for matching (not str/bytes) of the right length.
    pub(crate) fn match_sequence_len(&mut self, v: Value, spec: u32) -> RunResult<bool> {
        let is_seq = match type_of(&self.heap, v) {
            PyType::Builtin(t) => matches!(t, TypeId::List | TypeId::Tuple | TypeId::Range | TypeId::Deque),
            _ => false,
        };
        if !is_seq {
            return Ok(false);
        }
        let len = self.len(v)?;
        let n = (spec & 0x7fff_ffff) as usize;
        Ok(if spec & (1 << 31) != 0 { len >= n } else { len == n })
    }

    /// The dict behind a mapping subject (a dict, or a `collections` dict type).
    pub(crate) fn match_mapping_inner(&self, v: Value) -> Option<Value> {
        let inner = self.std_inner(v).unwrap_or(v);
        match inner {
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Dict(_)) => Some(inner),
            _ => None,
        }
    }

    fn tuple_items(&self, v: Value) -> Vec<Value> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Tuple(t) => t.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// `MatchKeys`: look up each key of the tuple at TOS in the mapping below it.
    pub(crate) fn match_keys(&mut self) -> RunResult<()> {
        let keys = self.peek(1)?;
        let subject = self.peek(2)?;
        let dict = self
            .match_mapping_inner(subject)
            .ok_or_else(|| RunError::Internal("MatchKeys on a non-mapping"))?;
        let keys = self.tuple_items(keys);
        self.charge_walk(dict)?;
        if self.len(dict)? < keys.len() {
            self.stack.push(Value::None);
            self.stack.push(Value::Bool(false));
            return Ok(());
        }
        let seen = self.build_map(&[])?;
        self.stack.push(seen);
        let mut values = Vec::with_capacity(keys.len());
        let mut found = true;
        for &k in &keys {
            self.tick()?;
            if self.dict_lookup(seen, k)?.is_some() {
                self.pop()?;
                let r = self.repr(k)?;
                return Err(exc(
                    ExcType::ValueError,
                    format!("mapping pattern checks duplicate key ({r})"),
                ));
            }
            self.dict_set(seen, k, Value::None)?;
            match self.dict_lookup(dict, k)? {
                Some(v) => values.push(v),
                None => {
                    found = false;
                    break;
                }
            }
        }
        self.pop()?;
        if found {
            let t = self.heap.alloc_tuple(values)?;
            self.stack.push(t);
            self.stack.push(Value::Bool(true));
        } else {
            self.stack.push(Value::None);
            self.stack.push(Value::Bool(false));
        }
        Ok(())
    }

    /// `MatchRest`: `[subject, keys]` -> a dict of the subject's items whose keys are not in `keys`.
    pub(crate) fn match_rest(&mut self) -> RunResult<()> {
        let keys = self.peek(1)?;
        let subject = self.peek(2)?;
        let dict = self
            .match_mapping_inner(subject)
            .ok_or_else(|| RunError::Internal("MatchRest on a non-mapping"))?;
        let items: Vec<(Value, Value)> = match dict {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Dict(d) => d.iter().collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        self.tick_many(items.len())?;
        let keys = self.tuple_items(keys);
        let excluded = self.build_map(&[])?;
        self.stack.push(excluded);
        for k in keys {
            self.dict_set(excluded, k, Value::None)?;
        }
        let rest = self.build_map(&[])?;
        self.stack.push(rest);
        for (k, v) in items {
            if self.dict_lookup(excluded, k)?.is_none() {
                self.dict_set(rest, k, v)?;
            }
        }
        self.stack.truncate(self.stack.len().saturating_sub(4));
        self.stack.push(rest);
        Ok(())
    }

    fn class_display_name(&self, cls: Value) -> String {
        match cls {
            Value::Type(t) => t.name().to_owned(),
            Value::ExcType(e) => e.name().to_owned(),
            Value::Ref(id) => self.class_obj(id).map_or_else(String::new, |c| c.name.clone()),
            _ => String::new(),
        }
    }

    /// `getattr(subject, name)` for a class pattern: `None` when there is no such attribute.
    fn match_attr(&mut self, subject: Value, name: &str) -> RunResult<Option<Value>> {
        match self.load_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_attribute_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `MatchClass(npos)`: `[subject, class, keyword names]` -> `[attributes, matched]`.
    pub(crate) fn match_class(&mut self, npos: u32) -> RunResult<()> {
        let names = self.pop()?;
        let cls = self.pop()?;
        let subject = self.top()?;
        let is_type = matches!(cls, Value::Type(_) | Value::ExcType(_)) || self.is_class(cls);
        if !is_type {
            return Err(exc(ExcType::TypeError, "called match pattern must be a type"));
        }
        let failed = |vm: &mut Self| -> RunResult<()> {
            vm.pop()?;
            vm.stack.push(Value::None);
            vm.stack.push(Value::Bool(false));
            Ok(())
        };
        if !crate::builtins::functions::instance_of(self, subject, cls)? {
            return failed(self);
        }
        let npos = npos as usize;
        let mut attrs: Vec<Value> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        if npos > 0 {
            let match_args = match cls {
                Value::Ref(id) => match self.class_lookup(id, "__match_args__") {
                    Some(super::class::Found::Value(v)) => Some(v),
                    _ => None,
                },
                _ => None,
            };
            let cname = self.class_display_name(cls);
            match match_args {
                None if matches!(cls, Value::Type(t) if MATCH_SELF.contains(&t)) => {
                    if npos > 1 {
                        return Err(exc(
                            ExcType::TypeError,
                            format!("{cname}() accepts 1 positional sub-pattern ({npos} given)"),
                        ));
                    }
                    attrs.push(subject);
                }
                _ => {
                    let args = match match_args {
                        None => Vec::new(),
                        Some(v) if matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Obj::Tuple(_))) => {
                            self.tuple_items(v)
                        }
                        Some(v) => {
                            return Err(exc(
                                ExcType::TypeError,
                                format!("{cname}.__match_args__ must be a tuple (got {})", self.type_name(v)),
                            ));
                        }
                    };
                    if npos > args.len() {
                        let s = if args.len() == 1 { "" } else { "s" };
                        return Err(exc(
                            ExcType::TypeError,
                            format!(
                                "{cname}() accepts {} positional sub-pattern{s} ({npos} given)",
                                args.len()
                            ),
                        ));
                    }
                    for &a in args.iter().take(npos) {
                        let Some(name) = self.str_of(a).map(str::to_owned) else {
                            return Err(exc(
                                ExcType::TypeError,
                                format!("__match_args__ elements must be strings (got {})", self.type_name(a)),
                            ));
                        };
                        if seen.contains(&name) {
                            return Err(exc(
                                ExcType::TypeError,
                                format!("{cname}() got multiple sub-patterns for attribute '{name}'"),
                            ));
                        }
                        match self.match_attr(subject, &name)? {
                            Some(v) => attrs.push(v),
                            None => return failed(self),
                        }
                        seen.push(name);
                    }
                }
            }
        }
        for k in self.tuple_items(names) {
            let name = self.str_of(k).unwrap_or("").to_owned();
            if seen.contains(&name) {
                let cname = self.class_display_name(cls);
                return Err(exc(
                    ExcType::TypeError,
                    format!("{cname}() got multiple sub-patterns for attribute '{name}'"),
                ));
            }
            match self.match_attr(subject, &name)? {
                Some(v) => attrs.push(v),
                None => return failed(self),
            }
            seen.push(name);
        }
        self.pop()?;
        let t = self.heap.alloc_tuple(attrs)?;
        self.stack.push(t);
        self.stack.push(Value::Bool(true));
        Ok(())
    }
}
