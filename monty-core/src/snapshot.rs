//! SECURITY: the snapshot format and loader. Bytes from outside are untrusted:
//! decoding checks magic, version, kind, length and checksum before
//! deserializing (postcard, which bounds every length by the input size), and
//! the decoded program and state are validated before anything runs.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::bytecode::{Instr, Program};
use crate::error::MontyError;
use crate::object::value::Value;
use crate::vm::VmState;

const MAGIC: &[u8; 6] = b"MONTY\0";
/// Bumped whenever the encoding of programs or state changes (4: functions carry
/// `__dict__` and assigned `__qualname__`/`__module__`; programs carry the import
/// allow-list).
pub const FORMAT_VERSION: u16 = 4;
const HEADER: usize = 6 + 2 + 1 + 8;

/// What a byte string holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Program = 1,
    Paused = 2,
    Futures = 3,
    Session = 4,
}

fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn bad(msg: impl Into<String>) -> MontyError {
    MontyError::Snapshot(msg.into())
}

pub(crate) fn encode<T: Serialize>(kind: Kind, value: &T) -> Vec<u8> {
    let payload = postcard::to_allocvec(value).unwrap_or_default();
    let mut out = Vec::with_capacity(HEADER + payload.len() + 8);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.push(kind as u8);
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&payload);
    out.extend_from_slice(&fnv64(&payload).to_le_bytes());
    out
}

pub(crate) fn decode<T: DeserializeOwned>(kind: Kind, bytes: &[u8]) -> Result<T, MontyError> {
    if bytes.len() < HEADER + 8 || &bytes[..6] != MAGIC {
        return Err(bad("not a Monty snapshot"));
    }
    let version = u16::from_le_bytes([bytes[6], bytes[7]]);
    if version != FORMAT_VERSION {
        return Err(bad(format!(
            "snapshot format version {version}, this Monty reads {FORMAT_VERSION}"
        )));
    }
    if bytes[8] != kind as u8 {
        return Err(bad("snapshot holds a different kind of data"));
    }
    let mut len_bytes = [0u8; 8];
    len_bytes.copy_from_slice(&bytes[9..17]);
    let len = usize::try_from(u64::from_le_bytes(len_bytes)).map_err(|_| bad("bad length"))?;
    if bytes.len() != HEADER + len + 8 {
        return Err(bad("snapshot is truncated or has trailing bytes"));
    }
    let payload = &bytes[HEADER..HEADER + len];
    let mut sum = [0u8; 8];
    sum.copy_from_slice(&bytes[HEADER + len..]);
    if u64::from_le_bytes(sum) != fnv64(payload) {
        return Err(bad("snapshot checksum mismatch (corrupted or modified)"));
    }
    postcard::from_bytes(payload).map_err(|e| bad(format!("snapshot does not decode: {e}")))
}

/// Length of the HMAC-SHA256 tag that [`sign`] appends.
const TAG: usize = 32;

fn mac(key: &[u8]) -> hmac::Hmac<sha2::Sha256> {
    use hmac::Mac;
    // HMAC takes keys of any length; the error case cannot happen, but never panic on it
    <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(key)
        .unwrap_or_else(|_| <hmac::Hmac<sha2::Sha256> as hmac::digest::KeyInit>::new(&Default::default()))
}

/// `bytes` followed by their HMAC-SHA256 under `key`.
pub(crate) fn sign(mut bytes: Vec<u8>, key: &[u8]) -> Vec<u8> {
    use hmac::Mac;
    let mut m = mac(key);
    m.update(&bytes);
    bytes.extend_from_slice(&m.finalize().into_bytes());
    bytes
}

/// The bytes [`sign`] signed, when their tag is right for `key` (checked in constant time).
pub(crate) fn verify<'b>(signed: &'b [u8], key: &[u8]) -> Result<&'b [u8], MontyError> {
    use hmac::Mac;
    let Some(split) = signed.len().checked_sub(TAG) else {
        return Err(bad("signed snapshot is too short to hold a signature"));
    };
    let (body, tag) = signed.split_at(split);
    let mut m = mac(key);
    m.update(body);
    m.verify_slice(tag)
        .map_err(|_| bad("snapshot signature does not match the host key (not produced by this host, or modified)"))?;
    Ok(body)
}

/// Check that every index inside a program is in range, so the VM can run it without surprises.
pub(crate) fn validate_program(p: &Program) -> Result<(), MontyError> {
    if p.codes.is_empty() {
        return Err(bad("program has no code"));
    }
    let ncodes = p.codes.len();
    let nglobals = p.global_names.len();
    if p.input_globals
        .iter()
        .chain(&p.external_globals)
        .any(|&g| g as usize >= nglobals)
        || p.external_names.len() != p.external_globals.len()
    {
        return Err(bad("program refers to a missing global"));
    }
    for lib in &p.libs {
        let (c0, c1) = lib.codes;
        let (g0, g1) = lib.globals;
        if c0 > c1
            || c1 as usize > ncodes
            || !(c0..c1).contains(&lib.body)
            || lib.body == 0
            || g0 > g1
            || g1 as usize > nglobals
        {
            return Err(bad(format!("library module {}: range out of bounds", lib.name)));
        }
    }
    for (ci, c) in p.codes.iter().enumerate() {
        let n = c.instrs.len();
        let err = |what: &str| bad(format!("code {ci}: {what}"));
        if c.lines.len() != n {
            return Err(err("line table length"));
        }
        let params = c.argcount as usize + c.kwonlycount as usize + usize::from(c.varargs) + usize::from(c.varkw);
        if c.posonlycount > c.argcount || params > c.varnames.len() || c.n_cellvars as usize > c.cellnames.len() {
            return Err(err("parameter counts"));
        }
        if c.arg_cells
            .iter()
            .any(|&(l, k)| l as usize >= c.varnames.len() || k >= c.n_cellvars)
        {
            return Err(err("argument cells"));
        }
        if c.handlers
            .iter()
            .any(|h| h.start > h.end || h.end as usize > n || h.target as usize >= n)
        {
            return Err(err("exception handler range"));
        }
        for instr in &c.instrs {
            let ok = match *instr {
                Instr::LoadConst(i) => (i as usize) < c.consts.len(),
                Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => (i as usize) < c.varnames.len(),
                Instr::LoadDeref(i) | Instr::StoreDeref(i) | Instr::DeleteDeref(i) | Instr::LoadClosure(i) => {
                    (i as usize) < c.cellnames.len()
                }
                Instr::LoadGlobal(i) | Instr::StoreGlobal(i) | Instr::DeleteGlobal(i) => (i as usize) < nglobals,
                Instr::LoadAttr(i) | Instr::StoreAttr(i) | Instr::DeleteAttr(i) | Instr::LoadMethod(i) => {
                    (i as usize) < c.names.len()
                }
                Instr::MakeFunction(i) => (i as usize) < ncodes && i != 0,
                Instr::Jump(t)
                | Instr::JumpIfFalse(t)
                | Instr::JumpIfTrue(t)
                | Instr::JumpIfFalseOrPop(t)
                | Instr::JumpIfTrueOrPop(t)
                | Instr::ForIter(t) => (t as usize) < n,
                _ => true,
            };
            if !ok {
                return Err(err("instruction operand out of range"));
            }
        }
    }
    Ok(())
}

/// Check a paused state against its program: every root reference must name a live object.
pub(crate) fn validate_state(p: &Program, s: &VmState) -> Result<(), MontyError> {
    if s.globals.len() != p.global_names.len() || s.consts.len() != p.codes.len() {
        return Err(bad("state does not match its program"));
    }
    if s.consts.iter().zip(&p.codes).any(|(v, c)| v.len() != c.consts.len()) {
        return Err(bad("constant table does not match its program"));
    }
    let value_ok = |v: &Value| match *v {
        Value::Ref(id) => s.heap.is_live(id),
        Value::External(i) => (i as usize) < p.external_names.len(),
        _ => true,
    };
    let mut roots = s
        .globals
        .iter()
        .chain(&s.stack)
        .chain(&s.exc_stack)
        .chain(s.consts.iter().flatten())
        .chain(s.modules.iter().map(|(_, m)| m));
    if !roots.all(value_ok) {
        return Err(bad("state refers to a missing object"));
    }
    let mut base = 0;
    for f in &s.frames {
        let Some(code) = p.codes.get(f.code as usize) else {
            return Err(bad("frame refers to missing code"));
        };
        let mut values_ok = true;
        f.for_each_value(|v| values_ok &= value_ok(&v));
        if f.ip as usize > code.instrs.len()
            || f.locals.len() != code.nlocals()
            || f.stack_base < base
            || f.stack_base > s.stack.len()
            || f.exc_base > s.exc_stack.len()
            || !values_ok
            || !f.cells.iter().all(|&c| s.heap.is_live(c))
        {
            return Err(bad("frame is inconsistent"));
        }
        base = f.stack_base;
    }
    s.heap
        .check_references(p.codes.len(), p.external_names.len())
        .map_err(bad)
}
