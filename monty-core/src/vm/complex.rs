//! `complex` in the VM: operators that mix it with int, bool and float,
//! equality, hashing and truthiness. The arithmetic itself is in
//! `object/complex.rs`; the format spec in `vm/complex_format.rs`.

use std::cmp::Ordering;

use super::Vm;
use super::binary::Num;
use crate::bytecode::{BinOp, UnaryOp};
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::complex::{Complex, PowError};
use crate::object::heap::Obj;
use crate::object::value::Value;

/// `ZeroDivisionError: complex division by zero`
#[cold]
fn complex_division_by_zero() -> RunError {
    messages::zero_division("complex division by zero")
}

/// The error of `a ** b` when the power has no complex result.
#[cold]
pub(crate) fn pow_error(e: PowError) -> RunError {
    match e {
        PowError::ZeroToNegative => messages::zero_division("0.0 to a negative or complex power"),
        PowError::Overflow => exc(ExcType::OverflowError, "complex exponentiation"),
    }
}

impl Vm<'_, '_> {
    /// The number if `v` is a complex object.
    pub(crate) fn complex_of(&self, v: Value) -> Option<Complex> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Complex(c) => Some(*c),
                _ => None,
            },
            _ => None,
        }
    }

    /// `v` as a complex operand: a complex, or an int, bool or float as `(x, 0.0)`.
    /// `None` when `v` is not a number; an int too large for a float is an OverflowError.
    pub(crate) fn as_complex(&self, v: Value) -> Option<RunResult<Complex>> {
        if let Some(c) = self.complex_of(v) {
            return Some(Ok(c));
        }
        let n = self.num(v)?;
        Some(
            n.to_f64()
                .map(|f| Complex::new(f, 0.0))
                .ok_or_else(|| exc(ExcType::OverflowError, "int too large to convert to float")),
        )
    }

    /// A new complex object.
    pub(crate) fn new_complex(&mut self, c: Complex) -> RunResult<Value> {
        self.heap.alloc(Obj::Complex(c))
    }

    /// `a op b` when either side is a complex and the other a number; `None`
    /// otherwise (the caller then reports the unsupported operands).
    pub(crate) fn complex_binary(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Option<Value>> {
        if self.complex_of(a).is_none() && self.complex_of(b).is_none() {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.as_complex(a), self.as_complex(b)) else {
            return Ok(None);
        };
        let r = match op {
            BinOp::Add => x? + y?,
            BinOp::Sub => x? - y?,
            BinOp::Mul => x? * y?,
            BinOp::TrueDiv => x?.checked_div(y?).ok_or_else(complex_division_by_zero)?,
            BinOp::Pow => x?.pow(y?).map_err(pow_error)?,
            _ => {
                let sym = op.symbol();
                return Err(messages::unsupported_operands(
                    sym,
                    self.type_name(a),
                    self.type_name(b),
                ));
            }
        };
        self.new_complex(r).map(Some)
    }

    /// `x ** y` for floats where CPython's answer is complex: a finite negative
    /// base to a finite fractional power.
    pub(crate) fn float_pow_complex(&mut self, x: f64, y: f64) -> RunResult<Option<Value>> {
        if !(x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0) {
            return Ok(None);
        }
        let r = Complex::new(x, 0.0).pow(Complex::new(y, 0.0)).map_err(pow_error)?;
        self.new_complex(r).map(Some)
    }

    /// `-z`, `+z`; `None` when `v` is not a complex.
    pub(crate) fn complex_unary(&mut self, op: UnaryOp, v: Value) -> RunResult<Option<Value>> {
        let Some(c) = self.complex_of(v) else {
            return Ok(None);
        };
        match op {
            UnaryOp::Neg => self.new_complex(-c).map(Some),
            UnaryOp::Pos => self.new_complex(c).map(Some),
            UnaryOp::Invert => Err(messages::bad_unary_operand("~", "complex")),
            UnaryOp::Not => Ok(Some(Value::Bool(c.re == 0.0 && c.im == 0.0))),
        }
    }

    /// `a == b` when either side is a complex; `None` otherwise. A complex equals
    /// an int exactly when its imaginary part is zero and its real part equals the int.
    pub(crate) fn complex_eq(&self, a: Value, b: Value) -> Option<bool> {
        let (c, other) = match (self.complex_of(a), self.complex_of(b)) {
            (Some(x), Some(y)) => return Some(x.re == y.re && x.im == y.im),
            (Some(c), None) => (c, b),
            (None, Some(c)) => (c, a),
            (None, None) => return None,
        };
        Some(match self.num(other) {
            Some(Num::Float(f)) => c.re == f && c.im == 0.0,
            Some(n) => c.im == 0.0 && super::compare::num_cmp(&Num::Float(c.re), &n) == Some(Ordering::Equal),
            None => false,
        })
    }

    /// `hash(z)`: equal to the hash of an equal int or float.
    pub(crate) fn complex_hash(c: Complex) -> i64 {
        const IMAG_MULTIPLIER: u64 = 1_000_003;
        let re = super::hash::hash_f64(c.re).cast_unsigned();
        let im = super::hash::hash_f64(c.im).cast_unsigned();
        let h = re.wrapping_add(IMAG_MULTIPLIER.wrapping_mul(im)).cast_signed();
        if h == -1 { -2 } else { h }
    }
}
