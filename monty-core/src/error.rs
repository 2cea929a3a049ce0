//! Errors that the embedder sees.
//!
//! Inside the interpreter, failures travel as `RunError` (see `exceptions.rs`);
//! at the API boundary they become a [`MontyError`], which owns everything it
//! needs (no heap references), so it can outlive the run that produced it.

use std::fmt;

/// One frame of a Python traceback, outermost first.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StackFrame {
    /// Script name the code came from (as given to `MontyRun::new`).
    pub filename: String,
    /// 1-based line number.
    pub line: u32,
    /// Function name, `<module>` for top-level code.
    pub function: String,
    /// The stripped source line, when it is known.
    pub source_line: Option<String>,
}

/// A Python exception that was not caught by the program.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PythonException {
    /// The exception's type name, e.g. `ValueError`.
    pub exc_type: String,
    /// `str()` of the exception, e.g. `invalid literal for int() with base 10: 'x'`.
    pub message: String,
    /// Traceback frames, outermost first.
    pub traceback: Vec<StackFrame>,
    /// The exception this one was chained to, printed before it: its `__cause__`, or
    /// its `__context__` unless suppressed.
    #[serde(default)]
    pub chained: Option<Box<PythonException>>,
    /// Whether `chained` is an explicit cause (`raise ... from ...`) rather than the context.
    #[serde(default)]
    pub chained_is_cause: bool,
}

impl PythonException {
    /// The last line of a CPython traceback: `TypeName: message` (or just `TypeName`).
    #[must_use]
    pub fn summary(&self) -> String {
        if self.message.is_empty() {
            self.exc_type.clone()
        } else {
            format!("{}: {}", self.exc_type, self.message)
        }
    }

    /// The whole traceback in CPython's format.
    #[must_use]
    pub fn traceback_text(&self) -> String {
        let mut out = String::new();
        if let Some(first) = &self.chained {
            out.push_str(&first.traceback_text());
            out.push_str(if self.chained_is_cause {
                "\nThe above exception was the direct cause of the following exception:\n\n"
            } else {
                "\nDuring handling of the above exception, another exception occurred:\n\n"
            });
        }
        write_frames(&mut out, &self.traceback);
        out.push_str(&self.summary());
        out.push('\n');
        out
    }
}

/// `Traceback (most recent call last):` and one entry per frame, as CPython prints them.
fn write_frames(out: &mut String, frames: &[StackFrame]) {
    out.push_str("Traceback (most recent call last):\n");
    for frame in frames {
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            frame.filename, frame.line, frame.function
        ));
        if let Some(src) = &frame.source_line {
            out.push_str("    ");
            out.push_str(src);
            out.push('\n');
        }
    }
}

/// A source program that could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CompileError {
    /// `SyntaxError` for syntax problems; other names for refused-but-valid syntax.
    pub exc_type: String,
    /// CPython-style message, e.g. `invalid syntax`.
    pub message: String,
    /// Script name.
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// The offending source line, when known.
    pub source_line: Option<String>,
}

impl CompileError {
    /// The error rendered the way CPython prints a syntax error.
    #[must_use]
    pub fn traceback_text(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        if let Some(src) = &self.source_line {
            let trimmed = src.trim_start();
            let indent = src.len() - trimmed.len();
            out.push_str(&format!("    {}\n", trimmed.trim_end()));
            let col = (self.column as usize).saturating_sub(1).saturating_sub(indent);
            out.push_str(&format!("    {}^\n", " ".repeat(col)));
        }
        out.push_str(&format!("{}: {}\n", self.exc_type, self.message));
        out
    }
}

/// A resource limit that ended a run. Python code cannot catch these.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LimitError {
    /// Live heap bytes went over `max_memory`.
    Memory {
        /// The configured limit in bytes.
        limit: usize,
    },
    /// The run took longer than `max_duration`.
    Duration {
        /// The configured limit in milliseconds.
        limit_ms: u64,
    },
    /// More instructions than `max_instructions` were executed.
    Instructions {
        /// The configured limit.
        limit: u64,
    },
    /// The program printed more than `max_output_bytes`.
    Output {
        /// The configured limit in bytes.
        limit: usize,
    },
    /// The program made more than `max_host_calls` host calls.
    HostCalls {
        /// The configured limit.
        limit: u64,
    },
    /// The embedder cancelled the run.
    Cancelled,
}

impl fmt::Display for LimitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Memory { limit } => write!(f, "memory limit exceeded: more than {limit} bytes of live objects"),
            Self::Duration { limit_ms } => write!(f, "time limit exceeded: ran longer than {limit_ms} ms"),
            Self::Instructions { limit } => write!(f, "instruction limit exceeded: more than {limit} instructions"),
            Self::Output { limit } => write!(f, "output limit exceeded: more than {limit} bytes printed"),
            Self::HostCalls { limit } => write!(f, "host call limit exceeded: more than {limit} host calls"),
            Self::Cancelled => write!(f, "run cancelled by the host"),
        }
    }
}

/// Every way a compile or a run can fail, as the embedder sees it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MontyError {
    /// The source does not compile.
    #[error("{}", .0.traceback_text().trim_end())]
    Syntax(CompileError),
    /// The program raised an exception it did not catch.
    #[error("{}", .0.traceback_text().trim_end())]
    Exception(PythonException),
    /// A resource limit ended the run.
    #[error("{error}")]
    Limit {
        /// Which limit, and its setting.
        error: LimitError,
        /// Where the program was when the limit hit, outermost frame first.
        traceback: Vec<StackFrame>,
    },
    /// Bytes given to a `load` were not a valid snapshot or program.
    #[error("invalid snapshot: {0}")]
    Snapshot(String),
    /// [`PendingFutures::resume`](crate::PendingFutures::resume) was given a call id
    /// that is not waiting for a result.
    #[error("host call {0} is not one of the pending host futures")]
    UnknownCall(u64),
    /// A bug in Monty itself; please report it.
    #[error("internal error: {0}")]
    Internal(String),
}

impl MontyError {
    /// Text to show a user: a CPython-style traceback or error description, ending in a newline.
    #[must_use]
    pub fn render(&self) -> String {
        match self {
            Self::Syntax(e) => e.traceback_text(),
            Self::Exception(e) => e.traceback_text(),
            Self::Limit { error, traceback } => {
                let mut out = String::new();
                if !traceback.is_empty() {
                    write_frames(&mut out, traceback);
                }
                out.push_str(&format!("MontyLimitError: {error}\n"));
                out
            }
            Self::Snapshot(e) => format!("MontySnapshotError: {e}\n"),
            Self::UnknownCall(_) => format!("MontyUsageError: {self}\n"),
            Self::Internal(e) => format!("MontyInternalError: {e}\n"),
        }
    }

    /// The limit that ended the run, when one did.
    #[must_use]
    pub fn limit(&self) -> Option<&LimitError> {
        match self {
            Self::Limit { error, .. } => Some(error),
            _ => None,
        }
    }

    /// `TypeName: message`, the last line of [`MontyError::render`].
    #[must_use]
    pub fn summary(&self) -> String {
        match self {
            Self::Syntax(e) => format!("{}: {}", e.exc_type, e.message),
            Self::Exception(e) => e.summary(),
            Self::Limit { error, .. } => format!("MontyLimitError: {error}"),
            Self::Snapshot(e) => format!("MontySnapshotError: {e}"),
            Self::UnknownCall(_) => format!("MontyUsageError: {self}"),
            Self::Internal(e) => format!("MontyInternalError: {e}"),
        }
    }
}
