//! Building and updating containers: dicts, sets, lists, strings; unpacking.

use super::Vm;
use crate::bytecode::BinOp;
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::dict::Dict;
use crate::object::heap::{DictViewKind, Obj};
use crate::object::value::Value;

impl Vm<'_, '_> {
    /// Position of `key` in the table held by object `id` (dict, set or frozenset).
    fn table_find(&mut self, id: u32, key: Value, hash: u64) -> RunResult<Option<usize>> {
        let candidates: Vec<(usize, Value)> = match self.heap.get(id) {
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => {
                // fast path: identical key or simple equality without the VM
                let mut simple = None;
                let found = d.find(hash, |k| {
                    if k == key {
                        return true;
                    }
                    match (k, key) {
                        (Value::Ref(a), Value::Ref(b)) => match (self.heap.get(a), self.heap.get(b)) {
                            (Obj::Str(x), Obj::Str(y)) => x == y,
                            (Obj::Bytes(x), Obj::Bytes(y)) => x == y,
                            _ => {
                                simple = Some(false);
                                false
                            }
                        },
                        (Value::Ref(_), _) | (_, Value::Ref(_)) => {
                            simple = Some(false);
                            false
                        }
                        (a, b) => match (self.num(a), self.num(b)) {
                            (Some(_), Some(_)) => {
                                simple = Some(false);
                                false
                            }
                            _ => false,
                        },
                    }
                });
                if found.is_some() || simple.is_none() {
                    return Ok(found);
                }
                // slow path: collect candidates with the same hash and compare with full equality
                d.iter_hashed()
                    .enumerate()
                    .filter(|(_, (h, _, _))| *h == hash)
                    .map(|(i, (_, k, _))| (i, k))
                    .collect()
            }
            _ => return Ok(None),
        };
        for (_, k) in candidates {
            if self.eq(k, key)? {
                let pos = match self.heap.get(id) {
                    Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.find(hash, |x| x == k),
                    _ => None,
                };
                return Ok(pos);
            }
        }
        Ok(None)
    }

    fn table_hash(&mut self, key: Value) -> RunResult<u64> {
        Ok(self.hash(key)? as u64)
    }

    /// `d[key]` lookup; `None` if absent.
    pub(crate) fn dict_lookup(&mut self, d: Value, key: Value) -> RunResult<Option<Value>> {
        let Value::Ref(id) = d else { return Ok(None) };
        let h = self.table_hash(key)?;
        let pos = self.table_find(id, key, h)?;
        Ok(pos.and_then(|p| match self.heap.get(id) {
            Obj::Dict(d) => d.value_at(p),
            _ => None,
        }))
    }

    /// `d[key] = value`
    pub(crate) fn dict_set(&mut self, d: Value, key: Value, value: Value) -> RunResult<()> {
        let Value::Ref(id) = d else {
            return Err(RunError::Internal("dict_set on non-dict"));
        };
        let h = self.table_hash(key)?;
        let pos = self.table_find(id, key, h)?;
        if pos.is_none() {
            self.heap.charge(40)?;
        }
        match self.heap.get_mut(id) {
            Obj::Dict(d) => match pos {
                Some(p) => d.set_value_at(p, value),
                None => d.push_new(h, key, value),
            },
            _ => return Err(RunError::Internal("dict_set on non-dict")),
        }
        Ok(())
    }

    /// Remove `key`; returns its value, or `None` when absent.
    pub(crate) fn dict_remove(&mut self, d: Value, key: Value) -> RunResult<Option<Value>> {
        let Value::Ref(id) = d else { return Ok(None) };
        let h = self.table_hash(key)?;
        let Some(pos) = self.table_find(id, key, h)? else {
            return Ok(None);
        };
        Ok(match self.heap.get_mut(id) {
            Obj::Dict(d) | Obj::Set(d) => d.remove_at(pos).map(|(_, v)| v),
            _ => None,
        })
    }

    pub(crate) fn build_map(&mut self, items: &[Value]) -> RunResult<Value> {
        let d = self.heap.alloc(Obj::Dict(Dict::new()))?;
        for pair in items.chunks(2) {
            if let [k, v] = pair {
                self.dict_set(d, *k, *v)?;
            }
        }
        Ok(d)
    }

    /// Merge `other` (a dict, or an iterable of pairs when not `strict`) into the dict `target`.
    pub(crate) fn dict_update_from(&mut self, target: Value, other: Value, strict: bool) -> RunResult<()> {
        let other = match self.std_inner(other) {
            Some(inner) if matches!(self.heap.get(inner.heap_id().unwrap_or(0)), Obj::Dict(_)) => inner,
            _ => other,
        };
        let pairs: Vec<(Value, Value)> = match other {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Dict(d) => d.iter().collect(),
                _ if strict => {
                    return Err(exc(
                        ExcType::TypeError,
                        format!("argument after ** must be a mapping, not {}", self.type_name(other)),
                    ));
                }
                _ => {
                    let items = self.collect(other)?;
                    let mut pairs = Vec::with_capacity(items.len());
                    for (i, item) in items.into_iter().enumerate() {
                        let seq = self.collect(item).map_err(|_| {
                            exc(
                                ExcType::TypeError,
                                format!("cannot convert dictionary update sequence element #{i} to a sequence"),
                            )
                        })?;
                        if seq.len() != 2 {
                            return Err(exc(
                                ExcType::ValueError,
                                format!(
                                    "dictionary update sequence element #{i} has length {}; 2 is required",
                                    seq.len()
                                ),
                            ));
                        }
                        pairs.push((seq[0], seq[1]));
                    }
                    pairs
                }
            },
            _ => {
                return Err(if strict {
                    exc(
                        ExcType::TypeError,
                        format!("argument after ** must be a mapping, not {}", self.type_name(other)),
                    )
                } else {
                    messages::not_iterable(self.type_name(other))
                });
            }
        };
        for (k, v) in pairs {
            if strict && self.dict_lookup(target, k)?.is_some() {
                let key = self.repr(k)?;
                let key = self.str_of(k).map_or(key, str::to_owned);
                return Err(exc(
                    ExcType::TypeError,
                    format!("got multiple values for keyword argument '{key}'"),
                ));
            }
            self.dict_set(target, k, v)?;
        }
        Ok(())
    }

    pub(crate) fn build_set(&mut self, items: Vec<Value>) -> RunResult<Value> {
        let s = self.heap.alloc(Obj::Set(Dict::new()))?;
        for item in items {
            self.set_add(s, item)?;
        }
        Ok(s)
    }

    pub(crate) fn set_add(&mut self, set: Value, item: Value) -> RunResult<()> {
        let Value::Ref(id) = set else {
            return Err(RunError::Internal("set_add on non-set"));
        };
        let h = self.table_hash(item)?;
        if self.table_find(id, item, h)?.is_none() {
            self.heap.charge(32)?;
            if let Obj::Set(d) | Obj::FrozenSet(d) = self.heap.get_mut(id) {
                d.push_new(h, item, Value::None);
            }
        }
        Ok(())
    }

    pub(crate) fn set_contains(&mut self, set: Value, item: Value) -> RunResult<bool> {
        let Value::Ref(id) = set else { return Ok(false) };
        let h = match self.hash(item) {
            Ok(h) => h as u64,
            Err(e) => return Err(e),
        };
        Ok(self.table_find(id, item, h)?.is_some())
    }

    pub(crate) fn set_update(&mut self, set: Value, iterable: Value) -> RunResult<()> {
        for item in self.collect(iterable)? {
            self.set_add(set, item)?;
        }
        Ok(())
    }

    /// The elements of a set, frozenset or dict (keys).
    pub(crate) fn set_items(&self, v: Value) -> Option<Vec<Value>> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Set(d) | Obj::FrozenSet(d) | Obj::Dict(d) => Some(d.keys().collect()),
                _ => None,
            },
            _ => None,
        }
    }

    pub(crate) fn set_is_subset(&mut self, a: Value, b: Value) -> RunResult<bool> {
        let items = self.set_items(a).unwrap_or_default();
        for x in items {
            if !self.set_contains(b, x)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A set built from a dict keys/items view.
    pub(crate) fn view_to_set(&mut self, view: Value) -> RunResult<Value> {
        let items = self.collect(view)?;
        self.build_set(items)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on sets (and dict views); `None` if not sets.
    pub(crate) fn set_binary(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Option<Value>> {
        let kind = |vm: &Self, v: Value| match v {
            Value::Ref(id) => match vm.heap.get(id) {
                Obj::Set(_) => Some(0),
                Obj::FrozenSet(_) => Some(1),
                Obj::DictView(DictViewKind::Keys | DictViewKind::Items, _) => Some(2),
                _ => None,
            },
            _ => None,
        };
        let (Some(ka), Some(kb)) = (kind(self, a), kind(self, b)) else {
            return Ok(None);
        };
        let a = if ka == 2 { self.view_to_set(a)? } else { a };
        let b = if kb == 2 { self.view_to_set(b)? } else { b };
        let xs = self.set_items(a).unwrap_or_default();
        let ys = self.set_items(b).unwrap_or_default();
        let out = self.heap.alloc(if ka == 1 {
            Obj::FrozenSet(Dict::new())
        } else {
            Obj::Set(Dict::new())
        })?;
        match op {
            BinOp::Or => {
                for x in xs.into_iter().chain(ys) {
                    self.set_add(out, x)?;
                }
            }
            BinOp::And => {
                for x in xs {
                    if self.set_contains(b, x)? {
                        self.set_add(out, x)?;
                    }
                }
            }
            BinOp::Sub => {
                for x in xs {
                    if !self.set_contains(b, x)? {
                        self.set_add(out, x)?;
                    }
                }
            }
            _ => {
                for x in xs {
                    if !self.set_contains(b, x)? {
                        self.set_add(out, x)?;
                    }
                }
                for y in ys {
                    if !self.set_contains(a, y)? {
                        self.set_add(out, y)?;
                    }
                }
            }
        }
        Ok(Some(out))
    }

    pub(crate) fn list_append(&mut self, list: Value, item: Value) -> RunResult<()> {
        let Value::Ref(id) = list else {
            return Err(RunError::Internal("append on non-list"));
        };
        self.heap.charge(std::mem::size_of::<Value>())?;
        match self.heap.get_mut(id) {
            Obj::List(v) => {
                v.push(item);
                Ok(())
            }
            _ => Err(RunError::Internal("append on non-list")),
        }
    }

    pub(crate) fn list_extend(&mut self, list: Value, iterable: Value) -> RunResult<()> {
        let items = self.collect(iterable)?;
        let Value::Ref(id) = list else {
            return Err(RunError::Internal("extend on non-list"));
        };
        self.heap.charge(items.len() * std::mem::size_of::<Value>())?;
        match self.heap.get_mut(id) {
            Obj::List(v) => {
                v.extend(items);
                Ok(())
            }
            _ => Err(RunError::Internal("extend on non-list")),
        }
    }

    pub(crate) fn build_string(&mut self, parts: &[Value]) -> RunResult<Value> {
        let mut s = String::new();
        for &p in parts {
            match self.str_of(p) {
                Some(x) => s.push_str(x),
                None => {
                    let x = self.str(p)?;
                    s.push_str(&x);
                }
            }
        }
        self.new_str(s)
    }

    /// Unpack `v` into exactly `n` values, or with a starred target: `n` before and `after` after.
    /// Returns the values in target order.
    pub(crate) fn unpack(&mut self, v: Value, n: usize, after: Option<usize>) -> RunResult<Vec<Value>> {
        let items = match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::List(x) | Obj::Tuple(x) => Some(x.clone()),
                _ => None,
            },
            _ => None,
        };
        let items = match items {
            Some(i) => i,
            None => self.collect(v).map_err(|e| match e {
                RunError::New(ExcType::TypeError, _) => exc(
                    ExcType::TypeError,
                    format!("cannot unpack non-iterable {} object", self.type_name(v)),
                ),
                other => other,
            })?,
        };
        match after {
            None => {
                if items.len() < n {
                    return Err(messages::unpack_not_enough(n, items.len()));
                }
                if items.len() > n {
                    return Err(messages::unpack_too_many(n));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < n + after {
                    return Err(messages::unpack_not_enough_at_least(n + after, items.len()));
                }
                let mut out = items[..n].to_vec();
                let middle = items[n..items.len() - after].to_vec();
                out.push(self.heap.alloc_list(middle)?);
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }
}
