//! SECURITY: the randomness capability. Without it a program has no entropy
//! (invariant 6: runs are deterministic): `random` generators start from a
//! fixed seed, and `SystemRandom`, `os.urandom`, `secrets` raise
//! `PermissionError: ... needs the random capability: grant group 'random'`.
//!
//! Function (group `random`):
//!
//! - `random_bytes(n: int) -> bytes`: `n` bytes from the host's entropy
//!   source (the operating system's, through the `getrandom` crate), at most
//!   [`MAX_BYTES`] a call.
//!
//! With the grant, the `random` module (found through the private
//! `_monty_host` module) seeds unseeded generators from it, `SystemRandom`,
//! `os.urandom`, `secrets` and `uuid.uuid4()` draw from it. A program cannot
//! learn anything of the host from it but random bytes.

use monty_core::{HostError, MontyObject};
use serde_json::json;

use crate::capability::Capability;
use crate::function::HostFunction;

/// The most bytes one call may ask for (1 MiB): a program wanting more calls again.
pub const MAX_BYTES: usize = 1 << 20;

/// The host's entropy source, as a capability.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Entropy;

impl Entropy {
    /// The operating system's entropy source.
    #[must_use]
    pub const fn system() -> Self {
        Self
    }
}

/// `n` random bytes, or the `ValueError`/`OSError` a program sees.
fn random_bytes(n: i64) -> Result<Vec<u8>, HostError> {
    let n = usize::try_from(n).map_err(|_| HostError::new("ValueError", "negative argument not allowed"))?;
    if n > MAX_BYTES {
        return Err(HostError::new(
            "ValueError",
            format!("random_bytes() gives at most {MAX_BYTES} bytes a call"),
        ));
    }
    let mut buf = vec![0u8; n];
    getrandom::fill(&mut buf).map_err(|e| HostError::new("OSError", format!("the host entropy source failed: {e}")))?;
    Ok(buf)
}

impl Capability for Entropy {
    fn functions(&self) -> Vec<HostFunction> {
        vec![
            HostFunction::builder("random_bytes")
                .group("random")
                .doc("`n` random bytes from the host's entropy source (as os.urandom), at most 1 MiB a call.")
                .param::<i64>("n", "How many bytes.")
                .returns_spec(
                    "bytes",
                    json!({"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 255}}),
                )
                .build(|mut args| {
                    let n: i64 = args.take(0)?;
                    Ok(MontyObject::Bytes(random_bytes(n)?))
                }),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(random_bytes(0).map(|b| b.len()).ok(), Some(0));
        assert_eq!(random_bytes(33).map(|b| b.len()).ok(), Some(33));
        assert!(random_bytes(-1).is_err());
        assert!(random_bytes(i64::try_from(MAX_BYTES).unwrap_or(0) + 1).is_err());
    }
}
