//! `int.to_bytes` and `int.from_bytes`.

use num_bigint::{BigInt, Sign};

use super::super::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::{NumPub as Num, Vm};

/// Whether the byte order argument says big-endian; the CPython ValueError otherwise.
fn big_endian(vm: &Vm<'_, '_>, order: Option<Value>) -> RunResult<bool> {
    let Some(order) = order else {
        return Ok(true);
    };
    match vm.str_of(order) {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(exc(ExcType::ValueError, "byteorder must be either 'little' or 'big'")),
        None => Err(exc(
            ExcType::TypeError,
            format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                vm.type_name(order)
            ),
        )),
    }
}

/// Bind `(a, b, *, signed)` where `a` and `b` may also come by keyword.
fn bind(
    vm: &mut Vm<'_, '_>,
    mut args: Args,
    first: &str,
    second: &str,
) -> RunResult<(Option<Value>, Option<Value>, bool)> {
    let signed = args.take_kw(vm, "signed");
    if args.pos.len() > 2 {
        return Err(exc(
            ExcType::TypeError,
            format!(
                "{}() takes at most 2 positional arguments ({} given)",
                args.name,
                args.pos.len()
            ),
        ));
    }
    let (a, b) = args.two_optional(vm, first, second)?;
    let signed = match signed {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok((a, b, signed))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`
pub(crate) fn to_bytes(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let (length, order, signed) = bind(vm, args, "length", "byteorder")?;
    let length = match length {
        Some(v) => vm.expect_index(v)?,
        None => 1,
    };
    let big = big_endian(vm, order)?;
    let length =
        usize::try_from(length).map_err(|_| exc(ExcType::ValueError, "length argument must be non-negative"))?;
    vm.heap.check_alloc(length)?;
    let n = match vm.num(this) {
        Some(Num::Int(i)) => BigInt::from(i),
        Some(Num::Big(b)) => b,
        _ => return Err(RunError::Internal("int method on non-int")),
    };
    let negative = n.sign() == Sign::Minus;
    if negative && !signed {
        return Err(exc(ExcType::OverflowError, "can't convert negative int to unsigned"));
    }
    // Minimal little-endian bytes: two's complement when signed.
    let mut le = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.sign() == Sign::NoSign {
        le.clear();
    }
    if le.len() > length {
        return Err(exc(ExcType::OverflowError, "int too big to convert"));
    }
    le.resize(length, if negative { 0xff } else { 0 });
    if big {
        le.reverse();
    }
    vm.heap.alloc(Obj::Bytes(le))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`: a class method.
pub(crate) fn from_bytes(vm: &mut Vm<'_, '_>, _this: Value, args: Args) -> RunResult<Value> {
    let (data, order, signed) = bind(vm, args, "bytes", "byteorder")?;
    let Some(data) = data else {
        return Err(exc(
            ExcType::TypeError,
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let big = big_endian(vm, order)?;
    let mut raw: Vec<u8> = match data {
        _ if vm.heap.buffer(data).is_some() => vm.heap.buffer(data).map(<[u8]>::to_vec).unwrap_or_default(),
        _ if vm.str_of(data).is_some() => {
            return Err(exc(ExcType::TypeError, "cannot convert 'str' object to bytes"));
        }
        _ => {
            let items = vm.collect(data).map_err(|_| {
                exc(
                    ExcType::TypeError,
                    format!("cannot convert '{}' object to bytes", vm.type_name(data)),
                )
            })?;
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                let i = vm.expect_index(item)?;
                out.push(u8::try_from(i).map_err(|_| exc(ExcType::ValueError, "bytes must be in range(0, 256)"))?);
            }
            out
        }
    };
    if big {
        raw.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&raw)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &raw)
    };
    vm.int_value(n)
}
