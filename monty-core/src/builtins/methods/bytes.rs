//! `bytes` methods, plus the text codecs shared with `str.encode`.

use super::super::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

/// The receiver's bytes.
fn data(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
    bytes_like(vm, v).ok_or(RunError::Internal("bytes method on non-bytes"))
}

/// The contents of a bytes value, if `v` is one.
fn bytes_like(vm: &Vm<'_, '_>, v: Value) -> Option<Vec<u8>> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Bytes(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A bytes-like argument, or `TypeError: a bytes-like object is required, not 'str'`.
fn expect_bytes(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
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

fn new_bytes(vm: &mut Vm<'_, '_>, b: Vec<u8>) -> RunResult<Value> {
    vm.heap.check_alloc(b.len())?;
    vm.heap.alloc(Obj::Bytes(b))
}

fn new_list_of_bytes(vm: &mut Vm<'_, '_>, parts: Vec<Vec<u8>>) -> RunResult<Value> {
    vm.heap.check_alloc(parts.len() * 48)?;
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        items.push(new_bytes(vm, p)?);
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
fn slice_range(
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

fn is_space(c: u8) -> bool {
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
    new_bytes(vm, b[st..en].to_vec())
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

fn map_bytes(vm: &mut Vm<'_, '_>, this: Value, args: &Args, f: impl Fn(u8) -> u8) -> RunResult<Value> {
    args.range(0, 0)?;
    let b = data(vm, this)?;
    new_bytes(vm, b.into_iter().map(f).collect())
}

pub(crate) fn lower(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    map_bytes(vm, this, &args, |c| c.to_ascii_lowercase())
}

pub(crate) fn upper(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    map_bytes(vm, this, &args, |c| c.to_ascii_uppercase())
}

pub(crate) fn swapcase(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    map_bytes(vm, this, &args, |c| {
        if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        }
    })
}

pub(crate) fn capitalize(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let b = data(vm, this)?;
    let out = b
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    new_bytes(vm, out)
}

pub(crate) fn title(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let b = data(vm, this)?;
    let mut prev_cased = false;
    let mut out = Vec::with_capacity(b.len());
    for c in b {
        out.push(if prev_cased {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        });
        prev_cased = c.is_ascii_alphabetic();
    }
    new_bytes(vm, out)
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
    new_list_of_bytes(vm, parts)
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
    new_list_of_bytes(vm, parts)
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
    new_bytes(vm, out)
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
    new_bytes(vm, out)
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
            new_bytes(vm, r)
        }
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
    let items = vec![new_bytes(vm, x)?, new_bytes(vm, y)?, new_bytes(vm, z)?];
    vm.heap.alloc_tuple(items)
}

pub(crate) fn partition(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    partition_impl(vm, this, &args, false)
}

pub(crate) fn rpartition(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    partition_impl(vm, this, &args, true)
}

fn pred(vm: &mut Vm<'_, '_>, this: Value, args: &Args, f: impl Fn(&[u8]) -> bool) -> RunResult<Value> {
    args.range(0, 0)?;
    let b = data(vm, this)?;
    Ok(Value::Bool(f(&b)))
}

pub(crate) fn isalnum(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}

pub(crate) fn isalpha(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}

pub(crate) fn isdigit(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit))
}

pub(crate) fn isspace(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |b| !b.is_empty() && b.iter().all(|&c| is_space(c)))
}

pub(crate) fn isupper(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

pub(crate) fn islower(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

pub(crate) fn isascii(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, <[u8]>::is_ascii)
}

/// `bytes.hex([sep[, bytes_per_sep]])`
pub(crate) fn hex(vm: &mut Vm<'_, '_>, this: Value, mut args: Args) -> RunResult<Value> {
    let (sep_kw, per_kw) = args.two_optional(vm, "sep", "bytes_per_sep")?;
    let sep = match sep_kw {
        None => None,
        Some(v) => {
            let s = match (vm.str_of(v), bytes_like(vm, v)) {
                (Some(s), _) => s.to_owned(),
                (None, Some(b)) => String::from_utf8_lossy(&b).into_owned(),
                _ => {
                    return Err(exc(
                        ExcType::TypeError,
                        format!("sep must be str or bytes, not {}", vm.type_name(v)),
                    ));
                }
            };
            if s.chars().count() != 1 {
                return Err(exc(ExcType::ValueError, "sep must be length 1."));
            }
            Some(s)
        }
    };
    let per = match per_kw {
        Some(v) => vm.expect_index(v)?,
        None => 1,
    };
    let b = data(vm, this)?;
    vm.heap.check_alloc(b.len().saturating_mul(3))?;
    let digits: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let out = match sep {
        None => digits.concat(),
        Some(sep) => {
            let group = usize::try_from(per.unsigned_abs()).unwrap_or(1).max(1);
            let mut groups: Vec<String> = Vec::new();
            if per >= 0 {
                // groups counted from the right
                let first = digits.len() % group;
                if first > 0 {
                    groups.push(digits[..first].concat());
                }
                for chunk in digits[first..].chunks(group) {
                    groups.push(chunk.concat());
                }
            } else {
                for chunk in digits.chunks(group) {
                    groups.push(chunk.concat());
                }
            }
            groups.join(&sep)
        }
    };
    vm.new_str(out)
}

/// `bytes.fromhex(string)` (the receiver is the `bytes` type).
pub(crate) fn fromhex(vm: &mut Vm<'_, '_>, _this: Value, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let Some(s) = vm.str_of(v).map(str::to_owned) else {
        return Err(exc(
            ExcType::TypeError,
            format!("fromhex() argument must be str, not {}", vm.type_name(v)),
        ));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).filter(|_| chars[i].is_ascii());
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        match (hi, lo) {
            (Some(h), Some(l)) => {
                out.push(u8::try_from(h * 16 + l).unwrap_or(0));
                i += 2;
            }
            (Some(_), None) => {
                return Err(exc(
                    ExcType::ValueError,
                    format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1),
                ));
            }
            (None, _) => {
                return Err(exc(
                    ExcType::ValueError,
                    format!("non-hexadecimal number found in fromhex() arg at position {i}"),
                ));
            }
        }
    }
    new_bytes(vm, out)
}

/// A codec this module knows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn lookup_codec(name: &str) -> RunResult<Codec> {
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100" => {
            Ok(Codec::Latin1)
        }
        _ => Err(exc(ExcType::LookupError, format!("unknown encoding: {name}"))),
    }
}

/// Read the optional `encoding` and `errors` arguments of `encode`/`decode`.
fn codec_args(vm: &Vm<'_, '_>, mut args: Args, fname: &str) -> RunResult<(Codec, String)> {
    let (enc_kw, err_kw) = args.two_optional(vm, "encoding", "errors")?;
    let enc = match enc_kw {
        None => "utf-8".to_owned(),
        Some(v) => vm.str_of(v).map(str::to_owned).ok_or_else(|| {
            exc(
                ExcType::TypeError,
                format!("{fname}() argument 'encoding' must be str, not {}", vm.type_name(v)),
            )
        })?,
    };
    let errors = match err_kw {
        None => "strict".to_owned(),
        Some(v) => vm.str_of(v).map(str::to_owned).ok_or_else(|| {
            exc(
                ExcType::TypeError,
                format!("{fname}() argument 'errors' must be str, not {}", vm.type_name(v)),
            )
        })?,
    };
    Ok((lookup_codec(&enc)?, errors))
}

fn unknown_handler(errors: &str) -> RunError {
    exc(ExcType::LookupError, format!("unknown error handler name '{errors}'"))
}

/// `str.encode(encoding="utf-8", errors="strict")`
pub(crate) fn encode_str(vm: &mut Vm<'_, '_>, s: &str, args: Args) -> RunResult<Value> {
    let (codec, errors) = codec_args(vm, args, "encode")?;
    let limit: u32 = match codec {
        Codec::Utf8 => {
            let b = s.as_bytes().to_vec();
            return new_bytes(vm, b);
        }
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let code = c as u32;
        if code < limit {
            out.push(u8::try_from(code).unwrap_or(b'?'));
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors.as_str() {
            "strict" => {
                let what = if end - i == 1 {
                    let esc = if code < 0x100 {
                        format!("\\x{code:02x}")
                    } else if code < 0x10000 {
                        format!("\\u{code:04x}")
                    } else {
                        format!("\\U{code:08x}")
                    };
                    format!("character '{esc}' in position {i}")
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                return Err(exc(
                    ExcType::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        codec.name()
                    ),
                ));
            }
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "ignore" => {}
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    let code = c as u32;
                    let esc = if code < 0x100 {
                        format!("\\x{code:02x}")
                    } else if code < 0x10000 {
                        format!("\\u{code:04x}")
                    } else {
                        format!("\\U{code:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    new_bytes(vm, out)
}

/// Decode `b`; the error is `(start, end, reason)` of the first undecodable run.
fn decode_with(codec: Codec, b: &[u8], errors: &str) -> RunResult<Result<String, (usize, usize, &'static str)>> {
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let (bad_len, reason) = match codec {
            Codec::Latin1 => {
                out.extend(b[i..].iter().map(|&c| char::from(c)));
                break;
            }
            Codec::Ascii => {
                let good = b[i..].iter().take_while(|c| c.is_ascii()).count();
                out.extend(b[i..i + good].iter().map(|&c| char::from(c)));
                i += good;
                if i == b.len() {
                    break;
                }
                (1, "ordinal not in range(128)")
            }
            Codec::Utf8 => match std::str::from_utf8(&b[i..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    out.push_str(std::str::from_utf8(&b[i..i + good]).unwrap_or(""));
                    i += good;
                    let first = b[i];
                    match e.error_len() {
                        Some(n) => {
                            let invalid_start = matches!(first, 0x80..=0xC1 | 0xF5..=0xFF);
                            (
                                n,
                                if invalid_start {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                },
                            )
                        }
                        None => (b.len() - i, "unexpected end of data"),
                    }
                }
            },
        };
        match errors {
            "strict" => return Ok(Err((i, i + bad_len, reason))),
            "replace" => out.push('\u{FFFD}'),
            "ignore" => {}
            "backslashreplace" => {
                for &c in &b[i..i + bad_len] {
                    out.push_str(&format!("\\x{c:02x}"));
                }
            }
            other => return Err(unknown_handler(other)),
        }
        i += bad_len;
    }
    Ok(Ok(out))
}

/// `bytes.decode(encoding="utf-8", errors="strict")`
pub(crate) fn decode(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let b = data(vm, this)?;
    let (codec, errors) = codec_args(vm, args, "decode")?;
    match decode_with(codec, &b, &errors)? {
        Ok(s) => vm.new_str(s),
        Err((start, end, reason)) => {
            let what = if end - start == 1 {
                format!("byte 0x{:02x} in position {start}", b[start])
            } else {
                format!("bytes in position {start}-{}", end - 1)
            };
            Err(exc(
                ExcType::UnicodeDecodeError,
                format!("'{}' codec can't decode {what}: {reason}", codec.name()),
            ))
        }
    }
}
