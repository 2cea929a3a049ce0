//! `math`: CPython's functions with its special cases and error messages.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use super::{Member, ModuleSpec, real_arg};
use crate::builtins::args::Args;
use crate::bytecode::BinOp;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::{NumPub as Num, Vm};

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    source: None,
    members: &[
        ("acos", Member::Fn(acos)),
        ("acosh", Member::Fn(acosh)),
        ("asin", Member::Fn(asin)),
        ("asinh", Member::Fn(asinh)),
        ("atan", Member::Fn(atan)),
        ("atan2", Member::Fn(atan2)),
        ("atanh", Member::Fn(atanh)),
        ("cbrt", Member::Fn(cbrt)),
        ("ceil", Member::Fn(ceil)),
        ("comb", Member::Fn(comb)),
        ("copysign", Member::Fn(copysign)),
        ("cos", Member::Fn(cos)),
        ("cosh", Member::Fn(cosh)),
        ("degrees", Member::Fn(degrees)),
        ("dist", Member::Fn(dist)),
        ("exp", Member::Fn(exp)),
        ("exp2", Member::Fn(exp2)),
        ("expm1", Member::Fn(expm1)),
        ("fabs", Member::Fn(fabs)),
        ("factorial", Member::Fn(factorial)),
        ("floor", Member::Fn(floor)),
        ("fmod", Member::Fn(fmod)),
        ("frexp", Member::Fn(frexp)),
        ("fsum", Member::Fn(fsum)),
        ("gcd", Member::Fn(gcd)),
        ("hypot", Member::Fn(hypot)),
        ("isclose", Member::Fn(isclose)),
        ("isfinite", Member::Fn(isfinite)),
        ("isinf", Member::Fn(isinf)),
        ("isnan", Member::Fn(isnan)),
        ("isqrt", Member::Fn(isqrt)),
        ("lcm", Member::Fn(lcm)),
        ("ldexp", Member::Fn(ldexp)),
        ("log", Member::Fn(log)),
        ("log10", Member::Fn(log10)),
        ("log1p", Member::Fn(log1p)),
        ("log2", Member::Fn(log2)),
        ("modf", Member::Fn(modf)),
        ("nextafter", Member::Fn(nextafter)),
        ("perm", Member::Fn(perm)),
        ("pow", Member::Fn(pow)),
        ("prod", Member::Fn(prod)),
        ("radians", Member::Fn(radians)),
        ("remainder", Member::Fn(remainder)),
        ("sin", Member::Fn(sin)),
        ("sinh", Member::Fn(sinh)),
        ("sqrt", Member::Fn(sqrt)),
        ("tan", Member::Fn(tan)),
        ("tanh", Member::Fn(tanh)),
        ("trunc", Member::Fn(trunc)),
        ("ulp", Member::Fn(ulp)),
        ("pi", Member::Float(std::f64::consts::PI)),
        ("e", Member::Float(std::f64::consts::E)),
        ("tau", Member::Float(std::f64::consts::TAU)),
        ("inf", Member::Float(f64::INFINITY)),
        ("nan", Member::Float(f64::NAN)),
    ],
    all: None,
};

fn domain() -> RunError {
    exc(ExcType::ValueError, "math domain error")
}

fn range_err() -> RunError {
    exc(ExcType::OverflowError, "math range error")
}

/// Exactly `n` positional arguments, worded like CPython's `math.f(x)` errors.
fn fixed(args: &Args, n: usize) -> RunResult<&[Value]> {
    args.no_kw()?;
    let got = args.pos.len();
    if got == n {
        return Ok(&args.pos);
    }
    Err(if n == 1 {
        exc(
            ExcType::TypeError,
            format!("math.{}() takes exactly one argument ({got} given)", args.name),
        )
    } else {
        exc(
            ExcType::TypeError,
            format!("{} expected {n} arguments, got {got}", args.name),
        )
    })
}

fn one_float(vm: &mut Vm<'_, '_>, args: &Args) -> RunResult<f64> {
    let a = fixed(args, 1)?;
    real_arg(vm, a[0])
}

/// CPython's `math_1`: NaN from a non-NaN is a domain error; infinity from a
/// finite input is a range error (when the function can overflow) or a domain error.
fn math_1(vm: &mut Vm<'_, '_>, args: &Args, f: fn(f64) -> f64, can_overflow: bool) -> RunResult<Value> {
    let x = one_float(vm, args)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_err() } else { domain() });
    }
    Ok(Value::Float(r))
}

macro_rules! simple {
    ($($name:ident => $f:expr, $ovf:expr;)*) => {
        $(fn $name(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
            math_1(vm, &args, $f, $ovf)
        })*
    };
}

simple! {
    acos => f64::acos, false;
    acosh => f64::acosh, false;
    asin => f64::asin, false;
    asinh => f64::asinh, false;
    atan => f64::atan, false;
    atanh => |x: f64| if x.abs() >= 1.0 && !x.is_nan() { f64::NAN } else { x.atanh() }, false;
    cbrt => f64::cbrt, false;
    cos => f64::cos, false;
    cosh => f64::cosh, true;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    fabs => f64::abs, false;
    sin => f64::sin, false;
    sinh => f64::sinh, true;
    sqrt => f64::sqrt, false;
    tan => f64::tan, false;
    tanh => f64::tanh, false;
    log1p => |x: f64| if x <= -1.0 { f64::NAN } else { x.ln_1p() }, false;
}

fn degrees(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let x = one_float(vm, &args)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let x = one_float(vm, &args)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn two_floats(vm: &mut Vm<'_, '_>, args: &Args) -> RunResult<(f64, f64)> {
    let a = fixed(args, 2)?;
    Ok((real_arg(vm, a[0])?, real_arg(vm, a[1])?))
}

fn atan2(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (y, x) = two_floats(vm, &args)?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (x, y) = two_floats(vm, &args)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (x, y) = two_floats(vm, &args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (x, y) = two_floats(vm, &args)?;
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return Err(domain());
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return Ok(Value::Float(1.0f64.copysign(x) * r));
    }
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::Float(x))
}

fn pow(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (x, y) = two_floats(vm, &args)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain() } else { range_err() });
        }
        r
    };
    Ok(Value::Float(r))
}

/// CPython's `loghelper`: `func(x)` for any positive number, big ints included
/// (as `func(m) + func(2) * e` with `x = m * 2**e`).
fn loghelper(vm: &mut Vm<'_, '_>, v: Value, func: fn(f64) -> f64) -> RunResult<f64> {
    if let Some(Num::Big(b)) = vm.num(v) {
        if !b.is_positive() {
            return Err(domain());
        }
        if b.to_f64().is_none_or(f64::is_infinite) {
            let bits = b.bits();
            let shift = bits.saturating_sub(63);
            let top = (&b >> shift).to_f64().unwrap_or(f64::MAX);
            // top * 2**shift, with top < 2**63; normalize to m in [0.5, 1)
            let (m, e) = frexp_f(top);
            let e = e + i64::try_from(shift).unwrap_or(i64::MAX);
            return Ok(func(m) + func(2.0) * (e as f64));
        }
    }
    let x = real_arg(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(func(x))
}

fn log(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let n = args.pos.len();
    if !(1..=2).contains(&n) {
        return Err(crate::exceptions::messages::arity("log", 1, 2, n));
    }
    let num = loghelper(vm, args.pos[0], f64::ln)?;
    if n == 1 {
        return Ok(Value::Float(num));
    }
    let den = loghelper(vm, args.pos[1], f64::ln)?;
    if den == 0.0 {
        return Err(exc(ExcType::ZeroDivisionError, "float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log_base(vm: &mut Vm<'_, '_>, args: &Args, base: fn(f64) -> f64) -> RunResult<Value> {
    let a = fixed(args, 1)?;
    Ok(Value::Float(loghelper(vm, a[0], base)?))
}

fn log2(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    log_base(vm, &args, f64::log2)
}

fn log10(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    log_base(vm, &args, f64::log10)
}

/// An integral number argument as a big int, or CPython's TypeError.
fn int_arg(vm: &Vm<'_, '_>, v: Value) -> RunResult<BigInt> {
    match (v, vm.num(v)) {
        (Value::Float(_), _) | (_, None | Some(Num::Float(_))) => Err(exc(
            ExcType::TypeError,
            format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)),
        )),
        (_, Some(Num::Int(i))) => Ok(BigInt::from(i)),
        (_, Some(Num::Big(b))) => Ok(b),
    }
}

/// A float that is integral to an int, with CPython's errors for inf and nan.
fn float_to_int(vm: &mut Vm<'_, '_>, f: f64) -> RunResult<Value> {
    if f.is_nan() {
        return Err(exc(ExcType::ValueError, "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(exc(ExcType::OverflowError, "cannot convert float infinity to integer"));
    }
    let b = BigInt::from_f64(f).unwrap_or_default();
    vm.int_value(b)
}

fn rounding(vm: &mut Vm<'_, '_>, args: &Args, f: fn(f64) -> f64, dunder: &str) -> RunResult<Value> {
    let a = fixed(args, 1)?;
    let v = a[0];
    // `math.floor(x)` is `x.__floor__()` when x's class defines it (likewise ceil, trunc)
    if vm.is_user(v)
        && let Some(r) = vm.call_dunder(v, dunder, Vec::new())?
    {
        return Ok(r);
    }
    match v {
        Value::Bool(b) => return Ok(Value::Int(i64::from(b))),
        Value::Int(_) => return Ok(v),
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::BigInt(_)) => return Ok(v),
        _ => {}
    }
    let x = real_arg(vm, v)?;
    float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    rounding(vm, &args, f64::floor, "__floor__")
}

fn ceil(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    rounding(vm, &args, f64::ceil, "__ceil__")
}

fn trunc(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = fixed(&args, 1)?;
    if vm.is_user(a[0])
        && let Some(r) = vm.call_dunder(a[0], "__trunc__", Vec::new())?
    {
        return Ok(r);
    }
    if vm.num(a[0]).is_none() {
        return Err(exc(
            ExcType::TypeError,
            format!("type {} doesn't define __trunc__ method", vm.type_name(a[0])),
        ));
    }
    rounding(vm, &args, f64::trunc, "__trunc__")
}

fn factorial(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = fixed(&args, 1)?;
    let n = int_arg(vm, a[0])?;
    if n.is_negative() {
        return Err(exc(ExcType::ValueError, "factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        exc(
            ExcType::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
        if i % 64 == 0 {
            vm.tick_many(usize::try_from(acc.bits() / 64).unwrap_or(usize::MAX))?;
            vm.heap
                .check_alloc(usize::try_from(acc.bits() / 8).unwrap_or(usize::MAX))?;
        }
    }
    vm.int_value(acc)
}

fn gcd(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let mut acc = BigInt::zero();
    for &v in &args.pos {
        let x = int_arg(vm, v)?;
        acc = acc.gcd(&x);
    }
    vm.int_value(acc)
}

fn lcm(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let mut acc = BigInt::one();
    for &v in &args.pos {
        let x = int_arg(vm, v)?;
        if acc.is_zero() || x.is_zero() {
            acc = BigInt::zero();
        } else {
            acc = acc.lcm(&x);
        }
    }
    vm.int_value(acc.abs())
}

fn isqrt(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = fixed(&args, 1)?;
    let n = int_arg(vm, a[0])?;
    if n.is_negative() {
        return Err(exc(ExcType::ValueError, "isqrt() argument must be nonnegative"));
    }
    vm.int_value(n.sqrt())
}

fn nonneg(vm: &Vm<'_, '_>, v: Value, what: &str) -> RunResult<BigInt> {
    let x = int_arg(vm, v)?;
    if x.is_negative() {
        return Err(exc(
            ExcType::ValueError,
            format!("{what} must be a non-negative integer"),
        ));
    }
    Ok(x)
}

fn comb(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = fixed(&args, 2)?;
    let n = nonneg(vm, a[0], "n")?;
    let k = nonneg(vm, a[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = k.to_u64().ok_or_else(|| {
        exc(
            ExcType::OverflowError,
            "min(n - k, k) must not exceed 9223372036854775807",
        )
    })?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
        if i % 64 == 0 {
            vm.tick_many(usize::try_from(acc.bits() / 64).unwrap_or(usize::MAX))?;
            vm.heap
                .check_alloc(usize::try_from(acc.bits() / 8).unwrap_or(usize::MAX))?;
        }
    }
    vm.int_value(acc)
}

fn perm(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let got = args.pos.len();
    if !(1..=2).contains(&got) {
        return Err(crate::exceptions::messages::arity("perm", 1, 2, got));
    }
    let n = nonneg(vm, args.pos[0], "n")?;
    let k = match args.pos.get(1) {
        Some(&v) if v != Value::None => nonneg(vm, v, "k")?,
        _ => n.clone(),
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k
        .to_u64()
        .ok_or_else(|| exc(ExcType::OverflowError, "k must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - i;
        if i % 64 == 0 {
            vm.tick_many(usize::try_from(acc.bits() / 64).unwrap_or(usize::MAX))?;
            vm.heap
                .check_alloc(usize::try_from(acc.bits() / 8).unwrap_or(usize::MAX))?;
        }
    }
    vm.int_value(acc)
}

fn isclose(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let rel = args.take_kw(vm, "rel_tol");
    let abs = args.take_kw(vm, "abs_tol");
    let a_kw = args.take_kw(vm, "a");
    let b_kw = args.take_kw(vm, "b");
    args.finish_kw(vm)?;
    let mut pos = args.pos.clone();
    if let Some(a) = a_kw {
        pos.insert(0, a);
    }
    if let Some(b) = b_kw {
        pos.push(b);
    }
    if pos.len() != 2 {
        return Err(exc(
            ExcType::TypeError,
            format!(
                "isclose() missing required argument '{}' (pos {})",
                if pos.is_empty() { "a" } else { "b" },
                pos.len() + 1
            ),
        ));
    }
    let a = real_arg(vm, pos[0])?;
    let b = real_arg(vm, pos[1])?;
    let rel = match rel {
        Some(v) => real_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => real_arg(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(exc(ExcType::ValueError, "tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        (diff <= (rel * b).abs()) || (diff <= (rel * a).abs()) || (diff <= abs),
    ))
}

fn isfinite(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    Ok(Value::Bool(one_float(vm, &args)?.is_finite()))
}

fn isinf(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    Ok(Value::Bool(one_float(vm, &args)?.is_infinite()))
}

fn isnan(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    Ok(Value::Bool(one_float(vm, &args)?.is_nan()))
}

/// `frexp`: mantissa in [0.5, 1) and exponent.
fn frexp_f(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // subnormal: scale up first
        let (m, e) = frexp_f(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn frexp(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let x = one_float(vm, &args)?;
    let (m, e) = frexp_f(x);
    vm.heap.alloc_tuple(vec![Value::Float(m), Value::Int(e)])
}

fn ldexp(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = fixed(&args, 2)?;
    let x = real_arg(vm, a[0])?;
    let e = int_arg(vm, a[1]).map_err(|_| exc(ExcType::TypeError, "Expected an int as second argument to ldexp."))?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let e = e.clamp(-2200, 2200) as i32;
    // scale in steps so intermediate results stay exact
    let mut r = x;
    let mut left = e;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        left -= step;
    }
    if r.is_infinite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

fn modf(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let x = one_float(vm, &args)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    vm.heap.alloc_tuple(vec![Value::Float(frac), Value::Float(int)])
}

fn nextafter(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (x, y) = two_floats(vm, &args)?;
    Ok(Value::Float(next_after(x, y)))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let x = one_float(vm, &args)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let next = next_after(x, f64::INFINITY);
    if next.is_infinite() {
        let prev = next_after(x, 0.0);
        return Ok(Value::Float(x - prev));
    }
    Ok(Value::Float(next - x))
}

/// Floats of an iterable argument.
fn floats_of(vm: &mut Vm<'_, '_>, v: Value) -> RunResult<Vec<f64>> {
    let items = vm.collect(v)?;
    items.into_iter().map(|x| real_arg(vm, x)).collect()
}

fn vector_norm(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in xs {
        let a = x.abs();
        found_nan |= a.is_nan();
        if a > max {
            max = a;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    if xs.len() == 2 {
        return xs[0].hypot(xs[1]);
    }
    let mut sum = 0.0;
    let mut comp = 0.0;
    for &x in xs {
        let t = (x / max) * (x / max);
        let y = t - comp;
        let s = sum + y;
        comp = (s - sum) - y;
        sum = s;
    }
    max * sum.sqrt()
}

fn hypot(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let xs: Vec<f64> = args.pos.iter().map(|&v| real_arg(vm, v)).collect::<RunResult<_>>()?;
    Ok(Value::Float(vector_norm(&xs)))
}

fn dist(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = fixed(&args, 2)?;
    let (p, q) = (a[0], a[1]);
    for v in [p, q] {
        let is_tuple = matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Obj::Tuple(_) | Obj::List(_)));
        if !is_tuple {
            return Err(exc(
                ExcType::TypeError,
                format!("dist(): argument must be tuple, not {}", vm.type_name(v)),
            ));
        }
    }
    let p = floats_of(vm, p)?;
    let q = floats_of(vm, q)?;
    if p.len() != q.len() {
        return Err(exc(
            ExcType::ValueError,
            "both points must have the same number of dimensions",
        ));
    }
    let d: Vec<f64> = p.iter().zip(&q).map(|(a, b)| a - b).collect();
    Ok(Value::Float(vector_norm(&d)))
}

fn fsum(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = fixed(&args, 1)?;
    let it = vm.get_iter(a[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(v) = vm.iter_next(it)? {
        vm.tick()?;
        let mut x = real_arg(vm, v)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(exc(ExcType::OverflowError, "intermediate overflow in fsum"));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(exc(ExcType::ValueError, "-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let start = args.take_kw(vm, "start");
    args.finish_kw(vm)?;
    let got = args.pos.len();
    if got != 1 {
        return Err(exc(
            ExcType::TypeError,
            format!("prod() takes exactly 1 positional argument ({got} given)"),
        ));
    }
    let mut acc = start.unwrap_or(Value::Int(1));
    let it = vm.get_iter(args.pos[0])?;
    while let Some(v) = vm.iter_next(it)? {
        vm.tick()?;
        acc = vm.binary_op(BinOp::Mul, acc, v)?;
    }
    Ok(acc)
}
