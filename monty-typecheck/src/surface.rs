//! What Monty supports, checked over the program's syntax tree: ty sees all of
//! typeshed (it cannot be told to hide a standard-library module without
//! breaking typeshed's own imports), so imports of modules Monty does not
//! offer are found here instead.
//!
//! The list of modules is monty-core's own ([`ModuleId::ALL`]): when a module
//! is added to the interpreter, the check accepts it with no change here.

use monty_core::stdlib::ModuleId;
use ruff_python_ast::{Stmt, StmtFunctionDef};
use ruff_text_size::{Ranged, TextRange};

use crate::rules;

/// A problem found by Monty's own checks, before it becomes a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Finding {
    /// One of [`rules`].
    pub(crate) rule: &'static str,
    /// What is wrong, worded like the error Monty would raise at run time.
    pub(crate) message: String,
    /// Where, in the program.
    pub(crate) range: TextRange,
}

/// What the statement walk collects.
#[derive(Debug, Default)]
pub(crate) struct Survey {
    /// Imports of modules Monty does not have.
    pub(crate) findings: Vec<Finding>,
    /// The ranges of every `def` and `async def`: an `await` outside all of
    /// them is a top-level await, which Monty allows.
    pub(crate) function_ranges: Vec<TextRange>,
}

impl Survey {
    /// Whether `range` lies inside a function body (at any depth).
    pub(crate) fn in_function(&self, range: TextRange) -> bool {
        self.function_ranges.iter().any(|f| f.contains_range(range))
    }
}

/// Walk every statement of `body` (nested ones too, without recursion: the
/// nesting depth is the program's) and collect imports and functions.
pub(crate) fn survey(body: &[Stmt]) -> Survey {
    let mut survey = Survey::default();
    let mut stack: Vec<&Stmt> = body.iter().rev().collect();
    while let Some(stmt) = stack.pop() {
        match stmt {
            Stmt::Import(import) => {
                for alias in &import.names {
                    if let Some(message) = missing_module(alias.name.as_str()) {
                        survey.findings.push(Finding {
                            rule: rules::UNAVAILABLE_MODULE,
                            message,
                            range: alias.range(),
                        });
                    }
                }
            }
            Stmt::ImportFrom(import) => {
                let finding = if import.level > 0 {
                    // Monty runs one file: there is no package to be relative to.
                    Some("attempted relative import with no known parent package".to_owned())
                } else {
                    import.module.as_ref().and_then(|m| missing_module(m.as_str()))
                };
                if let Some(message) = finding {
                    let range = import.module.as_ref().map_or(import.range(), Ranged::range);
                    survey.findings.push(Finding {
                        rule: rules::UNAVAILABLE_MODULE,
                        message,
                        range,
                    });
                }
            }
            Stmt::FunctionDef(StmtFunctionDef { body, range, .. }) => {
                survey.function_ranges.push(*range);
                stack.extend(body.iter().rev());
            }
            Stmt::ClassDef(class) => stack.extend(class.body.iter().rev()),
            Stmt::If(s) => {
                for clause in s.elif_else_clauses.iter().rev() {
                    stack.extend(clause.body.iter().rev());
                }
                stack.extend(s.body.iter().rev());
            }
            Stmt::For(s) => {
                stack.extend(s.orelse.iter().rev());
                stack.extend(s.body.iter().rev());
            }
            Stmt::While(s) => {
                stack.extend(s.orelse.iter().rev());
                stack.extend(s.body.iter().rev());
            }
            Stmt::With(s) => stack.extend(s.body.iter().rev()),
            Stmt::Try(s) => {
                stack.extend(s.finalbody.iter().rev());
                stack.extend(s.orelse.iter().rev());
                for handler in s.handlers.iter().rev() {
                    let ruff_python_ast::ExceptHandler::ExceptHandler(h) = handler;
                    stack.extend(h.body.iter().rev());
                }
                stack.extend(s.body.iter().rev());
            }
            Stmt::Match(s) => {
                for case in s.cases.iter().rev() {
                    stack.extend(case.body.iter().rev());
                }
            }
            _ => {}
        }
    }
    survey
}

/// The `ModuleNotFoundError` message Monty gives for `import name`, or `None`
/// when Monty has the module. Worded like CPython: the first missing package
/// of a dotted name is the one reported.
fn missing_module(name: &str) -> Option<String> {
    if ModuleId::from_name(name).is_some() {
        return None;
    }
    let mut missing = name;
    for (i, _) in name.match_indices('.') {
        let parent = &name[..i];
        if ModuleId::from_name(parent).is_none() {
            missing = parent;
            break;
        }
    }
    Some(format!(
        "No module named '{missing}' (Monty's modules are: {})",
        available_modules()
            .into_iter()
            .filter(|m| !m.starts_with('_'))
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// The modules a Monty program can import, in monty-core's order.
#[must_use]
pub fn available_modules() -> Vec<&'static str> {
    // private helper modules (`_collections`, `_io`...) are not for programs
    ModuleId::ALL
        .iter()
        .map(|m| m.name())
        .filter(|name| !name.starts_with('_'))
        .collect()
}
