//! Procedural macros for Monty host functions: `#[monty::function]` and
//! `#[derive(monty::PyStub)]`. Use them through the `monty` crate; the code
//! they generate refers only to `::monty::__private`, so a tool crate depends
//! on `monty` alone.

mod function;
mod py_stub;

use proc_macro::TokenStream;

/// Turn a Rust function into a host function a Monty program can call once granted.
///
/// ```text
/// /// Fetch the current weather for a city.
/// #[monty::function(group = "weather")]
/// fn get_weather(
///     /// The city's name, e.g. "Paris".
///     city: String,
///     #[monty(default = Units::Metric)] units: Units,
/// ) -> Result<Weather, ToolError> { ... }
/// ```
///
/// The function stays an ordinary Rust function. Beside it the macro generates
/// the host function (argument binding with CPython's `TypeError` wording,
/// conversion through serde, the JSON schemas of the parameters and the result,
/// the stub line with the docstring), registers it in the global registry under
/// its Python name, and adds a module of the same name with
/// `host_function()` returning it (for `CapabilitySet::grant_fn`).
///
/// Options: `name = "..."` (the Python name; the Rust name by default),
/// `group = "..."` (granted together by `grant_group`). Parameter attributes:
/// doc comments (the parameter's description), `#[monty(default)]` (use
/// `Default::default()` when left out) and `#[monty(default = expr)]`.
/// `Option<T>` parameters at the end are optional with default `None`.
///
/// An `async fn` becomes an async host function: its stub is `async def` and a
/// call gives the program an awaitable. The arguments are bound and converted
/// at the call (errors raise there); the generated future owns them and awaits
/// the function, so it must be `Send` and its parameters may not borrow for a
/// named lifetime (owned types, or plain `&str`/`&T`, which borrow from the
/// owned argument inside the future).
///
/// A `#[monty(default)]` parameter's stub shows `T::default()` as a Python
/// literal when `T` serializes to a short one (`0`, `''`, `False`, `[]`,
/// `'metric'`), else `...`; so does a `default = expr` that is not a literal
/// (the expression is evaluated when the host function is built).
///
/// Parameter types need `serde::Deserialize`, `schemars::JsonSchema` and
/// `monty::PyStub`; the result (or the `Ok` type of a `...Result<T, E>` return)
/// needs `Serialize`, `JsonSchema` and `PyStub`; `E: Into<monty::HostError>`.
#[proc_macro_attribute]
pub fn function(attr: TokenStream, item: TokenStream) -> TokenStream {
    function::expand(attr.into(), item.into())
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Implement `monty::PyStub` for a serde type, with the annotation read off its
/// JSON schema (`dict` for a struct, `str` for an enum of unit variants, ...),
/// or given as `#[py_stub(type = "...")]`.
#[proc_macro_derive(PyStub, attributes(py_stub))]
pub fn derive_py_stub(item: TokenStream) -> TokenStream {
    py_stub::expand(item.into())
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
