//! SECURITY: big-int arithmetic whose running time the program controls, cut
//! into steps that each ask the tracker for time.
//!
//! num-bigint multiplies and divides in one uninterruptible call: `x * x` on a
//! million-digit int, or `a // b` on two half-million-digit ints, takes
//! seconds. Here the big cases are split (Karatsuba on top of num-bigint for
//! products, long division in blocks of limbs for quotients, square-and-multiply
//! for powers) so the time limit and cancellation are checked between steps.
//! Below the thresholds, num-bigint does the work directly.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Zero};

use crate::exceptions::RunResult;
use crate::limits::CHECK_PERIOD;
use crate::vm::Vm;

/// Operand size (in bits) under which num-bigint multiplies directly.
const DIRECT_MUL_BITS: u64 = 1 << 20;

/// Limb operations (64x64-bit multiply-adds) a single uninterruptible step may do.
const STEP_WORK: u64 = 1 << 24;

/// Ticks charged per unit of `STEP_WORK`-scaled native work; one step forces a check.
const TICKS_PER_STEP: usize = CHECK_PERIOD as usize;

fn limbs(x: &BigUint) -> u64 {
    x.bits().div_ceil(64).max(1)
}

impl Vm<'_, '_> {
    /// Charge native work measured in limb operations, checking time once a step's worth accumulated.
    fn charge_work(&mut self, limb_ops: u64) -> RunResult<()> {
        let units = limb_ops.saturating_mul(TICKS_PER_STEP as u64) / STEP_WORK;
        self.tick_many(usize::try_from(units).unwrap_or(usize::MAX))
    }

    /// `a * b`, checking the time limit between partial products.
    pub(crate) fn big_mul(&mut self, a: &BigInt, b: &BigInt) -> RunResult<BigInt> {
        let sign = a.sign() * b.sign();
        let m = self.mul_mag(a.magnitude(), b.magnitude())?;
        Ok(BigInt::from_biguint(sign, m))
    }

    fn mul_mag(&mut self, a: &BigUint, b: &BigUint) -> RunResult<BigUint> {
        let (a, b) = if a.bits() >= b.bits() { (a, b) } else { (b, a) };
        if b.bits() <= DIRECT_MUL_BITS {
            if a.bits() <= DIRECT_MUL_BITS || b.bits() <= 64 {
                self.charge_work(limbs(a).saturating_mul(limbs(b)))?;
                return Ok(a * b);
            }
            // A long operand times a short one: in slices of the short one's size.
            return self.mul_unbalanced(a, b, DIRECT_MUL_BITS);
        }
        if a.bits() > 2 * b.bits() {
            return self.mul_unbalanced(a, b, b.bits());
        }
        // Karatsuba: a = a1*2^h + a0, b = b1*2^h + b0.
        let half = (a.bits() / 2).next_multiple_of(64);
        let (a1, a0) = split(a, half);
        let (b1, b0) = split(b, half);
        let z0 = self.mul_mag(&a0, &b0)?;
        let z2 = self.mul_mag(&a1, &b1)?;
        let z1 = self.mul_mag(&(&a0 + &a1), &(&b0 + &b1))? - &z0 - &z2;
        Ok((z2 << (2 * half)) + (z1 << half) + z0)
    }

    /// `a * b` where `a` is much longer than `b`: slices of `a` of `chunk` bits each.
    fn mul_unbalanced(&mut self, a: &BigUint, b: &BigUint, chunk: u64) -> RunResult<BigUint> {
        let chunk = chunk.next_multiple_of(64).max(64);
        let mut acc = BigUint::zero();
        let mut shift = 0u64;
        while shift < a.bits() {
            let piece = (a >> shift) & ((BigUint::one() << chunk) - 1u32);
            let part = self.mul_mag(&piece, b)?;
            acc += part << shift;
            self.charge_work(limbs(a))?;
            shift += chunk;
        }
        Ok(acc)
    }

    /// `base ** exp` by square-and-multiply, checking time between products.
    /// The caller has checked that the result fits the memory budget.
    pub(crate) fn big_pow(&mut self, base: &BigInt, exp: u64) -> RunResult<BigInt> {
        if base.bits().saturating_mul(exp) <= DIRECT_MUL_BITS {
            return Ok(num_traits::pow::pow(
                base.clone(),
                usize::try_from(exp).unwrap_or(usize::MAX),
            ));
        }
        let mut result = BigInt::one();
        for i in (0..u64::BITS - exp.leading_zeros()).rev() {
            result = self.big_mul(&result, &result)?;
            if exp >> i & 1 == 1 {
                result = self.big_mul(&result, base)?;
            }
        }
        Ok(result)
    }

    /// Python's floor division and modulo of ints; `b` is non-zero.
    pub(crate) fn big_divmod(&mut self, a: &BigInt, b: &BigInt) -> RunResult<(BigInt, BigInt)> {
        let (q, r) = self.divrem_mag(a.magnitude(), b.magnitude())?;
        let qsign = if a.sign() == b.sign() { Sign::Plus } else { Sign::Minus };
        let q = BigInt::from_biguint(qsign, q);
        let r = BigInt::from_biguint(a.sign(), r);
        if !r.is_zero() && r.sign() != b.sign() {
            Ok((q - 1, r + b))
        } else {
            Ok((q, r))
        }
    }

    /// Truncating division of magnitudes, in blocks of limbs so no single step is long.
    fn divrem_mag(&mut self, a: &BigUint, b: &BigUint) -> RunResult<(BigUint, BigUint)> {
        let (la, lb) = (limbs(a), limbs(b));
        if la < lb {
            return Ok((BigUint::zero(), a.clone()));
        }
        if (la - lb + 1).saturating_mul(lb) <= STEP_WORK {
            self.charge_work((la - lb + 1).saturating_mul(lb))?;
            return Ok(a.div_rem(b));
        }
        // Long division in base 2^k: each step divides a (lb + k/64)-limb remainder by b.
        let block_digits = usize::try_from((STEP_WORK / lb).max(64) * 2).unwrap_or(128);
        let digits = a.to_u32_digits();
        let nblocks = digits.len().div_ceil(block_digits);
        let shift = u64::try_from(block_digits * 32).unwrap_or(u64::MAX);
        let mut quotient: Vec<u32> = vec![0; nblocks * block_digits];
        let mut rem = BigUint::zero();
        for i in (0..nblocks).rev() {
            let lo = i * block_digits;
            let hi = (lo + block_digits).min(digits.len());
            let chunk = BigUint::from_slice(digits.get(lo..hi).unwrap_or(&[]));
            rem = (rem << shift) + chunk;
            let (q, r) = rem.div_rem(b);
            rem = r;
            for (j, d) in q.to_u32_digits().into_iter().enumerate() {
                if let Some(slot) = quotient.get_mut(lo + j) {
                    *slot = d;
                }
            }
            self.charge_work((shift / 64).saturating_mul(lb))?;
        }
        Ok((BigUint::new(quotient), rem))
    }

    /// `base ** exp % modulus` for non-negative `exp` and positive `modulus`, checking time per bit.
    pub(crate) fn big_modpow(&mut self, base: &BigInt, exp: &BigUint, modulus: &BigInt) -> RunResult<BigInt> {
        let direct_work = limbs(modulus.magnitude())
            .saturating_pow(2)
            .saturating_mul(exp.bits().saturating_mul(2));
        if direct_work <= STEP_WORK && base.bits() <= modulus.bits().saturating_mul(2) {
            self.charge_work(direct_work)?;
            return Ok(base.modpow(&BigInt::from(exp.clone()), modulus));
        }
        let (_, base) = self.big_divmod(base, modulus)?;
        let mut result = BigInt::one();
        for i in (0..exp.bits()).rev() {
            let sq = self.big_mul(&result, &result)?;
            result = self.big_divmod(&sq, modulus)?.1;
            if exp.bit(i) {
                let prod = self.big_mul(&result, &base)?;
                result = self.big_divmod(&prod, modulus)?.1;
            }
        }
        Ok(self.big_divmod(&result, modulus)?.1)
    }

    /// The inverse of `a` modulo `m` (extended Euclid), checking time per step; None when not invertible.
    pub(crate) fn big_modinv(&mut self, a: &BigInt, m: &BigInt) -> RunResult<Option<BigInt>> {
        let m = BigInt::from_biguint(Sign::Plus, m.magnitude().clone());
        let (mut t, mut new_t) = (BigInt::zero(), BigInt::one());
        let reduced = self.big_divmod(a, &m)?.1;
        let (mut r, mut new_r) = (m.clone(), reduced);
        while !new_r.is_zero() {
            self.charge_work(limbs(r.magnitude()).saturating_mul(4))?;
            let (q, rem) = self.big_divmod(&r, &new_r)?;
            let qt = self.big_mul(&q, &new_t)?;
            (t, new_t) = (new_t.clone(), t - qt);
            (r, new_r) = (new_r, rem);
        }
        if r > BigInt::one() {
            return Ok(None);
        }
        Ok(Some(self.big_divmod(&t, &m)?.1))
    }
}

/// `(x >> bits, x mod 2^bits)`.
fn split(x: &BigUint, bits: u64) -> (BigUint, BigUint) {
    let high = x >> bits;
    let low = x - (&high << bits);
    (high, low)
}

#[cfg(test)]
mod tests {
    use num_bigint::BigInt;
    use num_integer::Integer;

    use crate::io::PrintWriter;
    use crate::limits::NoLimitTracker;

    fn with_vm(f: impl FnOnce(&mut crate::vm::Vm<'_, '_>)) {
        let Ok(program) = crate::compile::compile_program("pass", "t.py", &[], &[], None) else {
            return;
        };
        let mut tracker = NoLimitTracker;
        let mut print = PrintWriter::collect();
        if let Ok(mut vm) = crate::vm::Vm::new(&program, &mut tracker, &mut print) {
            f(&mut vm);
        }
    }

    fn big(seed: u64, bits: u64) -> BigInt {
        let mut x = BigInt::from(seed | 1);
        while x.bits() < bits {
            x = &x * &x + seed + 7;
        }
        let excess = x.bits() - bits;
        x >> excess
    }

    #[test]
    fn split_products_and_quotients_match_num_bigint() {
        with_vm(|vm| {
            for (abits, bbits) in [(300_000, 300_000), (500_000, 70_000), (200_000, 1), (90_000, 100_000)] {
                let a = big(3, abits);
                let b = -big(5, bbits);
                assert_eq!(vm.big_mul(&a, &b).ok(), Some(&a * &b));
                let (q, r) = a.div_mod_floor(&b);
                assert_eq!(vm.big_divmod(&a, &b).ok(), Some((q, r)));
                let (q, r) = (-&a).div_mod_floor(&b);
                assert_eq!(vm.big_divmod(&-&a, &b).ok(), Some((q, r)));
            }
            let a = big(11, 400_000);
            let b = big(13, 150_000);
            assert_eq!(vm.big_divmod(&a, &b).ok(), Some(a.div_mod_floor(&b)));
            assert_eq!(
                vm.big_pow(&BigInt::from(7), 50_000).ok(),
                Some(num_traits::pow(BigInt::from(7), 50_000))
            );
            let m = big(17, 5000);
            let e = big(19, 300);
            assert_eq!(vm.big_modpow(&a, e.magnitude(), &m).ok(), Some(a.modpow(&e, &m)));
        });
    }
}
