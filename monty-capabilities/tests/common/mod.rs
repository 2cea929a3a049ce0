//! Shared by the capability-family tests.
#![allow(dead_code, clippy::unwrap_used)]

use monty::{CapabilitySet, LimitedTracker, PrintWriter};

/// Run `code` with `caps`: the result's repr, or the last line of the traceback.
pub(crate) fn run(caps: &CapabilitySet, code: &str) -> String {
    let mut caps = caps.clone();
    let outcome = caps.compile(code, "agent.py", vec![]).and_then(|run| {
        run.run_with_host(
            vec![],
            LimitedTracker::default(),
            &mut PrintWriter::collect(),
            &mut caps,
        )
    });
    match outcome {
        Ok(value) => value.py_repr(),
        Err(err) => err.render().lines().last().unwrap_or_default().to_owned(),
    }
}
