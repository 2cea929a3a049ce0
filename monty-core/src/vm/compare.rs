//! Equality, ordering, identity and membership.

use std::cmp::Ordering;

use super::Vm;
use super::binary::Num;
use crate::bytecode::CmpOp;
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;

/// Deepest nesting `==` and `<` follow before raising RecursionError.
const MAX_COMPARE_DEPTH: usize = 500;

pub(super) fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Float(x), other) | (other, Num::Float(x)) => {
            let flipped = matches!(b, Num::Float(_)) && !matches!(a, Num::Float(_));
            if x.is_nan() {
                return None;
            }
            if x.is_infinite() {
                let o = if *x > 0.0 { Ordering::Greater } else { Ordering::Less };
                return Some(if flipped { o.reverse() } else { o });
            }
            // exact comparison of a float with an int
            let big = other.to_big();
            let fl = x.floor();
            let ord = match num_bigint::BigInt::from(fl as i128).cmp(&big) {
                Ordering::Equal => {
                    if *x > fl {
                        Ordering::Greater
                    } else {
                        Ordering::Equal
                    }
                }
                o => o,
            };
            let ord = if x.abs() >= 1.7e38 {
                // outside i128: compare through f64 (ints that large are never equal to a fractional float)
                let of = other.to_f64().unwrap_or(if big.sign() == num_bigint::Sign::Minus {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                });
                x.partial_cmp(&of)?
            } else {
                ord
            };
            Some(if flipped { ord.reverse() } else { ord })
        }
        _ => Some(a.to_big().cmp(&b.to_big())),
    }
}

impl Vm<'_, '_> {
    /// `a op b` for every comparison operator.
    pub(crate) fn compare_op(&mut self, op: CmpOp, a: Value, b: Value) -> RunResult<Value> {
        if !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) && (self.is_user(a) || self.is_user(b)) {
            return self.user_richcmp(op, a, b);
        }
        Ok(Value::Bool(match op {
            CmpOp::Eq => self.eq(a, b)?,
            CmpOp::Ne => !self.eq(a, b)?,
            CmpOp::Is => self.is(a, b),
            CmpOp::IsNot => !self.is(a, b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge => {
                let ord = self.order(a, b, op)?;
                match (op, ord) {
                    (_, None) => false,
                    (CmpOp::Lt, Some(o)) => o == Ordering::Less,
                    (CmpOp::Le, Some(o)) => o != Ordering::Greater,
                    (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
                    (_, Some(o)) => o != Ordering::Less,
                }
            }
        }))
    }

    /// `a is b`
    pub(crate) fn is(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
            _ => a == b,
        }
    }

    /// `a == b`
    pub(crate) fn eq(&mut self, a: Value, b: Value) -> RunResult<bool> {
        self.eq_depth(a, b, 0)
    }

    pub(super) fn eq_depth(&mut self, a: Value, b: Value, depth: usize) -> RunResult<bool> {
        if depth > MAX_COMPARE_DEPTH {
            return Err(exc(
                ExcType::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        if self.is_user(a) || self.is_user(b) {
            let r = self.user_richcmp(CmpOp::Eq, a, b)?;
            return self.truthy(r);
        }
        if self.std_inner(a).is_some() || self.std_inner(b).is_some() {
            let (x, y) = (self.std_inner(a).unwrap_or(a), self.std_inner(b).unwrap_or(b));
            return self.eq_depth(x, y, depth + 1);
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Ok(num_cmp(&x, &y) == Some(Ordering::Equal));
        }
        if let Some(r) = self.complex_eq(a, b) {
            return Ok(r);
        }
        let (Value::Ref(ia), Value::Ref(ib)) = (a, b) else {
            return Ok(a == b);
        };
        if ia == ib && !matches!(self.heap.get(ia), Obj::Tuple(_) | Obj::List(_)) {
            return Ok(true);
        }
        let pairs: Vec<(Value, Value)> = match (self.heap.get(ia), self.heap.get(ib)) {
            (Obj::Str(x), Obj::Str(y)) => return Ok(x == y),
            (Obj::Bytes(x) | Obj::ByteArray(x), Obj::Bytes(y) | Obj::ByteArray(y)) => return Ok(x == y),
            (Obj::List(x), Obj::List(y)) | (Obj::Tuple(x), Obj::Tuple(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                x.iter().copied().zip(y.iter().copied()).collect()
            }
            (Obj::Range(x), Obj::Range(y)) => {
                return Ok(
                    x.len() == y.len() && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)))
                );
            }
            (Obj::Dict(x), Obj::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                let entries: Vec<(Value, Value)> = x.iter().collect();
                for (k, v) in entries {
                    match self.dict_lookup(b, k)? {
                        Some(v2) => {
                            if !self.eq_depth(v, v2, depth + 1)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                return Ok(true);
            }
            (Obj::Set(x) | Obj::FrozenSet(x), Obj::Set(y) | Obj::FrozenSet(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                return self.set_is_subset(a, b);
            }
            (Obj::DictView(k1, d1), Obj::DictView(k2, d2)) if k1 == k2 => {
                let (d1, d2) = (*d1, *d2);
                if *k1 == crate::object::heap::DictViewKind::Values {
                    return Ok(d1 == d2 && ia == ib);
                }
                let (s1, s2) = (self.view_to_set(Value::Ref(ia))?, self.view_to_set(Value::Ref(ib))?);
                let _ = (d1, d2);
                return self.eq_depth(s1, s2, depth + 1);
            }
            (Obj::DictView(k, _), Obj::Set(_) | Obj::FrozenSet(_))
                if *k != crate::object::heap::DictViewKind::Values =>
            {
                let s1 = self.view_to_set(a)?;
                return self.eq_depth(s1, b, depth + 1);
            }
            (Obj::Set(_) | Obj::FrozenSet(_), Obj::DictView(k, _))
                if *k != crate::object::heap::DictViewKind::Values =>
            {
                let s2 = self.view_to_set(b)?;
                return self.eq_depth(a, s2, depth + 1);
            }
            (Obj::Exception(_), _) | (_, Obj::Exception(_)) => return Ok(ia == ib),
            (Obj::TypeExpr(_), Obj::TypeExpr(_)) => return Ok(self.type_expr_eq(a, b, depth)?.unwrap_or(false)),
            (Obj::Method(x), Obj::Method(y)) => return Ok(x.func == y.func && x.receiver == y.receiver),
            (Obj::Slice(x), Obj::Slice(y)) => {
                vec![(x.start, y.start), (x.stop, y.stop), (x.step, y.step)]
            }
            _ => return Ok(ia == ib),
        };
        for (x, y) in pairs {
            if !(self.is(x, y) || self.eq_depth(x, y, depth + 1)?) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Ordering for `<`-family operators; `None` when unordered (NaN, or sets that are not subsets).
    pub(crate) fn order(&mut self, a: Value, b: Value, op: CmpOp) -> RunResult<Option<Ordering>> {
        self.order_depth(a, b, op, 0)
    }

    fn order_depth(&mut self, a: Value, b: Value, op: CmpOp, depth: usize) -> RunResult<Option<Ordering>> {
        if depth > MAX_COMPARE_DEPTH {
            return Err(exc(
                ExcType::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        if self.is_user(a) || self.is_user(b) {
            // map the method's truth onto an ordering that `op` reads back correctly
            let r = self.user_richcmp(op, a, b)?;
            let t = self.truthy(r)?;
            return Ok(Some(match (op, t) {
                (CmpOp::Lt, true) | (CmpOp::Ge, false) => Ordering::Less,
                (CmpOp::Gt, true) | (CmpOp::Le, false) => Ordering::Greater,
                _ => Ordering::Equal,
            }));
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Ok(num_cmp(&x, &y));
        }
        if let (Value::Ref(ia), Value::Ref(ib)) = (a, b) {
            let seqs = match (self.heap.get(ia), self.heap.get(ib)) {
                (Obj::Str(x), Obj::Str(y)) => return Ok(Some(x.as_str().cmp(y.as_str()))),
                (Obj::Bytes(x) | Obj::ByteArray(x), Obj::Bytes(y) | Obj::ByteArray(y)) => return Ok(Some(x.cmp(y))),
                (Obj::List(_), Obj::List(_)) | (Obj::Tuple(_), Obj::Tuple(_)) => true,
                (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => {
                    let sub = self.set_is_subset(a, b)?;
                    let sup = self.set_is_subset(b, a)?;
                    return Ok(match (op, sub, sup) {
                        (_, true, true) => Some(Ordering::Equal),
                        (CmpOp::Lt | CmpOp::Le, true, false) => Some(Ordering::Less),
                        (CmpOp::Gt | CmpOp::Ge, false, true) => Some(Ordering::Greater),
                        _ => None,
                    });
                }
                _ => false,
            };
            if seqs {
                // Items are read one at a time rather than cloning both sequences: an
                // allocation per comparison was most of the cost of sorting by tuple keys.
                let mut i = 0;
                while let (Some(p), Some(q)) = (self.seq_item(ia, i), self.seq_item(ib, i)) {
                    if !(self.is(p, q) || self.eq_depth(p, q, depth + 1)?) {
                        return self.order_depth(p, q, op, depth + 1);
                    }
                    i += 1;
                }
                return Ok(Some(self.seq_len(ia).cmp(&self.seq_len(ib))));
            }
        }
        Err(messages::unorderable(op.symbol(), self.type_name(a), self.type_name(b)))
    }

    /// Item `i` of the list or tuple `id`, if it has one.
    fn seq_item(&self, id: crate::object::value::HeapId, i: usize) -> Option<Value> {
        match self.heap.get(id) {
            Obj::List(items) | Obj::Tuple(items) => items.get(i).copied(),
            _ => None,
        }
    }

    /// Length of the list or tuple `id` (0 for anything else).
    fn seq_len(&self, id: crate::object::value::HeapId) -> usize {
        match self.heap.get(id) {
            Obj::List(items) | Obj::Tuple(items) => items.len(),
            _ => 0,
        }
    }

    /// `item in container`
    pub(crate) fn contains(&mut self, container: Value, item: Value) -> RunResult<bool> {
        if let Some(inner) = self.std_inner(container) {
            return self.contains(inner, item);
        }
        if let Some(r) = self.class_protocol(container, "__class_contains__", &[item])? {
            return self.truthy(r);
        }
        if self.is_user(container) {
            return self.user_contains(container, item);
        }
        let Value::Ref(id) = container else {
            return Err(exc(
                ExcType::TypeError,
                format!("argument of type '{}' is not iterable", self.type_name(container)),
            ));
        };
        self.charge_walk(container)?;
        match self.heap.get(id) {
            Obj::Str(s) => {
                let Some(needle) = self.str_of(item) else {
                    return Err(exc(
                        ExcType::TypeError,
                        format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(item)
                        ),
                    ));
                };
                Ok(s.contains(needle))
            }
            Obj::Bytes(b) | Obj::ByteArray(b) => match item {
                Value::Int(_) | Value::Bool(_) => {
                    let i = self.index_of(item).unwrap_or(-1);
                    let byte =
                        u8::try_from(i).map_err(|_| exc(ExcType::ValueError, "byte must be in range(0, 256)"))?;
                    Ok(b.contains(&byte))
                }
                Value::Ref(iid) => match self.heap.get(iid) {
                    Obj::Bytes(n) | Obj::ByteArray(n) => {
                        Ok(n.is_empty() || b.windows(n.len()).any(|w| w == n.as_slice()))
                    }
                    Obj::BigInt(_) => Err(exc(ExcType::ValueError, "byte must be in range(0, 256)")),
                    _ => Err(exc(
                        ExcType::TypeError,
                        format!("a bytes-like object is required, not '{}'", self.type_name(item)),
                    )),
                },
                _ => Err(exc(
                    ExcType::TypeError,
                    format!("a bytes-like object is required, not '{}'", self.type_name(item)),
                )),
            },
            Obj::List(v) | Obj::Tuple(v) => {
                let items = v.clone();
                for x in items {
                    if self.is(x, item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Obj::Dict(_) => Ok(self.dict_lookup(container, item)?.is_some()),
            Obj::Set(_) | Obj::FrozenSet(_) => self.set_contains(container, item),
            Obj::Range(r) => {
                let r = *r;
                let Some(n) = self.num(item) else { return Ok(false) };
                let i = match n {
                    Num::Int(i) => i,
                    Num::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => f as i64,
                    _ => return Ok(false),
                };
                let inside = if r.step > 0 {
                    i >= r.start && i < r.stop
                } else {
                    i <= r.start && i > r.stop
                };
                Ok(inside && (i128::from(i) - i128::from(r.start)) % i128::from(r.step) == 0)
            }
            Obj::DictView(kind, d) => {
                let (kind, d) = (*kind, *d);
                match kind {
                    crate::object::heap::DictViewKind::Keys => Ok(self.dict_lookup(Value::Ref(d), item)?.is_some()),
                    crate::object::heap::DictViewKind::Values => {
                        let values: Vec<Value> = match self.heap.get(d) {
                            Obj::Dict(dd) => dd.iter().map(|(_, v)| v).collect(),
                            _ => Vec::new(),
                        };
                        for v in values {
                            if self.eq(v, item)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                    crate::object::heap::DictViewKind::Items => {
                        let Some((k, v)) = self.as_pair(item) else {
                            return Ok(false);
                        };
                        match self.dict_lookup(Value::Ref(d), k)? {
                            Some(v2) => self.eq(v, v2),
                            None => Ok(false),
                        }
                    }
                }
            }
            _ => {
                let it = self.get_iter(container)?;
                while let Some(x) = self.iter_next(it)? {
                    if self.is(x, item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// A 2-tuple's items.
    pub(crate) fn as_pair(&self, v: Value) -> Option<(Value, Value)> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Tuple(t) if t.len() == 2 => Some((t[0], t[1])),
                _ => None,
            },
            _ => None,
        }
    }

    /// Sort values in place with Python's `<` (stable), optionally by precomputed keys.
    pub(crate) fn sort_values(
        &mut self,
        items: &mut Vec<Value>,
        keys: Option<Vec<Value>>,
        reverse: bool,
    ) -> RunResult<()> {
        let keys = keys.unwrap_or_else(|| items.clone());
        let mut idx: Vec<usize> = (0..items.len()).collect();
        self.tick_many(items.len())?;
        // merge sort on indices so errors from comparisons propagate
        let mut err: Option<RunError> = None;
        let mut cmp = |vm: &mut Self, x: usize, y: usize| -> bool {
            if err.is_some() {
                return false;
            }
            let (a, b) = if reverse {
                (keys[y], keys[x])
            } else {
                (keys[x], keys[y])
            };
            match vm.order(a, b, CmpOp::Lt) {
                Ok(o) => o == Some(Ordering::Less),
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        };
        merge_sort(self, &mut idx, &mut cmp);
        if let Some(e) = err {
            return Err(e);
        }
        let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
        *items = sorted;
        Ok(())
    }
}

/// Stable bottom-up merge sort with a fallible less-than.
fn merge_sort<V>(vm: &mut V, idx: &mut [usize], less: &mut impl FnMut(&mut V, usize, usize) -> bool) {
    let n = idx.len();
    let mut buf = idx.to_vec();
    let mut width = 1;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut l, mut r, mut k) = (i, mid, i);
            while l < mid && r < hi {
                if less(vm, idx[r], idx[l]) {
                    buf[k] = idx[r];
                    r += 1;
                } else {
                    buf[k] = idx[l];
                    l += 1;
                }
                k += 1;
            }
            while l < mid {
                buf[k] = idx[l];
                l += 1;
                k += 1;
            }
            while r < hi {
                buf[k] = idx[r];
                r += 1;
                k += 1;
            }
            i += 2 * width;
        }
        idx.copy_from_slice(&buf);
        width *= 2;
    }
}
