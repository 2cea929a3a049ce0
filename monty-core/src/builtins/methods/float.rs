//! `float` methods.

use num_bigint::BigInt;
use num_traits::{One, Zero};

use super::super::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::value::Value;
use crate::vm::Vm;

fn value(v: Value) -> RunResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        _ => Err(RunError::Internal("float method on non-float")),
    }
}

pub(crate) fn is_integer(_vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let f = value(this)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

pub(crate) fn conjugate(_vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    Ok(Value::Float(value(this)?))
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms.
pub(crate) fn as_integer_ratio(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let f = value(this)?;
    if f.is_nan() {
        return Err(exc(ExcType::ValueError, "cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(exc(ExcType::OverflowError, "cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let negative = bits >> 63 == 1;
    let exp_bits = i32::try_from((bits >> 52) & 0x7FF).unwrap_or(0);
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    if mantissa == 0 {
        let items = vec![Value::Int(0), Value::Int(1)];
        return vm.heap.alloc_tuple(items);
    }
    while mantissa & 1 == 0 && exp < 0 {
        mantissa >>= 1;
        exp += 1;
    }
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::one();
    if exp > 0 {
        num <<= usize::try_from(exp).unwrap_or(0);
    } else {
        den <<= usize::try_from(-exp).unwrap_or(0);
    }
    if negative {
        num = -num;
    }
    if den.is_zero() {
        return Err(RunError::Internal("zero denominator"));
    }
    let n = vm.int_value(num)?;
    let d = vm.int_value(den)?;
    vm.heap.alloc_tuple(vec![n, d])
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`.
pub(crate) fn hex(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let f = value(this)?;
    let s = if f.is_nan() {
        "nan".to_owned()
    } else if f.is_infinite() {
        if f < 0.0 { "-inf".to_owned() } else { "inf".to_owned() }
    } else {
        let bits = f.to_bits();
        let sign = if bits >> 63 == 1 { "-" } else { "" };
        let exp_bits = i64::try_from((bits >> 52) & 0x7FF).unwrap_or(0);
        let frac = bits & ((1u64 << 52) - 1);
        if exp_bits == 0 && frac == 0 {
            format!("{sign}0x0.0p+0")
        } else {
            let (lead, exp) = if exp_bits == 0 {
                (0, -1022)
            } else {
                (1, exp_bits - 1023)
            };
            let digits = format!("{frac:013x}");
            format!(
                "{sign}0x{lead}.{digits}p{}{}",
                if exp < 0 { '-' } else { '+' },
                exp.abs()
            )
        }
    };
    vm.new_str(s)
}
