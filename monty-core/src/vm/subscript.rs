//! Indexing and slicing: `obj[i]`, `obj[a:b:c]`, assignment and deletion.

use num_traits::Signed;

use super::Vm;
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::{Obj, Range, SliceObj};
use crate::object::value::Value;

/// A slice resolved against a length: CPython's `slice.indices()`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Resolved {
    pub(crate) start: i64,
    pub(crate) stop: i64,
    pub(crate) step: i64,
}

impl Resolved {
    pub(crate) fn len(&self) -> usize {
        let n = if self.step > 0 {
            if self.stop > self.start {
                (self.stop - self.start + self.step - 1) / self.step
            } else {
                0
            }
        } else if self.start > self.stop {
            (self.start - self.stop - self.step - 1) / (-self.step)
        } else {
            0
        };
        usize::try_from(n).unwrap_or(0)
    }

    pub(crate) fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len()).map(move |i| usize::try_from(self.start + i as i64 * self.step).unwrap_or(0))
    }
}

impl Vm<'_, '_> {
    /// An index value as i64 (`__index__` of int and bool).
    pub(crate) fn index_of(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(i64::from(b)),
            Value::Ref(id) => match self.heap.get(id) {
                Obj::BigInt(b) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
                _ => None,
            },
            _ => None,
        }
    }

    fn slice_part(&self, v: Value) -> RunResult<Option<i64>> {
        if v == Value::None {
            return Ok(None);
        }
        self.index_of(v).map(Some).ok_or_else(|| {
            exc(
                ExcType::TypeError,
                "slice indices must be integers or None or have an __index__ method",
            )
        })
    }

    /// Resolve a slice object against a sequence length.
    pub(crate) fn resolve_slice(&self, s: &SliceObj, len: usize) -> RunResult<Resolved> {
        let len = i64::try_from(len).unwrap_or(i64::MAX);
        let step = self.slice_part(s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(exc(ExcType::ValueError, "slice step cannot be zero"));
        }
        let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |x: Option<i64>, default: i64| match x {
            None => default,
            Some(i) if i < 0 => (i.saturating_add(len)).max(lo),
            Some(i) => i.min(hi),
        };
        let start = clamp(self.slice_part(s.start)?, if step < 0 { hi } else { lo });
        let stop = clamp(self.slice_part(s.stop)?, if step < 0 { lo } else { hi });
        Ok(Resolved { start, stop, step })
    }

    pub(crate) fn norm_index(&self, i: Value, len: usize, what: &str) -> RunResult<usize> {
        let Some(idx) = self.index_of(i) else {
            return Err(messages::bad_index_type(what, self.type_name(i)));
        };
        let len_i = i64::try_from(len).unwrap_or(i64::MAX);
        let real = if idx < 0 { idx.saturating_add(len_i) } else { idx };
        if real < 0 || real >= len_i {
            return Err(messages::index_out_of_range(what));
        }
        usize::try_from(real).map_err(|_| messages::index_out_of_range(what))
    }

    pub(crate) fn as_slice(&self, v: Value) -> Option<SliceObj> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Slice(s) => Some(*s),
                _ => None,
            },
            _ => None,
        }
    }

    /// `obj[index]`
    pub(crate) fn getitem(&mut self, obj: Value, index: Value) -> RunResult<Value> {
        if let Some(v) = self.std_getitem(obj, index)? {
            return Ok(v);
        }
        if let Value::Ref(id) = obj
            && matches!(self.heap.get(id), Obj::Class(_))
        {
            return self.class_getitem(id, index);
        }
        if self.is_user(obj) {
            return self.user_getitem(obj, index);
        }
        if self.is_user(index)
            && self.is_sequence(obj)
            && let Some(i) = self.index_value(index)?
        {
            return self.getitem(obj, Value::Int(i));
        }
        let Value::Ref(id) = obj else {
            if let Value::Type(t) = obj {
                return self.type_subscript(t, index);
            }
            return Err(messages::not_subscriptable(self.type_name(obj)));
        };
        let slice = self.as_slice(index);
        match self.heap.get(id) {
            Obj::List(v) | Obj::Tuple(v) => {
                let is_list = matches!(self.heap.get(id), Obj::List(_));
                let what = if is_list { "list" } else { "tuple" };
                if let Some(s) = slice {
                    let r = self.resolve_slice(&s, v.len())?;
                    let items: Vec<Value> = r.indices().filter_map(|i| v.get(i).copied()).collect();
                    return self
                        .heap
                        .alloc(if is_list { Obj::List(items) } else { Obj::Tuple(items) });
                }
                let i = self.norm_index(index, v.len(), what)?;
                v.get(i).copied().ok_or_else(|| messages::index_out_of_range(what))
            }
            Obj::Str(s) => {
                if s.is_ascii() {
                    let bytes = s.as_bytes();
                    if let Some(sl) = slice {
                        let r = self.resolve_slice(&sl, bytes.len())?;
                        let out: String = r.indices().filter_map(|i| bytes.get(i).map(|&b| b as char)).collect();
                        return self.new_str(out);
                    }
                    let i = self.norm_index(index, bytes.len(), "string")?;
                    let c = bytes.get(i).map(|&b| b as char).unwrap_or(' ');
                    return self.new_str(c.to_string());
                }
                let chars: Vec<char> = s.chars().collect();
                if let Some(sl) = slice {
                    let r = self.resolve_slice(&sl, chars.len())?;
                    let out: String = r.indices().filter_map(|i| chars.get(i).copied()).collect();
                    return self.new_str(out);
                }
                let i = self.norm_index(index, chars.len(), "string")?;
                let c = chars.get(i).copied().unwrap_or(' ');
                self.new_str(c.to_string())
            }
            Obj::ByteArray(b) => {
                if let Some(sl) = slice {
                    let r = self.resolve_slice(&sl, b.len())?;
                    let out: Vec<u8> = r.indices().filter_map(|i| b.get(i).copied()).collect();
                    self.heap.check_alloc(out.len())?;
                    return self.heap.alloc(Obj::ByteArray(out));
                }
                let i = self.norm_index(index, b.len(), "bytearray")?;
                Ok(Value::Int(i64::from(b.get(i).copied().unwrap_or(0))))
            }
            Obj::Bytes(b) => {
                if let Some(sl) = slice {
                    let r = self.resolve_slice(&sl, b.len())?;
                    let out: Vec<u8> = r.indices().filter_map(|i| b.get(i).copied()).collect();
                    self.heap.check_alloc(out.len())?;
                    return self.heap.alloc(Obj::Bytes(out));
                }
                // CPython: `byte indices must be ...` but plain `index out of range`
                let i = self.norm_index(index, b.len(), "byte").map_err(|e| match e {
                    crate::exceptions::RunError::New(ExcType::IndexError, _) => {
                        exc(ExcType::IndexError, "index out of range")
                    }
                    e => e,
                })?;
                Ok(Value::Int(i64::from(b.get(i).copied().unwrap_or(0))))
            }
            Obj::Range(r) => {
                let r = *r;
                let len = usize::try_from(r.len()).unwrap_or(usize::MAX);
                if let Some(sl) = slice {
                    let res = self.resolve_slice(&sl, len)?;
                    let new = Range {
                        start: r.at(res.start),
                        stop: r.at(res.stop),
                        step: r.step.saturating_mul(res.step),
                    };
                    return self.heap.alloc(Obj::Range(new));
                }
                let i = self.norm_index(index, len, "range object")?;
                Ok(Value::Int(r.at(i64::try_from(i).unwrap_or(0))))
            }
            Obj::Dict(_) => match self.dict_lookup(obj, index)? {
                Some(v) => Ok(v),
                None => Err(RunError::NewArgs(ExcType::KeyError, vec![index])),
            },
            _ => Err(messages::not_subscriptable(self.type_name(obj))),
        }
    }

    /// `obj[index] = value`
    pub(crate) fn setitem(&mut self, obj: Value, index: Value, value: Value) -> RunResult<()> {
        if let Some(inner) = self.std_inner(obj) {
            return self.setitem(inner, index, value);
        }
        if self.is_user(obj) {
            return self.user_setitem(obj, index, value);
        }
        if self.is_user(index)
            && self.is_sequence(obj)
            && let Some(i) = self.index_value(index)?
        {
            return self.setitem(obj, Value::Int(i), value);
        }
        let Value::Ref(id) = obj else {
            return Err(exc(
                ExcType::TypeError,
                format!("'{}' object does not support item assignment", self.type_name(obj)),
            ));
        };
        match self.heap.get(id) {
            Obj::List(v) => {
                let len = v.len();
                if let Some(sl) = self.as_slice(index) {
                    let r = self.resolve_slice(&sl, len)?;
                    if !self.is_iterable(value) {
                        return Err(exc(
                            ExcType::TypeError,
                            if r.step == 1 {
                                "can only assign an iterable"
                            } else {
                                "must assign iterable to extended slice"
                            },
                        ));
                    }
                    let new_items = self.collect(value)?;
                    let Obj::List(v) = self.heap.get_mut(id) else {
                        return Err(RunError::Internal("list"));
                    };
                    if r.step == 1 {
                        let start = usize::try_from(r.start).unwrap_or(0).min(v.len());
                        let stop = usize::try_from(r.stop).unwrap_or(0).max(start).min(v.len());
                        v.splice(start..stop, new_items);
                    } else {
                        let n = r.len();
                        if new_items.len() != n {
                            return Err(exc(
                                ExcType::ValueError,
                                format!(
                                    "attempt to assign sequence of size {} to extended slice of size {n}",
                                    new_items.len()
                                ),
                            ));
                        }
                        let idxs: Vec<usize> = r.indices().collect();
                        for (i, item) in idxs.into_iter().zip(new_items) {
                            if let Some(slot) = v.get_mut(i) {
                                *slot = item;
                            }
                        }
                    }
                    return Ok(());
                }
                let i = self.norm_index(index, len, "list assignment")?;
                if let Obj::List(v) = self.heap.get_mut(id)
                    && let Some(slot) = v.get_mut(i)
                {
                    *slot = value;
                }
                Ok(())
            }
            Obj::Dict(_) => self.dict_set(obj, index, value),
            Obj::ByteArray(_) => self.bytearray_setitem(id, index, value),
            _ => Err(exc(
                ExcType::TypeError,
                format!("'{}' object does not support item assignment", self.type_name(obj)),
            )),
        }
    }

    /// `del obj[index]`
    pub(crate) fn delitem(&mut self, obj: Value, index: Value) -> RunResult<()> {
        if let Some(inner) = self.std_inner(obj) {
            return self.delitem(inner, index);
        }
        if self.is_user(obj) {
            return self.user_delitem(obj, index);
        }
        if self.is_user(index)
            && self.is_sequence(obj)
            && let Some(i) = self.index_value(index)?
        {
            return self.delitem(obj, Value::Int(i));
        }
        let Value::Ref(id) = obj else {
            return Err(exc(
                ExcType::TypeError,
                format!("'{}' object doesn't support item deletion", self.type_name(obj)),
            ));
        };
        match self.heap.get(id) {
            Obj::List(v) => {
                let len = v.len();
                if let Some(sl) = self.as_slice(index) {
                    let r = self.resolve_slice(&sl, len)?;
                    let mut doomed: Vec<usize> = r.indices().collect();
                    doomed.sort_unstable();
                    if let Obj::List(v) = self.heap.get_mut(id) {
                        let mut k = 0;
                        let mut i = 0;
                        v.retain(|_| {
                            let keep = doomed.get(k) != Some(&i);
                            if !keep {
                                k += 1;
                            }
                            i += 1;
                            keep
                        });
                    }
                    return Ok(());
                }
                let i = self.norm_index(index, len, "list assignment")?;
                if let Obj::List(v) = self.heap.get_mut(id) {
                    v.remove(i);
                }
                Ok(())
            }
            Obj::ByteArray(_) => self.bytearray_delitem(id, index),
            Obj::Dict(_) => match self.dict_remove(obj, index)? {
                Some(_) => Ok(()),
                None => Err(RunError::NewArgs(ExcType::KeyError, vec![index])),
            },
            _ => Err(exc(
                ExcType::TypeError,
                format!("'{}' object doesn't support item deletion", self.type_name(obj)),
            )),
        }
    }
}
