//! `base64`'s Ascii85 (`a85*`, Adobe's variant included) and base85 (`b85*`, as git) codecs.

use super::base32::memoryview_arg;
use super::base64::{decode_arg, new_bytes};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::value::Value;
use crate::vm::Vm;

const B85: &[u8; 85] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

/// The five digits of one big-endian word, most significant first.
fn digits(word: u32) -> [u8; 5] {
    let mut d = [0u8; 5];
    let mut w = word;
    for slot in d.iter_mut().rev() {
        *slot = u8::try_from(w % 85).unwrap_or(0);
        w /= 85;
    }
    d
}

/// The shared encoder: `ascii85` picks `!`..`u` digits and `z` for zero words.
fn encode85(data: &[u8], ascii85: bool, pad: bool, foldspaces: bool) -> Vec<u8> {
    let padding = (4 - data.len() % 4) % 4;
    let mut out = Vec::with_capacity(data.len().div_ceil(4) * 5);
    let words = data.len().div_ceil(4);
    for (n, chunk) in data.chunks(4).enumerate() {
        let mut block = [0u8; 4];
        block[..chunk.len()].copy_from_slice(chunk);
        let word = u32::from_be_bytes(block);
        let last = n + 1 == words;
        let mut group: Vec<u8> = if ascii85 && word == 0 && !(last && padding > 0 && !pad) {
            vec![b'z']
        } else if ascii85 && foldspaces && word == 0x2020_2020 {
            vec![b'y']
        } else if ascii85 {
            digits(word).iter().map(|d| d + 33).collect()
        } else {
            digits(word).iter().map(|d| B85[usize::from(*d)]).collect()
        };
        if last && padding > 0 && !pad {
            group.truncate(group.len().saturating_sub(padding));
        }
        out.extend(group);
    }
    out
}

fn kw_flag(vm: &mut Vm<'_, '_>, args: &mut Args, name: &str) -> RunResult<bool> {
    match args.take_kw(vm, name) {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// `base64.a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False)`
pub(super) fn a85encode(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let foldspaces = kw_flag(vm, &mut args, "foldspaces")?;
    let pad = kw_flag(vm, &mut args, "pad")?;
    let adobe = kw_flag(vm, &mut args, "adobe")?;
    let wrapcol = match args.take_kw(vm, "wrapcol") {
        Some(v) => vm.expect_index(v)?,
        None => 0,
    };
    args.finish_kw(vm)?;
    let v = args.one()?;
    vm.charge_walk(v)?;
    let data = memoryview_arg(vm, v)?;
    vm.heap.check_alloc(data.len().div_ceil(4) * 10 + 4)?;
    let mut body = encode85(&data, true, pad, foldspaces);
    if adobe {
        body.splice(0..0, *b"<~");
    }
    if wrapcol != 0 {
        let width = usize::try_from(wrapcol.max(if adobe { 2 } else { 1 })).unwrap_or(usize::MAX);
        let mut lines: Vec<&[u8]> = body.chunks(width).collect();
        if adobe && lines.last().is_some_and(|l| l.len() + 2 > width) {
            lines.push(b"");
        }
        body = lines.join(&b'\n');
    }
    if adobe {
        body.extend_from_slice(b"~>");
    }
    new_bytes(vm, body)
}

fn value_error(msg: impl Into<String>) -> crate::exceptions::RunError {
    exc(ExcType::ValueError, msg.into())
}

/// `base64.a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b')`
pub(super) fn a85decode(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let foldspaces = kw_flag(vm, &mut args, "foldspaces")?;
    let adobe = kw_flag(vm, &mut args, "adobe")?;
    let ignore = match args.take_kw(vm, "ignorechars") {
        Some(v) => decode_arg(vm, v)?,
        None => b" \t\n\r\x0b".to_vec(),
    };
    args.finish_kw(vm)?;
    let v = args.one()?;
    vm.charge_walk(v)?;
    let mut data = decode_arg(vm, v)?;
    if adobe {
        if !data.ends_with(b"~>") {
            return Err(value_error("Ascii85 encoded byte sequences must end with b'~>'"));
        }
        data.truncate(data.len() - 2);
        if data.starts_with(b"<~") {
            data.drain(..2);
        }
    }
    let mut out = Vec::with_capacity(data.len() / 5 * 4 + 4);
    let mut group: Vec<u8> = Vec::with_capacity(5);
    for &c in data.iter().chain(b"uuuu".iter()) {
        match c {
            b'!'..=b'u' => {
                group.push(c - 33);
                if group.len() == 5 {
                    let acc = group.iter().fold(0u64, |a, d| a * 85 + u64::from(*d));
                    let word = u32::try_from(acc).map_err(|_| value_error("Ascii85 overflow"))?;
                    out.extend_from_slice(&word.to_be_bytes());
                    group.clear();
                }
            }
            b'z' | b'y' if c == b'z' || foldspaces => {
                if !group.is_empty() {
                    return Err(value_error(format!("{} inside Ascii85 5-tuple", char::from(c))));
                }
                out.extend_from_slice(if c == b'z' { b"\0\0\0\0" } else { b"    " });
            }
            _ if ignore.contains(&c) => {}
            _ => return Err(value_error(format!("Non-Ascii85 digit found: {}", char::from(c)))),
        }
    }
    let padding = 4 - group.len();
    if padding < 4 {
        out.truncate(out.len().saturating_sub(padding));
    }
    new_bytes(vm, out)
}

/// `base64.b85encode(b, pad=False)`
pub(super) fn b85encode(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let pad_kw = args.take_kw(vm, "pad");
    args.finish_kw(vm)?;
    let a = args.range(1, 2)?.to_vec();
    vm.charge_walk(a[0])?;
    let data = memoryview_arg(vm, a[0])?;
    let pad = match a.get(1).copied().or(pad_kw) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    vm.heap.check_alloc(data.len().div_ceil(4) * 5)?;
    let out = encode85(&data, false, pad, false);
    new_bytes(vm, out)
}

/// `base64.b85decode(b)`
pub(super) fn b85decode(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    vm.charge_walk(v)?;
    let data = decode_arg(vm, v)?;
    let padding = (5 - data.len() % 5) % 5;
    let mut out = Vec::with_capacity(data.len() / 5 * 4 + 4);
    let padded = data
        .iter()
        .chain(std::iter::repeat_n(&b'~', padding))
        .copied()
        .collect::<Vec<u8>>();
    for (n, chunk) in padded.chunks(5).enumerate() {
        let mut acc = 0u64;
        for (k, c) in chunk.iter().enumerate() {
            let d = B85
                .iter()
                .position(|x| x == c)
                .ok_or_else(|| value_error(format!("bad base85 character at position {}", n * 5 + k)))?;
            acc = acc * 85 + u64::try_from(d).unwrap_or(0);
        }
        let word = u32::try_from(acc)
            .map_err(|_| value_error(format!("base85 overflow in hunk starting at byte {}", n * 5)))?;
        out.extend_from_slice(&word.to_be_bytes());
    }
    out.truncate(out.len().saturating_sub(padding));
    new_bytes(vm, out)
}
