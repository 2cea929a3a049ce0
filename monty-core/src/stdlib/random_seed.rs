//! `random` seeding and state, as CPython: int, float, str and bytes seeds
//! (version 2 hashes str/bytes with SHA-512, version 1 uses the old string
//! hash), `getstate`/`setstate`, and the host-entropy seeder.
//!
//! SECURITY: Monty has no ambient entropy. An unseeded generator starts from
//! the fixed seed 0, unless the `random` module found the host's
//! `random_bytes` function (the randomness capability, group `random`) when
//! it was imported: it then stores a generator seeded from host entropy as
//! `_random._seeder`, and every unseeded generator (and `seed()`/`seed(None)`)
//! takes its 624 key words from that seeder.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};
use sha2::{Digest, Sha512};

use super::StdObj;
use super::random::{N, RandomState};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::{NumPub as Num, Vm};

/// The seed of generators created without one when no entropy was granted.
const DEFAULT_SEED: u64 = 0;

/// The generator state for seed `a` (`None`: the seeder's next words, or the fixed seed).
pub(super) fn seed_state(vm: &mut Vm<'_, '_>, a: Option<Value>, version: i64) -> RunResult<RandomState> {
    let a = match a {
        None | Some(Value::None) => return unseeded(vm),
        Some(a) => a,
    };
    if let Some(n) = vm.num(a) {
        return match n {
            Num::Int(i) => Ok(RandomState::from_int(&BigInt::from(i))),
            Num::Big(b) => Ok(RandomState::from_int(&b)),
            Num::Float(_) => {
                // CPython seeds with the hash read as an unsigned word
                let h = vm.hash(a)?;
                Ok(RandomState::from_int(&BigInt::from(h as u64)))
            }
        };
    }
    let text: Option<Vec<u8>> = match a {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Str(s) => Some(s.as_bytes().to_vec()),
            Obj::Bytes(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    };
    let is_str = vm.str_of(a).is_some();
    match text {
        Some(bytes) if version == 2 => {
            let digest = Sha512::digest(&bytes);
            let mut all = bytes;
            all.extend_from_slice(&digest);
            Ok(RandomState::from_int(&BigInt::from_bytes_be(Sign::Plus, &all)))
        }
        Some(bytes) if version == 1 => {
            // the pre-3.2 string hash, over code points (bytes as latin-1)
            let points: Vec<u32> = if is_str {
                vm.str_of(a)
                    .map(|s| s.chars().map(u32::from).collect())
                    .unwrap_or_default()
            } else {
                bytes.iter().map(|&b| u32::from(b)).collect()
            };
            let mut x: u64 = points.first().map_or(0, |&c| u64::from(c) << 7);
            vm.tick_many(points.len())?;
            for &c in &points {
                x = 1_000_003u64.wrapping_mul(x) ^ u64::from(c);
            }
            x ^= points.len() as u64;
            Ok(RandomState::from_int(&BigInt::from(x)))
        }
        _ => Err(exc(
            ExcType::TypeError,
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        )),
    }
}

/// An unseeded generator: keyed from the host-entropy seeder when there is one.
fn unseeded(vm: &mut Vm<'_, '_>) -> RunResult<RandomState> {
    let m = vm.import_module("_random")?;
    let Some(Value::Ref(seeder)) = vm.module_get(m, "_seeder")? else {
        return Ok(RandomState::from_int(&BigInt::from(DEFAULT_SEED)));
    };
    let Obj::Std(StdObj::Random(s)) = vm.heap.get_mut(seeder) else {
        return Ok(RandomState::from_int(&BigInt::from(DEFAULT_SEED)));
    };
    let key: Vec<u32> = (0..N).map(|_| s.next_u32()).collect();
    Ok(RandomState::from_key(&key))
}

/// `_random._set_seeder(n)`: install the generator seeded from host entropy `n`.
pub(super) fn set_seeder(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let n = args.one()?;
    let st = match vm.num(n) {
        Some(Num::Int(i)) => RandomState::from_int(&BigInt::from(i)),
        Some(Num::Big(b)) => RandomState::from_int(&b),
        _ => return Err(exc(ExcType::TypeError, "_set_seeder() needs an int")),
    };
    vm.heap.charge(N * 4)?;
    let seeder = vm.heap.alloc(Obj::Std(StdObj::Random(Box::new(st))))?;
    let m = vm.import_module("_random")?;
    let k = vm.new_str("_seeder")?;
    vm.module_set(m, k, seeder)?;
    Ok(Value::None)
}

/// `Random.getstate()`: `(3, (624 words..., index), gauss_next)`.
pub(super) fn getstate(vm: &mut Vm<'_, '_>, r: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let st = super::random::state_of(vm, r)?;
    let mut words: Vec<Value> = st.mt.iter().map(|&w| Value::Int(i64::from(w))).collect();
    words.resize(N, Value::Int(0));
    words.push(Value::Int(i64::try_from(st.index.min(N)).unwrap_or(0)));
    let inner = vm.heap.alloc_tuple(words)?;
    let gauss = st.gauss_next.map_or(Value::None, Value::Float);
    vm.heap.alloc_tuple(vec![Value::Int(3), inner, gauss])
}

fn tuple_items(vm: &Vm<'_, '_>, v: Value) -> Option<Vec<Value>> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Tuple(t) => Some(t.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `Random.setstate(state)`, validated as CPython does.
pub(super) fn setstate(vm: &mut Vm<'_, '_>, r: Value, args: Args) -> RunResult<Value> {
    let state = args.one()?;
    let Some(parts) = tuple_items(vm, state) else {
        return Err(exc(ExcType::TypeError, "cannot unpack non-iterable object"));
    };
    let version = parts.first().copied().unwrap_or(Value::None);
    // version 2 states (Python 2.x) hold words that may be negative: taken modulo 2**32
    let old = matches!(version, Value::Int(2));
    if parts.len() != 3 || !matches!(version, Value::Int(2 | 3)) {
        let shown = vm.repr(version)?;
        return Err(exc(
            ExcType::ValueError,
            format!("state with version {shown} passed to Random.setstate() of version 3"),
        ));
    }
    let Some(mut inner) = tuple_items(vm, parts[1]) else {
        return Err(exc(ExcType::TypeError, "state vector must be a tuple"));
    };
    if old {
        let modulus = BigInt::from(1u64 << 32);
        for w in &mut inner {
            let Some(n) = vm.num(*w) else {
                return Err(exc(
                    ExcType::TypeError,
                    format!("unsupported operand type(s) for %: '{}' and 'int'", vm.type_name(*w)),
                ));
            };
            let big = match n {
                Num::Int(i) => BigInt::from(i),
                Num::Big(b) => b,
                Num::Float(_) => {
                    return Err(exc(
                        ExcType::TypeError,
                        "'float' object cannot be interpreted as an integer",
                    ));
                }
            };
            let m = ((big % &modulus) + &modulus) % &modulus;
            *w = Value::Int(m.to_i64().unwrap_or(0));
        }
    }
    if inner.len() != N + 1 {
        return Err(exc(ExcType::ValueError, "state vector is the wrong size"));
    }
    let mut mt = Vec::with_capacity(N);
    for &w in &inner[..N] {
        let word = match vm.num(w) {
            Some(Num::Int(i)) if i >= 0 => i as u64 as u32,
            Some(Num::Big(b)) if !b.is_negative() => {
                let low = b.to_u64().ok_or_else(|| {
                    exc(
                        ExcType::OverflowError,
                        "Python int too large to convert to C unsigned long",
                    )
                })?;
                low as u32
            }
            Some(Num::Int(_) | Num::Big(_)) => {
                return Err(exc(
                    ExcType::OverflowError,
                    "can't convert negative value to unsigned int",
                ));
            }
            _ => {
                return Err(exc(
                    ExcType::TypeError,
                    format!("'{}' object cannot be interpreted as an integer", vm.type_name(w)),
                ));
            }
        };
        mt.push(word);
    }
    let index = match vm.num(inner[N]) {
        Some(Num::Int(i)) => i,
        Some(Num::Big(_)) => {
            return Err(exc(ExcType::OverflowError, "Python int too large to convert to C long"));
        }
        _ => {
            return Err(exc(
                ExcType::TypeError,
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(inner[N])
                ),
            ));
        }
    };
    let index = usize::try_from(index)
        .ok()
        .filter(|&i| i <= N)
        .ok_or_else(|| exc(ExcType::ValueError, "invalid state"))?;
    let gauss_next = match parts[2] {
        Value::None => None,
        v => Some(super::real_arg(vm, v)?),
    };
    let st = RandomState::from_parts(mt, index, gauss_next);
    super::random::put_state(vm, r, st);
    Ok(Value::None)
}

/// `Random.seed(a=None, version=2)`.
pub(super) fn seed(vm: &mut Vm<'_, '_>, r: Value, mut args: Args) -> RunResult<Value> {
    let version_kw = args.take_kw(vm, "version");
    let a_kw = args.take_kw(vm, "a");
    args.finish_kw(vm)?;
    let a = args.range(0, 2)?.to_vec();
    let version = match a.get(1).copied().or(version_kw) {
        None => 2,
        Some(v) => match vm.num(v) {
            Some(Num::Int(i)) => i,
            _ => 2,
        },
    };
    let st = seed_state(vm, a.first().copied().or(a_kw), version)?;
    super::random::put_state(vm, r, st);
    Ok(Value::None)
}

/// `Random(x=None)`.
pub(super) fn new_random(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(0, 1)?.to_vec();
    let st = seed_state(vm, a.first().copied(), 2)?;
    vm.heap.charge(N * 4)?;
    vm.heap.alloc(Obj::Std(StdObj::Random(Box::new(st))))
}
