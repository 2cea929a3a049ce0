//! Crossing the boundary: `MontyObject` in, `MontyObject` out (depth-bounded).

use super::Vm;
use crate::boundary::{MAX_BOUNDARY_DEPTH, MontyObject};
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::dict::Dict;
use crate::object::heap::Obj;
use crate::object::value::Value;

impl Vm<'_, '_> {
    /// Bring a host value into the heap.
    pub(crate) fn import_value(&mut self, obj: &MontyObject) -> RunResult<Value> {
        self.import_depth(obj, 0)
    }

    fn import_depth(&mut self, obj: &MontyObject, depth: usize) -> RunResult<Value> {
        if depth > MAX_BOUNDARY_DEPTH {
            return Err(exc(ExcType::ValueError, "input value is nested too deeply"));
        }
        Ok(match obj {
            MontyObject::None => Value::None,
            MontyObject::Bool(b) => Value::Bool(*b),
            MontyObject::Int(i) => Value::Int(*i),
            MontyObject::BigInt(b) => self.int_value(b.clone())?,
            MontyObject::Float(f) => Value::Float(*f),
            MontyObject::Str(s) => self.new_str(s.clone())?,
            MontyObject::Bytes(b) => self.heap.alloc(Obj::Bytes(b.clone()))?,
            MontyObject::List(items) | MontyObject::Tuple(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.import_depth(item, depth + 1)?);
                }
                if matches!(obj, MontyObject::List(_)) {
                    self.heap.alloc_list(values)?
                } else {
                    self.heap.alloc_tuple(values)?
                }
            }
            MontyObject::Dict(pairs) => {
                let d = self.heap.alloc(Obj::Dict(Dict::new()))?;
                for (k, v) in pairs {
                    let k = self.import_depth(k, depth + 1)?;
                    let v = self.import_depth(v, depth + 1)?;
                    self.dict_set(d, k, v)?;
                }
                d
            }
            MontyObject::Set(items) | MontyObject::FrozenSet(items) => {
                let s = self.heap.alloc(if matches!(obj, MontyObject::Set(_)) {
                    Obj::Set(Dict::new())
                } else {
                    Obj::FrozenSet(Dict::new())
                })?;
                for item in items {
                    let v = self.import_depth(item, depth + 1)?;
                    self.set_add(s, v)?;
                }
                s
            }
            MontyObject::Repr { repr, .. } => self.new_str(repr.clone())?,
        })
    }

    /// Export a value to the host.
    pub(crate) fn export_value(&mut self, v: Value) -> RunResult<MontyObject> {
        self.export_depth(v, 0)
    }

    fn export_depth(&mut self, v: Value, depth: usize) -> RunResult<MontyObject> {
        if depth > MAX_BOUNDARY_DEPTH {
            return Err(exc(
                ExcType::ValueError,
                "result is nested too deeply to leave the sandbox",
            ));
        }
        Ok(match v {
            Value::None | Value::Undef => MontyObject::None,
            Value::Bool(b) => MontyObject::Bool(b),
            Value::Int(i) => MontyObject::Int(i),
            Value::Float(f) => MontyObject::Float(f),
            Value::Ref(id) => {
                let children: Vec<Value> = match self.heap.get(id) {
                    Obj::Str(s) => return Ok(MontyObject::Str(s.clone())),
                    Obj::Bytes(b) | Obj::ByteArray(b) => return Ok(MontyObject::Bytes(b.clone())),
                    Obj::BigInt(b) => return Ok(MontyObject::BigInt(b.clone())),
                    Obj::List(x) | Obj::Tuple(x) => x.clone(),
                    Obj::Set(d) | Obj::FrozenSet(d) => d.keys().collect(),
                    Obj::Dict(d) => {
                        let pairs: Vec<(Value, Value)> = d.iter().collect();
                        let mut out = Vec::with_capacity(pairs.len());
                        for (k, val) in pairs {
                            out.push((self.export_depth(k, depth + 1)?, self.export_depth(val, depth + 1)?));
                        }
                        return Ok(MontyObject::Dict(out));
                    }
                    _ => {
                        let repr = self.repr(v)?;
                        return Ok(MontyObject::Repr {
                            type_name: self.type_name(v).to_owned(),
                            repr,
                        });
                    }
                };
                let mut out = Vec::with_capacity(children.len());
                for c in children {
                    out.push(self.export_depth(c, depth + 1)?);
                }
                match self.heap.get(id) {
                    Obj::List(_) => MontyObject::List(out),
                    Obj::Tuple(_) => MontyObject::Tuple(out),
                    Obj::Set(_) => MontyObject::Set(out),
                    _ => MontyObject::FrozenSet(out),
                }
            }
            other => {
                let repr = self.repr(other)?;
                MontyObject::Repr {
                    type_name: self.type_name(other).to_owned(),
                    repr,
                }
            }
        })
    }
}
