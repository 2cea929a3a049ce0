//! `_random`, the native half of `random`: CPython's Mersenne Twister and its
//! derived methods, so a given seed yields CPython's sequence. There is no
//! ambient entropy: an unseeded generator (and the module-level one) starts
//! from a fixed seed unless the randomness capability was granted (see
//! `random_seed.rs`).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use serde::{Deserialize, Serialize};

use super::random_seed::{getstate, seed, setstate};
use super::{Member, ModuleSpec, StdObj, TypeSpec};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::types::TypeId;
use crate::object::value::Value;
use crate::vm::{NumPub as Num, Vm};

/// Words of Mersenne Twister state.
pub(super) const N: usize = 624;
const MM: usize = 397;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    source: None,
    members: &[
        ("Random", Member::Type(TypeId::Random)),
        ("seed", Member::Fn(m_seed)),
        ("random", Member::Fn(m_random)),
        ("uniform", Member::Fn(m_uniform)),
        ("randint", Member::Fn(m_randint)),
        ("randrange", Member::Fn(m_randrange)),
        ("choice", Member::Fn(m_choice)),
        ("choices", Member::Fn(m_choices)),
        ("shuffle", Member::Fn(m_shuffle)),
        ("sample", Member::Fn(m_sample)),
        ("getrandbits", Member::Fn(m_getrandbits)),
        ("gauss", Member::Fn(m_gauss)),
        ("expovariate", Member::Fn(m_expovariate)),
        ("triangular", Member::Fn(m_triangular)),
        ("getstate", Member::Fn(m_getstate)),
        ("setstate", Member::Fn(m_setstate)),
        ("_set_seeder", Member::Fn(super::random_seed::set_seeder)),
    ],
    all: Some(&[
        "Random",
        "seed",
        "random",
        "uniform",
        "randint",
        "randrange",
        "choice",
        "choices",
        "shuffle",
        "sample",
        "getrandbits",
        "gauss",
        "expovariate",
        "triangular",
        "getstate",
        "setstate",
    ]),
};

/// `random.Random`
pub(super) static RANDOM: TypeSpec = TypeSpec {
    ty: TypeId::Random,
    methods: &[
        ("seed", seed),
        ("random", random),
        ("uniform", uniform),
        ("randint", randint),
        ("randrange", randrange),
        ("choice", choice),
        ("choices", choices),
        ("shuffle", shuffle),
        ("sample", sample),
        ("getrandbits", getrandbits),
        ("gauss", gauss),
        ("expovariate", expovariate),
        ("triangular", triangular),
        ("getstate", getstate),
        ("setstate", setstate),
    ],
    construct: Some(super::random_seed::new_random),
};

/// The generator state: plain data, so it survives a snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RandomState {
    pub(super) mt: Vec<u32>,
    pub(super) index: usize,
    pub(super) gauss_next: Option<f64>,
}

impl RandomState {
    /// A state from `setstate`'s validated parts.
    pub(super) fn from_parts(mt: Vec<u32>, index: usize, gauss_next: Option<f64>) -> Self {
        Self { mt, index, gauss_next }
    }

    pub(super) fn from_key(key: &[u32]) -> Self {
        let mut mt = vec![0u32; N];
        mt[0] = 19_650_218;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        let (mut i, mut j) = (1usize, 0usize);
        let key_len = key.len().max(1);
        for _ in 0..N.max(key_len) {
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key_len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        Self {
            mt,
            index: N,
            gauss_next: None,
        }
    }

    /// Seed from an int as CPython does: its absolute value in 32-bit words, little-endian.
    pub(super) fn from_int(n: &BigInt) -> Self {
        let (_, digits) = n.abs().to_u32_digits();
        if digits.is_empty() {
            Self::from_key(&[0])
        } else {
            Self::from_key(&digits)
        }
    }

    pub(super) fn next_u32(&mut self) -> u32 {
        if self.index >= N || self.mt.len() != N {
            if self.mt.len() != N {
                self.mt.resize(N, 0);
            }
            let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
            for kk in 0..N {
                let y = (self.mt[kk] & 0x8000_0000) | (self.mt[(kk + 1) % N] & 0x7fff_ffff);
                self.mt[kk] = self.mt[(kk + MM) % N] ^ (y >> 1) ^ mag(y);
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let mut words = Vec::with_capacity(usize::try_from(k.div_ceil(32)).unwrap_or(0));
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &words)
    }

    /// `_randbelow_with_getrandbits(n)`, n > 0.
    fn below(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        let mut r = self.getrandbits(k);
        while &r >= n {
            r = self.getrandbits(k);
        }
        r
    }

    fn below_usize(&mut self, n: usize) -> usize {
        self.below(&BigInt::from(n)).to_usize().unwrap_or(0)
    }
}

pub(super) fn state_of(vm: &Vm<'_, '_>, r: Value) -> RunResult<RandomState> {
    match r {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Std(StdObj::Random(s)) => Ok((**s).clone()),
            _ => Err(RunError::Internal("random state")),
        },
        _ => Err(RunError::Internal("random state")),
    }
}

pub(super) fn put_state(vm: &mut Vm<'_, '_>, r: Value, st: RandomState) {
    if let Value::Ref(id) = r
        && let Obj::Std(StdObj::Random(s)) = vm.heap.get_mut(id)
    {
        **s = st;
    }
}

/// Run `f` on the generator state of `r` and store the advanced state back.
fn with_state<T>(vm: &mut Vm<'_, '_>, r: Value, f: impl FnOnce(&mut RandomState) -> T) -> RunResult<T> {
    let mut st = state_of(vm, r)?;
    let out = f(&mut st);
    put_state(vm, r, st);
    Ok(out)
}

fn random(vm: &mut Vm<'_, '_>, r: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    Ok(Value::Float(with_state(vm, r, RandomState::random)?))
}

fn float_of(vm: &mut Vm<'_, '_>, v: Value) -> RunResult<f64> {
    super::real_arg(vm, v)
}

fn uniform(vm: &mut Vm<'_, '_>, r: Value, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?.to_vec();
    let (lo, hi) = (float_of(vm, a[0])?, float_of(vm, a[1])?);
    let u = with_state(vm, r, RandomState::random)?;
    Ok(Value::Float(lo + (hi - lo) * u))
}

fn int_of(vm: &Vm<'_, '_>, v: Value) -> RunResult<BigInt> {
    match (v, vm.num(v)) {
        (Value::Float(f), _) if f.fract() == 0.0 && f.is_finite() => Ok(num_bigint::BigInt::from(f as i64)),
        (Value::Float(f), _) => Err(exc(
            ExcType::ValueError,
            format!(
                "non-integer arg 1 for randrange(): {}",
                crate::object::float_repr::float_repr(f)
            ),
        )),
        (_, Some(Num::Int(i))) => Ok(BigInt::from(i)),
        (_, Some(Num::Big(b))) => Ok(b),
        _ => Err(exc(
            ExcType::TypeError,
            format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)),
        )),
    }
}

fn randrange_impl(
    vm: &mut Vm<'_, '_>,
    r: Value,
    start: Value,
    stop: Option<Value>,
    step: Option<Value>,
) -> RunResult<Value> {
    let istart = int_of(vm, start)?;
    let Some(stop) = stop.filter(|v| *v != Value::None) else {
        if istart.is_positive() {
            let v = with_state(vm, r, |s| s.below(&istart))?;
            return vm.int_value(v);
        }
        return Err(exc(ExcType::ValueError, "empty range for randrange()"));
    };
    let istop = int_of(vm, stop)?;
    let width = &istop - &istart;
    let istep = match step {
        Some(v) => int_of(vm, v)?,
        None => BigInt::from(1),
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            let v = with_state(vm, r, |s| s.below(&width))?;
            return vm.int_value(istart + v);
        }
        return Err(exc(
            ExcType::ValueError,
            format!("empty range for randrange() ({istart}, {istop}, {width})"),
        ));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return Err(exc(ExcType::ValueError, "zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(exc(ExcType::ValueError, "empty range for randrange()"));
    }
    let v = with_state(vm, r, |s| s.below(&n))?;
    vm.int_value(istart + istep * v)
}

fn randrange(vm: &mut Vm<'_, '_>, r: Value, args: Args) -> RunResult<Value> {
    let a = args.range(1, 3)?.to_vec();
    randrange_impl(vm, r, a[0], a.get(1).copied(), a.get(2).copied())
}

fn randint(vm: &mut Vm<'_, '_>, r: Value, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?.to_vec();
    let b = int_of(vm, a[1])?;
    let b1 = vm.int_value(b + 1)?;
    randrange_impl(vm, r, a[0], Some(b1), None)
}

/// Items of a sequence argument (list, tuple, str, range...).
fn seq_items(vm: &mut Vm<'_, '_>, v: Value) -> RunResult<Vec<Value>> {
    let is_seq = matches!(v, Value::Ref(id) if matches!(
        vm.heap.get(id),
        Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Range(_) | Obj::Bytes(_) | Obj::ByteArray(_)
    ));
    if !is_seq {
        return Err(exc(
            ExcType::TypeError,
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    vm.collect(v)
}

fn choice(vm: &mut Vm<'_, '_>, r: Value, args: Args) -> RunResult<Value> {
    let seq = args.one()?;
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(exc(ExcType::IndexError, "Cannot choose from an empty sequence"));
    }
    let i = with_state(vm, r, |s| s.below_usize(n))?;
    vm.getitem(seq, Value::Int(i as i64))
}

fn shuffle(vm: &mut Vm<'_, '_>, r: Value, args: Args) -> RunResult<Value> {
    let x = args.one()?;
    let n = vm.len(x)?;
    let mut st = state_of(vm, r)?;
    for i in (1..n).rev() {
        let j = st.below_usize(i + 1);
        let a = vm.getitem(x, Value::Int(i as i64))?;
        let b = vm.getitem(x, Value::Int(j as i64))?;
        vm.setitem(x, Value::Int(i as i64), b)?;
        vm.setitem(x, Value::Int(j as i64), a)?;
    }
    put_state(vm, r, st);
    Ok(Value::None)
}

fn sample(vm: &mut Vm<'_, '_>, r: Value, mut args: Args) -> RunResult<Value> {
    let k_kw = args.take_kw(vm, "k");
    let counts = args.take_kw(vm, "counts");
    args.finish_kw(vm)?;
    if counts.is_some_and(|c| c != Value::None) {
        return Err(exc(ExcType::TypeError, "sample(counts=...) is not supported"));
    }
    let a = args.pos.clone();
    let (Some(&pop), Some(k)) = (a.first(), a.get(1).copied().or(k_kw)) else {
        return Err(exc(
            ExcType::TypeError,
            format!(
                "Random.sample() missing {} required positional argument{}",
                if a.is_empty() { "2" } else { "1" },
                if a.is_empty() {
                    "s: 'population' and 'k'"
                } else {
                    ": 'k'"
                }
            ),
        ));
    };
    let items = seq_items(vm, pop)?;
    let n = items.len();
    let k = vm.expect_index(k)?;
    let Some(k) = usize::try_from(k).ok().filter(|&k| k <= n) else {
        return Err(exc(ExcType::ValueError, "Sample larger than population or is negative"));
    };
    let mut setsize = 21usize;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.saturating_pow(e.ceil() as u32);
    }
    let mut st = state_of(vm, r)?;
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool = items;
        for i in 0..k {
            let j = st.below_usize(n - i);
            result.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = st.below_usize(n);
            while selected.contains(&j) {
                j = st.below_usize(n);
            }
            selected.insert(j);
            result.push(items[j]);
        }
    }
    put_state(vm, r, st);
    vm.heap.alloc_list(result)
}

fn choices(vm: &mut Vm<'_, '_>, r: Value, mut args: Args) -> RunResult<Value> {
    let weights_kw = args.take_kw(vm, "weights");
    let cum_kw = args.take_kw(vm, "cum_weights");
    let k_kw = args.take_kw(vm, "k");
    args.finish_kw(vm)?;
    let a = args.range(1, 2)?.to_vec();
    let items = seq_items(vm, a[0])?;
    let n = items.len();
    let k = match k_kw {
        Some(v) => vm.expect_index(v)?.max(0) as usize,
        None => 1,
    };
    let weights = a.get(1).copied().or(weights_kw).filter(|v| *v != Value::None);
    let cum = cum_kw.filter(|v| *v != Value::None);
    let mut st = state_of(vm, r)?;
    let mut out = Vec::with_capacity(k);
    if cum.is_none() && weights.is_none() {
        if n == 0 && k > 0 {
            return Err(exc(ExcType::IndexError, "list index out of range"));
        }
        for _ in 0..k {
            let i = (st.random() * n as f64).floor() as usize;
            out.push(items[i.min(n.saturating_sub(1))]);
        }
        put_state(vm, r, st);
        return vm.heap.alloc_list(out);
    }
    let cum_weights: Vec<f64> = match (weights, cum) {
        (Some(_), Some(_)) => {
            return Err(exc(
                ExcType::TypeError,
                "Cannot specify both weights and cumulative weights",
            ));
        }
        (Some(w), None) => {
            let ws = vm.collect(w)?;
            let mut acc = 0.0;
            let mut v = Vec::with_capacity(ws.len());
            for x in ws {
                acc += float_of(vm, x)?;
                v.push(acc);
            }
            v
        }
        (None, Some(c)) => {
            let cs = vm.collect(c)?;
            cs.into_iter().map(|x| float_of(vm, x)).collect::<RunResult<_>>()?
        }
        (None, None) => Vec::new(),
    };
    if cum_weights.len() != n {
        return Err(exc(
            ExcType::ValueError,
            "The number of weights does not match the population",
        ));
    }
    let total = cum_weights.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(exc(ExcType::ValueError, "Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(exc(ExcType::ValueError, "Total of weights must be finite"));
    }
    let hi = n - 1;
    for _ in 0..k {
        let x = st.random() * total;
        // bisect_right(cum_weights, x, 0, hi)
        let (mut lo, mut h) = (0usize, hi);
        while lo < h {
            let mid = (lo + h) / 2;
            if x < cum_weights[mid] {
                h = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.push(items[lo]);
    }
    put_state(vm, r, st);
    vm.heap.alloc_list(out)
}

fn getrandbits(vm: &mut Vm<'_, '_>, r: Value, args: Args) -> RunResult<Value> {
    let k = args.one()?;
    let k = vm.expect_index(k)?;
    if k < 0 {
        return Err(exc(ExcType::ValueError, "number of bits must be non-negative"));
    }
    vm.heap.check_alloc(usize::try_from(k / 8).unwrap_or(usize::MAX))?;
    let v = with_state(vm, r, |s| {
        if k == 0 {
            BigInt::zero()
        } else {
            s.getrandbits(k as u64)
        }
    })?;
    vm.int_value(v)
}

fn gauss(vm: &mut Vm<'_, '_>, r: Value, mut args: Args) -> RunResult<Value> {
    let mu_kw = args.take_kw(vm, "mu");
    let sigma_kw = args.take_kw(vm, "sigma");
    args.finish_kw(vm)?;
    let a = args.range(0, 2)?.to_vec();
    let mu = match a.first().copied().or(mu_kw) {
        Some(v) => float_of(vm, v)?,
        None => 0.0,
    };
    let sigma = match a.get(1).copied().or(sigma_kw) {
        Some(v) => float_of(vm, v)?,
        None => 1.0,
    };
    let z = with_state(vm, r, |s| match s.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = s.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - s.random()).ln()).sqrt();
            s.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    })?;
    Ok(Value::Float(mu + z * sigma))
}

fn expovariate(vm: &mut Vm<'_, '_>, r: Value, args: Args) -> RunResult<Value> {
    let a = args.range(0, 1)?.to_vec();
    let lambd = match a.first() {
        Some(&v) => float_of(vm, v)?,
        None => 1.0,
    };
    let u = with_state(vm, r, RandomState::random)?;
    if lambd == 0.0 {
        return Err(exc(ExcType::ZeroDivisionError, "float division by zero"));
    }
    Ok(Value::Float(-(1.0 - u).ln() / lambd))
}

fn triangular(vm: &mut Vm<'_, '_>, r: Value, args: Args) -> RunResult<Value> {
    let a = args.range(0, 3)?.to_vec();
    let mut low = match a.first() {
        Some(&v) => float_of(vm, v)?,
        None => 0.0,
    };
    let mut high = match a.get(1) {
        Some(&v) => float_of(vm, v)?,
        None => 1.0,
    };
    let mode = match a.get(2) {
        Some(&v) if v != Value::None => Some(float_of(vm, v)?),
        _ => None,
    };
    let mut u = with_state(vm, r, RandomState::random)?;
    if high == low {
        return Ok(Value::Float(low));
    }
    let mut c = match mode {
        None => 0.5,
        Some(m) => (m - low) / (high - low),
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
}

// ------------------------------------------------------------ module level

/// The module's hidden generator, created on first use.
fn module_rng(vm: &mut Vm<'_, '_>) -> RunResult<Value> {
    let m = vm.import_module("_random")?;
    if let Some(v) = vm.module_get(m, "_inst")? {
        return Ok(v);
    }
    let inst = super::random_seed::new_random(vm, Args::new("Random", Vec::new(), Vec::new()))?;
    let k = vm.new_str("_inst")?;
    vm.module_set(m, k, inst)?;
    Ok(inst)
}

macro_rules! module_fns {
    ($($name:ident => $method:ident),* $(,)?) => {
        $(fn $name(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
            let r = module_rng(vm)?;
            $method(vm, r, args)
        })*
    };
}

module_fns! {
    m_seed => seed,
    m_getstate => getstate,
    m_setstate => setstate,
    m_random => random,
    m_uniform => uniform,
    m_randint => randint,
    m_randrange => randrange,
    m_choice => choice,
    m_choices => choices,
    m_shuffle => shuffle,
    m_sample => sample,
    m_getrandbits => getrandbits,
    m_gauss => gauss,
    m_expovariate => expovariate,
    m_triangular => triangular,
}
