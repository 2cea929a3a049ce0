//! The stub file the program sees without an import: the host's stubs plus a
//! declaration for each input variable.
//!
//! Both go into `__builtins__.pyi` in the checked root, which ty consults
//! before typeshed's `builtins` for every name the program does not bind
//! itself (typeshed's builtins stay visible behind it). The program file is
//! left exactly as given, so its positions need no mapping.

use crate::error::TypeCheckError;

/// Longest input annotation accepted (annotations come from the host).
const MAX_ANNOTATION_LEN: usize = 4096;
/// Deepest bracket nesting accepted in an annotation.
const MAX_ANNOTATION_DEPTH: usize = 32;

/// Python's keywords, which cannot name an input (soft keywords can).
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// The text of `__builtins__.pyi`: `stubs`, then one declaration per input.
///
/// An input without an annotation is declared `Any`, so nothing the program
/// does with it is reported.
///
/// # Errors
/// A name that is not an identifier, or an annotation that is not a
/// single-line expression (either could otherwise smuggle declarations into
/// the stub file).
pub(crate) fn builtins_stub(stubs: &str, inputs: &[(&str, Option<&str>)]) -> Result<String, TypeCheckError> {
    let mut out = String::with_capacity(stubs.len() + 64 * inputs.len() + 64);
    out.push_str(stubs);
    if inputs.is_empty() {
        return Ok(out);
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    // `import X as Y` with Y != X is not a re-export, so the alias stays
    // invisible to the program.
    out.push_str("\n# Inputs of the program (added by monty-typecheck).\nimport typing as _monty_typing\n");
    for &(name, annotation) in inputs {
        check_name(name)?;
        let annotation = match annotation {
            Some(a) => {
                check_annotation(name, a)?;
                a.trim()
            }
            None => "_monty_typing.Any",
        };
        out.push_str(name);
        out.push_str(": ");
        out.push_str(annotation);
        out.push('\n');
    }
    Ok(out)
}

/// Refuse anything but a Python identifier that is not a keyword.
fn check_name(name: &str) -> Result<(), TypeCheckError> {
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic());
    let rest_ok = chars.all(|c| c == '_' || c.is_alphanumeric());
    if first_ok && rest_ok && !KEYWORDS.contains(&name) {
        Ok(())
    } else {
        Err(TypeCheckError::InvalidInputName { name: name.to_owned() })
    }
}

/// Refuse an annotation that spans lines, nests deeply, or does not parse as
/// one expression.
fn check_annotation(name: &str, annotation: &str) -> Result<(), TypeCheckError> {
    let bad = || TypeCheckError::InvalidInputAnnotation {
        name: name.to_owned(),
        annotation: annotation.to_owned(),
    };
    if annotation.len() > MAX_ANNOTATION_LEN || annotation.contains(['\n', '\r', '#', ';', '\\']) {
        return Err(bad());
    }
    let mut depth = 0usize;
    for c in annotation.chars() {
        match c {
            '(' | '[' | '{' => {
                depth += 1;
                if depth > MAX_ANNOTATION_DEPTH {
                    return Err(bad());
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    ruff_python_parser::parse_expression(annotation.trim()).map_err(|_| bad())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_follow_the_stubs() {
        let text = builtins_stub("def f() -> int: ...", &[("x", Some("int")), ("y", None)]);
        assert_eq!(
            text.ok().as_deref(),
            Some(
                "def f() -> int: ...\n\n# Inputs of the program (added by monty-typecheck).\n\
                 import typing as _monty_typing\nx: int\ny: _monty_typing.Any\n"
            )
        );
    }

    #[test]
    fn no_inputs_leaves_the_stubs_alone() {
        assert_eq!(builtins_stub("x: int", &[]).ok().as_deref(), Some("x: int"));
    }

    #[test]
    fn bad_names_are_refused() {
        for name in ["", "1x", "a b", "class", "x\nimport os", "a-b"] {
            assert!(
                matches!(
                    builtins_stub("", &[(name, None)]),
                    Err(TypeCheckError::InvalidInputName { .. })
                ),
                "{name:?}"
            );
        }
        assert!(builtins_stub("", &[("données", None), ("_x1", None), ("match", None)]).is_ok());
    }

    #[test]
    fn bad_annotations_are_refused() {
        let deep = format!("{}int{}", "list[".repeat(40), "]".repeat(40));
        for annotation in [
            "int\nimport os",
            "int; import os",
            "",
            "int)",
            "def",
            deep.as_str(),
            "int # c",
        ] {
            assert!(
                matches!(
                    builtins_stub("", &[("x", Some(annotation))]),
                    Err(TypeCheckError::InvalidInputAnnotation { .. })
                ),
                "{annotation:?}"
            );
        }
        assert!(builtins_stub("", &[("x", Some("dict[str, list[int]] | None"))]).is_ok());
    }
}
