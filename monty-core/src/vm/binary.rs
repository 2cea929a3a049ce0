//! Arithmetic, bitwise and sequence operators, and truthiness.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::Vm;
use crate::bytecode::{BinOp, UnaryOp};
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;

/// A number taken out of a value for arithmetic.
#[derive(Debug, Clone)]
pub(crate) enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

impl Num {
    pub(crate) fn to_f64(&self) -> Option<f64> {
        match self {
            Num::Int(i) => Some(*i as f64),
            Num::Big(b) => b.to_f64().filter(|f| f.is_finite()),
            Num::Float(f) => Some(*f),
        }
    }

    pub(crate) fn to_big(&self) -> BigInt {
        match self {
            Num::Int(i) => BigInt::from(*i),
            Num::Big(b) => b.clone(),
            Num::Float(f) => BigInt::from(*f as i64),
        }
    }
}

impl Vm<'_, '_> {
    /// The value as a number (bool counts as int).
    pub(crate) fn num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::Int(i)),
            Value::Bool(b) => Some(Num::Int(i64::from(b))),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Ref(id) => match self.heap.get(id) {
                Obj::BigInt(b) => Some(Num::Big(b.clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// An int value from a big int, unboxed when it fits.
    pub(crate) fn int_value(&mut self, b: BigInt) -> RunResult<Value> {
        match b.to_i64() {
            Some(i) => Ok(Value::Int(i)),
            None => self.heap.alloc(Obj::BigInt(b)),
        }
    }

    fn int_op(&mut self, op: BinOp, a: &Num, b: &Num) -> RunResult<Value> {
        if let (Num::Int(x), Num::Int(y)) = (a, b) {
            let (x, y) = (*x, *y);
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::FloorDiv => {
                    if y == 0 {
                        return Err(messages::zero_division("integer division or modulo by zero"));
                    }
                    if x == i64::MIN && y == -1 {
                        None
                    } else {
                        Some(Integer::div_floor(&x, &y))
                    }
                }
                BinOp::Mod => {
                    if y == 0 {
                        return Err(messages::zero_division("integer modulo by zero"));
                    }
                    if y == -1 { Some(0) } else { Some(x.mod_floor(&y)) }
                }
                BinOp::And => Some(x & y),
                BinOp::Or => Some(x | y),
                BinOp::Xor => Some(x ^ y),
                BinOp::LShift => {
                    if y < 0 {
                        return Err(exc(ExcType::ValueError, "negative shift count"));
                    }
                    if y < 63 && x.unsigned_abs().leading_zeros() > u32::try_from(y).unwrap_or(64) + 1 {
                        Some(x << y)
                    } else {
                        None
                    }
                }
                BinOp::RShift => {
                    if y < 0 {
                        return Err(exc(ExcType::ValueError, "negative shift count"));
                    }
                    Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
                }
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        let (x, y) = (a.to_big(), b.to_big());
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => {
                self.heap
                    .check_alloc(usize::try_from((x.bits() + y.bits()) / 8).unwrap_or(usize::MAX))?;
                self.big_mul(&x, &y)?
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(messages::zero_division("integer division or modulo by zero"));
                }
                self.big_divmod(&x, &y)?.0
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(messages::zero_division("integer modulo by zero"));
                }
                self.big_divmod(&x, &y)?.1
            }
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(exc(ExcType::ValueError, "negative shift count"));
                }
                let shift = y
                    .to_u64()
                    .ok_or_else(|| exc(ExcType::OverflowError, "too many digits in integer"))?;
                self.heap
                    .check_alloc(usize::try_from((x.bits() + shift) / 8).unwrap_or(usize::MAX))?;
                x << shift
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(exc(ExcType::ValueError, "negative shift count"));
                }
                match y.to_u64() {
                    Some(s) => x >> s,
                    None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
                }
            }
            _ => return Err(RunError::Internal("int_op")),
        };
        self.int_value(r)
    }

    fn int_pow(&mut self, a: &Num, b: &Num) -> RunResult<Value> {
        let exp = b.to_big();
        if exp.is_negative() {
            let (x, y) = (
                a.to_f64().unwrap_or(f64::INFINITY),
                exp.to_f64().unwrap_or(f64::NEG_INFINITY),
            );
            if x == 0.0 {
                return Err(messages::zero_division("0.0 cannot be raised to a negative power"));
            }
            return Ok(Value::Float(x.powf(y)));
        }
        let base = a.to_big();
        if base.is_zero() || base == BigInt::from(1) {
            return self.int_value(if exp.is_zero() { BigInt::from(1) } else { base });
        }
        if base == BigInt::from(-1) {
            return Ok(Value::Int(if exp.is_even() { 1 } else { -1 }));
        }
        let e = exp.to_u32().ok_or_else(|| {
            RunError::Limit(crate::error::LimitError::Memory {
                limit: self.heap.limit().unwrap_or(usize::MAX),
            })
        })?;
        let bits = base.bits().saturating_mul(u64::from(e));
        self.heap.check_alloc(usize::try_from(bits / 8).unwrap_or(usize::MAX))?;
        if let (Num::Int(x), true) = (a, bits < 63)
            && let Some(r) = x.checked_pow(e)
        {
            return Ok(Value::Int(r));
        }
        let r = self.big_pow(&base, u64::from(e))?;
        self.int_value(r)
    }

    fn float_op(op: BinOp, x: f64, y: f64) -> RunResult<f64> {
        Ok(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(messages::zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(messages::zero_division("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(messages::zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(messages::zero_division("0.0 cannot be raised to a negative power"));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(exc(ExcType::OverflowError, "(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => return Err(RunError::Internal("float_op")),
        })
    }

    /// `a op b`
    pub(crate) fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Value> {
        if let Some(v) = self.std_binary(op, a, b)? {
            return Ok(v);
        }
        if op == BinOp::Or
            && let Some(v) = self.type_union(a, b)?
        {
            return Ok(v);
        }
        if self.is_user(a) || (self.is_user(b) && !(op == BinOp::Mod && self.str_of(a).is_some())) {
            if let Some(v) = self.user_binary(op, a, b)? {
                return Ok(v);
            }
            if self.is_user(a) {
                // CPython then tries the sequence's repeat, which names the other operand
                if op == BinOp::Mul && matches!(self.type_name(b), "str" | "list" | "tuple" | "bytes") {
                    return Err(exc(
                        ExcType::TypeError,
                        format!("can't multiply sequence by non-int of type '{}'", self.tp_name(a)),
                    ));
                }
                return Err(messages::unsupported_operands(
                    op.symbol(),
                    &self.tp_name(a),
                    &self.tp_name(b),
                ));
            }
        }
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Value::Bool(x & y)),
                BinOp::Or => return Ok(Value::Bool(x | y)),
                BinOp::Xor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            let is_float = matches!(x, Num::Float(_)) || matches!(y, Num::Float(_));
            if !is_float {
                return match op {
                    BinOp::TrueDiv => {
                        if matches!(y, Num::Int(0)) {
                            return Err(messages::zero_division("division by zero"));
                        }
                        Ok(Value::Float(int_true_div(&x, &y)?))
                    }
                    BinOp::Pow => self.int_pow(&x, &y),
                    BinOp::MatMul => Err(messages::unsupported_operands(
                        "@",
                        self.type_name(a),
                        self.type_name(b),
                    )),
                    _ => self.int_op(op, &x, &y),
                };
            }
            if matches!(
                op,
                BinOp::And | BinOp::Or | BinOp::Xor | BinOp::LShift | BinOp::RShift | BinOp::MatMul
            ) {
                return Err(messages::unsupported_operands(
                    op.symbol(),
                    self.type_name(a),
                    self.type_name(b),
                ));
            }
            let (Some(fx), Some(fy)) = (x.to_f64(), y.to_f64()) else {
                return Err(exc(ExcType::OverflowError, "int too large to convert to float"));
            };
            if op == BinOp::Pow
                && let Some(v) = self.float_pow_complex(fx, fy)?
            {
                return Ok(v);
            }
            return Ok(Value::Float(Self::float_op(op, fx, fy)?));
        }
        self.binary_other(op, a, b)
    }

    fn binary_other(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Value> {
        if let Some(v) = self.complex_binary(op, a, b)? {
            return Ok(v);
        }
        if let (Value::Ref(ia), Value::Ref(ib)) = (a, b) {
            let r = match (op, self.heap.get(ia), self.heap.get(ib)) {
                (BinOp::Add, Obj::Str(x), Obj::Str(y)) => {
                    self.heap.check_alloc(x.len() + y.len())?;
                    let mut s = String::with_capacity(x.len() + y.len());
                    s.push_str(x);
                    s.push_str(y);
                    Some(Obj::Str(s))
                }
                (BinOp::Add, Obj::List(x), Obj::List(y)) => Some(Obj::List([x.as_slice(), y.as_slice()].concat())),
                (BinOp::Add, Obj::Tuple(x), Obj::Tuple(y)) => Some(Obj::Tuple([x.as_slice(), y.as_slice()].concat())),
                (BinOp::Add, Obj::Bytes(x), Obj::Bytes(y) | Obj::ByteArray(y)) => {
                    self.heap.check_alloc(x.len() + y.len())?;
                    Some(Obj::Bytes([x.as_slice(), y.as_slice()].concat()))
                }
                (BinOp::Add, Obj::ByteArray(x), Obj::Bytes(y) | Obj::ByteArray(y)) => {
                    self.heap.check_alloc(x.len() + y.len())?;
                    Some(Obj::ByteArray([x.as_slice(), y.as_slice()].concat()))
                }
                _ => None,
            };
            if let Some(obj) = r {
                return self.heap.alloc(obj);
            }
            if op == BinOp::Or
                && let (Obj::Dict(_), Obj::Dict(_)) = (self.heap.get(ia), self.heap.get(ib))
            {
                let Obj::Dict(d) = self.heap.get(ia) else {
                    return Err(RunError::Internal("dict"));
                };
                let copy = d.clone();
                let new = self.heap.alloc(Obj::Dict(copy))?;
                self.dict_update_from(new, b, false)?;
                return Ok(new);
            }
            if matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                && let Some(r) = self.set_binary(op, a, b)?
            {
                return Ok(r);
            }
        }
        if op == BinOp::Mul {
            if let Some(r) = self.repeat(a, b)? {
                return Ok(r);
            }
            if let Some(r) = self.repeat(b, a)? {
                return Ok(r);
            }
        }
        if op == BinOp::Mod
            && let Some(fmt) = self.str_of(a).map(str::to_owned)
        {
            let s = self.percent_format(&fmt, b)?;
            return self.new_str(s);
        }
        if op == BinOp::Mod
            && let Some(fmt) = self.heap.buffer(a)
        {
            let fmt: String = fmt.iter().map(|&c| char::from(c)).collect();
            let out = self.percent_format_bytes(&fmt, b)?;
            let obj = if self.heap.is_bytearray(a) {
                Obj::ByteArray(out)
            } else {
                Obj::Bytes(out)
            };
            return self.heap.alloc(obj);
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add && ta == "bytearray" {
            return Err(exc(ExcType::TypeError, format!("can't concat {tb} to bytearray")));
        }
        if op == BinOp::Add && matches!(ta, "str" | "list" | "tuple" | "bytes") && ta != tb {
            if ta == "str" {
                return Err(exc(
                    ExcType::TypeError,
                    format!("can only concatenate str (not \"{tb}\") to str"),
                ));
            }
            if ta != "bytes" {
                return Err(exc(
                    ExcType::TypeError,
                    format!("can only concatenate {ta} (not \"{tb}\") to {ta}"),
                ));
            }
            return Err(exc(ExcType::TypeError, format!("can't concat {tb} to bytes")));
        }
        let seq = |t: &str| matches!(t, "str" | "list" | "tuple" | "bytes" | "bytearray");
        if op == BinOp::Mul && (seq(ta) || seq(tb)) {
            let other = if seq(ta) { tb } else { ta };
            return Err(exc(
                ExcType::TypeError,
                format!("can't multiply sequence by non-int of type '{other}'"),
            ));
        }
        let sym = if op == BinOp::Pow { "** or pow()" } else { op.symbol() };
        Err(messages::unsupported_operands(sym, &self.tp_name(a), &self.tp_name(b)))
    }

    /// `seq * n` when `seq` is a sequence and `n` an int; `None` when not applicable.
    fn repeat(&mut self, seq: Value, n: Value) -> RunResult<Option<Value>> {
        let count = match n {
            Value::Int(i) => i,
            Value::Bool(b) => i64::from(b),
            Value::Ref(id) => match self.heap.get(id) {
                Obj::BigInt(b) => {
                    if b.is_negative() {
                        0
                    } else {
                        return Err(exc(
                            ExcType::OverflowError,
                            "cannot fit 'int' into an index-sized integer",
                        ));
                    }
                }
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        let count = usize::try_from(count.max(0)).unwrap_or(0);
        let Value::Ref(id) = seq else { return Ok(None) };
        let unit = match self.heap.get(id) {
            Obj::Str(s) => s.len(),
            Obj::Bytes(b) | Obj::ByteArray(b) => b.len(),
            Obj::List(v) | Obj::Tuple(v) => v.len() * std::mem::size_of::<Value>(),
            _ => return Ok(None),
        };
        self.heap.check_alloc(unit.saturating_mul(count))?;
        self.tick_many(unit.saturating_mul(count) / 64)?;
        let obj = match self.heap.get(id) {
            Obj::Str(s) => Obj::Str(s.repeat(count)),
            Obj::Bytes(b) => Obj::Bytes(b.repeat(count)),
            Obj::ByteArray(b) => Obj::ByteArray(b.repeat(count)),
            Obj::List(v) => Obj::List(v.repeat(count)),
            Obj::Tuple(v) => Obj::Tuple(v.repeat(count)),
            _ => return Ok(None),
        };
        Ok(Some(self.heap.alloc(obj)?))
    }

    /// `a op= b`: lists extend in place; everything else is the binary operator.
    pub(crate) fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Value> {
        if self.is_user(a) {
            return match self.user_inplace(op, a, b)? {
                Some(v) => Ok(v),
                None => Err(messages::unsupported_operands(
                    op.symbol(),
                    self.type_name(a),
                    self.type_name(b),
                )),
            };
        }
        if let Value::Ref(id) = a
            && matches!(self.heap.get(id), Obj::List(_))
        {
            if op == BinOp::Add {
                self.list_extend(a, b)?;
                return Ok(a);
            }
            if op == BinOp::Mul
                && let Some(r) = self.repeat(a, b)?
            {
                let Value::Ref(rid) = r else { return Ok(r) };
                let items = match self.heap.get(rid) {
                    Obj::List(v) => v.clone(),
                    _ => Vec::new(),
                };
                if let Obj::List(v) = self.heap.get_mut(id) {
                    *v = items;
                }
                return Ok(a);
            }
        }
        if let Value::Ref(id) = a
            && matches!(self.heap.get(id), Obj::ByteArray(_))
            && matches!(op, BinOp::Add | BinOp::Mul)
        {
            return self.bytearray_inplace(op, id, a, b);
        }
        if let Value::Ref(id) = a
            && matches!(self.heap.get(id), Obj::Set(_))
            && matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
            && let Some(r) = self.set_binary(op, a, b)?
        {
            let Value::Ref(rid) = r else { return Ok(r) };
            let new = match self.heap.get(rid) {
                Obj::Set(d) => d.clone(),
                _ => return Ok(r),
            };
            if let Obj::Set(d) = self.heap.get_mut(id) {
                *d = new;
            }
            return Ok(a);
        }
        if op == BinOp::Or
            && let Value::Ref(id) = a
            && matches!(self.heap.get(id), Obj::Dict(_))
        {
            self.dict_update_from(a, b, false)?;
            return Ok(a);
        }
        self.binary_op(op, a, b)
    }

    /// `-a`, `+a`, `~a`
    pub(crate) fn unary_op(&mut self, op: UnaryOp, a: Value) -> RunResult<Value> {
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            UnaryOp::Invert => "~",
            UnaryOp::Not => return Ok(Value::Bool(!self.truthy(a)?)),
        };
        if self.is_user(a) {
            return self.user_unary(op, a);
        }
        if let Some(v) = self.complex_unary(op, a)? {
            return Ok(v);
        }
        match (op, self.num(a)) {
            (UnaryOp::Neg, Some(Num::Int(i))) => match i.checked_neg() {
                Some(r) => Ok(Value::Int(r)),
                None => self.int_value(-BigInt::from(i)),
            },
            (UnaryOp::Neg, Some(Num::Big(b))) => self.int_value(-b),
            (UnaryOp::Neg, Some(Num::Float(f))) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Some(Num::Int(i))) => Ok(Value::Int(i)),
            (UnaryOp::Pos, Some(Num::Big(_))) => Ok(a),
            (UnaryOp::Pos, Some(Num::Float(f))) => Ok(Value::Float(f)),
            (UnaryOp::Invert, Some(Num::Int(i))) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Some(Num::Big(b))) => self.int_value(-b - 1),
            _ => Err(messages::bad_unary_operand(sym, self.type_name(a))),
        }
    }

    /// `bool(v)`
    pub(crate) fn truthy(&mut self, v: Value) -> RunResult<bool> {
        if let Some(inner) = self.std_inner(v) {
            return self.truthy(inner);
        }
        Ok(match v {
            Value::Undef | Value::None => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Str(s) => !s.is_empty(),
                Obj::Bytes(b) | Obj::ByteArray(b) => !b.is_empty(),
                Obj::BigInt(_) => true,
                Obj::Complex(c) => c.re != 0.0 || c.im != 0.0,
                Obj::List(v) | Obj::Tuple(v) => !v.is_empty(),
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => !d.is_empty(),
                Obj::Range(r) => !r.is_empty(),
                Obj::DictView(_, d) => match self.heap.get(*d) {
                    Obj::Dict(d) => !d.is_empty(),
                    _ => false,
                },
                Obj::Instance(_) => return self.user_truthy(v),
                Obj::Exception(e) if e.class.is_some() => return self.user_truthy(v),
                _ => true,
            },
            _ => true,
        })
    }
}

/// CPython's float divmod: floor quotient and a remainder with the divisor's sign.
pub(crate) fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0_f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `a / b` for ints, correctly rounded (round-half-even, subnormals included)
/// for operands of any size, as CPython's `long_true_divide`.
fn int_true_div(a: &Num, b: &Num) -> RunResult<f64> {
    if let (Num::Int(x), Num::Int(y)) = (a, b)
        && x.unsigned_abs() < (1 << 53)
        && y.unsigned_abs() < (1 << 53)
    {
        if *y == 0 {
            return Err(messages::zero_division("division by zero"));
        }
        return Ok(*x as f64 / *y as f64);
    }
    let (x, y) = (a.to_big(), b.to_big());
    if y.is_zero() {
        return Err(messages::zero_division("division by zero"));
    }
    let negative = x.is_negative() != y.is_negative();
    let signed = |v: f64| if negative { -v } else { v };
    let (x, y) = (x.abs(), y.abs());
    if x.is_zero() {
        return Ok(signed(0.0));
    }
    let too_large = || exc(ExcType::OverflowError, "integer division result too large for a float");
    // x / y lies in [2^(e-1), 2^(e+1))
    let e = i64::try_from(x.bits()).unwrap_or(i64::MAX) - i64::try_from(y.bits()).unwrap_or(i64::MAX);
    if e > 1025 {
        return Err(too_large());
    }
    if e < -1080 {
        return Ok(signed(0.0));
    }
    // q = floor(x * 2^shift / y) has 56 or 57 bits; `sticky` records a nonzero remainder
    let shift = 56 - e;
    let (q, r) = if shift >= 0 {
        (x << u64::try_from(shift).unwrap_or(0)).div_rem(&y)
    } else {
        x.div_rem(&(y << u64::try_from(-shift).unwrap_or(0)))
    };
    let q = q.to_u64().unwrap_or(u64::MAX);
    let sticky = !r.is_zero();
    let nb = i64::from(64 - q.leading_zeros());
    // keep 53 bits, or fewer where the result is subnormal (lowest bit 2^-1074)
    let drop = (nb - 53).max(shift - 1074);
    let (mut m, k) = if drop <= 0 {
        (q, -shift)
    } else if drop >= 64 {
        (0, 0)
    } else {
        let m = q >> drop;
        let rest = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        let up = rest > half || (rest == half && (sticky || m & 1 == 1));
        (m + u64::from(up), drop - shift)
    };
    if m == 0 {
        return Ok(signed(0.0));
    }
    // m * 2^k is representable by construction (unless it overflows)
    let mut k = k;
    while m >= (1u64 << 53) {
        m >>= 1;
        k += 1;
    }
    if k + i64::from(64 - m.leading_zeros()) > 1024 {
        return Err(too_large());
    }
    #[allow(clippy::cast_precision_loss)]
    let mut v = m as f64;
    // scale by 2^k in steps that are each exact
    while k > 0 {
        let step = k.min(1000);
        v *= pow2(step);
        k -= step;
    }
    while k < 0 {
        let step = (-k).min(1000);
        v *= pow2(-step);
        k += step;
    }
    if v.is_infinite() {
        return Err(too_large());
    }
    Ok(signed(v))
}

/// 2^k as an f64, for -1022 <= k <= 1023 (normal range).
fn pow2(k: i64) -> f64 {
    let biased = u64::try_from(k + 1023).unwrap_or(0);
    f64::from_bits(biased << 52)
}
