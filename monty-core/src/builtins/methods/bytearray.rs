//! The mutating methods of `bytearray`; the rest of its methods are the
//! shared bytes methods (`bytes.rs`, `bytes_text.rs`, `codecs.rs`).

use super::super::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::{HeapId, Value};
use crate::vm::Vm;

fn id_of(this: Value) -> RunResult<HeapId> {
    this.heap_id()
        .ok_or(RunError::Internal("bytearray method on non-bytearray"))
}

fn len_of(vm: &Vm<'_, '_>, this: Value) -> usize {
    vm.heap.buffer(this).map_or(0, <[u8]>::len)
}

/// `append(item)`
pub(crate) fn append(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of("bytearray")?;
    let byte = vm.byte_value(v)?;
    vm.bytearray_push(id_of(this)?, &[byte])?;
    Ok(Value::None)
}

/// `extend(iterable_of_ints)`
pub(crate) fn extend(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of("bytearray")?;
    vm.bytearray_extend(id_of(this)?, v)?;
    Ok(Value::None)
}

/// `insert(index, item)`
pub(crate) fn insert(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?.to_vec();
    let i = vm.expect_index(a[0])?;
    let byte = vm.byte_value(a[1])?;
    vm.heap.charge(1)?;
    vm.with_bytearray(id_of(this)?, |b| {
        let len = i64::try_from(b.len()).unwrap_or(i64::MAX);
        let real = if i < 0 {
            i.saturating_add(len).max(0)
        } else {
            i.min(len)
        };
        b.insert(usize::try_from(real).unwrap_or(0), byte);
    })?;
    Ok(Value::None)
}

/// `pop(index=-1)`
pub(crate) fn pop(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let a = args.range(0, 1)?.to_vec();
    let i = match a.first() {
        Some(&v) => vm.expect_index(v)?,
        None => -1,
    };
    let len = len_of(vm, this);
    if len == 0 {
        return Err(exc(ExcType::IndexError, "pop from empty bytearray"));
    }
    let n = i64::try_from(len).unwrap_or(i64::MAX);
    let real = if i < 0 { i.saturating_add(n) } else { i };
    if real < 0 || real >= n {
        return Err(exc(ExcType::IndexError, "pop index out of range"));
    }
    let at = usize::try_from(real).unwrap_or(0);
    let byte = vm.with_bytearray(id_of(this)?, |b| b.remove(at))?;
    Ok(Value::Int(i64::from(byte)))
}

/// `remove(value)`: the first occurrence.
pub(crate) fn remove(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let v = args.one_of("bytearray")?;
    let byte = vm.byte_value(v)?;
    let found = vm.with_bytearray(id_of(this)?, |b| match b.iter().position(|&c| c == byte) {
        Some(p) => {
            b.remove(p);
            true
        }
        None => false,
    })?;
    if found {
        Ok(Value::None)
    } else {
        Err(exc(ExcType::ValueError, "value not found in bytearray"))
    }
}

/// `clear()`
pub(crate) fn clear(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.none_of("bytearray")?;
    vm.with_bytearray(id_of(this)?, Vec::clear)?;
    Ok(Value::None)
}

/// `reverse()`
pub(crate) fn reverse(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.none_of("bytearray")?;
    vm.with_bytearray(id_of(this)?, |b| b.reverse())?;
    Ok(Value::None)
}

/// `copy()`: a new bytearray with the same bytes.
pub(crate) fn copy(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.none_of("bytearray")?;
    let b = vm.heap.buffer(this).map(<[u8]>::to_vec).unwrap_or_default();
    vm.heap.check_alloc(b.len())?;
    vm.heap.alloc(Obj::ByteArray(b))
}
