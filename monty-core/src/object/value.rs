//! `Value`: what lives in a variable, on the operand stack or inside a container.
//!
//! Small scalars are stored inline (no allocation); everything else is a
//! [`HeapId`] into the heap arena. `Value` is `Copy`: the heap is reclaimed by
//! a tracing collector that runs only at instruction boundaries, when every
//! live value is reachable from the VM's roots.

use serde::{Deserialize, Serialize};

use crate::builtins::BuiltinId;
use crate::exceptions::ExcType;
use crate::object::types::TypeId;

/// Index of an object in the heap arena.
pub type HeapId = u32;

/// A Python value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Value {
    /// Marks an unbound local or an absent optional slot; never visible to Python code.
    Undef,
    /// `None`
    None,
    /// `NotImplemented`
    NotImplemented,
    /// `...`
    Ellipsis,
    /// `True` / `False`
    Bool(bool),
    /// An int that fits in 64 bits. Larger ints live on the heap as `Obj::BigInt`.
    Int(i64),
    /// A float.
    Float(f64),
    /// A heap object.
    Ref(HeapId),
    /// A builtin function such as `len`.
    Builtin(BuiltinId),
    /// A builtin type object such as `int` or `ValueError`.
    Type(TypeId),
    /// A builtin exception class.
    ExcType(ExcType),
    /// A host function the embedder declared, by its index in the program's external names.
    External(u32),
}

impl Value {
    /// The heap id, if this is a heap reference.
    #[inline]
    #[must_use]
    pub fn heap_id(self) -> Option<HeapId> {
        match self {
            Self::Ref(id) => Some(id),
            _ => None,
        }
    }
}
