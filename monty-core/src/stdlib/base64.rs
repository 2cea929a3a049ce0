//! `base64`: RFC 4648 base64 (standard and URL-safe) and base16 codecs; the
//! base32 and base85 codecs are in `base32.rs` and `base85.rs`.

use super::{Member, ModuleSpec};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    members: &[
        ("b64encode", Member::Fn(b64encode)),
        ("b64decode", Member::Fn(b64decode)),
        ("standard_b64encode", Member::Fn(standard_b64encode)),
        ("standard_b64decode", Member::Fn(standard_b64decode)),
        ("urlsafe_b64encode", Member::Fn(urlsafe_b64encode)),
        ("urlsafe_b64decode", Member::Fn(urlsafe_b64decode)),
        ("b16encode", Member::Fn(b16encode)),
        ("b16decode", Member::Fn(b16decode)),
        ("b32encode", Member::Fn(super::base32::b32encode)),
        ("b32decode", Member::Fn(super::base32::b32decode)),
        ("b32hexencode", Member::Fn(super::base32::b32hexencode)),
        ("b32hexdecode", Member::Fn(super::base32::b32hexdecode)),
        ("a85encode", Member::Fn(super::base85::a85encode)),
        ("a85decode", Member::Fn(super::base85::a85decode)),
        ("b85encode", Member::Fn(super::base85::b85encode)),
        ("b85decode", Member::Fn(super::base85::b85decode)),
    ],
    all: None,
    source: None,
};

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub(super) fn binascii_error(msg: impl Into<String>) -> crate::exceptions::RunError {
    exc(ExcType::Error, msg.into())
}

/// A bytes-like argument (encoders accept no str).
fn bytes_arg(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
    if let Value::Ref(id) = v
        && let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(id)
    {
        return Ok(b.clone());
    }
    Err(exc(
        ExcType::TypeError,
        format!("a bytes-like object is required, not '{}'", vm.type_name(v)),
    ))
}

/// A decoder argument: bytes, or a str of ASCII characters only.
pub(super) fn decode_arg(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
    if let Value::Ref(id) = v {
        match vm.heap.get(id) {
            Obj::Bytes(b) | Obj::ByteArray(b) => return Ok(b.clone()),
            Obj::Str(s) => {
                if !s.is_ascii() {
                    return Err(exc(
                        ExcType::ValueError,
                        "string argument should contain only ASCII characters",
                    ));
                }
                return Ok(s.as_bytes().to_vec());
            }
            _ => {}
        }
    }
    Err(exc(
        ExcType::TypeError,
        format!(
            "argument should be a bytes-like object or ASCII string, not '{}'",
            vm.type_name(v)
        ),
    ))
}

pub(super) fn new_bytes(vm: &mut Vm<'_, '_>, b: Vec<u8>) -> RunResult<Value> {
    vm.heap.check_alloc(b.len())?;
    vm.heap.alloc(Obj::Bytes(b))
}

fn encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b0 = chunk[0];
        let b1 = chunk.get(1).copied().unwrap_or(0);
        let b2 = chunk.get(2).copied().unwrap_or(0);
        out.push(ALPHABET[usize::from(b0 >> 2)]);
        out.push(ALPHABET[usize::from(((b0 & 3) << 4) | (b1 >> 4))]);
        out.push(if chunk.len() > 1 {
            ALPHABET[usize::from(((b1 & 0xf) << 2) | (b2 >> 6))]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            ALPHABET[usize::from(b2 & 0x3f)]
        } else {
            b'='
        });
    }
    out
}

fn digit(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// `binascii.a2b_base64` in its non-strict mode: characters outside the
/// alphabet are skipped; padding ends the data once a quantum is complete.
fn decode(data: &[u8]) -> RunResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad = 0u8;
    let mut left = 0u8;
    let mut pads = 0u8;
    for &c in data {
        if c == b'=' {
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(d) = digit(c) else { continue };
        pads = 0;
        match quad {
            0 => {
                quad = 1;
                left = d;
            }
            1 => {
                quad = 2;
                out.push((left << 2) | (d >> 4));
                left = d & 0xf;
            }
            2 => {
                quad = 3;
                out.push((left << 4) | (d >> 2));
                left = d & 3;
            }
            _ => {
                quad = 0;
                out.push((left << 6) | d);
                left = 0;
            }
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(binascii_error(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        ))),
        _ => Err(binascii_error("Incorrect padding")),
    }
}

/// `altchars` as two bytes (CPython asserts the length).
fn altchars_arg(vm: &Vm<'_, '_>, v: Option<Value>, decoding: bool) -> RunResult<Option<[u8; 2]>> {
    let Some(v) = v.filter(|v| !matches!(v, Value::None)) else {
        return Ok(None);
    };
    let b = if decoding {
        decode_arg(vm, v)?
    } else {
        bytes_arg(vm, v)?
    };
    match b.as_slice() {
        [a, c] => Ok(Some([*a, *c])),
        _ => Err(exc(ExcType::AssertionError, repr_bytes(&b))),
    }
}

pub(super) fn repr_bytes(b: &[u8]) -> String {
    let mut s = String::from("b'");
    for &c in b {
        match c {
            b'\'' => s.push_str("\\'"),
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            0x20..=0x7e => s.push(char::from(c)),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push('\'');
    s
}

fn do_encode(vm: &mut Vm<'_, '_>, data: &[u8], alt: Option<[u8; 2]>) -> RunResult<Value> {
    vm.heap.check_alloc(data.len() / 3 * 4 + 4)?;
    let mut out = encode(data);
    if let Some([a, b]) = alt {
        for c in &mut out {
            if *c == b'+' {
                *c = a;
            } else if *c == b'/' {
                *c = b;
            }
        }
    }
    new_bytes(vm, out)
}

fn do_decode(vm: &mut Vm<'_, '_>, mut data: Vec<u8>, alt: Option<[u8; 2]>, validate: bool) -> RunResult<Value> {
    if let Some([a, b]) = alt {
        for c in &mut data {
            if *c == a {
                *c = b'+';
            } else if *c == b {
                *c = b'/';
            }
        }
    }
    if validate && data.iter().any(|c| *c != b'=' && digit(*c).is_none()) {
        return Err(binascii_error("Only base64 data is allowed"));
    }
    let out = decode(&data)?;
    new_bytes(vm, out)
}

fn b64encode(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let alt_kw = args.take_kw(vm, "altchars");
    args.finish_kw(vm)?;
    let a = args.range(1, 2)?.to_vec();
    let data = bytes_arg(vm, a[0])?;
    let alt = altchars_arg(vm, a.get(1).copied().or(alt_kw), false)?;
    do_encode(vm, &data, alt)
}

fn b64decode(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let alt_kw = args.take_kw(vm, "altchars");
    let validate_kw = args.take_kw(vm, "validate");
    args.finish_kw(vm)?;
    let a = args.range(1, 3)?.to_vec();
    let data = decode_arg(vm, a[0])?;
    let alt = altchars_arg(vm, a.get(1).copied().or(alt_kw), true)?;
    let validate = match a.get(2).copied().or(validate_kw) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    do_decode(vm, data, alt, validate)
}

fn standard_b64encode(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let v = args.one()?;
    let data = bytes_arg(vm, v)?;
    do_encode(vm, &data, None)
}

fn standard_b64decode(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let v = args.one()?;
    let data = decode_arg(vm, v)?;
    do_decode(vm, data, None, false)
}

fn urlsafe_b64encode(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let v = args.one()?;
    let data = bytes_arg(vm, v)?;
    do_encode(vm, &data, Some(*b"-_"))
}

fn urlsafe_b64decode(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let v = args.one()?;
    let data = decode_arg(vm, v)?;
    do_decode(vm, data, Some(*b"-_"), false)
}

fn b16encode(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let v = args.one()?;
    let data = bytes_arg(vm, v)?;
    vm.heap.check_alloc(data.len() * 2)?;
    let out: Vec<u8> = data
        .iter()
        .flat_map(|b| {
            [
                b"0123456789ABCDEF"[usize::from(b >> 4)],
                b"0123456789ABCDEF"[usize::from(b & 0xf)],
            ]
        })
        .collect();
    new_bytes(vm, out)
}

fn b16decode(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let casefold_kw = args.take_kw(vm, "casefold");
    args.finish_kw(vm)?;
    let a = args.range(1, 2)?.to_vec();
    let mut data = decode_arg(vm, a[0])?;
    let casefold = match a.get(1).copied().or(casefold_kw) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if casefold {
        data.make_ascii_uppercase();
    }
    let hex = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    };
    if data.iter().any(|c| hex(*c).is_none()) {
        return Err(binascii_error("Non-base16 digit found"));
    }
    if data.len() % 2 == 1 {
        return Err(binascii_error("Odd-length string"));
    }
    let out: Vec<u8> = data
        .chunks(2)
        .map(|p| (hex(p[0]).unwrap_or(0) << 4) | hex(p[1]).unwrap_or(0))
        .collect();
    new_bytes(vm, out)
}

/// `binascii`: the codecs under `base64`, plus hex and CRC-32.
pub(super) static BINASCII: ModuleSpec = ModuleSpec {
    members: &[
        ("Error", Member::Exc(ExcType::Error)),
        ("hexlify", Member::Fn(hexlify)),
        ("b2a_hex", Member::Fn(hexlify)),
        ("unhexlify", Member::Fn(unhexlify)),
        ("a2b_hex", Member::Fn(unhexlify)),
        ("crc32", Member::Fn(crc32)),
        ("b2a_base64", Member::Fn(b2a_base64)),
        ("a2b_base64", Member::Fn(a2b_base64)),
    ],
    all: None,
    source: None,
};

fn hexlify(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let sep_kw = args.take_kw(vm, "sep");
    let per_kw = args.take_kw(vm, "bytes_per_sep");
    args.finish_kw(vm)?;
    let a = args.range(1, 3)?.to_vec();
    let data = bytes_arg(vm, a[0])?;
    let sep = match a.get(1).copied().or(sep_kw) {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = decode_arg(vm, v)?;
            match s.as_slice() {
                [c] => Some(*c),
                _ => return Err(exc(ExcType::ValueError, "sep must be length 1.")),
            }
        }
    };
    let per = match a.get(2).copied().or(per_kw) {
        None => 1,
        Some(v) => vm.expect_index(v)?,
    };
    vm.heap.check_alloc(data.len() * 3)?;
    let digits = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    let group = usize::try_from(per.unsigned_abs()).unwrap_or(usize::MAX);
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep
            && i > 0
            && group > 0
        {
            // positive counts groups from the right, negative from the left
            let boundary = if per > 0 { (n - i) % group == 0 } else { i % group == 0 };
            if boundary {
                out.push(s);
            }
        }
        out.push(digits[usize::from(b >> 4)]);
        out.push(digits[usize::from(b & 0xf)]);
    }
    new_bytes(vm, out)
}

fn unhexlify(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let v = args.one()?;
    let data = decode_arg(vm, v)?;
    if data.len() % 2 == 1 {
        return Err(binascii_error("Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for p in data.chunks(2) {
        let (Some(h), Some(l)) = (char::from(p[0]).to_digit(16), char::from(p[1]).to_digit(16)) else {
            return Err(binascii_error("Non-hexadecimal digit found"));
        };
        out.push(u8::try_from(h * 16 + l).unwrap_or(0));
    }
    new_bytes(vm, out)
}

fn crc32(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let a = args.range(1, 2)?.to_vec();
    let data = bytes_arg(vm, a[0])?;
    let start = match a.get(1) {
        None => 0,
        Some(v) => {
            let n = vm.expect_index(*v)?;
            // CPython keeps the low 32 bits of any int
            u32::try_from(n.rem_euclid(1 << 32)).unwrap_or(0)
        }
    };
    let mut crc = !start;
    for &b in &data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    Ok(Value::Int(i64::from(!crc)))
}

fn b2a_base64(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let nl_kw = args.take_kw(vm, "newline");
    args.finish_kw(vm)?;
    let v = args.one()?;
    let data = bytes_arg(vm, v)?;
    let newline = match nl_kw {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    vm.heap.check_alloc(data.len() / 3 * 4 + 5)?;
    let mut out = encode(&data);
    if newline {
        out.push(b'\n');
    }
    new_bytes(vm, out)
}

fn a2b_base64(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let v = args.one()?;
    let data = decode_arg(vm, v)?;
    do_decode(vm, data, None, false)
}
