//! Type expressions built at run time: `int | None` (`types.UnionType`) and
//! `list[int]` (`types.GenericAlias`). They exist so annotations evaluate as
//! in CPython and `isinstance` accepts unions; they carry no typing semantics.

use serde::{Deserialize, Serialize};

use crate::object::value::Value;

/// A union or a parameterized generic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum TypeExpr {
    /// `X | Y | ...`: the members, flattened and without duplicates, in order.
    Union(Vec<Value>),
    /// `origin[args]`, e.g. `dict[str, int]`.
    Alias {
        /// The subscripted type (`dict`).
        origin: Value,
        /// The parameters (`(str, int)`).
        args: Vec<Value>,
    },
}

impl TypeExpr {
    /// Every value the expression holds (for the collector and the snapshot check).
    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        let (first, rest) = match self {
            Self::Union(items) => (None, items.as_slice()),
            Self::Alias { origin, args } => (Some(*origin), args.as_slice()),
        };
        first.into_iter().chain(rest.iter().copied())
    }
}
