//! Paths that `#[monty::function]` expansions refer to (through `monty::__private`),
//! so that tool crates depend on `monty` alone. Not a public API.

pub use inventory;
pub use schemars;
pub use serde;
pub use serde_json;

pub use crate::function::{BoundArgs, HostFunction, HostFuture};
pub use crate::registry::Registration;
pub use crate::stub::PyStub;
pub use monty_core::{HostError, MontyObject};

/// What a host function's Rust return type becomes: a value, or a Python exception.
///
/// Implemented for `Result<T, E>` (where `E: Into<HostError>`) and, through
/// [`Plain`], for any other serializable return type.
pub trait HostResult {
    /// The type of the successful value (its schema is the result schema).
    type Ok: serde::Serialize + schemars::JsonSchema + PyStub;

    /// Convert into the value the program receives, or the exception it raises.
    ///
    /// # Errors
    /// The function's own error, or a result that has no Python form.
    fn into_host_result(self, function: &str) -> Result<MontyObject, HostError>;
}

impl<T, E> HostResult for Result<T, E>
where
    T: serde::Serialize + schemars::JsonSchema + PyStub,
    E: Into<HostError>,
{
    type Ok = T;

    fn into_host_result(self, function: &str) -> Result<MontyObject, HostError> {
        match self {
            Ok(value) => crate::convert::result_to_object(function, &value),
            Err(err) => Err(err.into()),
        }
    }
}

/// A return value that is not a `Result`.
#[derive(Debug)]
pub struct Plain<T>(pub T);

impl<T> HostResult for Plain<T>
where
    T: serde::Serialize + schemars::JsonSchema + PyStub,
{
    type Ok = T;

    fn into_host_result(self, function: &str) -> Result<MontyObject, HostError> {
        crate::convert::result_to_object(function, &self.0)
    }
}
pub use crate::schema_type::py_type_of;

/// The future of an `async fn` host function's call, boxed. A host function's
/// future must be `Send` and `'static`: it may be polled on another thread
/// after the program's call returned.
pub fn host_future<F>(future: F) -> HostFuture
where
    F: std::future::Future<Output = Result<MontyObject, HostError>> + Send + 'static,
{
    Box::pin(future)
}

/// The default value `T::default()` of a `#[monty(default)]` parameter, for its stub.
#[derive(Debug)]
pub struct DefaultOf<T>(pub std::marker::PhantomData<T>);

/// The value of a `#[monty(default = expr)]` parameter, for its stub.
#[derive(Debug)]
pub struct ValueOf<T>(pub T);

/// A default shown as its Python literal: picked (through auto-ref) when the
/// type serializes.
pub trait ShowsLiteral {
    /// The default as the stub shows it.
    fn shown_default(&self) -> String;
}

impl<T: serde::Serialize + Default + PyStub> ShowsLiteral for &DefaultOf<T> {
    fn shown_default(&self) -> String {
        literal_or_ellipsis::<T>(&T::default())
    }
}

impl<T: serde::Serialize + PyStub> ShowsLiteral for &ValueOf<T> {
    fn shown_default(&self) -> String {
        literal_or_ellipsis::<T>(&self.0)
    }
}

/// A default that cannot be shown (its type does not serialize): `...`.
pub trait ShowsEllipsis {
    /// `...`.
    fn shown_default(&self) -> String {
        "...".to_owned()
    }
}

impl<T> ShowsEllipsis for DefaultOf<T> {}
impl<T> ShowsEllipsis for ValueOf<T> {}

fn literal_or_ellipsis<T: serde::Serialize + PyStub>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| crate::literal::python_literal(&v, &T::py_type()))
        .unwrap_or_else(|| "...".to_owned())
}
