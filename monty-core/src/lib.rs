//! Monty core.
pub use ruff_python_parser as _p;
