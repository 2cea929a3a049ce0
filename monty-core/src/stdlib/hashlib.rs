//! `_hashlib`: the one-shot digest functions under `hashlib` (written in Python,
//! `py/hashlib.py`). A hash object keeps the bytes it was fed (plain heap data,
//! so it survives a snapshot and is charged to the memory budget) and asks this
//! module for the digest of all of them; the work of hashing is charged to the
//! time check in proportion to the input.

use blake2::digest::core_api::{Block, Buffer, UpdateCore, VariableOutputCore};
use blake2::{Blake2bVarCore, Blake2sVarCore};
use hmac::{Hmac, Mac};
use sha3::digest::{Digest, ExtendableOutput, KeyInit, Update, XofReader};

use super::{Member, ModuleSpec};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    members: &[
        ("digest", Member::Fn(digest)),
        ("blake2", Member::Fn(blake2)),
        ("shake", Member::Fn(shake)),
        ("pbkdf2_hmac", Member::Fn(pbkdf2_hmac)),
    ],
    all: None,
    source: None,
};

/// The bytes of a bytes argument (the Python layer has checked the type).
fn bytes_of(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
    if let Value::Ref(id) = v
        && let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(id)
    {
        return Ok(b.clone());
    }
    Err(exc(ExcType::TypeError, "object supporting the buffer API required"))
}

fn new_bytes(vm: &mut Vm<'_, '_>, b: Vec<u8>) -> RunResult<Value> {
    vm.heap.check_alloc(b.len())?;
    vm.heap.alloc(Obj::Bytes(b))
}

/// Bytes hashed between two charges to the time check: small enough that the
/// clock is read often while a large input is hashed (even in a debug build).
const CHUNK: usize = 16 * 1024;
/// Bytes of input charged as one tick (as `charge_walk` does).
const BYTES_PER_TICK: usize = 64;

/// Feed the bytes object `v` to `update` chunk by chunk, charging each chunk
/// before it is hashed, so a time limit ends a long hash part way through.
fn feed(vm: &mut Vm<'_, '_>, v: Value, mut update: impl FnMut(&[u8])) -> RunResult<()> {
    let Value::Ref(id) = v else {
        return Err(exc(ExcType::TypeError, "object supporting the buffer API required"));
    };
    let len = match vm.heap.get(id) {
        Obj::Bytes(b) | Obj::ByteArray(b) => b.len(),
        _ => return Err(exc(ExcType::TypeError, "object supporting the buffer API required")),
    };
    let mut at = 0;
    while at < len {
        let end = len.min(at + CHUNK);
        vm.tick_many((end - at) / BYTES_PER_TICK)?;
        if let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(id)
            && let Some(chunk) = b.get(at..end)
        {
            update(chunk);
        }
        at = end;
    }
    Ok(())
}

fn one_shot<D: Digest>(vm: &mut Vm<'_, '_>, data: Value) -> RunResult<Vec<u8>> {
    let mut h = D::new();
    feed(vm, data, |chunk| Digest::update(&mut h, chunk))?;
    Ok(h.finalize().to_vec())
}

/// `digest(name, data)`: the digest of a fixed-size algorithm.
fn digest(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(2, 2)?.to_vec();
    let name = vm.expect_str(a[0], "name")?;
    let data = a[1];
    let out = match name.as_str() {
        "md5" => one_shot::<md5::Md5>(vm, data)?,
        "sha1" => one_shot::<sha1::Sha1>(vm, data)?,
        "sha224" => one_shot::<sha2::Sha224>(vm, data)?,
        "sha256" => one_shot::<sha2::Sha256>(vm, data)?,
        "sha384" => one_shot::<sha2::Sha384>(vm, data)?,
        "sha512" => one_shot::<sha2::Sha512>(vm, data)?,
        "sha3_224" => one_shot::<sha3::Sha3_224>(vm, data)?,
        "sha3_256" => one_shot::<sha3::Sha3_256>(vm, data)?,
        "sha3_384" => one_shot::<sha3::Sha3_384>(vm, data)?,
        "sha3_512" => one_shot::<sha3::Sha3_512>(vm, data)?,
        _ => return Err(exc(ExcType::ValueError, format!("unsupported hash type {name}"))),
    };
    new_bytes(vm, out)
}

/// Fill `out` from an XOF reader chunk by chunk: squeezing is work too, charged as input is.
fn squeeze(vm: &mut Vm<'_, '_>, mut reader: impl XofReader, out: &mut [u8]) -> RunResult<()> {
    for chunk in out.chunks_mut(CHUNK) {
        vm.tick_many(chunk.len() / BYTES_PER_TICK)?;
        reader.read(chunk);
    }
    Ok(())
}

/// `shake(name, data, length)`: `length` bytes of SHAKE output.
fn shake(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(3, 3)?.to_vec();
    let name = vm.expect_str(a[0], "name")?;
    let length =
        usize::try_from(vm.expect_index(a[2])?).map_err(|_| exc(ExcType::ValueError, "length must be non-negative"))?;
    vm.heap.check_alloc(length)?;
    let mut out = vec![0u8; length];
    match name.as_str() {
        "shake_128" => {
            let mut h = sha3::Shake128::default();
            feed(vm, a[1], |chunk| h.update(chunk))?;
            squeeze(vm, h.finalize_xof(), &mut out)?;
        }
        "shake_256" => {
            let mut h = sha3::Shake256::default();
            feed(vm, a[1], |chunk| h.update(chunk))?;
            squeeze(vm, h.finalize_xof(), &mut out)?;
        }
        _ => return Err(exc(ExcType::ValueError, format!("unsupported hash type {name}"))),
    }
    new_bytes(vm, out)
}

/// Run a BLAKE2 variant's core: the parameter block, then the key as a first
/// padded block (RFC 7693 keyed mode), then the data; the output truncated to size.
/// A macro, not a generic fn: the block-buffer bounds do not name well generically.
macro_rules! blake2_run {
    ($vm:expr, $core:ty, $salt:expr, $person:expr, $key:expr, $data:expr, $size:expr) => {{
        let key: &[u8] = $key;
        let mut core = <$core>::new_with_params($salt, $person, key.len(), $size);
        let mut buffer = if key.is_empty() {
            Buffer::<$core>::default()
        } else {
            let mut block = Block::<$core>::default();
            let slot = block
                .get_mut(..key.len())
                .ok_or(RunError::Internal("blake2 key longer than a block"))?;
            slot.copy_from_slice(key);
            Buffer::<$core>::new(&block)
        };
        feed($vm, $data, |chunk| {
            buffer.digest_blocks(chunk, |blocks| core.update_blocks(blocks))
        })?;
        let mut out = Default::default();
        core.finalize_variable_core(&mut buffer, &mut out);
        let full: &[u8] = &out;
        full.get(..$size)
            .map(<[u8]>::to_vec)
            .ok_or(RunError::Internal("blake2 digest size"))?
    }};
}

/// `blake2(variant, data, digest_size, key, salt, person)`: BLAKE2b or BLAKE2s
/// with the sizes already checked by the Python layer (checked again here,
/// because the crate asserts them).
fn blake2(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let a = args.range(6, 6)?.to_vec();
    let variant = vm.expect_str(a[0], "variant")?;
    let data = a[1];
    let size = usize::try_from(vm.expect_index(a[2])?).unwrap_or(0);
    let key = bytes_of(vm, a[3])?;
    let salt = bytes_of(vm, a[4])?;
    let person = bytes_of(vm, a[5])?;
    let (max, max_salt) = if variant == "blake2b" { (64, 16) } else { (32, 8) };
    if size == 0 || size > max || key.len() > max || salt.len() > max_salt || person.len() > max_salt {
        return Err(exc(ExcType::ValueError, "invalid BLAKE2 parameters"));
    }
    let out = if variant == "blake2b" {
        blake2_run!(vm, Blake2bVarCore, &salt, &person, &key, data, size)
    } else {
        blake2_run!(vm, Blake2sVarCore, &salt, &person, &key, data, size)
    };
    new_bytes(vm, out)
}

/// PBKDF2 (RFC 8018) with HMAC over digest `$d`: each block XORs `iterations`
/// chained HMACs; every HMAC is charged (two compressions of a block).
macro_rules! pbkdf2_with {
    ($d:ty, $vm:expr, $password:expr, $salt:expr, $iterations:expr, $dklen:expr) => {{
        let mac = <Hmac<$d> as KeyInit>::new_from_slice($password)
            .map_err(|_| RunError::Internal("hmac accepts keys of any length"))?;
        let mut out: Vec<u8> = Vec::with_capacity($dklen);
        let mut block = 1u32;
        while out.len() < $dklen {
            let mut m = mac.clone();
            Mac::update(&mut m, $salt);
            Mac::update(&mut m, &block.to_be_bytes());
            let mut u = m.finalize().into_bytes();
            let mut t = u.clone();
            for _ in 1..$iterations {
                $vm.tick_many(2)?;
                let mut m = mac.clone();
                Mac::update(&mut m, &u);
                u = m.finalize().into_bytes();
                for (a, b) in t.iter_mut().zip(u.iter()) {
                    *a ^= b;
                }
            }
            let take = t.len().min($dklen - out.len());
            out.extend_from_slice(&t[..take]);
            block = block.wrapping_add(1);
        }
        out
    }};
}

fn bytes_like(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
    if let Value::Ref(id) = v
        && let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(id)
    {
        return Ok(b.clone());
    }
    Err(exc(
        ExcType::TypeError,
        format!("a bytes-like object is required, not '{}'", vm.type_name(v)),
    ))
}

/// `hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`
fn pbkdf2_hmac(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let dklen_kw = args.take_kw(vm, "dklen");
    args.finish_kw(vm)?;
    let a = args.range(4, 5)?.to_vec();
    let name = match a[0] {
        Value::Ref(id) if matches!(vm.heap.get(id), Obj::Str(_)) => vm.expect_str(a[0], "hash_name")?,
        v => {
            return Err(exc(
                ExcType::TypeError,
                format!(
                    "pbkdf2_hmac() argument 'hash_name' must be str, not {}",
                    vm.type_name(v)
                ),
            ));
        }
    };
    let password = bytes_like(vm, a[1])?;
    let salt = bytes_like(vm, a[2])?;
    let iterations = vm.expect_index(a[3])?;
    if iterations < 1 {
        return Err(exc(ExcType::ValueError, "iteration value must be greater than 0."));
    }
    let iterations =
        u32::try_from(iterations).map_err(|_| exc(ExcType::OverflowError, "iteration value is too great."))?;
    let name = name.to_ascii_lowercase();
    let hlen = match name.as_str() {
        "md5" => 16,
        "sha1" => 20,
        "sha224" | "sha3_224" => 28,
        "sha256" | "sha3_256" => 32,
        "sha384" | "sha3_384" => 48,
        "sha512" | "sha3_512" => 64,
        _ => return Err(exc(ExcType::ValueError, format!("unsupported hash type {name}"))),
    };
    let dklen = match a.get(4).copied().or(dklen_kw) {
        None | Some(Value::None) => hlen,
        Some(v) => {
            let n = vm.expect_index(v)?;
            if n < 1 {
                return Err(exc(ExcType::ValueError, "key length must be greater than 0."));
            }
            usize::try_from(n)
                .ok()
                .filter(|n| u32::try_from(*n).is_ok())
                .ok_or_else(|| exc(ExcType::OverflowError, "key length is too great."))?
        }
    };
    vm.heap.check_alloc(dklen)?;
    // the work is blocks x iterations HMACs: charge it all before starting
    let blocks = dklen.div_ceil(hlen);
    vm.tick_many(blocks.saturating_mul(2))?;
    let out = match name.as_str() {
        "md5" => pbkdf2_with!(md5::Md5, vm, &password, &salt, iterations, dklen),
        "sha1" => pbkdf2_with!(sha1::Sha1, vm, &password, &salt, iterations, dklen),
        "sha224" => pbkdf2_with!(sha2::Sha224, vm, &password, &salt, iterations, dklen),
        "sha256" => pbkdf2_with!(sha2::Sha256, vm, &password, &salt, iterations, dklen),
        "sha384" => pbkdf2_with!(sha2::Sha384, vm, &password, &salt, iterations, dklen),
        "sha512" => pbkdf2_with!(sha2::Sha512, vm, &password, &salt, iterations, dklen),
        "sha3_224" => pbkdf2_with!(sha3::Sha3_224, vm, &password, &salt, iterations, dklen),
        "sha3_256" => pbkdf2_with!(sha3::Sha3_256, vm, &password, &salt, iterations, dklen),
        "sha3_384" => pbkdf2_with!(sha3::Sha3_384, vm, &password, &salt, iterations, dklen),
        _ => pbkdf2_with!(sha3::Sha3_512, vm, &password, &salt, iterations, dklen),
    };
    new_bytes(vm, out)
}
