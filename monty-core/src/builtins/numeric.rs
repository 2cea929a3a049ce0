//! Numeric builtins: `abs`, `divmod`, `pow`, `round`, `sum`, `bin`/`oct`/`hex`.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::args::Args;
use crate::bytecode::{BinOp, UnaryOp};
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

pub(crate) fn abs(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    if vm.is_user(v)
        && let Some(r) = vm.call_dunder(v, "__abs__", Vec::new())?
    {
        return Ok(r);
    }
    match v {
        Value::Int(i) if i >= 0 => Ok(v),
        Value::Bool(b) => Ok(Value::Int(i64::from(b))),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Int(_) => vm.unary_op(UnaryOp::Neg, v),
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::BigInt(b) => {
                let b = b.abs();
                vm.int_value(b)
            }
            Obj::Complex(c) => match c.abs() {
                Some(f) => Ok(Value::Float(f)),
                None => Err(exc(ExcType::OverflowError, "absolute value too large")),
            },
            _ => Err(messages::bad_unary_operand("abs()", vm.type_name(v)).retype_abs(vm.type_name(v))),
        },
        _ => Err(exc(
            ExcType::TypeError,
            format!("bad operand type for abs(): '{}'", vm.type_name(v)),
        )),
    }
}

trait AbsMsg {
    fn retype_abs(self, tn: &str) -> Self;
}

impl AbsMsg for crate::exceptions::RunError {
    fn retype_abs(self, tn: &str) -> Self {
        exc(ExcType::TypeError, format!("bad operand type for abs(): '{tn}'"))
    }
}

fn int_arg(vm: &Vm<'_, '_>, v: Value) -> RunResult<BigInt> {
    match vm.num(v) {
        Some(crate::vm::NumPub::Int(i)) => Ok(BigInt::from(i)),
        Some(crate::vm::NumPub::Big(b)) => Ok(b),
        _ => Err(exc(
            ExcType::TypeError,
            format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)),
        )),
    }
}

fn radix(vm: &mut Vm<'_, '_>, args: Args, radix: u32, prefix: &str) -> RunResult<Value> {
    let v = args.one()?;
    let b = int_arg(vm, v)?;
    let digits = b.abs().to_str_radix(radix);
    let s = if b.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    };
    vm.new_str(s)
}

pub(crate) fn bin(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    radix(vm, args, 2, "0b")
}

pub(crate) fn oct(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    radix(vm, args, 8, "0o")
}

pub(crate) fn hex(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    radix(vm, args, 16, "0x")
}

pub(crate) fn divmod(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?.to_vec();
    let (x, y) = (a[0], a[1]);
    if vm.is_user(x) || vm.is_user(y) {
        // `__divmod__`, then the reflected `__rdivmod__` (the subclass's first when it overrides)
        let reflected_first = vm.is_user(y) && !vm.is_user(x);
        let order = if reflected_first {
            [(y, "__rdivmod__", x), (x, "__divmod__", y)]
        } else {
            [(x, "__divmod__", y), (y, "__rdivmod__", x)]
        };
        for (recv, name, other) in order {
            if let Some(r) = vm.call_dunder(recv, name, vec![other])?
                && r != Value::NotImplemented
            {
                return Ok(r);
            }
        }
    }
    if let (Some(_), Some(_)) = (vm.num(x), vm.num(y)) {
        if matches!(x, Value::Float(_)) || matches!(y, Value::Float(_)) {
            let fy = vm.num(y).and_then(|n| n.to_f64()).unwrap_or(0.0);
            if fy == 0.0 {
                return Err(messages::zero_division("float divmod()"));
            }
        }
        let q = vm.binary_op(BinOp::FloorDiv, x, y)?;
        let r = vm.binary_op(BinOp::Mod, x, y)?;
        return vm.heap.alloc_tuple(vec![q, r]);
    }
    Err(messages::unsupported_operands(
        "divmod()",
        vm.type_name(x),
        vm.type_name(y),
    ))
}

pub(crate) fn pow(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let base = args.take_kw(vm, "base");
    let exp = args.take_kw(vm, "exp");
    let modulus = args.take_kw(vm, "mod");
    args.finish_kw(vm)?;
    let mut it = args.pos.clone().into_iter();
    let base = base.or_else(|| it.next());
    let exp = exp.or_else(|| it.next());
    let modulus = modulus.or_else(|| it.next()).filter(|m| *m != Value::None);
    let Some(b) = base else {
        return Err(exc(
            ExcType::TypeError,
            "pow() missing required argument 'base' (pos 1)",
        ));
    };
    let Some(e) = exp else {
        return Err(exc(ExcType::TypeError, "pow() missing required argument 'exp' (pos 2)"));
    };
    if it.next().is_some() {
        return Err(messages::arity("pow", 2, 3, args.pos.len()));
    }
    match modulus {
        None => vm.binary_op(BinOp::Pow, b, e),
        Some(m) if vm.complex_of(b).is_some() || vm.complex_of(e).is_some() => {
            if vm.as_complex(b).is_some() && vm.as_complex(e).is_some() {
                Err(exc(ExcType::ValueError, "complex modulo"))
            } else {
                Err(exc(
                    ExcType::TypeError,
                    format!(
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        vm.type_name(b),
                        vm.type_name(e),
                        vm.type_name(m)
                    ),
                ))
            }
        }
        Some(m) => {
            let (bi, ei, mi) = (int_arg(vm, b), int_arg(vm, e), int_arg(vm, m));
            let (Ok(bi), Ok(ei), Ok(mi)) = (bi, ei, mi) else {
                return Err(exc(
                    ExcType::TypeError,
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if mi.is_zero() {
                return Err(exc(ExcType::ValueError, "pow() 3rd argument cannot be 0"));
            }
            let base = if ei.is_negative() {
                vm.big_modinv(&bi, &mi)?
                    .ok_or_else(|| exc(ExcType::ValueError, "base is not invertible for the given modulus"))?
            } else {
                bi
            };
            let r = vm.big_modpow(&base, ei.magnitude(), &mi.abs())?;
            let r = if mi.is_negative() && !r.is_zero() { r + &mi } else { r };
            let r = if r.is_negative() && mi.is_positive() {
                r + &mi
            } else {
                r
            };
            vm.int_value(r)
        }
    }
}

pub(crate) fn round(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let nd = args.take_kw(vm, "ndigits");
    let n = args.take_kw(vm, "number");
    args.finish_kw(vm)?;
    let mut it = args.pos.clone().into_iter();
    let Some(v) = n.or_else(|| it.next()) else {
        return Err(exc(
            ExcType::TypeError,
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    let nd = nd.or_else(|| it.next()).filter(|x| *x != Value::None);
    if vm.is_user(v) {
        let r = vm.call_dunder(v, "__round__", nd.into_iter().collect())?;
        return r.ok_or_else(|| {
            exc(
                ExcType::TypeError,
                format!("type {} doesn't define __round__ method", vm.type_name(v)),
            )
        });
    }
    match (vm.num(v), nd) {
        (Some(crate::vm::NumPub::Float(f)), None) => {
            if f.is_nan() {
                return Err(exc(ExcType::ValueError, "cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(exc(ExcType::OverflowError, "cannot convert float infinity to integer"));
            }
            let r = f.round_ties_even();
            let b = BigInt::from(r as i128);
            let b = if r.abs() >= 1.7e38 {
                BigInt::from_f64_lossless(r)
            } else {
                b
            };
            vm.int_value(b)
        }
        (Some(crate::vm::NumPub::Float(f)), Some(d)) => {
            let d = vm.expect_index(d)?;
            Ok(Value::Float(round_float(f, d)))
        }
        (Some(crate::vm::NumPub::Int(_) | crate::vm::NumPub::Big(_)), None) => {
            if let Value::Bool(b) = v {
                return Ok(Value::Int(i64::from(b)));
            }
            Ok(v)
        }
        (Some(crate::vm::NumPub::Int(_) | crate::vm::NumPub::Big(_)), Some(d)) => {
            let d = vm.expect_index(d)?;
            if d >= 0 {
                return Ok(if let Value::Bool(b) = v {
                    Value::Int(i64::from(b))
                } else {
                    v
                });
            }
            let x = int_arg(vm, v)?;
            let p = num_traits::pow(BigInt::from(10), usize::try_from(-d).unwrap_or(400).min(400));
            let (q, r) = num_integer::Integer::div_mod_floor(&x, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            vm.int_value(q * p)
        }
        _ => Err(exc(
            ExcType::TypeError,
            format!("type {} doesn't define __round__ method", vm.type_name(v)),
        )),
    }
}

trait FromF64Lossless {
    fn from_f64_lossless(f: f64) -> BigInt;
}

impl FromF64Lossless for BigInt {
    fn from_f64_lossless(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

/// Round half to even at `ndigits` decimal places, correctly (via the exact decimal expansion).
fn round_float(f: f64, ndigits: i64) -> f64 {
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    if ndigits > 308 {
        return f;
    }
    if ndigits < -308 {
        return 0.0 * f;
    }
    // format with enough digits to decide exactly, using Rust's exact decimal conversion
    let nd = usize::try_from(ndigits.max(0)).unwrap_or(0);
    if ndigits >= 0 {
        let exact = format!("{:.*}", nd + 30, f.abs());
        let (int_part, frac) = exact.split_once('.').unwrap_or((&exact, ""));
        let keep = &frac[..nd];
        let rest = &frac[nd..];
        let mut digits: Vec<u8> = format!("{int_part}{keep}").bytes().map(|b| b - b'0').collect();
        let first = rest.as_bytes().first().map_or(0, |b| b - b'0');
        let tail_nonzero = rest.bytes().skip(1).any(|b| b != b'0');
        // the exact binary value: check beyond printed digits for ties
        let exact_tie = first == 5 && !tail_nonzero && is_exact_tie(f.abs(), nd);
        let round_up = first > 5
            || (first == 5 && (tail_nonzero || !exact_tie))
            || (exact_tie && digits.last().is_some_and(|d| d % 2 == 1));
        if round_up {
            let mut i = digits.len();
            loop {
                if i == 0 {
                    digits.insert(0, 1);
                    break;
                }
                i -= 1;
                if digits[i] == 9 {
                    digits[i] = 0;
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
        let s: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
        let (ip, fp) = s.split_at(s.len() - nd);
        let text = if nd == 0 { ip.to_owned() } else { format!("{ip}.{fp}") };
        let r: f64 = text.parse().unwrap_or(f);
        return r.copysign(f);
    }
    let p = 10f64.powi(i32::try_from(-ndigits).unwrap_or(308));
    let r = (f / p).round_ties_even() * p;
    if r.is_finite() { r } else { f }
}

/// Whether `f` is exactly halfway at `nd` decimals (its exact expansion ends in 5 right there).
fn is_exact_tie(f: f64, nd: usize) -> bool {
    let exact = format!("{:.*}", nd + 1100, f);
    let frac = exact.split_once('.').map_or("", |(_, fr)| fr);
    frac.as_bytes().get(nd) == Some(&b'5') && frac.bytes().skip(nd + 1).all(|b| b == b'0')
}

pub(crate) fn sum(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let start_kw = args.take_kw(vm, "start");
    args.finish_kw(vm)?;
    let (iterable, start) = match (args.pos.as_slice(), start_kw) {
        ([it], s) => (*it, s.unwrap_or(Value::Int(0))),
        ([it, s], None) => (*it, *s),
        _ => return Err(messages::arity("sum", 1, 2, args.pos.len())),
    };
    if vm.str_of(start).is_some() {
        return Err(exc(
            ExcType::TypeError,
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if vm.heap.buffer(start).is_some() {
        let tn = vm.type_name(start);
        return Err(exc(
            ExcType::TypeError,
            format!("sum() can't sum {tn} [use b''.join(seq) instead]"),
        ));
    }
    let mut acc = start;
    let it = vm.get_iter(iterable)?;
    while let Some(x) = vm.iter_next(it)? {
        vm.tick()?;
        if let (Value::Float(a), Value::Float(b)) = (acc, x) {
            acc = Value::Float(a + b);
            continue;
        }
        if let (Value::Int(a), Value::Int(b)) = (acc, x)
            && let Some(r) = a.checked_add(b)
        {
            acc = Value::Int(r);
            continue;
        }
        acc = vm.binary_op(BinOp::Add, acc, x)?;
    }
    Ok(acc)
}
