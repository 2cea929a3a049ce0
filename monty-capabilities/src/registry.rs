//! The global registry: every `#[monty::function]` in the linked crates.
//!
//! Registration uses `inventory`, which only sees crates that are linked into
//! the final binary: a binary or test that should see a tool crate's
//! functions must reference that crate (`use my_tools as _;`).

use crate::function::HostFunction;

/// One registered function: its names, known without building it, and the
/// constructor that `#[monty::function]` generated.
#[derive(Debug)]
pub struct Registration {
    name: &'static str,
    group: Option<&'static str>,
    make: fn() -> HostFunction,
}

impl Registration {
    /// A registration; `#[monty::function]` submits one per function.
    #[must_use]
    pub const fn new(name: &'static str, group: Option<&'static str>, make: fn() -> HostFunction) -> Self {
        Self { name, group, make }
    }

    /// The Python name.
    #[must_use]
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The group, if any.
    #[must_use]
    pub fn group(&self) -> Option<&'static str> {
        self.group
    }

    /// Build the function (its schemas and stub are computed here).
    #[must_use]
    pub fn function(&self) -> HostFunction {
        (self.make)()
    }
}

inventory::collect!(Registration);

/// Every registered function, sorted by name (the link order is not stable,
/// so sorting keeps stubs and prompts deterministic).
pub fn registry() -> Vec<&'static Registration> {
    let mut all: Vec<&'static Registration> = inventory::iter::<Registration>.into_iter().collect();
    all.sort_by_key(|r| (r.name, r.group));
    all
}
