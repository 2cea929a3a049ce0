//! User-defined classes and what they produce: instances, bound methods,
//! descriptors (`property`, `staticmethod`, `classmethod`) and `super()` objects.
//!
//! SECURITY: a class exposes only its own namespace, bases and MRO. Nothing here
//! refers to host objects, frames or code; `__subclasses__` does not exist.

use serde::{Deserialize, Serialize};

use crate::exceptions::ExcType;
use crate::object::value::{HeapId, Value};

/// A class created by a `class` statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClassObj {
    /// `__name__`
    pub name: String,
    /// `__qualname__`
    pub qualname: String,
    /// `__bases__`: classes (`Value::Ref`), builtin exception classes or `object`.
    pub bases: Vec<Value>,
    /// `__mro__` computed by C3 linearization, the class itself first, `object` last.
    pub mro: Vec<Value>,
    /// The class namespace (an `Obj::Dict` keyed by str).
    pub dict: HeapId,
    /// The most derived builtin exception class in the MRO, when the class is an exception.
    pub exc_base: Option<ExcType>,
    /// For a subclass of `abc.ABC`: its abstract methods, sorted (instantiating it is refused).
    #[serde(default)]
    pub abstract_methods: Vec<String>,
}

/// An instance of a user class that is not an exception.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Instance {
    /// Its class (an `Obj::Class`).
    pub class: HeapId,
    /// Its `__dict__` (an `Obj::Dict`).
    pub dict: HeapId,
}

/// A Python callable bound to a receiver: `obj.method`, or a class method bound to its class.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Method {
    /// The function (or any callable) called with the receiver prepended.
    pub func: Value,
    /// `__self__`
    pub receiver: Value,
}

/// `property(fget, fset, fdel, doc)`
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Property {
    /// Getter, or None.
    pub fget: Value,
    /// Setter, or None.
    pub fset: Value,
    /// Deleter, or None.
    pub fdel: Value,
    /// `__doc__`
    pub doc: Value,
}

/// `super(class, obj)`: attribute lookup starts after `class` in the MRO of `obj`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SuperObj {
    /// The class whose successors are searched (`__thisclass__`).
    pub class: HeapId,
    /// The instance (or, in a class method, the class) methods bind to.
    pub obj: Value,
}

/// A method implemented natively by `object` or `BaseException`, reached
/// through a user class (`super().__init__()`, `object.__repr__(self)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum Slot {
    ObjectInit,
    ObjectNew,
    ObjectRepr,
    ObjectStr,
    ObjectEq,
    ObjectNe,
    ObjectHash,
    ObjectFormat,
    ObjectSetattr,
    ObjectGetattribute,
    ObjectDelattr,
    ExcInit,
    ExcStr,
    ExcRepr,
    ExcWithTraceback,
    PropertyGetter,
    PropertySetter,
    PropertyDeleter,
}

impl Slot {
    /// The Python name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::ObjectInit | Self::ExcInit => "__init__",
            Self::ObjectNew => "__new__",
            Self::ObjectRepr | Self::ExcRepr => "__repr__",
            Self::ObjectStr | Self::ExcStr => "__str__",
            Self::ObjectEq => "__eq__",
            Self::ObjectNe => "__ne__",
            Self::ObjectHash => "__hash__",
            Self::ObjectFormat => "__format__",
            Self::ObjectSetattr => "__setattr__",
            Self::ObjectGetattribute => "__getattribute__",
            Self::ObjectDelattr => "__delattr__",
            Self::ExcWithTraceback => "with_traceback",
            Self::PropertyGetter => "getter",
            Self::PropertySetter => "setter",
            Self::PropertyDeleter => "deleter",
        }
    }

    /// The slot of `object` called `name`.
    #[must_use]
    pub fn of_object(name: &str) -> Option<Slot> {
        Some(match name {
            "__init__" => Self::ObjectInit,
            "__new__" => Self::ObjectNew,
            "__repr__" => Self::ObjectRepr,
            "__str__" => Self::ObjectStr,
            "__eq__" => Self::ObjectEq,
            "__ne__" => Self::ObjectNe,
            "__hash__" => Self::ObjectHash,
            "__format__" => Self::ObjectFormat,
            "__setattr__" => Self::ObjectSetattr,
            "__getattribute__" => Self::ObjectGetattribute,
            "__delattr__" => Self::ObjectDelattr,
            _ => return None,
        })
    }

    /// The slot that `BaseException` itself defines called `name`.
    #[must_use]
    pub fn of_exception(name: &str) -> Option<Slot> {
        Some(match name {
            "__init__" => Self::ExcInit,
            "__new__" => Self::ObjectNew,
            "__str__" => Self::ExcStr,
            "__repr__" => Self::ExcRepr,
            "with_traceback" => Self::ExcWithTraceback,
            _ => return None,
        })
    }

    /// The class that defines the slot, for reprs and messages.
    #[must_use]
    pub fn owner(self) -> &'static str {
        match self {
            Self::ExcInit | Self::ExcStr | Self::ExcRepr | Self::ExcWithTraceback => "BaseException",
            Self::PropertyGetter | Self::PropertySetter | Self::PropertyDeleter => "property",
            _ => "object",
        }
    }
}

/// A native slot, bound to a receiver (`Value::Undef` when looked up on the class).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SlotMethod {
    /// Which slot.
    pub slot: Slot,
    /// The receiver, or Undef when unbound.
    pub receiver: Value,
}
