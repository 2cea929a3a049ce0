//! The complex functions of `cmath`, computed as CPython computes them so that
//! results agree to the last bit: the same formulas (Kahan's square root, the
//! log1p forms near the unit circle, the rescaling that keeps huge and tiny
//! arguments from overflowing), the same libm calls, and CPython's
//! special-value tables for non-finite arguments. Each function returns its
//! result and the error CPython's `errno` would carry.

use std::f64::consts::{E, FRAC_PI_2, LN_2, LN_10};

use super::special;
use super::{Errno, Table, class};
use crate::object::complex::Complex;

/// Beyond this, squaring a part would overflow: `f64::MAX / 4`.
fn large() -> f64 {
    f64::MAX / 4.0
}

/// `ln(large())`: past it, `exp` of a part overflows.
fn log_large() -> f64 {
    large().ln()
}

/// 2^53, to lift subnormal parts into the normal range.
const SCALE_UP: f64 = 9_007_199_254_740_992.0;
/// 2^-27: the square root of the scale-up (rounded), undone after a square root.
const SCALE_DOWN: f64 = 1.0 / 134_217_728.0;

fn c(re: f64, im: f64) -> Complex {
    Complex::new(re, im)
}

/// The table value when a part of `z` is not finite.
fn special(table: &Table, z: Complex) -> Option<Complex> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    let (re, im) = table[class(z.re)][class(z.im)];
    Some(c(re, im))
}

fn ok(z: Complex) -> (Complex, Errno) {
    (z, Errno::None)
}

/// `asinh` of a real by the classic fdlibm method (as the C library CPython
/// calls does it); Rust's own `f64::asinh` rounds differently in the last bit.
pub(super) fn real_asinh(x: f64) -> f64 {
    // the high word of |x|, as the method's thresholds are stated
    let high = u32::try_from((x.to_bits() >> 32) & 0x7fff_ffff).unwrap_or(u32::MAX);
    if high < 0x3e30_0000 {
        // |x| < 2^-28: asinh(x) rounds to x
        return x;
    }
    let a = x.abs();
    let w = if high > 0x41b0_0000 {
        if high >= 0x7ff0_0000 {
            return x + x;
        }
        a.ln() + LN_2
    } else if high > 0x4000_0000 {
        (2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a)).ln()
    } else {
        let t = a * a;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// `cmath.sqrt`
pub(super) fn sqrt(z: Complex) -> (Complex, Errno) {
    if let Some(r) = special(&special::SQRT, z) {
        return ok(r);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return ok(c(0.0, z.im));
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let ax = ax * SCALE_UP;
        (ax + ax.hypot(ay * SCALE_UP)).sqrt() * SCALE_DOWN
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        ok(c(s, d.copysign(z.im)))
    } else {
        ok(c(d, s.copysign(z.im)))
    }
}

/// `cmath.exp`
pub(super) fn exp(z: Complex) -> (Complex, Errno) {
    if !(z.re.is_finite() && z.im.is_finite()) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let mag = if z.re > 0.0 { f64::INFINITY } else { 0.0 };
            c(mag.copysign(z.im.cos()), mag.copysign(z.im.sin()))
        } else {
            special(&special::EXP, z).unwrap_or(z)
        };
        let domain = z.im.is_infinite() && (z.re.is_finite() || z.re == f64::INFINITY);
        return (r, if domain { Errno::Domain } else { Errno::None });
    }
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    overflow_check(r)
}

fn overflow_check(r: Complex) -> (Complex, Errno) {
    if r.re.is_infinite() || r.im.is_infinite() {
        (r, Errno::Range)
    } else {
        ok(r)
    }
}

/// `cmath.log` with one argument.
pub(super) fn log(z: Complex) -> (Complex, Errno) {
    if let Some(r) = special(&special::LOG, z) {
        return ok(r);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let angle = z.im.atan2(z.re);
    let re = if ax > large() || ay > large() {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            (ax * SCALE_UP).hypot(ay * SCALE_UP).ln() - 53.0 * LN_2
        } else {
            return (c(f64::NEG_INFINITY, angle), Errno::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ok(c(re, angle))
}

/// `cmath.log10`
pub(super) fn log10(z: Complex) -> (Complex, Errno) {
    let (r, e) = log(z);
    (c(r.re / LN_10, r.im / LN_10), e)
}

/// `ln(|z| * 4 / 4)` for huge `z`, kept from overflowing: `ln(hypot(x/2, y/2)) + 2 ln 2`.
fn log_hypot_large(z: Complex) -> f64 {
    (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0
}

fn is_large(z: Complex) -> bool {
    z.re.abs() > large() || z.im.abs() > large()
}

/// `cmath.acos`
pub(super) fn acos(z: Complex) -> (Complex, Errno) {
    if let Some(r) = special(&special::ACOS, z) {
        return ok(r);
    }
    if is_large(z) {
        let re = z.im.abs().atan2(z.re);
        let im = if z.re < 0.0 {
            -log_hypot_large(z).copysign(z.im)
        } else {
            log_hypot_large(z).copysign(-z.im)
        };
        return ok(c(re, im));
    }
    let s1 = sqrt(c(1.0 - z.re, -z.im)).0;
    let s2 = sqrt(c(1.0 + z.re, z.im)).0;
    ok(c(2.0 * s1.re.atan2(s2.re), real_asinh(s2.re * s1.im - s2.im * s1.re)))
}

/// `cmath.acosh`
pub(super) fn acosh(z: Complex) -> (Complex, Errno) {
    if let Some(r) = special(&special::ACOSH, z) {
        return ok(r);
    }
    if is_large(z) {
        return ok(c(log_hypot_large(z), z.im.atan2(z.re)));
    }
    let s1 = sqrt(c(z.re - 1.0, z.im)).0;
    let s2 = sqrt(c(z.re + 1.0, z.im)).0;
    ok(c(real_asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * s1.im.atan2(s2.re)))
}

/// `cmath.asinh`
pub(super) fn asinh(z: Complex) -> (Complex, Errno) {
    if let Some(r) = special(&special::ASINH, z) {
        return ok(r);
    }
    if is_large(z) {
        let re = if z.im >= 0.0 {
            log_hypot_large(z).copysign(z.re)
        } else {
            -log_hypot_large(z).copysign(-z.re)
        };
        return ok(c(re, z.im.atan2(z.re.abs())));
    }
    let s1 = sqrt(c(1.0 + z.im, -z.re)).0;
    let s2 = sqrt(c(1.0 - z.im, z.re)).0;
    ok(c(
        real_asinh(s1.re * s2.im - s2.re * s1.im),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    ))
}

/// `f(i*z)` rotated back by `-i`: how asin, atan, sin and tan come from the hyperbolic functions.
fn via_rotation(f: fn(Complex) -> (Complex, Errno), z: Complex) -> (Complex, Errno) {
    let (s, e) = f(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

/// `cmath.asin`
pub(super) fn asin(z: Complex) -> (Complex, Errno) {
    via_rotation(asinh, z)
}

/// `cmath.atan`
pub(super) fn atan(z: Complex) -> (Complex, Errno) {
    via_rotation(atanh, z)
}

/// `cmath.atanh`
pub(super) fn atanh(z: Complex) -> (Complex, Errno) {
    if let Some(r) = special(&special::ATANH, z) {
        return ok(r);
    }
    if z.re < 0.0 {
        // odd function: reduce to a non-negative real part
        let (r, e) = atanh_nonneg(-z);
        return (-r, e);
    }
    atanh_nonneg(z)
}

fn atanh_nonneg(z: Complex) -> (Complex, Errno) {
    let ay = z.im.abs();
    let sqrt_large = large().sqrt();
    if z.re > sqrt_large || ay > sqrt_large {
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return ok(c(z.re / 4.0 / h / h, -FRAC_PI_2.copysign(-z.im)));
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return (c(f64::INFINITY, z.im), Errno::Domain);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        return ok(c(re, (2.0f64.atan2(-ay) / 2.0).copysign(z.im)));
    }
    let one_minus = 1.0 - z.re;
    let re = (4.0 * z.re / (one_minus * one_minus + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0;
    ok(c(re, im))
}

/// The value CPython gives `cosh`/`sinh`/`exp` at an infinite real part and a
/// finite nonzero imaginary part: infinities in the directions of cos and sin.
fn infinite_real(z: Complex, re_sign: f64, im_sign: f64) -> Complex {
    c(
        re_sign * f64::INFINITY.copysign(z.im.cos()),
        im_sign * f64::INFINITY.copysign(z.im.sin()),
    )
}

/// `cmath.cosh`
pub(super) fn cosh(z: Complex) -> (Complex, Errno) {
    if !(z.re.is_finite() && z.im.is_finite()) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            infinite_real(z, 1.0, if z.re > 0.0 { 1.0 } else { -1.0 })
        } else {
            special(&special::COSH, z).unwrap_or(z)
        };
        return (r, domain_if(z.im.is_infinite() && !z.re.is_nan()));
    }
    let r = if z.re.abs() > log_large() {
        let x = z.re - 1.0f64.copysign(z.re);
        c(z.im.cos() * x.cosh() * E, z.im.sin() * x.sinh() * E)
    } else {
        c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    overflow_check(r)
}

/// `cmath.sinh`
pub(super) fn sinh(z: Complex) -> (Complex, Errno) {
    if !(z.re.is_finite() && z.im.is_finite()) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            infinite_real(z, if z.re > 0.0 { 1.0 } else { -1.0 }, 1.0)
        } else {
            special(&special::SINH, z).unwrap_or(z)
        };
        return (r, domain_if(z.im.is_infinite() && !z.re.is_nan()));
    }
    let r = if z.re.abs() > log_large() {
        let x = z.re - 1.0f64.copysign(z.re);
        c(z.im.cos() * x.sinh() * E, z.im.sin() * x.cosh() * E)
    } else {
        c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    overflow_check(r)
}

/// `cmath.tanh`
pub(super) fn tanh(z: Complex) -> (Complex, Errno) {
    if !(z.re.is_finite() && z.im.is_finite()) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            c(1.0f64.copysign(z.re), 0.0f64.copysign(2.0 * z.im.sin() * z.im.cos()))
        } else {
            special(&special::TANH, z).unwrap_or(z)
        };
        return (r, domain_if(z.im.is_infinite() && z.re.is_finite()));
    }
    if z.re.abs() > log_large() {
        return ok(c(
            1.0f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        ));
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    ok(c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

fn domain_if(cond: bool) -> Errno {
    if cond { Errno::Domain } else { Errno::None }
}

/// `cmath.cos`
pub(super) fn cos(z: Complex) -> (Complex, Errno) {
    cosh(c(-z.im, z.re))
}

/// `cmath.sin`
pub(super) fn sin(z: Complex) -> (Complex, Errno) {
    via_rotation(sinh, z)
}

/// `cmath.tan`
pub(super) fn tan(z: Complex) -> (Complex, Errno) {
    via_rotation(tanh, z)
}

/// `cmath.rect(r, phi)`
pub(super) fn rect(r: f64, phi: f64) -> (Complex, Errno) {
    if !(r.is_finite() && phi.is_finite()) {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let sign = if r > 0.0 { 1.0 } else { -1.0 };
            c(
                sign * f64::INFINITY.copysign(phi.cos()),
                sign * f64::INFINITY.copysign(phi.sin()),
            )
        } else {
            let (re, im) = special::RECT[class(r)][class(phi)];
            c(re, im)
        };
        return (z, domain_if(r != 0.0 && !r.is_nan() && phi.is_infinite()));
    }
    if phi == 0.0 {
        return ok(c(r, r * phi));
    }
    ok(c(r * phi.cos(), r * phi.sin()))
}

/// The argument of `z` in (-pi, pi], with the signed-zero and infinity conventions
/// of C99. An angle that underflows to zero is a range error, as the C library
/// reports it to CPython.
pub(super) fn phase(z: Complex) -> (f64, Errno) {
    let r = angle(z);
    let underflow = r == 0.0 && z.im != 0.0 && z.im.is_finite() && z.re.is_finite();
    (r, if underflow { Errno::Range } else { Errno::None })
}

/// `atan2(z.imag, z.real)` with C99's special cases.
pub(super) fn angle(z: Complex) -> f64 {
    if z.re.is_nan() || z.im.is_nan() {
        return f64::NAN;
    }
    if z.im.is_infinite() {
        if z.re.is_infinite() {
            let quarter = if z.re.is_sign_positive() { 0.25 } else { 0.75 };
            return (quarter * std::f64::consts::PI).copysign(z.im);
        }
        return FRAC_PI_2.copysign(z.im);
    }
    if z.re.is_infinite() || z.im == 0.0 {
        return if z.re.is_sign_positive() {
            0.0f64.copysign(z.im)
        } else {
            std::f64::consts::PI.copysign(z.im)
        };
    }
    z.im.atan2(z.re)
}
