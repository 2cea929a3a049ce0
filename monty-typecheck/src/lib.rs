//! Type checking of Monty agent programs, before they run, with Astral's
//! [ty](https://github.com/astral-sh/ruff/tree/main/crates/ty) as a library.
//!
//! The program is checked against the stubs of the host functions granted to
//! it (visible without an import, as they are at run time), its input
//! variables, typeshed, and what Monty supports: syntax Monty's compiler
//! refuses and imports of modules Monty does not have are reported too.
//! Every diagnostic is positioned in the program's own text.
//!
//! ```
//! use monty_typecheck::TypeChecker;
//!
//! let stubs = "def get_weather(city: str) -> dict[str, float]: ...\n";
//! let program = "w = get_weather(city)\nprint(w['temp'] + 1)\nget_weather(3)\n";
//! let mut checker = TypeChecker::new();
//! let diagnostics = checker.check(program, stubs, &[("city", Some("str"))]).unwrap();
//! assert_eq!(diagnostics.len(), 1);
//! assert_eq!(diagnostics[0].rule, "invalid-argument-type");
//! assert_eq!((diagnostics[0].line, diagnostics[0].column), (3, 13));
//!
//! // The checker stays warm: checking the corrected program is fast.
//! let fixed = "w = get_weather(city)\nprint(w['temp'] + 1)\nget_weather('Oslo')\n";
//! assert!(checker.check(fixed, stubs, &[("city", Some("str"))]).unwrap().is_empty());
//! ```

mod checker;
mod db;
mod diagnostic;
mod error;
mod inputs;
mod names;
pub mod rules;
mod surface;

pub use checker::TypeChecker;
pub use diagnostic::{Diagnostic, Severity};
pub use error::TypeCheckError;
pub use surface::available_modules;
