//! `complex(real=0, imag=0)` and `complex(string)`.

use super::args::Args;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::complex::{Complex, ParseError, parse_complex};
use crate::object::str_repr::str_repr;
use crate::object::value::Value;
use crate::vm::Vm;

/// `complex(real=0, imag=0)`: the value `real + imag*1j`, where either part may
/// itself be complex; or `complex(string)`.
pub(crate) fn construct(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let real_kw = args.take_kw(vm, "real");
    let imag_kw = args.take_kw(vm, "imag");
    args.finish_kw(vm)?;
    let n = args.pos.len();
    let given = n + usize::from(real_kw.is_some()) + usize::from(imag_kw.is_some());
    if given > 2 {
        return Err(exc(
            ExcType::TypeError,
            format!("complex() takes at most 2 arguments ({given} given)"),
        ));
    }
    for (i, (kw, name)) in [(real_kw, "real"), (imag_kw, "imag")].into_iter().enumerate() {
        if kw.is_some() && n > i {
            return Err(exc(
                ExcType::TypeError,
                format!(
                    "argument for complex() given by name ('{name}') and position ({})",
                    i + 1
                ),
            ));
        }
    }
    let real = real_kw.or_else(|| args.pos.first().copied());
    let imag = imag_kw.or_else(|| args.pos.get(1).copied());
    if let Some(s) = real.and_then(|r| vm.str_of(r)) {
        if imag.is_some() {
            return Err(exc(
                ExcType::TypeError,
                "complex() can't take second arg if first is a string",
            ));
        }
        let c = parse_complex(s).map_err(|e| match e {
            ParseError::Malformed => exc(ExcType::ValueError, "complex() arg is a malformed string"),
            ParseError::Underscore => exc(
                ExcType::ValueError,
                format!("could not convert string to complex: {}", str_repr(s)),
            ),
        })?;
        return vm.new_complex(c);
    }
    if imag.is_some_and(|i| vm.str_of(i).is_some()) {
        return Err(exc(ExcType::TypeError, "complex() second arg can't be a string"));
    }
    if let Some(r) = real
        && imag.is_none()
        && vm.complex_of(r).is_some()
    {
        return Ok(r);
    }
    let (mut cr, cr_complex) = match real {
        Some(r) => number_part(vm, r, true)?,
        None => (Complex::new(0.0, 0.0), false),
    };
    let Some(imag) = imag else {
        return vm.new_complex(cr);
    };
    let (ci, ci_complex) = number_part(vm, imag, false)?;
    // (a + bj) + (c + dj)*1j, keeping the signs of zero parts as CPython does
    let mut im = ci.re;
    if ci_complex {
        cr.re -= ci.im;
    }
    if cr_complex {
        im += cr.im;
    }
    vm.new_complex(Complex::new(cr.re, im))
}

/// A number argument as a complex: a complex, int, bool or float, or an
/// instance with `__float__` or `__index__` (or, for the first argument,
/// `__complex__`); and whether it was a complex.
fn number_part(vm: &mut Vm<'_, '_>, v: Value, first: bool) -> RunResult<(Complex, bool)> {
    if vm.is_user(v) {
        if first && let Some(r) = vm.call_dunder(v, "__complex__", Vec::new())? {
            return vm.complex_of(r).map(|c| (c, true)).ok_or_else(|| {
                exc(
                    ExcType::TypeError,
                    format!("__complex__ returned non-complex (type {})", vm.type_name(r)),
                )
            });
        }
        if (vm.user_method(v, "__float__").is_some() || vm.user_method(v, "__index__").is_some())
            && let Value::Float(f) = vm.user_number(v, true)?
        {
            return Ok((Complex::new(f, 0.0), false));
        }
    }
    let is_complex = vm.complex_of(v).is_some();
    match vm.as_complex(v) {
        Some(c) => c.map(|c| (c, is_complex)),
        None => Err(exc(
            ExcType::TypeError,
            if first {
                format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    vm.type_name(v)
                )
            } else {
                format!("complex() second argument must be a number, not '{}'", vm.type_name(v))
            },
        )),
    }
}
