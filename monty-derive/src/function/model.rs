//! What `#[monty::function]` knows about a function once parsed and checked.

use syn::{Expr, Ident, Type, Visibility};

/// The attribute's options: `#[monty::function(name = "...", group = "...")]`.
#[derive(Default)]
pub(crate) struct Options {
    pub(crate) name: Option<String>,
    pub(crate) group: Option<String>,
}

/// The host function to generate.
pub(crate) struct FunctionModel {
    /// The Rust function.
    pub(crate) rust_name: Ident,
    pub(crate) vis: Visibility,
    /// The Python name.
    pub(crate) py_name: String,
    pub(crate) group: Option<String>,
    pub(crate) doc: String,
    pub(crate) params: Vec<ParamModel>,
    pub(crate) returns: Returns,
    /// An `async fn`: the program sees an `async def` and awaits the call.
    pub(crate) is_async: bool,
}

/// One parameter.
pub(crate) struct ParamModel {
    pub(crate) py_name: String,
    /// The type the argument converts to: the parameter's own type, or the
    /// owned form of a reference (`String` for `&str`, `Vec<T>` for `&[T]`).
    pub(crate) owned_ty: Type,
    pub(crate) pass: Pass,
    pub(crate) doc: String,
    pub(crate) default: DefaultValue,
}

/// How the bound value is handed to the Rust function.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pass {
    Value,
    Ref,
    RefMut,
}

/// What an omitted argument becomes.
pub(crate) enum DefaultValue {
    /// Nothing: required, unless the type's `PyStub::PY_DEFAULT` says otherwise (`Option`).
    FromType,
    /// `#[monty(default)]`: `Default::default()`.
    Trait,
    /// `#[monty(default = expr)]`.
    Expr(Box<Expr>),
}

/// The return type.
pub(crate) struct Returns {
    pub(crate) ty: Type,
    /// A `...Result<T, E>`: `Ok` is the value, `Err` the exception.
    pub(crate) is_result: bool,
}
