//! Host state that survives a snapshot: the cursor, handle or counter a
//! capability keeps between calls.
//!
//! A snapshot (`PendingCall::dump`) holds the program's side of a run; what a
//! capability remembers on the host side (how far a cursor has read) is its
//! own. Such state implements [`HostState`] (serde + `#[typetag::serde]`, so
//! it is saved by name and type), lives in a [`State`] cell shared with the
//! capability's functions, and is registered with the set
//! ([`CapabilitySet::with_state`], or [`Capability::states`](crate::Capability::states)).
//!
//! To move a paused run to another process, save both halves:
//! `call.dump()` and `caps.dump_state()`. There, build the same set (same
//! capabilities and configuration, fresh state), `caps.load_state(&bytes)`,
//! `PendingCall::load(&snapshot)`, and continue (e.g. [`CapabilitySet::resume`]).
//! The state bytes are JSON: `{"<key>": {"<TypeName>": <the state>}}`.

use std::any::Any;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use monty_core::HostError;

use crate::set::CapabilitySet;

/// Host-side state of a capability that must survive a snapshot.
///
/// Implement it for a serde type with `#[typetag::serde]` (the embedding
/// crate depends on `typetag`); the type's name tags it in saved state, so
/// renaming the type breaks old state unless `#[typetag::serde(name = "...")]`
/// keeps the old name.
///
/// ```
/// use monty_capabilities::HostState;
///
/// #[derive(Debug, serde::Serialize, serde::Deserialize)]
/// struct Counter { calls: u64 }
///
/// #[typetag::serde]
/// impl HostState for Counter {}
/// ```
#[typetag::serde]
pub trait HostState: Any + Send + fmt::Debug {}

/// One registered piece of state, untyped: what the set saves and loads.
#[derive(Clone)]
pub struct StateHandle {
    key: String,
    cell: Arc<Mutex<Box<dyn HostState>>>,
}

impl fmt::Debug for StateHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StateHandle")
            .field("key", &self.key)
            .field("state", &**lock(&self.cell))
            .finish()
    }
}

impl StateHandle {
    /// The key it is saved under.
    #[must_use]
    pub fn key(&self) -> &str {
        &self.key
    }
}

/// A typed cell of host state `S`, shared by the functions that read and
/// update it (clone it into their closures) and by the set that saves it.
pub struct State<S> {
    handle: StateHandle,
    _type: PhantomData<fn() -> S>,
}

impl<S> Clone for State<S> {
    fn clone(&self) -> Self {
        Self {
            handle: self.handle.clone(),
            _type: PhantomData,
        }
    }
}

impl<S> fmt::Debug for State<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.handle.fmt(f)
    }
}

impl<S: HostState> State<S> {
    /// A cell saved under `key` (unique within a set), holding `initial`.
    #[must_use]
    pub fn new(key: impl Into<String>, initial: S) -> Self {
        Self {
            handle: StateHandle {
                key: key.into(),
                cell: Arc::new(Mutex::new(Box::new(initial))),
            },
            _type: PhantomData,
        }
    }

    /// Read or update the state.
    ///
    /// # Errors
    /// A `RuntimeError` if the cell holds another type (it cannot: loading
    /// checks the type), so a host function can pass it on with `?`.
    pub fn with<R>(&self, f: impl FnOnce(&mut S) -> R) -> Result<R, HostError> {
        let mut guard = lock(&self.handle.cell);
        let any: &mut dyn Any = &mut **guard;
        match any.downcast_mut::<S>() {
            Some(state) => Ok(f(state)),
            None => Err(HostError::new(
                "RuntimeError",
                format!("host state '{}' has an unexpected type", self.handle.key),
            )),
        }
    }

    /// The untyped handle, for [`Capability::states`](crate::Capability::states).
    #[must_use]
    pub fn handle(&self) -> StateHandle {
        self.handle.clone()
    }
}

/// Why saved host state could not be loaded or saved.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// The bytes are not saved state, or a state type is not linked into this binary.
    #[error("invalid host state: {0}")]
    Invalid(String),
    /// The saved state has a key that no state of this set is registered under.
    #[error("saved host state '{0}' has no counterpart in this capability set")]
    UnknownKey(String),
    /// The saved state under a key has another type than the registered one.
    #[error("saved host state '{0}' has another type than the state registered under that key")]
    WrongType(String),
}

impl CapabilitySet {
    /// Register host state so [`dump_state`](Self::dump_state) saves it and
    /// [`load_state`](Self::load_state) restores it; it replaces state of the same key.
    #[must_use]
    pub fn with_state(mut self, state: StateHandle) -> Self {
        self.states.insert(state.key.clone(), state);
        self
    }

    /// The registered host state as bytes (JSON), to save beside a snapshot.
    ///
    /// # Errors
    /// A state value that does not serialize.
    pub fn dump_state(&self) -> Result<Vec<u8>, StateError> {
        let mut saved = serde_json::Map::new();
        for (key, handle) in &self.states {
            let guard = lock(&handle.cell);
            let value = serde_json::to_value(&**guard).map_err(|e| StateError::Invalid(e.to_string()))?;
            saved.insert(key.clone(), value);
        }
        serde_json::to_vec(&saved).map_err(|e| StateError::Invalid(e.to_string()))
    }

    /// Restore state saved by [`dump_state`](Self::dump_state) into this set's
    /// registered cells (the functions holding them see it at once). Every key
    /// must be registered, with the same type; nothing changes on an error.
    /// Keys the bytes do not mention keep their state.
    ///
    /// # Errors
    /// Bytes that are not saved state, an unknown key, or a type mismatch.
    pub fn load_state(&self, bytes: &[u8]) -> Result<(), StateError> {
        let saved: BTreeMap<String, Box<dyn HostState>> =
            serde_json::from_slice(bytes).map_err(|e| StateError::Invalid(e.to_string()))?;
        for (key, value) in &saved {
            let Some(handle) = self.states.get(key) else {
                return Err(StateError::UnknownKey(key.clone()));
            };
            let guard = lock(&handle.cell);
            let current: &dyn Any = &**guard;
            let loaded: &dyn Any = &**value;
            if current.type_id() != loaded.type_id() {
                return Err(StateError::WrongType(key.clone()));
            }
        }
        for (key, value) in saved {
            if let Some(handle) = self.states.get(&key) {
                *lock(&handle.cell) = value;
            }
        }
        Ok(())
    }
}

/// The state behind a cell; a lock poisoned by a panicking host function
/// still gives its state (never a panic of our own).
fn lock(cell: &Mutex<Box<dyn HostState>>) -> MutexGuard<'_, Box<dyn HostState>> {
    cell.lock().unwrap_or_else(PoisonError::into_inner)
}
