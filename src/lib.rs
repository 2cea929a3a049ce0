//! Monty facade.
pub use monty_core::*;
