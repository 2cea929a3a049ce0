//! `_struct`: packing Python values into C structs and back, under `struct`
//! (written in Python, `py/struct.py`, which adds `Struct` and `iter_unpack`).
//!
//! The host is taken to be a little-endian LP64 machine (x86-64, aarch64), so
//! native (`@`) sizes and alignment are those of such a C compiler; `=` and `<`
//! are then the same layout. Error messages follow CPython's, including where
//! it uses the native packers for `<` because the sizes agree.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{Member, ModuleSpec};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::{NumPub as Num, Vm};

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    members: &[
        ("error", Member::Exc(ExcType::error)),
        ("calcsize", Member::Fn(calcsize)),
        ("pack", Member::Fn(pack)),
        ("unpack", Member::Fn(unpack)),
        ("unpack_from", Member::Fn(unpack_from)),
        ("pack_into", Member::Fn(pack_into)),
    ],
    all: None,
    source: None,
};

/// A format's byte order and layout rules.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// `@`: native sizes and alignment.
    Native,
    /// `=` or `<`: standard sizes, little-endian (the native order here).
    Little,
    /// `>` or `!`: standard sizes, big-endian.
    Big,
}

/// One code of a format with its repeat count.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
}

/// A parsed format.
struct Layout {
    order: Order,
    items: Vec<Item>,
    size: usize,
    /// How many values `pack` takes.
    nargs: usize,
}

fn struct_error(msg: impl Into<String>) -> RunError {
    exc(ExcType::error, msg.into())
}

/// Size and alignment of `code` under `order` (`None`: not a format code).
fn code_size(code: u8, order: Order) -> Option<usize> {
    let native = order == Order::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => 8,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn format_text(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
    if let Value::Ref(id) = v {
        match vm.heap.get(id) {
            Obj::Str(s) => return Ok(s.as_bytes().to_vec()),
            Obj::Bytes(b) | Obj::ByteArray(b) => return Ok(b.clone()),
            _ => {}
        }
    }
    Err(exc(
        ExcType::TypeError,
        format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            vm.type_name(v)
        ),
    ))
}

fn too_long() -> RunError {
    struct_error("total struct size too long")
}

fn parse(fmt: &[u8]) -> RunResult<Layout> {
    let (order, body) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'=' | b'<') => (Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let mut items = Vec::new();
    let (mut size, mut nargs) = (0usize, 0usize);
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() || c == 0x0b {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = usize::from(c - b'0');
            loop {
                let Some(&d) = body.get(i) else {
                    return Err(struct_error("repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(d - b'0')))
                    .ok_or_else(too_long)?;
            }
        }
        let item_size = code_size(c, order).ok_or_else(|| struct_error("bad char in struct format"))?;
        if order == Order::Native && item_size > 1 && !matches!(c, b's' | b'p') {
            size = size.checked_next_multiple_of(item_size).ok_or_else(too_long)?;
        }
        let bytes = if matches!(c, b's' | b'p') {
            nargs += 1;
            count
        } else {
            if c != b'x' {
                nargs += count;
            }
            count.checked_mul(item_size).ok_or_else(too_long)?
        };
        size = size.checked_add(bytes).ok_or_else(too_long)?;
        if size > isize::MAX as usize {
            return Err(too_long());
        }
        items.push(Item {
            code: c,
            count,
            size: item_size,
        });
    }
    Ok(Layout {
        order,
        items,
        size,
        nargs,
    })
}

/// The format of a call and its layout, charging the parse.
fn layout_of(vm: &mut Vm<'_, '_>, v: Value) -> RunResult<Layout> {
    vm.charge_walk(v)?;
    let fmt = format_text(vm, v)?;
    parse(&fmt)
}

fn calcsize(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let layout = layout_of(vm, v)?;
    i64::try_from(layout.size).map(Value::Int).map_err(|_| too_long())
}

// ------------------------------------------------------------------ packing

/// An integer argument as i128 (`None` when it does not even fit that), or the error.
fn int_arg(vm: &Vm<'_, '_>, v: Value) -> RunResult<Option<i128>> {
    match vm.num(v) {
        Some(Num::Int(i)) => Ok(Some(i128::from(i))),
        Some(Num::Big(b)) => Ok(b.to_i128()),
        _ => Err(struct_error("required argument is not an integer")),
    }
}

fn float_arg(vm: &Vm<'_, '_>, v: Value) -> RunResult<f64> {
    match vm.num(v) {
        Some(Num::Float(f)) => Ok(f),
        Some(Num::Int(i)) => Ok(i as f64),
        Some(Num::Big(b)) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| struct_error("required argument is not a float")),
        None => Err(struct_error("required argument is not a float")),
    }
}

/// How CPython reports an integer out of range for this code and order.
fn int_range_error(code: u8, order: Order, value: Option<i128>, min: i128, max: i128) -> RunError {
    let out_of_range = || struct_error("argument out of range");
    let fits_long = value.is_some_and(|v| i64::try_from(v).is_ok());
    let named = |what: &str| struct_error(format!("{what} format requires {min} <= number <= {max}"));
    let quoted = || {
        struct_error(format!(
            "'{}' format requires {min} <= number <= {max}",
            char::from(code)
        ))
    };
    let big_endian = order == Order::Big;
    match code {
        b'q' | b'Q' if big_endian => struct_error("int too large to convert"),
        b'b' | b'B' | b'h' | b'H' if !fits_long => out_of_range(),
        b'b' => named("byte"),
        b'B' => named("ubyte"),
        b'h' if !big_endian => named("short"),
        b'H' if !big_endian => named("ushort"),
        b'I' | b'H' | b'L' if value.is_none_or(|v| v < 0 || u64::try_from(v).is_err()) => out_of_range(),
        b'i' | b'h' if !fits_long => out_of_range(),
        b'i' | b'I' | b'h' | b'H' => quoted(),
        b'l' | b'L' if order != Order::Native && (fits_long || code == b'L') => quoted(),
        _ => out_of_range(),
    }
}

fn int_bounds(code: u8, size: usize) -> (i128, i128) {
    let bits = u32::try_from(size * 8).unwrap_or(64);
    if code.is_ascii_uppercase() {
        (0, (1i128 << bits) - 1)
    } else {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    }
}

fn put_int(out: &mut Vec<u8>, v: i128, size: usize, order: Order) {
    let le = v.to_le_bytes();
    let bytes = &le[..size];
    if order == Order::Big {
        out.extend(bytes.iter().rev());
    } else {
        out.extend_from_slice(bytes);
    }
}

/// IEEE 754 binary16 bits of `x`, rounding to nearest even, or `None` on overflow.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // the binary exponent of `a`, read from its bits (f64 subnormals are far below half's range)
    let exp = i32::try_from((a.to_bits() >> 52) & 0x7ff).unwrap_or(0) - 1023;
    let (unit_exp, biased) = if exp < -14 { (-24, 0) } else { (exp - 10, exp + 15) };
    let scaled = a / 2f64.powi(unit_exp);
    let mut m = scaled.round_ties_even() as u32;
    let mut biased = biased;
    if biased == 0 {
        // subnormal; rounding may carry into the smallest normal, which the bits encode as is
        return Some(sign | u16::try_from(m).ok()?);
    }
    if m >= 2048 {
        m >>= 1;
        biased += 1;
    }
    if biased >= 31 {
        return None;
    }
    let bits = (u32::try_from(biased).ok()? << 10) | (m & 0x3ff);
    Some(sign | u16::try_from(bits).ok()?)
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

fn put_bytes(out: &mut Vec<u8>, b: &[u8], order: Order) {
    if order == Order::Big {
        out.extend(b.iter().rev());
    } else {
        out.extend_from_slice(b);
    }
}

fn bytes_value(vm: &Vm<'_, '_>, v: Value) -> Option<Vec<u8>> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Bytes(b) | Obj::ByteArray(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn pack_one(vm: &mut Vm<'_, '_>, out: &mut Vec<u8>, item: Item, order: Order, v: Value) -> RunResult<()> {
    let code = item.code;
    match code {
        b'?' => out.push(u8::from(vm.truthy(v)?)),
        b'c' => match bytes_value(vm, v).as_deref() {
            Some([b]) => out.push(*b),
            _ => return Err(struct_error("char format requires a bytes object of length 1")),
        },
        b'e' => {
            let f = float_arg(vm, v)?;
            let h = to_half(f).ok_or_else(|| exc(ExcType::OverflowError, "float too large to pack with e format"))?;
            put_bytes(out, &h.to_le_bytes(), order);
        }
        b'f' => {
            let f = float_arg(vm, v)?;
            #[expect(clippy::cast_possible_truncation, reason = "rounding to binary32 is the point")]
            let g = f as f32;
            if g.is_infinite() && f.is_finite() && order != Order::Native {
                return Err(exc(ExcType::OverflowError, "float too large to pack with f format"));
            }
            put_bytes(out, &g.to_le_bytes(), order);
        }
        b'd' => {
            let f = float_arg(vm, v)?;
            put_bytes(out, &f.to_le_bytes(), order);
        }
        _ => {
            let value = int_arg(vm, v)?;
            let (min, max) = int_bounds(code, item.size);
            match value {
                Some(x) if x >= min && x <= max => put_int(out, x, item.size, order),
                _ => return Err(int_range_error(code, order, value, min, max)),
            }
        }
    }
    Ok(())
}

fn pack_values(vm: &mut Vm<'_, '_>, layout: &Layout, values: &[Value], fname: &str) -> RunResult<Vec<u8>> {
    if values.len() != layout.nargs {
        return Err(struct_error(format!(
            "{fname} expected {} items for packing (got {})",
            layout.nargs,
            values.len()
        )));
    }
    vm.heap.check_alloc(layout.size)?;
    vm.tick_many(layout.size / 64)?;
    let mut out = Vec::with_capacity(layout.size);
    let mut next = values.iter().copied();
    for item in &layout.items {
        if layout.order == Order::Native && item.size > 1 {
            let aligned = out.len().next_multiple_of(item.size);
            out.resize(aligned, 0);
        }
        match item.code {
            b'x' => out.resize(out.len() + item.count, 0),
            b's' | b'p' => {
                let v = next.next().ok_or(RunError::Internal("struct arity"))?;
                let Some(data) = bytes_value(vm, v) else {
                    return Err(struct_error(format!(
                        "argument for '{}' must be a bytes object",
                        char::from(item.code)
                    )));
                };
                let start = out.len();
                if item.code == b's' {
                    out.extend(data.iter().take(item.count));
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1).min(255);
                    out.push(u8::try_from(n).unwrap_or(255));
                    out.extend(data.iter().take(n));
                }
                out.resize(start + item.count, 0);
            }
            _ => {
                for _ in 0..item.count {
                    let v = next.next().ok_or(RunError::Internal("struct arity"))?;
                    pack_one(vm, &mut out, *item, layout.order, v)?;
                }
            }
        }
    }
    Ok(out)
}

fn pack(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let Some((&fmt, values)) = args.pos.split_first() else {
        return Err(exc(ExcType::TypeError, "missing format argument"));
    };
    let layout = layout_of(vm, fmt)?;
    let out = pack_values(vm, &layout, values, "pack")?;
    vm.heap.alloc(Obj::Bytes(out))
}

fn pack_into(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let n = args.pos.len();
    if n < 3 {
        return Err(exc(
            ExcType::TypeError,
            match n {
                0 => "missing format argument",
                1 => "pack_into expected buffer argument",
                _ => "pack_into expected offset argument",
            },
        ));
    }
    let layout = layout_of(vm, args.pos[0])?;
    let buffer = args.pos[1];
    let Some(id) = buffer.heap_id().filter(|_| vm.heap.is_bytearray(buffer)) else {
        return Err(exc(
            ExcType::TypeError,
            format!(
                "argument must be read-write bytes-like object, not {}",
                vm.type_name(buffer)
            ),
        ));
    };
    let offset = vm.expect_index(args.pos[2])?;
    let packed = pack_values(vm, &layout, &args.pos[3..], "pack_into")?;
    let len = i64::try_from(vm.heap.buffer(buffer).map_or(0, <[u8]>::len)).unwrap_or(i64::MAX);
    let size = i64::try_from(packed.len()).unwrap_or(i64::MAX);
    let mut start = offset;
    if offset < 0 {
        if offset.saturating_add(len) < 0 {
            return Err(struct_error(format!(
                "offset {offset} out of range for {len}-byte buffer"
            )));
        }
        start = offset + len;
        if len - start < size {
            return Err(struct_error(format!(
                "no space to pack {size} bytes at offset {offset}"
            )));
        }
    }
    if len - start < size {
        return Err(struct_error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {offset} (actual buffer size is {len})",
            size.saturating_add(start)
        )));
    }
    let at = usize::try_from(start).unwrap_or(0);
    if let Obj::ByteArray(b) = vm.heap.get_mut(id)
        && let Some(dest) = b.get_mut(at..at + packed.len())
    {
        dest.copy_from_slice(&packed);
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------- unpacking

fn get_int(b: &[u8], signed: bool, order: Order) -> i128 {
    let mut le = [0u8; 16];
    for (k, byte) in b.iter().enumerate() {
        let at = if order == Order::Big { b.len() - 1 - k } else { k };
        le[at] = *byte;
    }
    let raw = i128::from_le_bytes(le);
    let bits = b.len() * 8;
    if signed && bits < 128 && raw >> (bits - 1) & 1 == 1 {
        raw - (1i128 << bits)
    } else {
        raw
    }
}

fn ordered<const N: usize>(b: &[u8], order: Order) -> [u8; N] {
    let mut a = [0u8; N];
    for (k, byte) in b.iter().take(N).enumerate() {
        let at = if order == Order::Big { N - 1 - k } else { k };
        a[at] = *byte;
    }
    a
}

fn unpack_one(vm: &mut Vm<'_, '_>, code: u8, b: &[u8], order: Order) -> RunResult<Value> {
    Ok(match code {
        b'?' => Value::Bool(b.iter().any(|x| *x != 0)),
        b'c' => vm.heap.alloc(Obj::Bytes(b.to_vec()))?,
        b'e' => Value::Float(from_half(u16::from_le_bytes(ordered::<2>(b, order)))),
        b'f' => Value::Float(f64::from(f32::from_le_bytes(ordered::<4>(b, order)))),
        b'd' => Value::Float(f64::from_le_bytes(ordered::<8>(b, order))),
        _ => {
            let x = get_int(b, code.is_ascii_lowercase(), order);
            match i64::try_from(x) {
                Ok(i) => Value::Int(i),
                Err(_) => vm.int_value(BigInt::from(x))?,
            }
        }
    })
}

fn unpack_bytes(vm: &mut Vm<'_, '_>, layout: &Layout, data: &[u8]) -> RunResult<Value> {
    vm.tick_many(layout.size / 64)?;
    let mut out = Vec::with_capacity(layout.nargs);
    let mut at = 0usize;
    for item in &layout.items {
        if layout.order == Order::Native && item.size > 1 {
            at = at.next_multiple_of(item.size);
        }
        match item.code {
            b'x' => at += item.count,
            b's' | b'p' => {
                let field = data.get(at..at + item.count).ok_or(RunError::Internal("struct size"))?;
                let text = if item.code == b'p' && item.count > 0 {
                    let n = usize::from(field[0]).min(item.count - 1);
                    field[1..=n].to_vec()
                } else {
                    field.to_vec()
                };
                vm.heap.check_alloc(text.len())?;
                out.push(vm.heap.alloc(Obj::Bytes(text))?);
                at += item.count;
            }
            code => {
                for _ in 0..item.count {
                    let field = data.get(at..at + item.size).ok_or(RunError::Internal("struct size"))?;
                    out.push(unpack_one(vm, code, field, layout.order)?);
                    at += item.size;
                }
            }
        }
    }
    vm.heap.alloc_tuple(out)
}

/// A buffer argument: bytes or bytearray (Monty has no memoryview).
fn buffer_arg(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
    bytes_value(vm, v).ok_or_else(|| {
        exc(
            ExcType::TypeError,
            format!("a bytes-like object is required, not '{}'", vm.type_name(v)),
        )
    })
}

fn unpack(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?.to_vec();
    let layout = layout_of(vm, a[0])?;
    let data = buffer_arg(vm, a[1])?;
    if data.len() != layout.size {
        return Err(struct_error(format!(
            "unpack requires a buffer of {} bytes",
            layout.size
        )));
    }
    unpack_bytes(vm, &layout, &data)
}

fn unpack_from(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let buffer_kw = args.take_kw(vm, "buffer");
    let offset_kw = args.take_kw(vm, "offset");
    args.finish_kw(vm)?;
    let a = args.pos.clone();
    if a.is_empty() || a.len() > 3 {
        return Err(crate::exceptions::messages::arity("unpack_from", 2, 3, a.len()));
    }
    let layout = layout_of(vm, a[0])?;
    let buffer = a.get(1).copied().or(buffer_kw).ok_or_else(|| {
        exc(
            ExcType::TypeError,
            "unpack_from() missing required argument 'buffer' (pos 2)",
        )
    })?;
    let data = buffer_arg(vm, buffer)?;
    let offset = match a.get(2).copied().or(offset_kw) {
        Some(v) => vm.expect_index(v)?,
        None => 0,
    };
    let len = i64::try_from(data.len()).unwrap_or(i64::MAX);
    let size = i64::try_from(layout.size).unwrap_or(i64::MAX);
    let mut start = offset;
    if offset < 0 {
        if offset + len < 0 {
            return Err(struct_error(format!(
                "offset {offset} out of range for {len}-byte buffer"
            )));
        }
        start = offset + len;
    }
    if len - start < size {
        if offset < 0 {
            return Err(struct_error(format!(
                "not enough data to unpack {size} bytes at offset {offset}"
            )));
        }
        return Err(struct_error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len})",
            size.saturating_add(offset)
        )));
    }
    let start = usize::try_from(start).unwrap_or(0);
    let window = data
        .get(start..start + layout.size)
        .ok_or(RunError::Internal("struct window"))?;
    unpack_bytes(vm, &layout, window)
}
