//! The Monty interpreter: a secure, embeddable interpreter for the Python that AI agents write.
#![forbid(unsafe_code)]

mod boundary;
mod error;
mod io;
mod limits;
pub mod object;
mod run;

pub use boundary::{MAX_BOUNDARY_DEPTH, MontyObject};
pub use error::{CompileError, LimitError, MontyError, PythonException, StackFrame};
pub use io::{PrintWriter, Stream};
pub use limits::{CHECK_PERIOD, CancelHandle, LimitedTracker, NoLimitTracker, ResourceLimits, ResourceTracker};
pub use run::MontyRun;
