//! SECURITY: `_monty_host`, the private module through which library code
//! written in Python (`time`, `datetime`, `os`) reaches a host capability.
//!
//! It has one function, `external(name)`: the host function the embedder
//! declared under `name` for this run (`Value::External`), or `None` when the
//! run was given no such function. It grants nothing: a program could already
//! call every declared name as a global; this only lets a library module find
//! one by name without reading the user's globals (which the user may shadow).
//! Calls of the returned function go through `host.rs` like any other host call,
//! so they pause, resume and are counted the same way.

use super::{Member, ModuleSpec};
use crate::builtins::args::Args;
use crate::exceptions::RunResult;
use crate::object::value::Value;
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    members: &[("external", Member::Fn(external))],
    all: Some(&[]),
    source: None,
};

/// `external(name)`: the declared host function `name`, or `None`.
fn external(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let name = args.one()?;
    let name = vm.expect_str(name, "external() argument")?;
    let index = vm.program.external_names.iter().position(|n| *n == name);
    Ok(match index.and_then(|i| u32::try_from(i).ok()) {
        Some(i) => Value::External(i),
        None => Value::None,
    })
}
