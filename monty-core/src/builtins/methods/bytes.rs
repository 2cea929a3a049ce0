//! Methods shared by `bytes` and `bytearray`: search, split, strip, join,
//! replace and partition. Each works on the receiver's byte slice and builds
//! its results with [`new_like`], so a `bytearray` receiver gets `bytearray`
//! results, as in CPython.

use super::super::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::types::TypeId;
use crate::object::value::Value;
use crate::vm::Vm;

/// The receiver's bytes.
pub(super) fn data(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
    bytes_like(vm, v).ok_or(RunError::Internal("bytes method on non-bytes"))
}

/// The contents of a bytes-like value (`bytes` or `bytearray`), if `v` is one.
pub(super) fn bytes_like(vm: &Vm<'_, '_>, v: Value) -> Option<Vec<u8>> {
    vm.heap.buffer(v).map(<[u8]>::to_vec)
}

/// A bytes-like argument, or `TypeError: a bytes-like object is required, not 'str'`.
pub(super) fn expect_bytes(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
    bytes_like(vm, v).ok_or_else(|| {
        exc(
            ExcType::TypeError,
            format!("a bytes-like object is required, not '{}'", vm.type_name(v)),
        )
    })
}

/// A search argument: bytes, or an int in `range(0, 256)` standing for one byte.
fn needle(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
    if let Some(b) = bytes_like(vm, v) {
        return Ok(b);
    }
    if !matches!(v, Value::Float(_))
        && let Some(i) = vm.index_of(v)
    {
        return u8::try_from(i)
            .map(|b| vec![b])
            .map_err(|_| exc(ExcType::ValueError, "byte must be in range(0, 256)"));
    }
    Err(exc(
        ExcType::TypeError,
        format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ),
    ))
}

/// Whether results of a method called on `this` are `bytearray`s (the receiver is
/// a bytearray, or the `bytearray` type for class methods such as `fromhex`).
pub(super) fn makes_bytearray(vm: &Vm<'_, '_>, this: Value) -> bool {
    this == Value::Type(TypeId::ByteArray) || vm.heap.is_bytearray(this)
}

/// A new `bytes`, or a `bytearray` when `this` is one: the result of a method of `this`.
pub(super) fn new_like(vm: &mut Vm<'_, '_>, this: Value, b: Vec<u8>) -> RunResult<Value> {
    vm.heap.check_alloc(b.len())?;
    let obj = if makes_bytearray(vm, this) {
        Obj::ByteArray(b)
    } else {
        Obj::Bytes(b)
    };
    vm.heap.alloc(obj)
}

fn new_list_of_bytes(vm: &mut Vm<'_, '_>, this: Value, parts: Vec<Vec<u8>>) -> RunResult<Value> {
    vm.heap.check_alloc(parts.len() * 48)?;
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        items.push(new_like(vm, this, p)?);
    }
    vm.heap.alloc_list(items)
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn count_sub(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if &hay[i..i + needle.len()] == needle {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

/// Resolve optional start/end into a range of `len`; `None` when start lies past the end.
pub(super) fn slice_range(
    vm: &Vm<'_, '_>,
    len: usize,
    start: Option<Value>,
    end: Option<Value>,
) -> RunResult<Option<(usize, usize)>> {
    let n = i64::try_from(len).unwrap_or(i64::MAX);
    let norm = |v: Option<Value>, default: i64| -> RunResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.index_of(v).ok_or_else(|| {
                    exc(
                        ExcType::TypeError,
                        "slice indices must be integers or None or have an __index__ method",
                    )
                })?;
                Ok(if i < 0 { i.saturating_add(n).max(0) } else { i })
            }
        }
    };
    let st = norm(start, 0)?;
    let en = norm(end, n)?.min(n);
    if st > n {
        return Ok(None);
    }
    let st = usize::try_from(st).unwrap_or(0);
    let en = usize::try_from(en).unwrap_or(0);
    Ok(Some((st, en.max(st))))
}

fn find_impl(vm: &mut Vm<'_, '_>, this: Value, args: &Args, right: bool) -> RunResult<i64> {
    let b = data(vm, this)?;
    let a = args.range(1, 3)?.to_vec();
    let sub = needle(vm, a[0])?;
    let Some((st, en)) = slice_range(vm, b.len(), a.get(1).copied(), a.get(2).copied())? else {
        return Ok(-1);
    };
    let hay = &b[st..en];
    let found = if right {
        rfind_sub(hay, &sub)
    } else {
        find_sub(hay, &sub)
    };
    Ok(found.map_or(-1, |i| i64::try_from(i + st).unwrap_or(-1)))
}

find_family!(find_impl, "subsection not found");

pub(crate) fn count(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let b = data(vm, this)?;
    let a = args.range(1, 3)?.to_vec();
    let sub = needle(vm, a[0])?;
    let Some((st, en)) = slice_range(vm, b.len(), a.get(1).copied(), a.get(2).copied())? else {
        return Ok(Value::Int(0));
    };
    Ok(Value::Int(i64::try_from(count_sub(&b[st..en], &sub)).unwrap_or(0)))
}

fn affix(vm: &mut Vm<'_, '_>, this: Value, args: &Args, start: bool) -> RunResult<Value> {
    let b = data(vm, this)?;
    let a = args.range(1, 3)?.to_vec();
    let name = if start { "startswith" } else { "endswith" };
    let range = slice_range(vm, b.len(), a.get(1).copied(), a.get(2).copied())?;
    let matches = |c: &[u8]| match range {
        None => false,
        Some((st, en)) if start => b[st..en].starts_with(c),
        Some((st, en)) => b[st..en].ends_with(c),
    };
    if let Some(x) = bytes_like(vm, a[0]) {
        return Ok(Value::Bool(matches(&x)));
    }
    let tuple = match a[0] {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Tuple(t) => Some(t.clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(t) = tuple else {
        return Err(exc(
            ExcType::TypeError,
            format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(a[0])
            ),
        ));
    };
    for v in t {
        match bytes_like(vm, v) {
            Some(x) if matches(&x) => return Ok(Value::Bool(true)),
            Some(_) => {}
            None => {
                return Err(exc(
                    ExcType::TypeError,
                    format!("a bytes-like object is required, not '{}'", vm.type_name(v)),
                ));
            }
        }
    }
    Ok(Value::Bool(false))
}

pub(crate) fn startswith(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    affix(vm, this, &args, true)
}

pub(crate) fn endswith(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    affix(vm, this, &args, false)
}

pub(super) fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn strip_impl(vm: &mut Vm<'_, '_>, this: Value, args: &Args, left: bool, right: bool) -> RunResult<Value> {
    let b = data(vm, this)?;
    let a = args.range(0, 1)?.to_vec();
    let set = match a.first() {
        None | Some(Value::None) => None,
        Some(&v) => Some(expect_bytes(vm, v)?),
    };
    let strip = |c: u8| match &set {
        Some(s) => s.contains(&c),
        None => is_space(c),
    };
    let mut st = 0;
    let mut en = b.len();
    if left {
        while st < en && strip(b[st]) {
            st += 1;
        }
    }
    if right {
        while en > st && strip(b[en - 1]) {
            en -= 1;
        }
    }
    new_like(vm, this, b[st..en].to_vec())
}

pub(crate) fn strip(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    strip_impl(vm, this, &args, true, true)
}

pub(crate) fn lstrip(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    strip_impl(vm, this, &args, true, false)
}

pub(crate) fn rstrip(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    strip_impl(vm, this, &args, false, true)
}

fn split_impl(vm: &mut Vm<'_, '_>, this: Value, mut args: Args, from_right: bool) -> RunResult<Value> {
    let b = data(vm, this)?;
    let (sep_kw, max_kw) = args.two_optional(vm, "sep", "maxsplit")?;
    let sep = match sep_kw {
        None | Some(Value::None) => None,
        Some(v) => Some(expect_bytes(vm, v)?),
    };
    let maxsplit = match max_kw {
        Some(v) => vm.expect_index(v)?,
        None => -1,
    };
    let max = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(exc(ExcType::ValueError, "empty separator"));
            }
            if from_right {
                let mut end = b.len();
                while parts.len() < max {
                    match rfind_sub(&b[..end], &sep) {
                        Some(i) => {
                            parts.push(b[i + sep.len()..end].to_vec());
                            end = i;
                        }
                        None => break,
                    }
                }
                parts.push(b[..end].to_vec());
                parts.reverse();
            } else {
                let mut start = 0;
                while parts.len() < max {
                    match find_sub(&b[start..], &sep) {
                        Some(i) => {
                            parts.push(b[start..start + i].to_vec());
                            start += i + sep.len();
                        }
                        None => break,
                    }
                }
                parts.push(b[start..].to_vec());
            }
        }
        None => {
            if from_right {
                let mut end = b.len();
                loop {
                    while end > 0 && is_space(b[end - 1]) {
                        end -= 1;
                    }
                    if end == 0 {
                        break;
                    }
                    if parts.len() == max {
                        parts.push(b[..end].to_vec());
                        break;
                    }
                    let mut start = end;
                    while start > 0 && !is_space(b[start - 1]) {
                        start -= 1;
                    }
                    parts.push(b[start..end].to_vec());
                    end = start;
                }
                parts.reverse();
            } else {
                let mut i = 0;
                loop {
                    while i < b.len() && is_space(b[i]) {
                        i += 1;
                    }
                    if i == b.len() {
                        break;
                    }
                    if parts.len() == max {
                        parts.push(b[i..].to_vec());
                        break;
                    }
                    let start = i;
                    while i < b.len() && !is_space(b[i]) {
                        i += 1;
                    }
                    parts.push(b[start..i].to_vec());
                }
            }
        }
    }
    new_list_of_bytes(vm, this, parts)
}

pub(crate) fn split(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    split_impl(vm, this, args, false)
}

pub(crate) fn rsplit(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    split_impl(vm, this, args, true)
}

pub(crate) fn splitlines(vm: &mut Vm<'_, '_>, this: Value, mut args: Args) -> RunResult<Value> {
    let keep_kw = args.take_kw(vm, "keepends");
    args.finish_kw(vm)?;
    let keep = match keep_kw.or_else(|| args.pos.first().copied()) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let b = data(vm, this)?;
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            let mut end = i + 1;
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            parts.push(b[start..if keep { end } else { i }].to_vec());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        parts.push(b[start..].to_vec());
    }
    new_list_of_bytes(vm, this, parts)
}

pub(crate) fn join(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let sep = data(vm, this)?;
    let it = args.one()?;
    let items = vm.collect(it)?;
    let mut out = Vec::new();
    for (i, &item) in items.iter().enumerate() {
        let Some(part) = bytes_like(vm, item) else {
            return Err(exc(
                ExcType::TypeError,
                format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(item)
                ),
            ));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        vm.heap.check_alloc(out.len().saturating_add(part.len()))?;
        out.extend_from_slice(&part);
    }
    new_like(vm, this, out)
}

pub(crate) fn replace(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let b = data(vm, this)?;
    let a = args.range(2, 3)?.to_vec();
    let old = expect_bytes(vm, a[0])?;
    let new = expect_bytes(vm, a[1])?;
    let n = match a.get(2) {
        Some(&c) => usize::try_from(vm.expect_index(c)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let occurrences = count_sub(&b, &old).min(n);
    vm.heap
        .check_alloc(b.len().saturating_add(occurrences.saturating_mul(new.len())))?;
    let mut out = Vec::with_capacity(b.len());
    let mut done = 0;
    if old.is_empty() {
        for &c in &b {
            if done < n {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(c);
        }
        if done < n {
            out.extend_from_slice(&new);
        }
    } else {
        let mut i = 0;
        while i < b.len() {
            if done < n && b[i..].starts_with(&old) {
                out.extend_from_slice(&new);
                i += old.len();
                done += 1;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    new_like(vm, this, out)
}

fn remove_affix(vm: &mut Vm<'_, '_>, this: Value, args: &Args, prefix: bool) -> RunResult<Value> {
    let b = data(vm, this)?;
    let a = args.one()?;
    let affix = expect_bytes(vm, a)?;
    let stripped = if prefix {
        b.strip_prefix(affix.as_slice())
    } else {
        b.strip_suffix(affix.as_slice())
    };
    match stripped {
        Some(r) if !affix.is_empty() => {
            let r = r.to_vec();
            new_like(vm, this, r)
        }
        _ if makes_bytearray(vm, this) => new_like(vm, this, b.clone()),
        _ => Ok(this),
    }
}

pub(crate) fn removeprefix(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    remove_affix(vm, this, &args, true)
}

pub(crate) fn removesuffix(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    remove_affix(vm, this, &args, false)
}

fn partition_impl(vm: &mut Vm<'_, '_>, this: Value, args: &Args, right: bool) -> RunResult<Value> {
    let b = data(vm, this)?;
    let sep_v = args.one()?;
    let sep = expect_bytes(vm, sep_v)?;
    if sep.is_empty() {
        return Err(exc(ExcType::ValueError, "empty separator"));
    }
    let found = if right { rfind_sub(&b, &sep) } else { find_sub(&b, &sep) };
    let (x, y, z) = match found {
        Some(i) => (b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()),
        None if right => (Vec::new(), Vec::new(), b.clone()),
        None => (b.clone(), Vec::new(), Vec::new()),
    };
    let items = vec![new_like(vm, this, x)?, new_like(vm, this, y)?, new_like(vm, this, z)?];
    vm.heap.alloc_tuple(items)
}

pub(crate) fn partition(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    partition_impl(vm, this, &args, false)
}

pub(crate) fn rpartition(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    partition_impl(vm, this, &args, true)
}
