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

/// `float.fromhex(s)`: a class method parsing `[sign][0x]h[.h][p[sign]d]`,
/// `inf` or `nan`, surrounded by optional whitespace.
pub(crate) fn fromhex(vm: &mut Vm<'_, '_>, _this: Value, args: Args) -> RunResult<Value> {
    let arg = args.one()?;
    let text = vm
        .str_of(arg)
        .map(str::to_owned)
        .ok_or_else(|| exc(ExcType::TypeError, "bad argument type for built-in operation"))?;
    let invalid = || exc(ExcType::ValueError, "invalid hexadecimal floating-point string");
    let s = text.trim();
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(f) = special {
        return Ok(Value::Float(if negative { -f } else { f }));
    }
    let digits = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa_part, exp_part) = match digits.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (digits, None),
    };
    let (int_part, frac_part) = mantissa_part.split_once('.').unwrap_or((mantissa_part, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut exp: i64 = match exp_part {
        None => 0,
        Some(e) => {
            let (sign, d) = match e.as_bytes().first() {
                Some(b'-') => (-1, &e[1..]),
                Some(b'+') => (1, &e[1..]),
                _ => (1, e),
            };
            if d.is_empty() || !d.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Saturate: anything this large is inf or zero anyway.
            sign * d.parse::<i64>().unwrap_or(1 << 40).min(1 << 40)
        }
    };
    // Keep 64 significant bits plus a sticky bit, so the final rounding is exact.
    let mut mant: u64 = 0;
    let mut sticky = false;
    for (i, c) in int_part.chars().chain(frac_part.chars()).enumerate() {
        let d = u64::from(c.to_digit(16).ok_or_else(invalid)?);
        if i >= int_part.len() {
            exp -= 4;
        }
        if mant >> 59 == 0 {
            mant = (mant << 4) | d;
        } else {
            exp += 4;
            sticky |= d != 0;
        }
    }
    if mant == 0 {
        return Ok(Value::Float(if negative { -0.0 } else { 0.0 }));
    }
    // Bring the mantissa down to 53 bits with round-half-even, tracking the exponent.
    let top = 64 - i64::from(mant.leading_zeros());
    // The result's binary exponent decides how many bits a subnormal keeps.
    let result_exp = exp + top - 1;
    let keep = if result_exp < -1022 {
        53 - (-1022 - result_exp)
    } else {
        53
    };
    let shift = top - keep.max(0);
    if shift > 0 {
        let shift = u32::try_from(shift.min(64)).unwrap_or(64);
        let dropped = if shift >= 64 {
            mant
        } else {
            mant & ((1u64 << shift) - 1)
        };
        let half = 1u64 << (shift - 1).min(63);
        let mut kept = if shift >= 64 { 0 } else { mant >> shift };
        let above_half = dropped > half || (dropped == half && sticky);
        if above_half || (dropped == half && !sticky && kept & 1 == 1) {
            kept += 1;
        }
        mant = kept;
        exp += i64::from(shift);
    }
    #[expect(clippy::cast_precision_loss, reason = "mant has at most 54 significant bits here")]
    let mut f = mant as f64;
    let mut e = exp;
    while e > 0 {
        let step = e.min(1000);
        f *= 2f64.powi(i32::try_from(step).unwrap_or(1000));
        e -= step;
        if f.is_infinite() {
            break;
        }
    }
    while e < 0 && f != 0.0 {
        let step = (-e).min(1000);
        f /= 2f64.powi(i32::try_from(step).unwrap_or(1000));
        e += step;
    }
    if f.is_infinite() {
        return Err(exc(
            ExcType::OverflowError,
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(Value::Float(if negative { -f } else { f }))
}
