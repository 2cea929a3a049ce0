//! Why a check could not be carried out (as opposed to what it found, which
//! is a list of [`Diagnostic`](crate::Diagnostic)s).

/// A check that could not run. Problems in the agent's program are never
/// errors: they are diagnostics. These are mistakes of the host (a bad input
/// declaration) or failures of the checker itself.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TypeCheckError {
    /// An input name is not a Python identifier (or is a keyword).
    #[error("input name {name:?} is not a Python identifier")]
    InvalidInputName {
        /// The name as given.
        name: String,
    },
    /// An input's type annotation is not a single-line Python expression.
    #[error("type annotation {annotation:?} of input `{name}` is not a single-line Python expression")]
    InvalidInputAnnotation {
        /// The input's name.
        name: String,
        /// The annotation as given.
        annotation: String,
    },
    /// The in-memory file system or ty's search paths could not be set up.
    /// This is a bug in the checker, not in the program.
    #[error("type checker setup failed: {0}")]
    Setup(String),
    /// ty panicked while checking. The checker discards its state and starts
    /// cold on the next check; the host is unaffected.
    #[error("the type checker failed internally: {0}")]
    Internal(String),
}

impl TypeCheckError {
    /// A setup failure from any displayable error.
    #[cold]
    pub(crate) fn setup(error: impl std::fmt::Display) -> Self {
        Self::Setup(error.to_string())
    }
}
