//! `base64`'s base32 codecs (RFC 4648 sections 6 and 7).

use super::base64::{binascii_error, decode_arg, new_bytes, repr_bytes};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

const STANDARD: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const EXTENDED_HEX: &[u8; 32] = b"0123456789ABCDEFGHIJKLMNOPQRSTUV";

/// An encoder's argument: bytes (CPython goes through `memoryview`, hence the wording).
pub(super) fn memoryview_arg(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
    if let Value::Ref(id) = v
        && let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(id)
    {
        return Ok(b.clone());
    }
    Err(exc(
        ExcType::TypeError,
        format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(v)),
    ))
}

fn encode(vm: &mut Vm<'_, '_>, data: &[u8], alphabet: &[u8; 32]) -> RunResult<Value> {
    vm.heap.check_alloc(data.len().div_ceil(5) * 8)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(5) * 8);
    for chunk in data.chunks(5) {
        let mut block = [0u8; 8];
        block[3..3 + chunk.len()].copy_from_slice(chunk);
        let acc = u64::from_be_bytes(block);
        // chars that carry data: ceil(bits / 5); the rest of the 8 are padding
        let used = (chunk.len() * 8).div_ceil(5);
        for k in 0..8 {
            if k < used {
                let index = (acc >> (35 - 5 * k)) & 31;
                out.push(alphabet[usize::try_from(index).unwrap_or(0)]);
            } else {
                out.push(b'=');
            }
        }
    }
    new_bytes(vm, out)
}

fn decode(vm: &mut Vm<'_, '_>, mut data: Vec<u8>, alphabet: &[u8; 32], casefold: bool) -> RunResult<Value> {
    if !data.len().is_multiple_of(8) {
        return Err(binascii_error("Incorrect padding"));
    }
    if casefold {
        data.make_ascii_uppercase();
    }
    let total = data.len();
    let body_len = data.iter().rposition(|c| *c != b'=').map_or(0, |p| p + 1);
    let pads = total - body_len;
    let body = &data[..body_len];
    let mut out = Vec::with_capacity(body_len / 8 * 5 + 5);
    let mut last_acc = 0u64;
    for quantum in body.chunks(8) {
        let mut acc = 0u64;
        for c in quantum {
            let d = alphabet
                .iter()
                .position(|a| a == c)
                .ok_or_else(|| binascii_error("Non-base32 digit found"))?;
            acc = (acc << 5) | u64::try_from(d).unwrap_or(0);
        }
        out.extend_from_slice(&acc.to_be_bytes()[3..]);
        last_acc = acc;
    }
    if !matches!(pads, 0 | 1 | 3 | 4 | 6) {
        return Err(binascii_error("Incorrect padding"));
    }
    if pads > 0 && !out.is_empty() {
        let shifted = last_acc << (5 * pads);
        let keep = (43 - 5 * pads) / 8;
        out.truncate(out.len() - 5);
        out.extend_from_slice(&shifted.to_be_bytes()[3..3 + keep]);
    }
    new_bytes(vm, out)
}

fn flag(vm: &mut Vm<'_, '_>, v: Option<Value>) -> RunResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// `base64.b32encode(s)`
pub(super) fn b32encode(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    vm.charge_walk(v)?;
    let data = memoryview_arg(vm, v)?;
    encode(vm, &data, STANDARD)
}

/// `base64.b32hexencode(s)`
pub(super) fn b32hexencode(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    vm.charge_walk(v)?;
    let data = memoryview_arg(vm, v)?;
    encode(vm, &data, EXTENDED_HEX)
}

/// `base64.b32decode(s, casefold=False, map01=None)`
pub(super) fn b32decode(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let casefold_kw = args.take_kw(vm, "casefold");
    let map01_kw = args.take_kw(vm, "map01");
    args.finish_kw(vm)?;
    let a = args.range(1, 3)?.to_vec();
    vm.charge_walk(a[0])?;
    let mut data = decode_arg(vm, a[0])?;
    if !data.len().is_multiple_of(8) {
        return Err(binascii_error("Incorrect padding"));
    }
    match a.get(2).copied().or(map01_kw) {
        None | Some(Value::None) => {}
        Some(m) => {
            let m = decode_arg(vm, m)?;
            let [one] = m.as_slice() else {
                return Err(exc(ExcType::AssertionError, repr_bytes(&m)));
            };
            for c in &mut data {
                match *c {
                    b'0' => *c = b'O',
                    b'1' => *c = *one,
                    _ => {}
                }
            }
        }
    }
    let casefold = flag(vm, a.get(1).copied().or(casefold_kw))?;
    decode(vm, data, STANDARD, casefold)
}

/// `base64.b32hexdecode(s, casefold=False)`
pub(super) fn b32hexdecode(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let casefold_kw = args.take_kw(vm, "casefold");
    args.finish_kw(vm)?;
    let a = args.range(1, 2)?.to_vec();
    vm.charge_walk(a[0])?;
    let data = decode_arg(vm, a[0])?;
    let casefold = flag(vm, a.get(1).copied().or(casefold_kw))?;
    decode(vm, data, EXTENDED_HEX, casefold)
}
