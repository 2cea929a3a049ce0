//! Iteration: `iter()`, `next()`, and collecting an iterable into a Vec.

use super::Vm;
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::{DictViewKind, IterKind, IterObj, Obj};
use crate::object::value::Value;

impl Vm<'_, '_> {
    /// `iter(v)`
    pub(crate) fn get_iter(&mut self, v: Value) -> RunResult<Value> {
        if let Some(inner) = self.std_inner(v) {
            return self.get_iter(inner);
        }
        if let Some(it) = self.class_protocol(v, "__class_iter__", &[])? {
            // a class again would recurse here without bound
            if self.is_class(it) {
                return Err(messages::not_iterable("type"));
            }
            return self.get_iter(it);
        }
        if self.is_user(v) {
            return self.user_iter(v);
        }
        let Value::Ref(id) = v else {
            return Err(messages::not_iterable(self.type_name(v)));
        };
        let kind = match self.heap.get(id) {
            Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                IterKind::Seq { seq: id, idx: 0 }
            }
            Obj::Range(r) => IterKind::Range {
                next: r.start,
                left: r.len(),
                step: r.step,
            },
            Obj::Dict(d) => IterKind::DictKeys {
                dict: id,
                idx: 0,
                len: d.len(),
            },
            Obj::Set(d) | Obj::FrozenSet(d) => IterKind::Set {
                set: id,
                idx: 0,
                len: d.len(),
            },
            Obj::DictView(kind, d) => {
                let (kind, d) = (*kind, *d);
                let len = match self.heap.get(d) {
                    Obj::Dict(x) => x.len(),
                    _ => 0,
                };
                match kind {
                    DictViewKind::Keys => IterKind::DictKeys { dict: d, idx: 0, len },
                    DictViewKind::Values => IterKind::DictValues { dict: d, idx: 0, len },
                    DictViewKind::Items => IterKind::DictItems { dict: d, idx: 0, len },
                }
            }
            Obj::Generator(g) if g.coroutine => return Err(messages::not_iterable(self.type_name(v))),
            Obj::Iter(_) | Obj::Generator(_) => return Ok(v),
            Obj::Std(s) if s.is_iterator() => return Ok(v),
            _ => return Err(messages::not_iterable(self.type_name(v))),
        };
        self.heap.alloc(Obj::Iter(IterObj { kind, done: false }))
    }

    /// Whether `iter(v)` would succeed.
    pub(crate) fn is_iterable(&self, v: Value) -> bool {
        if self.std_inner(v).is_some() {
            return true;
        }
        matches!(v, Value::Ref(id) if matches!(
            self.heap.get(id),
            Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Str(_)
                | Obj::Bytes(_)
                | Obj::ByteArray(_)
                | Obj::Range(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::FrozenSet(_)
                | Obj::DictView(..)
                | Obj::Iter(_)
                | Obj::Generator(_)
        ) || matches!(self.heap.get(id), Obj::Std(s) if s.is_iterator()))
    }

    /// The next item of every iterator in `iters`, or `None` once any is exhausted
    /// (the ones before it have then been advanced, as `zip` and `map` do).
    fn next_of_each(&mut self, iters: &[Value]) -> RunResult<Option<Vec<Value>>> {
        let mut items = Vec::with_capacity(iters.len());
        for &i in iters {
            match self.iter_next(i)? {
                Some(v) => items.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(items))
    }

    /// One tuple of `zip(..., strict=True)`; a length mismatch raises
    /// CPython's ValueError naming the first argument that ended early or late.
    fn zip_strict_next(&mut self, iters: &[Value]) -> RunResult<Option<Value>> {
        let mut items = Vec::with_capacity(iters.len());
        for (i, &it) in iters.iter().enumerate() {
            match self.iter_next(it)? {
                Some(v) => items.push(v),
                None if i > 0 => {
                    let s = if i == 1 { " " } else { "s 1-" };
                    return Err(exc(
                        ExcType::ValueError,
                        format!("zip() argument {} is shorter than argument{s}{i}", i + 1),
                    ));
                }
                None => {
                    for (j, &rest) in iters.iter().enumerate().skip(1) {
                        if self.iter_next(rest)?.is_some() {
                            let s = if j == 1 { " " } else { "s 1-" };
                            return Err(exc(
                                ExcType::ValueError,
                                format!("zip() argument {} is longer than argument{s}{j}", j + 1),
                            ));
                        }
                    }
                    return Ok(None);
                }
            }
        }
        if items.is_empty() {
            return Ok(None);
        }
        Ok(Some(self.heap.alloc_tuple(items)?))
    }

    /// `next(it)`: `None` when exhausted.
    pub(crate) fn iter_next(&mut self, it: Value) -> RunResult<Option<Value>> {
        let Value::Ref(id) = it else {
            return Err(exc(
                ExcType::TypeError,
                format!("'{}' object is not an iterator", self.type_name(it)),
            ));
        };
        if matches!(self.heap.get(id), Obj::Generator(_)) {
            return self.generator_next(id);
        }
        if self.is_user(it) {
            return self.user_next(it);
        }
        if matches!(self.heap.get(id), Obj::Std(s) if s.is_iterator()) {
            return self.std_next(id);
        }
        let Obj::Iter(obj) = self.heap.get(id) else {
            return Err(exc(
                ExcType::TypeError,
                format!("'{}' object is not an iterator", self.type_name(it)),
            ));
        };
        if obj.done {
            return Ok(None);
        }
        let kind = obj.kind.clone();
        let (next, new_kind) = match kind {
            IterKind::Seq { seq, idx } => match self.heap.get(seq) {
                Obj::List(v) | Obj::Tuple(v) => (v.get(idx).copied(), IterKind::Seq { seq, idx: idx + 1 }),
                Obj::Str(s) => match s.get(idx..).and_then(|r| r.chars().next()) {
                    Some(c) => {
                        let v = self.new_str(c.to_string())?;
                        (
                            Some(v),
                            IterKind::Seq {
                                seq,
                                idx: idx + c.len_utf8(),
                            },
                        )
                    }
                    None => (None, kind),
                },
                Obj::Bytes(b) | Obj::ByteArray(b) => (
                    b.get(idx).map(|&x| Value::Int(i64::from(x))),
                    IterKind::Seq { seq, idx: idx + 1 },
                ),
                _ => (None, kind),
            },
            IterKind::Reversed { seq, left } => {
                if left == 0 {
                    (None, kind)
                } else {
                    let v = match self.heap.get(seq) {
                        Obj::List(v) | Obj::Tuple(v) => v.get(left - 1).copied(),
                        _ => None,
                    };
                    (
                        v,
                        IterKind::Reversed {
                            seq,
                            left: if v.is_some() { left - 1 } else { 0 },
                        },
                    )
                }
            }
            IterKind::Range { next, left, step } => {
                if left <= 0 {
                    (None, kind)
                } else {
                    (
                        Some(Value::Int(next)),
                        IterKind::Range {
                            next: next.wrapping_add(step),
                            left: left - 1,
                            step,
                        },
                    )
                }
            }
            IterKind::DictKeys { dict, idx, len }
            | IterKind::DictValues { dict, idx, len }
            | IterKind::DictItems { dict, idx, len } => {
                let (entry, cur_len) = match self.heap.get(dict) {
                    Obj::Dict(d) => (d.next_from(idx), d.len()),
                    _ => (None, 0),
                };
                if cur_len != len {
                    self.mark_done(id);
                    return Err(exc(ExcType::RuntimeError, "dictionary changed size during iteration"));
                }
                match entry {
                    None => (None, kind),
                    Some((slot, k, v)) => {
                        let value = match kind {
                            IterKind::DictKeys { .. } => k,
                            IterKind::DictValues { .. } => v,
                            _ => self.heap.alloc_tuple(vec![k, v])?,
                        };
                        let next = slot + 1;
                        let nk = match kind {
                            IterKind::DictKeys { .. } => IterKind::DictKeys { dict, idx: next, len },
                            IterKind::DictValues { .. } => IterKind::DictValues { dict, idx: next, len },
                            _ => IterKind::DictItems { dict, idx: next, len },
                        };
                        (Some(value), nk)
                    }
                }
            }
            IterKind::Set { set, idx, len } => {
                let (entry, cur_len) = match self.heap.get(set) {
                    Obj::Set(d) | Obj::FrozenSet(d) => (d.next_from(idx), d.len()),
                    _ => (None, 0),
                };
                if cur_len != len {
                    self.mark_done(id);
                    return Err(exc(ExcType::RuntimeError, "Set changed size during iteration"));
                }
                match entry {
                    None => (None, kind),
                    Some((slot, k, _)) => (
                        Some(k),
                        IterKind::Set {
                            set,
                            idx: slot + 1,
                            len,
                        },
                    ),
                }
            }
            IterKind::Enumerate { inner, count } => match self.iter_next(inner)? {
                None => (None, kind),
                Some(v) => {
                    let pair = self.heap.alloc_tuple(vec![count, v])?;
                    let next = self.binary_op(crate::bytecode::BinOp::Add, count, Value::Int(1))?;
                    (Some(pair), IterKind::Enumerate { inner, count: next })
                }
            },
            IterKind::Zip { ref iters } => match self.next_of_each(iters)? {
                Some(items) if !items.is_empty() => (Some(self.heap.alloc_tuple(items)?), kind),
                _ => (None, kind),
            },
            IterKind::ZipStrict { ref iters } => (self.zip_strict_next(iters)?, kind),
            IterKind::Call { func, sentinel } => {
                let v = self.call_sync(func, Vec::new())?;
                if self.eq(v, sentinel)? {
                    (None, kind)
                } else {
                    (Some(v), kind)
                }
            }
            IterKind::Map { func, ref iters } => match self.next_of_each(iters)? {
                Some(args) => (Some(self.call_sync(func, args)?), kind),
                None => (None, kind),
            },
            IterKind::Filter { func, inner } => {
                let mut found = None;
                while let Some(v) = self.iter_next(inner)? {
                    self.tick()?;
                    let keep = if func == Value::None {
                        self.truthy(v)?
                    } else {
                        let r = self.call_sync(func, vec![v])?;
                        self.truthy(r)?
                    };
                    if keep {
                        found = Some(v);
                        break;
                    }
                }
                (found, kind)
            }
            IterKind::GetItem { obj, idx } => match self.user_getitem(obj, Value::Int(idx)) {
                Ok(v) => (Some(v), IterKind::GetItem { obj, idx: idx + 1 }),
                Err(e) if self.is_index_or_stop(&e) => (None, kind),
                Err(e) => return Err(e),
            },
        };
        if let Obj::Iter(obj) = self.heap.get_mut(id) {
            if next.is_none() {
                obj.done = true;
            }
            obj.kind = new_kind;
        }
        Ok(next)
    }

    fn mark_done(&mut self, id: u32) {
        if let Obj::Iter(obj) = self.heap.get_mut(id) {
            obj.done = true;
        }
    }

    /// Every item of an iterable, in order.
    pub(crate) fn collect(&mut self, v: Value) -> RunResult<Vec<Value>> {
        if let Value::Ref(id) = v {
            match self.heap.get(id) {
                Obj::List(x) | Obj::Tuple(x) => return Ok(x.clone()),
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => return Ok(d.keys().collect()),
                Obj::Range(r) => {
                    let r = *r;
                    let n = usize::try_from(r.len()).unwrap_or(usize::MAX);
                    self.heap.check_alloc(n.saturating_mul(std::mem::size_of::<Value>()))?;
                    self.tick_many(n / 16)?;
                    return Ok((0..r.len()).map(|i| Value::Int(r.at(i))).collect());
                }
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(it)? {
            self.tick()?;
            if out.len() % 1024 == 1023 {
                self.heap.check_alloc(out.len() * std::mem::size_of::<Value>())?;
            }
            out.push(x);
        }
        Ok(out)
    }

    /// `len(v)`
    pub(crate) fn len(&mut self, v: Value) -> RunResult<usize> {
        if let Some(inner) = self.std_inner(v) {
            return self.len(inner);
        }
        if let Some(n) = self.class_protocol(v, "__class_len__", &[])? {
            return Ok(usize::try_from(self.index_value(n)?.unwrap_or(0)).unwrap_or(0));
        }
        if self.is_user(v) {
            return self.user_len(v);
        }
        let Value::Ref(id) = v else {
            return Err(messages::no_len(self.type_name(v)));
        };
        Ok(match self.heap.get(id) {
            Obj::Str(s) => {
                if s.is_ascii() {
                    s.len()
                } else {
                    s.chars().count()
                }
            }
            Obj::Bytes(b) | Obj::ByteArray(b) => b.len(),
            Obj::List(v) | Obj::Tuple(v) => v.len(),
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.len(),
            Obj::Range(r) => usize::try_from(r.len()).unwrap_or(usize::MAX),
            Obj::DictView(_, d) => match self.heap.get(*d) {
                Obj::Dict(x) => x.len(),
                _ => 0,
            },
            _ => return Err(messages::no_len(self.type_name(v))),
        })
    }
}
