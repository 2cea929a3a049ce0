//! The diagnostics a check returns, in the program's own coordinates.

use std::fmt;

use ruff_db::diagnostic::{Diagnostic as TyDiagnostic, DisplayDiagnosticConfig, HyperlinkMode, Severity as TySeverity};
use ruff_db::files::File;
use ruff_db::source::{line_index, source_text};
use ruff_text_size::{TextRange, TextSize};

use crate::db::CheckDb;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// A note; the program may well be right.
    Info,
    /// Probably a mistake (for example a possibly unbound name).
    Warning,
    /// The program is wrong, or will fail in Monty.
    Error,
}

impl Severity {
    fn from_ty(severity: TySeverity) -> Self {
        match severity {
            TySeverity::Info => Self::Info,
            TySeverity::Warning => Self::Warning,
            TySeverity::Error | TySeverity::Fatal => Self::Error,
        }
    }

    /// The lower-case name: `info`, `warning` or `error`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem found in the agent's program.
///
/// Positions are 1-based and refer to the program text exactly as it was
/// passed to [`TypeChecker::check`](crate::TypeChecker::check): never to the
/// stub file or to anything the checker adds. Columns count characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The rule, in kebab case: ty's rule names (`invalid-argument-type`,
    /// `unresolved-reference`, `invalid-syntax`, ...) or one of Monty's own
    /// (see [`rules`](crate::rules)).
    pub rule: String,
    /// How serious it is.
    pub severity: Severity,
    /// A one-line message, e.g. ``Argument to function `get_weather` is
    /// incorrect: Expected `str`, found `Literal[3]` ``.
    pub message: String,
    /// Line of the start of the offending code.
    pub line: u32,
    /// Column of the start of the offending code.
    pub column: u32,
    /// Line of the end of the offending code.
    pub end_line: u32,
    /// Column just past the end of the offending code.
    pub end_column: u32,
    /// The full, multi-line rendering with source snippets (ty's own
    /// renderer; it may also quote the stub where a host function is
    /// declared). Ends with a newline.
    pub rendered: String,
}

impl Diagnostic {
    /// Whether this is an error (rather than a warning or a note).
    #[must_use]
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// One line: `LINE:COL: SEVERITY[RULE] MESSAGE`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}[{}] {}",
            self.line, self.column, self.severity, self.rule, self.message
        )
    }
}

/// Turns ty's diagnostics (and Monty's own, built as ty diagnostics) into
/// [`Diagnostic`]s positioned in `program`.
pub(crate) struct Converter<'a> {
    db: &'a CheckDb,
    program: File,
    config: DisplayDiagnosticConfig,
}

impl<'a> Converter<'a> {
    pub(crate) fn new(db: &'a CheckDb, program: File) -> Self {
        let config = DisplayDiagnosticConfig::new("ty")
            .color(false)
            .hyperlinks(HyperlinkMode::Never);
        Self { db, program, config }
    }

    /// The diagnostic at its primary span. A diagnostic without a span in the
    /// program (none is expected from checking one file) is placed at 1:1.
    pub(crate) fn convert(&self, diagnostic: &TyDiagnostic) -> Diagnostic {
        let range = diagnostic
            .primary_span()
            .filter(|span| span.expect_ty_file_opt() == Some(self.program))
            .and_then(|span| span.range())
            .unwrap_or_else(|| TextRange::empty(TextSize::new(0)));
        let (line, column) = self.position(range.start());
        let (end_line, end_column) = self.position(range.end());
        Diagnostic {
            rule: diagnostic.id().as_str().to_owned(),
            severity: Severity::from_ty(diagnostic.severity()),
            message: diagnostic.concise_message().to_str().into_owned(),
            line,
            column,
            end_line,
            end_column,
            rendered: diagnostic.display(self.db, &self.config).to_string(),
        }
    }

    /// 1-based line and character column of `offset` in the program.
    fn position(&self, offset: TextSize) -> (u32, u32) {
        let text = source_text(self.db, self.program);
        let location = line_index(self.db, self.program).line_column(offset, text.as_str());
        (to_u32(location.line.get()), to_u32(location.column.get()))
    }
}

/// Saturating conversion: a program has far fewer than 2^32 lines.
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The file of a span, if it is one of ty's files.
trait SpanFile {
    fn expect_ty_file_opt(&self) -> Option<File>;
}

impl SpanFile for ruff_db::diagnostic::Span {
    fn expect_ty_file_opt(&self) -> Option<File> {
        match self.file() {
            ruff_db::diagnostic::UnifiedFile::Ty(file) => Some(*file),
            ruff_db::diagnostic::UnifiedFile::Ruff(_) => None,
        }
    }
}
