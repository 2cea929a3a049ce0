//! The Monty interpreter: a secure, embeddable interpreter for the Python that AI agents write.
//!
//! ```
//! use monty_core::{MontyRun, MontyObject, PrintWriter, LimitedTracker};
//!
//! let run = MontyRun::new("x * 2", "example.py", vec!["x".into()], vec![]).unwrap();
//! let mut out = PrintWriter::collect();
//! let result = run.run(vec![MontyObject::Int(21)], LimitedTracker::default(), &mut out).unwrap();
//! assert_eq!(result, MontyObject::Int(42));
//! ```
#![forbid(unsafe_code)]

mod boundary;
pub mod builtins;
mod bytecode;
mod compile;
mod error;
mod exceptions;
mod futures;
mod host;
mod io;
mod limits;
pub mod object;
mod run;
mod session;
mod snapshot;
pub mod stdlib;
mod vm;

pub use boundary::{MAX_BOUNDARY_DEPTH, MontyObject};
pub use error::{CompileError, LimitError, MontyError, PythonException, StackFrame};
pub use futures::PendingFutures;
pub use host::{HostError, HostFunctions, NoHost};
pub use io::{PrintWriter, Stream};
pub use limits::{CHECK_PERIOD, CancelHandle, LimitedTracker, NoLimitTracker, ResourceLimits, ResourceTracker};
pub use run::{CompileOptions, MontyRun, PendingCall, RunProgress};
pub use session::MontySession;
pub use snapshot::FORMAT_VERSION;
