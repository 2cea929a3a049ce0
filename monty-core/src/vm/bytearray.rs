//! The mutations of `bytearray` that the VM performs itself: item and slice
//! assignment and deletion, `+=` and `*=`, and the byte coercions they share
//! with the mutating methods (`append`, `extend`, `insert`, ...).
//!
//! Every growth is charged to the heap before the vector grows.

use super::Vm;
use crate::bytecode::BinOp;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::{HeapId, Value};

/// `TypeError` of a slice assignment from something that is not bytes-like or an iterable of ints.
#[cold]
fn cannot_assign() -> RunError {
    exc(
        ExcType::TypeError,
        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
    )
}

impl Vm<'_, '_> {
    /// One byte from an int-like value: `ValueError: byte must be in range(0, 256)`
    /// or `TypeError: 'str' object cannot be interpreted as an integer`.
    pub(crate) fn byte_value(&self, v: Value) -> RunResult<u8> {
        if matches!(v, Value::Float(_)) {
            return Err(exc(
                ExcType::TypeError,
                format!("'{}' object cannot be interpreted as an integer", self.type_name(v)),
            ));
        }
        let i = self.expect_index(v)?;
        u8::try_from(i).map_err(|_| exc(ExcType::ValueError, "byte must be in range(0, 256)"))
    }

    /// The bytes of an iterable of ints (each checked with [`Vm::byte_value`]).
    pub(crate) fn bytes_of_ints(&mut self, v: Value) -> RunResult<Vec<u8>> {
        let items = self.collect(v)?;
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            out.push(self.byte_value(x)?);
        }
        Ok(out)
    }

    /// The new contents of a slice assignment: a bytes-like value, or an iterable of ints.
    fn slice_source(&mut self, v: Value) -> RunResult<Vec<u8>> {
        if let Some(b) = self.heap.buffer(v) {
            return Ok(b.to_vec());
        }
        if self.str_of(v).is_some() || self.index_of(v).is_some() {
            return Err(cannot_assign());
        }
        if !self.is_iterable(v) {
            return Err(exc(
                ExcType::TypeError,
                format!("cannot convert '{}' object to bytearray", self.type_name(v)),
            ));
        }
        self.bytes_of_ints(v)
    }

    /// Run `f` on the vector of the bytearray `id`.
    pub(crate) fn with_bytearray<T>(&mut self, id: HeapId, f: impl FnOnce(&mut Vec<u8>) -> T) -> RunResult<T> {
        match self.heap.get_mut(id) {
            Obj::ByteArray(b) => Ok(f(b)),
            _ => Err(RunError::Internal("bytearray operation on another type")),
        }
    }

    fn bytearray_len(&self, id: HeapId) -> usize {
        match self.heap.get(id) {
            Obj::ByteArray(b) => b.len(),
            _ => 0,
        }
    }

    /// `ba[index] = value`
    pub(crate) fn bytearray_setitem(&mut self, id: HeapId, index: Value, value: Value) -> RunResult<()> {
        let len = self.bytearray_len(id);
        let Some(sl) = self.as_slice(index) else {
            let i = self.norm_index(index, len, "bytearray")?;
            let byte = self.byte_value(value)?;
            return self.with_bytearray(id, |b| {
                if let Some(slot) = b.get_mut(i) {
                    *slot = byte;
                }
            });
        };
        let r = self.resolve_slice(&sl, len)?;
        // the splice moves the tail: charge a walk of the bytearray
        self.charge_walk(Value::Ref(id))?;
        let new = self.slice_source(value)?;
        if r.step == 1 {
            self.heap.charge(new.len())?;
            return self.with_bytearray(id, |b| {
                let start = usize::try_from(r.start).unwrap_or(0).min(b.len());
                let stop = usize::try_from(r.stop).unwrap_or(0).max(start).min(b.len());
                b.splice(start..stop, new);
            });
        }
        let n = r.len();
        if new.is_empty() {
            // CPython: assigning no bytes to an extended slice deletes it
            return self.bytearray_delitem(id, index);
        }
        if new.len() != n {
            return Err(exc(
                ExcType::ValueError,
                format!(
                    "attempt to assign bytes of size {} to extended slice of size {n}",
                    new.len()
                ),
            ));
        }
        let idxs: Vec<usize> = r.indices().collect();
        self.with_bytearray(id, |b| {
            for (i, byte) in idxs.into_iter().zip(new) {
                if let Some(slot) = b.get_mut(i) {
                    *slot = byte;
                }
            }
        })
    }

    /// `del ba[index]`
    pub(crate) fn bytearray_delitem(&mut self, id: HeapId, index: Value) -> RunResult<()> {
        let len = self.bytearray_len(id);
        self.charge_walk(Value::Ref(id))?;
        let Some(sl) = self.as_slice(index) else {
            let i = self.norm_index(index, len, "bytearray")?;
            return self.with_bytearray(id, |b| {
                if i < b.len() {
                    b.remove(i);
                }
            });
        };
        let r = self.resolve_slice(&sl, len)?;
        let mut doomed = vec![false; len];
        for i in r.indices() {
            if let Some(d) = doomed.get_mut(i) {
                *d = true;
            }
        }
        self.with_bytearray(id, |b| {
            let mut i = 0;
            b.retain(|_| {
                let keep = !doomed.get(i).copied().unwrap_or(false);
                i += 1;
                keep
            });
        })
    }

    /// Append bytes to the bytearray `id`, charging the growth first.
    pub(crate) fn bytearray_push(&mut self, id: HeapId, more: &[u8]) -> RunResult<()> {
        self.heap.charge(more.len())?;
        self.with_bytearray(id, |b| b.extend_from_slice(more))
    }

    /// `ba.extend(iterable)`: a bytes-like value or an iterable of ints.
    pub(crate) fn bytearray_extend(&mut self, id: HeapId, v: Value) -> RunResult<()> {
        let more = if let Some(b) = self.heap.buffer(v) {
            b.to_vec()
        } else if self.str_of(v).is_none() && (self.index_of(v).is_some() || !self.is_iterable(v)) {
            return Err(exc(
                ExcType::TypeError,
                format!("can't extend bytearray with {}", self.type_name(v)),
            ));
        } else {
            self.bytes_of_ints(v)?
        };
        self.bytearray_push(id, &more)
    }

    /// `ba += x` and `ba *= n`, in place.
    pub(crate) fn bytearray_inplace(&mut self, op: BinOp, id: HeapId, a: Value, b: Value) -> RunResult<Value> {
        if op == BinOp::Add {
            let Some(more) = self.heap.buffer(b).map(<[u8]>::to_vec) else {
                return Err(exc(
                    ExcType::TypeError,
                    format!("can't concat {} to bytearray", self.type_name(b)),
                ));
            };
            self.bytearray_push(id, &more)?;
            return Ok(a);
        }
        let Some(n) = self.index_of(b).filter(|_| !matches!(b, Value::Float(_))) else {
            return Err(exc(
                ExcType::TypeError,
                format!("can't multiply sequence by non-int of type '{}'", self.type_name(b)),
            ));
        };
        let count = usize::try_from(n.max(0)).unwrap_or(usize::MAX);
        let len = self.bytearray_len(id);
        let total = len.saturating_mul(count);
        self.heap.charge(total.saturating_sub(len))?;
        self.tick_many(total / 64)?;
        self.with_bytearray(id, |v| *v = v.repeat(count))?;
        Ok(a)
    }
}
