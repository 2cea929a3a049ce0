//! `_hashlib`: the one-shot digest functions under `hashlib` (written in Python,
//! `py/hashlib.py`). A hash object keeps the bytes it was fed (plain heap data,
//! so it survives a snapshot and is charged to the memory budget) and asks this
//! module for the digest of all of them; the work of hashing is charged to the
//! time check in proportion to the input.

use blake2::digest::core_api::{Block, Buffer, UpdateCore, VariableOutputCore};
use blake2::{Blake2bVarCore, Blake2sVarCore};
use sha3::digest::{Digest, ExtendableOutput, Update, XofReader};

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
    ],
    all: None,
    source: None,
};

/// The bytes of a bytes argument (the Python layer has checked the type).
fn bytes_of(vm: &Vm<'_, '_>, v: Value) -> RunResult<Vec<u8>> {
    if let Value::Ref(id) = v
        && let Obj::Bytes(b) = vm.heap.get(id)
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
        Obj::Bytes(b) => b.len(),
        _ => return Err(exc(ExcType::TypeError, "object supporting the buffer API required")),
    };
    let mut at = 0;
    while at < len {
        let end = len.min(at + CHUNK);
        vm.tick_many((end - at) / BYTES_PER_TICK)?;
        if let Obj::Bytes(b) = vm.heap.get(id)
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
