//! The names of Monty's own rules. Every other rule name a
//! [`Diagnostic`](crate::Diagnostic) carries is ty's (see ty's rule list:
//! `invalid-argument-type`, `unresolved-reference`, `invalid-syntax`, ...).

/// An import of a module Monty does not offer (`import os`), or a relative
/// import. Monty would raise `ModuleNotFoundError` (or `ImportError`) there.
pub const UNAVAILABLE_MODULE: &str = "unavailable-module";

/// Valid Python that Monty's compiler does not run (yet); the message is
/// Monty's compile error. Syntax errors use ty's `invalid-syntax`.
pub const UNSUPPORTED_SYNTAX: &str = "unsupported-syntax";

/// A read of a Python builtin (or module global) that Monty does not provide
/// (`open`, `eval`, `exec`, `__import__`, ...): the program would raise
/// `NameError` there. Monty itself is asked which names it has.
pub const UNAVAILABLE_BUILTIN: &str = "unavailable-builtin";
