//! `hash()`: deterministic (no randomization), CPython's numeric hash so that
//! `hash(1) == hash(1.0) == hash(True)`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::Vm;
use super::binary::Num;
use crate::exceptions::messages;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;

const MODULUS: u64 = (1 << 61) - 1;
const MAX_HASH_DEPTH: usize = 500;

fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 { -2 } else { h }
}

fn hash_big(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 { -2 } else { h }
}

pub(super) fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314_159 } else { -314_159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    // CPython's algorithm: reduce the mantissa modulo 2**61 - 1
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = if f < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 { -2 } else { h }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `hash(s)` of a str, without the VM.
pub(crate) fn str_hash(s: &str) -> i64 {
    fnv1a(s.as_bytes(), 0)
}

fn fnv1a(bytes: &[u8], seed: u64) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 { -2 } else { h }
}

impl Vm<'_, '_> {
    /// `hash(v)`, or TypeError for unhashable values.
    pub(crate) fn hash(&mut self, v: Value) -> RunResult<i64> {
        self.hash_depth(v, 0)
    }

    pub(super) fn hash_depth(&mut self, v: Value, depth: usize) -> RunResult<i64> {
        if depth > MAX_HASH_DEPTH {
            return Err(exc(
                ExcType::RecursionError,
                "maximum recursion depth exceeded while calculating hash",
            ));
        }
        if self.is_user(v) {
            return self.user_hash(v);
        }
        if let Some(n) = self.num(v) {
            return Ok(match n {
                Num::Int(i) => hash_i64(i),
                Num::Big(b) => hash_big(&b),
                Num::Float(f) => hash_f64(f),
            });
        }
        if let Some(c) = self.complex_of(v) {
            return Ok(Self::complex_hash(c));
        }
        match v {
            Value::None => Ok(0x0fca_86f1),
            Value::Undef => Ok(0),
            Value::NotImplemented => Ok(0x1cb1),
            Value::Ellipsis => Ok(0x1e11),
            Value::Builtin(b) => Ok(0x5000_0000 + i64::from(b as u16)),
            Value::Type(t) => Ok(fnv1a(t.name().as_bytes(), 7)),
            Value::ExcType(t) => Ok(fnv1a(t.name().as_bytes(), 11)),
            Value::Ref(id) => {
                self.charge_walk(v)?;
                let items = match self.heap.get(id) {
                    Obj::Str(s) => return Ok(fnv1a(s.as_bytes(), 0)),
                    Obj::Bytes(b) => return Ok(fnv1a(b, 0)),
                    Obj::Tuple(items) => items.clone(),
                    Obj::FrozenSet(d) => {
                        // CPython's frozenset hash: an order-independent xor of
                        // shuffled element hashes, then mixed with the size.
                        let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
                        let mut acc: u64 = 0;
                        for (h, _, _) in d.iter_hashed() {
                            acc ^= shuffle(h);
                        }
                        acc ^= (d.len() as u64).wrapping_add(1).wrapping_mul(1_927_868_237);
                        acc ^= (acc >> 11) ^ (acc >> 25);
                        acc = acc.wrapping_mul(69_069).wrapping_add(907_133_923);
                        let h = acc.cast_signed();
                        return Ok(if h == -1 { 590_923_713 } else { h });
                    }
                    Obj::Range(r) => {
                        let r = *r;
                        return Ok(hash_i64(r.start)
                            ^ hash_i64(r.len()).wrapping_mul(31)
                            ^ hash_i64(r.step).wrapping_mul(17));
                    }
                    Obj::TypeExpr(t) => {
                        let t = t.clone();
                        return self.type_expr_hash(&t, depth + 1);
                    }
                    Obj::List(_)
                    | Obj::Dict(_)
                    | Obj::Set(_)
                    | Obj::DictView(..)
                    | Obj::Slice(_)
                    | Obj::ByteArray(_) => {
                        return Err(messages::unhashable(self.type_name(v)));
                    }
                    _ => return Ok(i64::from(id).wrapping_mul(0x9e37) >> 1),
                };
                // CPython's tuple hash (xxHash-style lanes, then the length).
                const PRIME_1: u64 = 11_400_714_785_074_694_791;
                const PRIME_2: u64 = 14_029_467_366_897_019_727;
                const PRIME_5: u64 = 2_870_177_450_012_600_261;
                let n = items.len() as u64;
                let mut acc: u64 = PRIME_5;
                for item in items {
                    let lane = self.hash_depth(item, depth + 1)?.cast_unsigned();
                    acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(PRIME_1);
                }
                acc = acc.wrapping_add(n ^ (PRIME_5 ^ 3_527_539));
                let h = acc.cast_signed();
                Ok(if h == -1 { 1_546_275_796 } else { h })
            }
            _ => Ok(0),
        }
    }
}
