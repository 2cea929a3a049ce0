//! Calling builtin types: `int(x)`, `str(x)`, `list(it)`, `range(...)`, ...

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::args::Args;
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::dict::Dict;
use crate::object::heap::{Obj, Range, SliceObj};
use crate::object::types::{TypeId, type_of};
use crate::object::value::Value;
use crate::vm::{NumPub as Num, Vm};

pub(crate) fn construct(vm: &mut Vm<'_, '_>, t: TypeId, mut args: Args) -> RunResult<Value> {
    if crate::stdlib::type_spec(t).is_some_and(|s| s.construct.is_some()) {
        let Args { pos, kw, .. } = args;
        return vm.std_construct(t, pos, kw).unwrap_or(Ok(Value::None));
    }
    if matches!(t, TypeId::Int | TypeId::Float)
        && args.kw.is_empty()
        && let [v] = args.pos.as_slice()
        && vm.is_user(*v)
    {
        return vm.user_number(*v, t == TypeId::Float);
    }
    match t {
        TypeId::Int => int(vm, args),
        TypeId::Complex => super::complex::construct(vm, args),
        TypeId::Float => {
            let a = args.range(0, 1)?.to_vec();
            match a.first() {
                None => Ok(Value::Float(0.0)),
                Some(&v) => to_float(vm, v).map(Value::Float),
            }
        }
        TypeId::Bool => {
            let a = args.range(0, 1)?.to_vec();
            match a.first() {
                None => Ok(Value::Bool(false)),
                Some(&v) => vm.truthy(v).map(Value::Bool),
            }
        }
        TypeId::Str => {
            let obj = args.take_kw(vm, "object");
            let encoding = args.take_kw(vm, "encoding");
            let errors = args.take_kw(vm, "errors");
            args.finish_kw(vm)?;
            let v = obj.or_else(|| args.pos.first().copied());
            if args.pos.len() > 3 {
                return Err(messages::arity("str", 0, 3, args.pos.len()));
            }
            if args.pos.len() > 1 || encoding.is_some() || errors.is_some() {
                // str(bytes, encoding, errors) is bytes.decode(encoding, errors)
                let Some(data) = v else {
                    return vm.new_str("");
                };
                if vm.heap.buffer(data).is_none() {
                    let what = if vm.str_of(data).is_some() {
                        "decoding str is not supported".to_owned()
                    } else {
                        format!(
                            "decoding to str: need a bytes-like object, {} found",
                            vm.type_name(data)
                        )
                    };
                    return Err(exc(ExcType::TypeError, what));
                }
                let mut rest: Vec<Value> = args.pos.iter().skip(1).copied().collect();
                if let Some(e) = encoding {
                    rest.insert(0, e);
                }
                if let Some(e) = errors {
                    if rest.is_empty() {
                        rest.push(vm.new_str("utf-8")?);
                    }
                    rest.push(e);
                }
                return crate::builtins::methods::call_method(
                    vm,
                    crate::builtins::methods::MethodId::BytesDecode,
                    data,
                    rest,
                    Vec::new(),
                );
            }
            match v {
                None => vm.new_str(""),
                Some(v) if vm.str_of(v).is_some() => Ok(v),
                Some(v) => {
                    let s = vm.str(v)?;
                    vm.new_str(s)
                }
            }
        }
        TypeId::List => {
            let a = args.range(0, 1)?.to_vec();
            let items = match a.first() {
                None => Vec::new(),
                Some(&v) => vm.collect(v)?,
            };
            vm.heap.alloc_list(items)
        }
        TypeId::Tuple => {
            let a = args.range(0, 1)?.to_vec();
            match a.first() {
                None => vm.heap.alloc_tuple(Vec::new()),
                Some(&v) => {
                    if let Value::Ref(id) = v
                        && matches!(vm.heap.get(id), Obj::Tuple(_))
                    {
                        return Ok(v);
                    }
                    let items = vm.collect(v)?;
                    vm.heap.alloc_tuple(items)
                }
            }
        }
        TypeId::Set | TypeId::FrozenSet => {
            let a = args.range(0, 1)?.to_vec();
            let items = match a.first() {
                None => Vec::new(),
                Some(&v) => vm.collect(v)?,
            };
            let s = vm.heap.alloc(if t == TypeId::Set {
                Obj::Set(Dict::new())
            } else {
                Obj::FrozenSet(Dict::new())
            })?;
            for item in items {
                vm.set_add(s, item)?;
            }
            Ok(s)
        }
        TypeId::Dict => {
            if args.pos.len() > 1 {
                return Err(exc(
                    ExcType::TypeError,
                    format!("dict expected at most 1 argument, got {}", args.pos.len()),
                ));
            }
            let d = vm.heap.alloc(Obj::Dict(Dict::new()))?;
            if let Some(&src) = args.pos.first() {
                vm.dict_update_from(d, src, false)?;
            }
            for (k, v) in std::mem::take(&mut args.kw) {
                vm.dict_set(d, k, v)?;
            }
            Ok(d)
        }
        TypeId::Bytes => {
            let b = byte_source(vm, args, "bytes")?;
            vm.heap.alloc(Obj::Bytes(b))
        }
        TypeId::ByteArray => {
            let b = byte_source(vm, args, "bytearray")?;
            vm.heap.alloc(Obj::ByteArray(b))
        }
        TypeId::Range => {
            let a = args.range(1, 3)?.to_vec();
            let mut n = Vec::with_capacity(3);
            for &v in &a {
                if matches!(vm.num(v), Some(crate::vm::NumPub::Big(_))) {
                    // Ranges are 64-bit; saturating would silently change the range.
                    return Err(exc(
                        ExcType::OverflowError,
                        "range() arguments beyond 64 bits are not supported",
                    ));
                }
                n.push(vm.expect_index(v)?);
            }
            let (start, stop, step) = match n.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                _ => return Err(RunErrorExt::internal()),
            };
            if step == 0 {
                return Err(exc(ExcType::ValueError, "range() arg 3 must not be zero"));
            }
            vm.heap.alloc(Obj::Range(Range { start, stop, step }))
        }
        TypeId::Slice => {
            let a = args.range(1, 3)?.to_vec();
            let (start, stop, step) = match a.as_slice() {
                [stop] => (Value::None, *stop, Value::None),
                [start, stop] => (*start, *stop, Value::None),
                [start, stop, step] => (*start, *stop, *step),
                _ => return Err(RunErrorExt::internal()),
            };
            vm.heap.alloc(Obj::Slice(SliceObj { start, stop, step }))
        }
        TypeId::Type => {
            let a = args
                .range(1, 1)
                .map_err(|_| exc(ExcType::TypeError, "type() takes 1 or 3 arguments"))?
                .to_vec();
            Ok(type_of(&vm.heap, a[0]).to_value())
        }
        TypeId::Object => {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                return Err(exc(ExcType::TypeError, "object() takes no arguments"));
            }
            vm.heap.alloc(Obj::Object)
        }
        other => Err(exc(
            ExcType::TypeError,
            format!("cannot create '{}' instances", other.name()),
        )),
    }
}

struct RunErrorExt;
impl RunErrorExt {
    fn internal() -> crate::exceptions::RunError {
        crate::exceptions::RunError::Internal("arity checked above")
    }
}

fn to_float(vm: &mut Vm<'_, '_>, v: Value) -> RunResult<f64> {
    if let Some(n) = vm.num(v) {
        return n
            .to_f64()
            .ok_or_else(|| exc(ExcType::OverflowError, "int too large to convert to float"));
    }
    if let Some(s) = vm.str_of(v) {
        return parse_float(s).ok_or_else(|| {
            let r = crate::object::str_repr::str_repr(s);
            exc(ExcType::ValueError, format!("could not convert string to float: {r}"))
        });
    }
    if let Some(b) = vm.heap.buffer(v) {
        let parsed = std::str::from_utf8(b).ok().and_then(parse_float);
        return match parsed {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr(v)?;
                Err(exc(
                    ExcType::ValueError,
                    format!("could not convert string to float: {r}"),
                ))
            }
        };
    }
    Err(exc(
        ExcType::TypeError,
        format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(v)
        ),
    ))
}

/// Parse a float literal as `float()` accepts it.
pub(crate) fn parse_float(s: &str) -> Option<f64> {
    let ascii: String;
    let t = if s.is_ascii() {
        s.trim()
    } else {
        ascii = s.trim().chars().map(|c| unicode_digit(c).unwrap_or(c)).collect();
        ascii.as_str()
    };
    if t.is_empty() {
        return None;
    }
    // an underscore must sit between two digits
    let b = t.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            return None;
        }
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    match body {
        "inf" | "infinity" => {
            return Some(if lower.starts_with('-') {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            });
        }
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
    {
        return None;
    }
    clean.parse::<f64>().ok()
}

fn int(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let base_kw = args.take_kw(vm, "base");
    args.finish_kw(vm)?;
    let (v, base) = match (args.pos.as_slice(), base_kw) {
        ([], None) => return Ok(Value::Int(0)),
        ([v], b) => (*v, b),
        ([v, b], None) => (*v, Some(*b)),
        _ => {
            return Err(exc(
                ExcType::TypeError,
                format!("int() takes at most 2 arguments ({} given)", args.pos.len()),
            ));
        }
    };
    if let Some(b) = base {
        let b = vm.expect_index(b)?;
        let is_buffer = vm.heap.buffer(v).is_some();
        let Some(s) = vm.str_of(v).map(str::to_owned) else {
            if !is_buffer {
                return Err(exc(
                    ExcType::TypeError,
                    "int() can't convert non-string with explicit base",
                ));
            }
            if b != 0 && !(2..=36).contains(&b) {
                return Err(exc(ExcType::ValueError, "int() base must be >= 2 and <= 36, or 0"));
            }
            return parse_int_buffer(vm, v, u32::try_from(b).unwrap_or(10));
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(exc(ExcType::ValueError, "int() base must be >= 2 and <= 36, or 0"));
        }
        return parse_int(vm, &s, u32::try_from(b).unwrap_or(10));
    }
    match vm.num(v) {
        Some(Num::Int(i)) => return Ok(Value::Int(i)),
        Some(Num::Big(_)) => return Ok(v),
        Some(Num::Float(f)) => {
            if f.is_nan() {
                return Err(exc(ExcType::ValueError, "cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(exc(ExcType::OverflowError, "cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            let b: BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
            return vm.int_value(b);
        }
        None => {}
    }
    if let Some(s) = vm.str_of(v).map(str::to_owned) {
        return parse_int(vm, &s, 10);
    }
    if vm.heap.buffer(v).is_some() {
        return parse_int_buffer(vm, v, 10);
    }
    Err(exc(
        ExcType::TypeError,
        format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(v)
        ),
    ))
}

/// `int(b, base)` of a bytes-like `v`: its ASCII text parsed as `int(str)` does,
/// with the bytes' repr in the error (`invalid literal for int() with base 10: b'z'`).
fn parse_int_buffer(vm: &mut Vm<'_, '_>, v: Value, base: u32) -> RunResult<Value> {
    let s = String::from_utf8_lossy(vm.heap.buffer(v).unwrap_or_default()).into_owned();
    match parse_int(vm, &s, base) {
        Err(crate::exceptions::RunError::New(ExcType::ValueError, m)) if m.starts_with("invalid literal") => {
            let r = crate::object::str_repr::bytes_repr(vm.heap.buffer(v).unwrap_or_default());
            Err(exc(
                ExcType::ValueError,
                format!("invalid literal for int() with base {base}: {r}"),
            ))
        }
        other => other,
    }
}

fn parse_int(vm: &mut Vm<'_, '_>, s: &str, base: u32) -> RunResult<Value> {
    let err = || {
        exc(
            ExcType::ValueError,
            format!(
                "invalid literal for int() with base {base}: {}",
                crate::object::str_repr::str_repr(s)
            ),
        )
    };
    let t = s.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let (digits, base) = {
        let prefixed = |p: &str| lower.strip_prefix(p).map(|r| r.trim_start_matches('_').to_owned());
        match base {
            0 => {
                if let Some(r) = prefixed("0x") {
                    (r, 16)
                } else if let Some(r) = prefixed("0o") {
                    (r, 8)
                } else if let Some(r) = prefixed("0b") {
                    (r, 2)
                } else {
                    if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_') {
                        return Err(err());
                    }
                    (lower.clone(), 10)
                }
            }
            16 => (prefixed("0x").unwrap_or(lower.clone()), 16),
            8 => (prefixed("0o").unwrap_or(lower.clone()), 8),
            2 => (prefixed("0b").unwrap_or(lower.clone()), 2),
            b => (lower.clone(), b),
        }
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
        || !digits.chars().all(|c| c == '_' || c.is_alphanumeric())
    {
        return Err(err());
    }
    // unicode decimal digits count as digits
    let clean: String = digits
        .chars()
        .filter(|&c| c != '_')
        .map(|c| {
            if c.is_ascii() {
                c
            } else {
                c.to_digit(10).map_or(c, |d| char::from(b'0' + d as u8)).to_owned()
            }
        })
        .map(|c| unicode_digit(c).unwrap_or(c))
        .collect();
    if clean.len() > 4300 && !base.is_power_of_two() {
        return Err(exc(
            ExcType::ValueError,
            format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                clean.len()
            ),
        ));
    }
    let b = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(err)?;
    let b = if neg { -b } else { b };
    match b.to_i64() {
        Some(i) => Ok(Value::Int(i)),
        None => vm.int_value(b),
    }
}

/// Map a non-ASCII Unicode decimal digit (Nd) to its ASCII digit.
pub(crate) fn unicode_digit(c: char) -> Option<char> {
    if c.is_ascii() {
        return None;
    }
    const ZEROS: &[u32] = &[
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50,
        0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10,
    ];
    let code = c as u32;
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&code))
        .map(|&z| char::from(b'0' + u8::try_from(code - z).unwrap_or(0)))
}

/// The contents of `bytes(...)`/`bytearray(...)` (`name`): nothing, a str with an
/// encoding, a count of zero bytes, a bytes-like value, an object with
/// `__bytes__`, or an iterable of ints.
fn byte_source(vm: &mut Vm<'_, '_>, mut args: Args, name: &str) -> RunResult<Vec<u8>> {
    let src_kw = args.take_kw(vm, "source");
    let enc_kw = args.take_kw(vm, "encoding");
    let err_kw = args.take_kw(vm, "errors");
    args.finish_kw(vm)?;
    let given = args.pos.len() + [src_kw, enc_kw, err_kw].iter().filter(|x| x.is_some()).count();
    if given > 3 {
        return Err(exc(
            ExcType::TypeError,
            format!("{name}() takes at most 3 arguments ({given} given)"),
        ));
    }
    let mut pos = args.pos.iter().copied();
    let src = src_kw.or_else(|| pos.next());
    let enc = enc_kw.or_else(|| pos.next());
    let errors = err_kw.or_else(|| pos.next());
    let Some(src) = src else {
        return match (enc, errors) {
            (Some(_), _) => Err(exc(ExcType::TypeError, "encoding without a string argument")),
            (None, Some(_)) => Err(exc(ExcType::TypeError, "errors without a string argument")),
            (None, None) => Ok(Vec::new()),
        };
    };
    if let Some(s) = vm.str_of(src).map(str::to_owned) {
        if enc.is_none() {
            return Err(exc(ExcType::TypeError, "string argument without an encoding"));
        }
        return crate::builtins::methods::encode_text(vm, &s, enc, errors, name);
    }
    if enc.is_some() {
        return Err(exc(ExcType::TypeError, "encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(exc(ExcType::TypeError, "errors without a string argument"));
    }
    if let Some(b) = vm.heap.buffer(src) {
        let b = b.to_vec();
        vm.heap.check_alloc(b.len())?;
        return Ok(b);
    }
    if name == "bytes"
        && let Some(r) = vm.call_dunder(src, "__bytes__", Vec::new())?
    {
        return match vm.heap.buffer(r) {
            Some(b) if !vm.heap.is_bytearray(r) => Ok(b.to_vec()),
            _ => Err(exc(
                ExcType::TypeError,
                format!("__bytes__ returned non-bytes (type {})", vm.type_name(r)),
            )),
        };
    }
    if !matches!(src, Value::Float(_))
        && let Some(n) = vm.index_of(src)
    {
        if n < 0 {
            return Err(exc(ExcType::ValueError, "negative count"));
        }
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        vm.heap.check_alloc(n)?;
        return Ok(vec![0; n]);
    }
    if !vm.is_iterable(src) {
        return Err(exc(
            ExcType::TypeError,
            format!("cannot convert '{}' object to {name}", vm.type_name(src)),
        ));
    }
    let items = vm.collect(src)?;
    vm.heap.check_alloc(items.len())?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        let byte = vm.byte_value(x).map_err(|e| match e {
            crate::exceptions::RunError::New(ExcType::ValueError, _) if name == "bytes" => {
                exc(ExcType::ValueError, "bytes must be in range(0, 256)")
            }
            e => e,
        })?;
        out.push(byte);
    }
    Ok(out)
}
