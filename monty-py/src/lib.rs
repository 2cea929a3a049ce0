//! Python bindings for Monty: the extension module `monty._monty`.
//!
//! The Python package `monty` (see `python/monty`) re-exports these classes with
//! the exception classes of `monty._errors`.

mod convert;
mod envelope;
mod errors;
mod future_snapshot;
mod host;
mod limits;
mod monty_cls;
mod session;
mod snapshot;
mod tools;
mod typecheck;

use pyo3::prelude::*;

/// The extension module.
#[pymodule]
fn _monty(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<monty_cls::PyMonty>()?;
    m.add_class::<session::PyMontySession>()?;
    m.add_class::<snapshot::PyMontySnapshot>()?;
    m.add_class::<snapshot::MontyComplete>()?;
    m.add_class::<future_snapshot::PyMontyFutureSnapshot>()?;
    m.add("TYPECHECK_AVAILABLE", cfg!(feature = "typecheck"))?;
    m.add_class::<limits::PyResourceLimits>()?;
    m.add_class::<convert::MontyRepr>()?;
    m.add_class::<tools::PyCapabilitySet>()?;
    m.add_function(wrap_pyfunction!(host::_result_problem, m)?)?;
    Ok(())
}
