//! `cmath`: the complex functions with CPython's results, special values and
//! errors. The formulas are in `cmath/functions.rs`, the values for non-finite
//! arguments in `cmath/special.rs`.

mod functions;
mod special;

use super::{Member, ModuleSpec, real_arg};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunResult, exc, messages};
use crate::object::complex::Complex;
use crate::object::value::Value;
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    source: None,
    members: &[
        ("acos", Member::Fn(acos)),
        ("acosh", Member::Fn(acosh)),
        ("asin", Member::Fn(asin)),
        ("asinh", Member::Fn(asinh)),
        ("atan", Member::Fn(atan)),
        ("atanh", Member::Fn(atanh)),
        ("cos", Member::Fn(cos)),
        ("cosh", Member::Fn(cosh)),
        ("exp", Member::Fn(exp)),
        ("isclose", Member::Fn(isclose)),
        ("isfinite", Member::Fn(isfinite)),
        ("isinf", Member::Fn(isinf)),
        ("isnan", Member::Fn(isnan)),
        ("log", Member::Fn(log)),
        ("log10", Member::Fn(log10)),
        ("phase", Member::Fn(phase)),
        ("polar", Member::Fn(polar)),
        ("rect", Member::Fn(rect)),
        ("sin", Member::Fn(sin)),
        ("sinh", Member::Fn(sinh)),
        ("sqrt", Member::Fn(sqrt)),
        ("tan", Member::Fn(tan)),
        ("tanh", Member::Fn(tanh)),
        ("pi", Member::Float(std::f64::consts::PI)),
        ("e", Member::Float(std::f64::consts::E)),
        ("tau", Member::Float(std::f64::consts::TAU)),
        ("inf", Member::Float(f64::INFINITY)),
        ("nan", Member::Float(f64::NAN)),
        ("infj", Member::Complex(0.0, f64::INFINITY)),
        ("nanj", Member::Complex(0.0, f64::NAN)),
    ],
    all: None,
};

/// The error a function reports besides its value (CPython's `errno`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Errno {
    /// No error.
    None,
    /// `ValueError: math domain error`
    Domain,
    /// `OverflowError: math range error`
    Range,
}

/// Results for non-finite arguments, by the [`class`] of the two parts.
type Table = [[(f64, f64); 7]; 7];

/// The class of a part for the special-value tables: -inf, negative, -0.0,
/// +0.0, positive, +inf, nan.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 { 5 } else { 0 }
    } else if x == 0.0 {
        if x.is_sign_negative() { 2 } else { 3 }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

fn check(e: Errno) -> RunResult<()> {
    match e {
        Errno::None => Ok(()),
        Errno::Domain => Err(exc(ExcType::ValueError, "math domain error")),
        Errno::Range => Err(exc(ExcType::OverflowError, "math range error")),
    }
}

/// An argument as a complex: a complex, an object with `__complex__`, or a real number.
fn complex_arg(vm: &mut Vm<'_, '_>, v: Value) -> RunResult<Complex> {
    if let Some(c) = vm.complex_of(v) {
        return Ok(c);
    }
    if vm.is_user(v)
        && let Some(r) = vm.call_dunder(v, "__complex__", Vec::new())?
    {
        return vm.complex_of(r).ok_or_else(|| {
            exc(
                ExcType::TypeError,
                format!("__complex__ returned non-complex (type {})", vm.type_name(r)),
            )
        });
    }
    Ok(Complex::new(real_arg(vm, v)?, 0.0))
}

/// Exactly `n` positional arguments and no keywords, worded as CPython words `cmath.f(z)`.
fn positional(args: &Args, n: usize) -> RunResult<&[Value]> {
    if !args.kw.is_empty() {
        return Err(exc(
            ExcType::TypeError,
            format!("cmath.{}() takes no keyword arguments", args.name),
        ));
    }
    let got = args.pos.len();
    if got == n {
        return Ok(&args.pos);
    }
    Err(exc(
        ExcType::TypeError,
        if n == 1 {
            format!("cmath.{}() takes exactly one argument ({got} given)", args.name)
        } else {
            format!("{} expected {n} arguments, got {got}", args.name)
        },
    ))
}

fn one_complex(vm: &mut Vm<'_, '_>, args: &Args) -> RunResult<Complex> {
    let a = positional(args, 1)?;
    complex_arg(vm, a[0])
}

fn finish(vm: &mut Vm<'_, '_>, (z, e): (Complex, Errno)) -> RunResult<Value> {
    check(e)?;
    vm.new_complex(z)
}

macro_rules! unary {
    ($($name:ident),* $(,)?) => {
        $(fn $name(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
            let z = one_complex(vm, &args)?;
            finish(vm, functions::$name(z))
        })*
    };
}

unary!(
    acos, acosh, asin, asinh, atan, atanh, cos, cosh, exp, log10, sin, sinh, sqrt, tan, tanh
);

/// `cmath.log(z[, base])`: a base divides by its logarithm; only the last
/// logarithm's error (and a zero divisor) count, as in CPython.
fn log(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    if !args.kw.is_empty() {
        return Err(exc(ExcType::TypeError, "cmath.log() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if !(1..=2).contains(&n) {
        return Err(messages::arity("log", 1, 2, n));
    }
    let z = complex_arg(vm, args.pos[0])?;
    let base = match args.pos.get(1) {
        Some(&b) => Some(complex_arg(vm, b)?),
        None => None,
    };
    let (mut r, mut e) = functions::log(z);
    if let Some(base) = base {
        let (lb, eb) = functions::log(base);
        e = eb;
        r = r.checked_div(lb).unwrap_or_else(|| {
            e = Errno::Domain;
            Complex::new(0.0, 0.0)
        });
    }
    finish(vm, (r, e))
}

fn phase(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let z = one_complex(vm, &args)?;
    let (r, e) = functions::phase(z);
    check(e)?;
    Ok(Value::Float(r))
}

fn polar(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let z = one_complex(vm, &args)?;
    let r = z.abs().ok_or_else(|| exc(ExcType::OverflowError, "math range error"))?;
    let phi = functions::angle(z);
    vm.heap.alloc_tuple(vec![Value::Float(r), Value::Float(phi)])
}

fn rect(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = positional(&args, 2)?;
    let (r, phi) = (a[0], a[1]);
    let r = real_arg(vm, r)?;
    let phi = real_arg(vm, phi)?;
    finish(vm, functions::rect(r, phi))
}

fn isfinite(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let z = one_complex(vm, &args)?;
    Ok(Value::Bool(z.re.is_finite() && z.im.is_finite()))
}

fn isinf(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let z = one_complex(vm, &args)?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isnan(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let z = one_complex(vm, &args)?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`
fn isclose(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let mut named = [None; 4];
    for (slot, name) in named.iter_mut().zip(["a", "b", "rel_tol", "abs_tol"]) {
        *slot = args.take_kw(vm, name);
    }
    args.finish_kw(vm)?;
    let n = args.pos.len();
    if n > 2 {
        return Err(exc(
            ExcType::TypeError,
            format!("isclose() takes exactly 2 positional arguments ({n} given)"),
        ));
    }
    // a missing argument is reported before one given twice, as CPython's binder does
    let mut ab = [Value::Undef; 2];
    for (i, name) in ["a", "b"].into_iter().enumerate() {
        ab[i] = args.pos.get(i).copied().or(named[i]).ok_or_else(|| {
            exc(
                ExcType::TypeError,
                format!("isclose() missing required argument '{name}' (pos {})", i + 1),
            )
        })?;
    }
    for (i, name) in ["a", "b"].into_iter().enumerate() {
        if i < n && named[i].is_some() {
            return Err(exc(
                ExcType::TypeError,
                format!(
                    "argument for isclose() given by name ('{name}') and position ({})",
                    i + 1
                ),
            ));
        }
    }
    let a = complex_arg(vm, ab[0])?;
    let b = complex_arg(vm, ab[1])?;
    let rel_tol = match named[2] {
        Some(v) => real_arg(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match named[3] {
        Some(v) => real_arg(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(exc(ExcType::ValueError, "tolerances must be non-negative"));
    }
    if a.re == b.re && a.im == b.im {
        return Ok(Value::Bool(true));
    }
    if [a.re, a.im, b.re, b.im].iter().any(|x| x.is_infinite()) {
        return Ok(Value::Bool(false));
    }
    let abs = |z: Complex| z.abs().unwrap_or(f64::INFINITY);
    let diff = abs(a - b);
    Ok(Value::Bool(
        diff <= rel_tol * abs(b) || diff <= rel_tol * abs(a) || diff <= abs_tol,
    ))
}
