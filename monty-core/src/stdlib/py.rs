//! Stdlib modules written in Python, embedded in the binary.
//!
//! A module here is compiled by Monty's own compiler into every program that
//! imports it (see `compile/lib.rs`); `import` runs its body once per run, on
//! the VM's frame stack. To add one: write `py/<name>.py`, add a line to
//! [`SOURCES`], and a line `Name => "<name>" => py::EMPTY` to the module table
//! in `stdlib.rs`. Native helpers go in a private native module (`_name`) that
//! the Python source imports.

use super::ModuleSpec;

/// Every module written in Python: name and source.
pub(crate) const SOURCES: &[(&str, &str)] = &[("dataclasses", include_str!("py/dataclasses.py"))];

/// The native part of a module written in Python: nothing.
pub(crate) const EMPTY: ModuleSpec = ModuleSpec {
    members: &[],
    all: None,
};
