//! Where `print` goes. Monty never writes to the process's stdout unless asked.

use std::io::Write as _;

/// Which stream a piece of output was written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    /// `sys.stdout`, where `print` writes by default.
    Stdout,
    /// `sys.stderr`.
    Stderr,
}

/// The sink for a run's output.
pub enum PrintWriter<'a> {
    /// Forward to the process's own stdout/stderr.
    Stdout,
    /// Collect into strings.
    Collect {
        /// Everything written to stdout.
        stdout: String,
        /// Everything written to stderr.
        stderr: String,
    },
    /// Drop all output.
    Discard,
    /// Hand each write to a callback.
    Callback(&'a mut dyn FnMut(Stream, &str)),
}

impl std::fmt::Debug for PrintWriter<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Stdout => write!(f, "PrintWriter::Stdout"),
            Self::Collect { .. } => write!(f, "PrintWriter::Collect"),
            Self::Discard => write!(f, "PrintWriter::Discard"),
            Self::Callback(_) => write!(f, "PrintWriter::Callback"),
        }
    }
}

impl PrintWriter<'_> {
    /// A writer that collects output into strings.
    #[must_use]
    pub fn collect() -> Self {
        Self::Collect {
            stdout: String::new(),
            stderr: String::new(),
        }
    }

    /// The collected stdout (empty for other writers).
    #[must_use]
    pub fn collected_stdout(&self) -> &str {
        match self {
            Self::Collect { stdout, .. } => stdout,
            _ => "",
        }
    }

    /// The collected stderr (empty for other writers).
    #[must_use]
    pub fn collected_stderr(&self) -> &str {
        match self {
            Self::Collect { stderr, .. } => stderr,
            _ => "",
        }
    }

    /// Write `text` to `stream`.
    pub fn write(&mut self, stream: Stream, text: &str) {
        match self {
            Self::Stdout => {
                let _ = match stream {
                    Stream::Stdout => std::io::stdout().lock().write_all(text.as_bytes()),
                    Stream::Stderr => std::io::stderr().lock().write_all(text.as_bytes()),
                };
            }
            Self::Collect { stdout, stderr } => match stream {
                Stream::Stdout => stdout.push_str(text),
                Stream::Stderr => stderr.push_str(text),
            },
            Self::Discard => {}
            Self::Callback(f) => f(stream, text),
        }
    }
}
