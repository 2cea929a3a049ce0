//! `bytes`/`bytearray` methods on ASCII text: case mapping, the `is*`
//! predicates, padding (`center`, `ljust`, `rjust`, `zfill`), `expandtabs`,
//! `translate`/`maketrans` and `hex`/`fromhex`. Shared by both types; results
//! have the receiver's type (see [`new_like`]).

use super::super::args::Args;
use super::bytes::{bytes_like, data, expect_bytes, is_space, new_like};
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::value::Value;
use crate::vm::Vm;

fn map_bytes(vm: &mut Vm<'_, '_>, this: Value, args: &Args, f: impl Fn(u8) -> u8) -> RunResult<Value> {
    args.range(0, 0)?;
    let b = data(vm, this)?;
    new_like(vm, this, b.into_iter().map(f).collect())
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
    new_like(vm, this, out)
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
    new_like(vm, this, out)
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

/// `bytes.fromhex(string)` (the receiver is the `bytes` or `bytearray` type, or an instance).
pub(crate) fn fromhex(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
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
    new_like(vm, this, out)
}

/// `istitle()`: cased runs start upper case and continue lower case, and there is a cased byte.
pub(crate) fn istitle(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |b| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

/// The `(width, fill)` arguments of `center`/`ljust`/`rjust`.
fn pad_args(vm: &Vm<'_, '_>, args: &Args) -> RunResult<(usize, u8)> {
    if !args.kw.is_empty() {
        return Err(exc(
            ExcType::TypeError,
            format!(
                "{}.{}() takes no keyword arguments",
                args.owner.unwrap_or("bytes"),
                args.name
            ),
        ));
    }
    let n = args.pos.len();
    if n == 0 {
        return Err(exc(
            ExcType::TypeError,
            format!("{} expected at least 1 argument, got 0", args.name),
        ));
    }
    if n > 2 {
        return Err(exc(
            ExcType::TypeError,
            format!("{} expected at most 2 arguments, got {n}", args.name),
        ));
    }
    let width = usize::try_from(vm.expect_index(args.pos[0])?).unwrap_or(0);
    let fill = match args.pos.get(1) {
        None => b' ',
        Some(&f) => match bytes_like(vm, f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(exc(
                    ExcType::TypeError,
                    format!(
                        "{}() argument 2 must be a byte string of length 1, not {}",
                        args.name,
                        vm.type_name(f)
                    ),
                ));
            }
        },
    };
    Ok((width, fill))
}

/// Pad the receiver to `width` with `left` fill bytes before it (the rest after).
fn pad_to(
    vm: &mut Vm<'_, '_>,
    this: Value,
    width: usize,
    fill: u8,
    left: impl FnOnce(usize) -> usize,
) -> RunResult<Value> {
    let b = data(vm, this)?;
    if width <= b.len() {
        return new_like(vm, this, b);
    }
    vm.heap.check_alloc(width)?;
    let total = width - b.len();
    let l = left(total).min(total);
    let mut out = Vec::with_capacity(width);
    out.resize(l, fill);
    out.extend_from_slice(&b);
    out.resize(width, fill);
    new_like(vm, this, out)
}

pub(crate) fn center(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let (width, fill) = pad_args(vm, &args)?;
    // CPython puts the odd byte on the left when the width is odd.
    pad_to(vm, this, width, fill, |total| total / 2 + (total & width & 1))
}

pub(crate) fn ljust(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let (width, fill) = pad_args(vm, &args)?;
    pad_to(vm, this, width, fill, |_| 0)
}

pub(crate) fn rjust(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let (width, fill) = pad_args(vm, &args)?;
    pad_to(vm, this, width, fill, |total| total)
}

/// `zfill(width)`: pad with b'0' after a leading sign.
pub(crate) fn zfill(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let w = args.one_of(vm.type_name(this))?;
    let width = usize::try_from(vm.expect_index(w)?).unwrap_or(0);
    let b = data(vm, this)?;
    if width <= b.len() {
        return new_like(vm, this, b);
    }
    vm.heap.check_alloc(width)?;
    let sign = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let mut out = Vec::with_capacity(width);
    out.extend_from_slice(&b[..sign]);
    out.resize(width - b.len() + sign, b'0');
    out.extend_from_slice(&b[sign..]);
    new_like(vm, this, out)
}

/// `expandtabs(tabsize=8)`
pub(crate) fn expandtabs(vm: &mut Vm<'_, '_>, this: Value, mut args: Args) -> RunResult<Value> {
    let kw = args.take_kw(vm, "tabsize");
    args.finish_kw(vm)?;
    if args.pos.len() + usize::from(kw.is_some()) > 1 {
        return Err(exc(
            ExcType::TypeError,
            format!(
                "expandtabs() takes at most 1 argument ({} given)",
                args.pos.len() + usize::from(kw.is_some())
            ),
        ));
    }
    let tab = match kw.or_else(|| args.pos.first().copied()) {
        Some(v) => vm.expect_index(v)?,
        None => 8,
    };
    let tab = usize::try_from(tab).unwrap_or(0);
    let b = data(vm, this)?;
    let mut out = Vec::with_capacity(b.len());
    let mut col = 0usize;
    for c in b {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    vm.heap.check_alloc(out.len().saturating_add(n))?;
                    out.resize(out.len() + n, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    new_like(vm, this, out)
}

/// `bytes.maketrans(frm, to)`: a 256-byte table mapping each byte of `frm` to the byte of `to`.
pub(crate) fn maketrans(vm: &mut Vm<'_, '_>, _this: Value, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?.to_vec();
    let frm = expect_bytes(vm, a[0])?;
    let to = expect_bytes(vm, a[1])?;
    if frm.len() != to.len() {
        return Err(exc(ExcType::ValueError, "maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in frm.into_iter().zip(to) {
        table[usize::from(f)] = t;
    }
    vm.heap.check_alloc(256)?;
    vm.heap.alloc(crate::object::heap::Obj::Bytes(table))
}

/// `translate(table, /, delete=b'')`
pub(crate) fn translate(vm: &mut Vm<'_, '_>, this: Value, mut args: Args) -> RunResult<Value> {
    let del_kw = args.take_kw(vm, "delete");
    args.finish_kw(vm)?;
    let n = args.pos.len();
    if n == 0 || n > 2 || (n == 2 && del_kw.is_some()) {
        return Err(exc(
            ExcType::TypeError,
            if n == 0 {
                "translate() takes at least 1 positional argument (0 given)".to_owned()
            } else {
                format!(
                    "translate expected at most 2 arguments, got {}",
                    n + usize::from(del_kw.is_some())
                )
            },
        ));
    }
    let table = match args.pos[0] {
        Value::None => None,
        t => {
            let t = expect_bytes(vm, t)?;
            if t.len() != 256 {
                return Err(exc(
                    ExcType::ValueError,
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match del_kw.or_else(|| args.pos.get(1).copied()) {
        Some(d) => expect_bytes(vm, d)?,
        None => Vec::new(),
    };
    let b = data(vm, this)?;
    let out = b
        .into_iter()
        .filter(|c| !delete.contains(c))
        .map(|c| table.as_ref().map_or(c, |t| t[usize::from(c)]))
        .collect();
    new_like(vm, this, out)
}
