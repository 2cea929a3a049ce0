//! [`TypeChecker`]: Monty's compiler, Monty's import check and ty, in that
//! order, over one program at a time, keeping ty's state warm between checks.
//!
//! SECURITY: the program is untrusted. Three guards keep the host alive:
//! 1. Monty's own compiler runs first; its pre-scan refuses pathological
//!    nesting and size before any parser recurses, and a program it cannot
//!    parse never reaches ty.
//! 2. All parsing and checking runs on a dedicated thread with a large stack
//!    ([`CHECK_STACK_BYTES`]), so ty's recursion over the deepest program the
//!    pre-scan admits stays far from the end of the stack whatever thread the
//!    host calls from.
//! 3. A panic in ty (or here) ends only that thread: `join` turns it into
//!    [`TypeCheckError::Internal`], the warm state that thread owned is
//!    dropped, and the next check starts cold. The default panic hook still
//!    prints the panic message to stderr.

use std::collections::{HashMap, HashSet};

use monty_core::{CompileError, LimitedTracker, MontyError, MontyRun, PrintWriter};
use ruff_db::diagnostic::{Annotation, Diagnostic as TyDiagnostic, DiagnosticId, Severity as TySeverity, Span};
use ruff_db::files::File;
use ruff_db::source::{line_index, source_text};
use ruff_db::system::{SystemPath, SystemPathBuf};
use ruff_source_file::{OneIndexed, PositionEncoding, SourceLocation};
use ruff_text_size::TextRange;

use crate::db::{CheckDb, ROOT};
use crate::diagnostic::{Converter, Diagnostic};
use crate::error::TypeCheckError;
use crate::{inputs, names, rules, surface};

/// Stack of the checking thread. Only the pages a check touches are ever
/// committed; the reservation is what makes deep (pre-scan-admitted) nesting
/// safe.
const CHECK_STACK_BYTES: usize = 256 * 1024 * 1024;

/// The file name programs get unless [`TypeChecker::with_script_name`] says otherwise.
const DEFAULT_SCRIPT_NAME: &str = "main.py";

/// Checks agent programs against the stubs of the capabilities granted to
/// them, before they run.
///
/// A checker is meant to live as long as a session: the first check loads
/// typeshed (tens of milliseconds in release builds), and later checks reuse
/// everything that did not change: re-checking an edited program or checking
/// the next snippet against the same stubs takes well under a millisecond for
/// agent-sized programs.
///
/// A checker is `Send` but checks one program at a time (`&mut self`); use
/// one checker per thread for parallel checks.
#[derive(Debug)]
pub struct TypeChecker {
    /// ty's database and what was last written to it; `None` until the first
    /// check and after an internal failure.
    warm: Option<Warm>,
    /// The program's file name, as diagnostics render it.
    script_name: String,
}

impl Default for TypeChecker {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeChecker {
    /// A checker. Cheap: typeshed is loaded by the first check.
    #[must_use]
    pub fn new() -> Self {
        Self {
            warm: None,
            script_name: DEFAULT_SCRIPT_NAME.to_owned(),
        }
    }

    /// Name the program's file in rendered diagnostics (`agent.py:3:5`).
    ///
    /// Only the last path component is used, and only if it is a plain
    /// `*.py` file name; otherwise `main.py` is kept.
    #[must_use]
    pub fn with_script_name(mut self, name: &str) -> Self {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        let plain = base
            .strip_suffix(".py")
            .is_some_and(|stem| !stem.is_empty() && stem.chars().all(|c| c.is_alphanumeric() || "_-.".contains(c)));
        if plain && base != "__builtins__.py" {
            base.clone_into(&mut self.script_name);
            self.warm = None;
        }
        self
    }

    /// Check `source`, a Monty program, against `stubs`, the Python stub text
    /// of the granted host functions (visible to the program without an
    /// import), with `inputs`, the program's input variables and their type
    /// annotations where known (`None` means any value).
    ///
    /// Returns the diagnostics in source order; a clean program gives none.
    /// Diagnostics come from three places, all positioned in `source`:
    /// Monty's compiler (`invalid-syntax`, [`rules::UNSUPPORTED_SYNTAX`]),
    /// Monty's surface checks ([`rules::UNAVAILABLE_MODULE`],
    /// [`rules::UNAVAILABLE_BUILTIN`]) and ty. After a
    /// syntax error only the syntax error is reported. Top-level `await`,
    /// which Monty programs use to call async host functions, is accepted.
    ///
    /// Problems in the stubs themselves are not reported here (see
    /// [`TypeChecker::check_stubs`]).
    ///
    /// # Errors
    /// A bad input name or annotation ([`TypeCheckError::InvalidInputName`],
    /// [`TypeCheckError::InvalidInputAnnotation`]), or a failure of the
    /// checker itself ([`TypeCheckError::Internal`] if ty panicked,
    /// [`TypeCheckError::Setup`]); never a problem of the program.
    pub fn check(
        &mut self,
        source: &str,
        stubs: &str,
        inputs: &[(&str, Option<&str>)],
    ) -> Result<Vec<Diagnostic>, TypeCheckError> {
        let stub_text = inputs::builtins_stub(stubs, inputs)?;
        let input_names: Vec<String> = inputs.iter().map(|(name, _)| (*name).to_owned()).collect();
        let script_name = self.script_name.clone();
        self.guarded(move |warm| warm.check(source, &stub_text, input_names, &script_name))
    }

    /// Check the stub text itself (with the same input declarations), as ty
    /// sees it: mistakes there make every check of a program misleading.
    /// Positions refer to the stub file as [`TypeChecker::check`] composes it,
    /// which starts with `stubs` unchanged.
    ///
    /// # Errors
    /// As for [`TypeChecker::check`].
    pub fn check_stubs(
        &mut self,
        stubs: &str,
        inputs: &[(&str, Option<&str>)],
    ) -> Result<Vec<Diagnostic>, TypeCheckError> {
        let stub_text = inputs::builtins_stub(stubs, inputs)?;
        self.guarded(move |warm| warm.check_stub_file(&stub_text))
    }

    /// Run `job` on the warm state, on the checking thread. A panic drops the
    /// state (it may be half-updated) and becomes an error.
    fn guarded<F>(&mut self, job: F) -> Result<Vec<Diagnostic>, TypeCheckError>
    where
        F: FnOnce(&mut Warm) -> Result<Vec<Diagnostic>, TypeCheckError> + Send,
    {
        let warm = self.warm.take();
        let script_name = self.script_name.as_str();
        let outcome = std::thread::scope(|scope| {
            let handle = std::thread::Builder::new()
                .name("monty-typecheck".to_owned())
                .stack_size(CHECK_STACK_BYTES)
                .spawn_scoped(scope, move || {
                    let mut warm = match warm {
                        Some(warm) => warm,
                        None => Warm::new(script_name)?,
                    };
                    let result = job(&mut warm);
                    Ok::<_, TypeCheckError>((warm, result))
                })
                .map_err(|e| TypeCheckError::Internal(format!("cannot start the checking thread: {e}")))?;
            handle
                .join()
                .map_err(|payload| TypeCheckError::Internal(panic_message(payload.as_ref())))
        });
        let (warm, result) = outcome??;
        self.warm = Some(warm);
        result
    }
}

/// The text of a panic payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        format!("ty panicked: {s}")
    } else if let Some(s) = payload.downcast_ref::<String>() {
        format!("ty panicked: {s}")
    } else {
        "ty panicked".to_owned()
    }
}

/// ty's database with the program and stub files, and the texts last
/// written to them (rewriting an unchanged file would throw away warm state).
struct Warm {
    db: CheckDb,
    program_path: SystemPathBuf,
    stub_path: SystemPathBuf,
    program_text: Option<String>,
    stub_text: Option<String>,
    /// Whether Monty has a global name (builtins and module globals such as
    /// `__name__`), asked of Monty itself once per name.
    monty_builtins: HashMap<String, bool>,
}

impl std::fmt::Debug for Warm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Warm")
            .field("program_path", &self.program_path)
            .finish_non_exhaustive()
    }
}

impl Warm {
    fn new(script_name: &str) -> Result<Self, TypeCheckError> {
        Ok(Self {
            db: CheckDb::new()?,
            program_path: SystemPath::new(ROOT).join(script_name),
            stub_path: SystemPath::new(ROOT).join("__builtins__.pyi"),
            program_text: None,
            stub_text: None,
            monty_builtins: HashMap::new(),
        })
    }

    /// Write the two files if they changed; return the program's file.
    fn sync(&mut self, source: &str, stub_text: &str) -> Result<File, TypeCheckError> {
        if self.stub_text.as_deref() != Some(stub_text) {
            if stub_text.is_empty() {
                // No project builtins at all: ty then uses typeshed's directly.
                self.db.remove(&self.stub_path);
            } else {
                self.db.write(&self.stub_path, stub_text)?;
            }
            self.stub_text = Some(stub_text.to_owned());
        }
        if self.program_text.as_deref() != Some(source) {
            self.db.write(&self.program_path, source)?;
            self.program_text = Some(source.to_owned());
        }
        ruff_db::files::system_path_to_file(&self.db, &self.program_path).map_err(TypeCheckError::setup)
    }

    fn check(
        &mut self,
        source: &str,
        stub_text: &str,
        input_names: Vec<String>,
        script_name: &str,
    ) -> Result<Vec<Diagnostic>, TypeCheckError> {
        // Monty's compiler first: it refuses what Monty cannot run, and its
        // pre-scan bounds the nesting every later stage recurses on.
        let compile_error = match MontyRun::new(source, script_name, input_names, Vec::new()) {
            Ok(_) => None,
            Err(MontyError::Syntax(error)) => Some(error),
            Err(other) => return Err(TypeCheckError::Internal(other.to_string())),
        };
        let file = self.sync(source, stub_text)?;
        let mut own = Vec::new();
        if let Some(error) = compile_error {
            let is_syntax = error.exc_type == "SyntaxError";
            own.push(self.compile_diagnostic(file, &error));
            if is_syntax {
                let converter = Converter::new(&self.db, file);
                return Ok(own.iter().map(|d| converter.convert(d)).collect());
            }
        }
        // The program parsed (Monty uses the same parser), so the walks see
        // the whole tree; a parse failure here would only mean no walks.
        let parsed = ruff_python_parser::parse_module(source).ok();
        let body = parsed.as_ref().map_or(&[][..], |p| p.syntax().body.as_slice());
        let survey = surface::survey(body);
        let ty_diagnostics: Vec<TyDiagnostic> = self
            .db
            .check(file)
            .into_iter()
            .filter(|d| !is_top_level_await(d, &survey))
            .collect();
        let mut findings = survey.findings.clone();
        findings.extend(self.unavailable_builtins(body, stub_text, &ty_diagnostics));
        for finding in &findings {
            let mut diagnostic =
                TyDiagnostic::new(DiagnosticId::lint(finding.rule), TySeverity::Error, &finding.message);
            diagnostic.annotate(Annotation::primary(Span::from(file).with_range(finding.range)));
            own.push(diagnostic);
        }
        let converter = Converter::new(&self.db, file);
        let mut all: Vec<Diagnostic> = own
            .iter()
            .chain(ty_diagnostics.iter())
            .map(|d| converter.convert(d))
            .collect();
        all.sort_by_key(|d| (d.line, d.column));
        Ok(all)
    }

    /// Reads of names that ty resolved to Python's builtins (they are not
    /// bound in the program, declared in the stubs or unresolved) but that
    /// Monty does not have: the program would raise `NameError` there.
    fn unavailable_builtins(
        &mut self,
        body: &[ruff_python_ast::Stmt],
        stub_text: &str,
        ty_diagnostics: &[TyDiagnostic],
    ) -> Vec<surface::Finding> {
        let unresolved: HashSet<TextRange> = ty_diagnostics
            .iter()
            .filter(|d| d.id().is_lint_named("unresolved-reference"))
            .filter_map(|d| d.primary_span().and_then(|s| s.range()))
            .collect();
        let mut findings = Vec::new();
        for (name, range) in names::free_names(body) {
            if unresolved.contains(&range) || declares(stub_text, &name) {
                continue;
            }
            let available = *self
                .monty_builtins
                .entry(name.clone())
                .or_insert_with(|| monty_has_global(&name));
            if !available {
                findings.push(surface::Finding {
                    rule: rules::UNAVAILABLE_BUILTIN,
                    message: format!("`{name}` is not available in Monty (NameError: name '{name}' is not defined)"),
                    range,
                });
            }
        }
        findings
    }

    /// ty's diagnostics for the stub file itself.
    fn check_stub_file(&mut self, stub_text: &str) -> Result<Vec<Diagnostic>, TypeCheckError> {
        let program = self.program_text.clone().unwrap_or_default();
        self.sync(&program, stub_text)?;
        if stub_text.is_empty() {
            return Ok(Vec::new());
        }
        let file = ruff_db::files::system_path_to_file(&self.db, &self.stub_path).map_err(TypeCheckError::setup)?;
        let converter = Converter::new(&self.db, file);
        Ok(self.db.check(file).iter().map(|d| converter.convert(d)).collect())
    }

    /// A Monty compile error as a diagnostic: `invalid-syntax` for a
    /// `SyntaxError`, [`rules::UNSUPPORTED_SYNTAX`] for valid Python Monty
    /// does not run. It underlines from the error's column to the line's end.
    fn compile_diagnostic(&self, file: File, error: &CompileError) -> TyDiagnostic {
        let (id, message) = if error.exc_type == "SyntaxError" {
            (DiagnosticId::InvalidSyntax, error.message.clone())
        } else {
            (
                DiagnosticId::lint(rules::UNSUPPORTED_SYNTAX),
                format!("{}: {}", error.exc_type, error.message),
            )
        };
        let text = source_text(&self.db, file);
        let index = line_index(&self.db, file);
        let line = OneIndexed::new(error.line as usize).unwrap_or(OneIndexed::MIN);
        let line = line.min(OneIndexed::new(index.line_count()).unwrap_or(OneIndexed::MIN));
        let column = OneIndexed::new(error.column as usize).unwrap_or(OneIndexed::MIN);
        let line_range = index.line_range(line, text.as_str());
        let line_chars = text.as_str()[line_range].chars().count();
        let column = column.min(OneIndexed::from_zero_indexed(line_chars));
        let start = index.offset(
            SourceLocation {
                line,
                character_offset: column,
            },
            text.as_str(),
            PositionEncoding::Utf32,
        );
        let end = index.line_end(line, text.as_str()).max(start);
        let mut diagnostic = TyDiagnostic::new(id, TySeverity::Error, message);
        diagnostic.annotate(Annotation::primary(
            Span::from(file).with_range(TextRange::new(start, end)),
        ));
        diagnostic
    }
}

/// Whether a Monty program with no inputs can read `name`: evaluates the
/// bare name in Monty (a load has no side effects) and looks for `NameError`.
/// Monty is its own oracle, so the answer follows the interpreter as it grows.
fn monty_has_global(name: &str) -> bool {
    let Ok(run) = MontyRun::new(name, "<probe>", Vec::new(), Vec::new()) else {
        return true;
    };
    let mut out = PrintWriter::collect();
    !matches!(
        run.run(Vec::new(), LimitedTracker::default(), &mut out),
        Err(MontyError::Exception(e)) if e.exc_type == "NameError"
    )
}

/// Whether `name` occurs as a whole word in the stub text (coarse: a stub
/// that mentions a name is assumed to provide it).
fn declares(stub_text: &str, name: &str) -> bool {
    let is_ident = |c: char| c == '_' || c.is_alphanumeric();
    stub_text.match_indices(name).any(|(at, _)| {
        let before = stub_text[..at].chars().next_back();
        let after = stub_text[at + name.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

/// Whether `diagnostic` is ty's "`await` outside of an asynchronous function"
/// for an `await` outside every function: a top-level await, which Monty
/// programs use to call async host functions.
fn is_top_level_await(diagnostic: &TyDiagnostic, survey: &surface::Survey) -> bool {
    diagnostic.id() == DiagnosticId::InvalidSyntax
        && diagnostic
            .headline_message()
            .starts_with("`await` outside of an asynchronous function")
        && diagnostic
            .primary_span()
            .and_then(|s| s.range())
            .is_some_and(|r| !survey.in_function(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[expect(clippy::panic, reason = "simulates a panic inside ty")]
    fn a_panic_while_checking_is_an_error_and_the_next_check_starts_cold() {
        let mut checker = TypeChecker::new();
        assert!(matches!(checker.check("print(1)\n", "", &[]), Ok(d) if d.is_empty()));
        assert!(checker.warm.is_some());
        let result = checker.guarded(|_| panic!("simulated failure"));
        assert!(
            matches!(&result, Err(TypeCheckError::Internal(m)) if m == "ty panicked: simulated failure"),
            "{result:?}"
        );
        assert!(checker.warm.is_none());
        assert!(matches!(checker.check("print(1)\n", "", &[]), Ok(d) if d.is_empty()));
    }
}
