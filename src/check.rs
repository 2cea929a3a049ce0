//! `monty check`: type-check a program with ty before running it.
//!
//! ```text
//! monty check FILE [--grant ...] [--stubs STUBS.pyi] [--input NAME=JSON]...
//! ```
//!
//! Prints each diagnostic as ty renders it (source snippet included) to
//! stdout, then a summary line; exits 1 when there is an error, 0 otherwise
//! (warnings alone do not fail), and 2 on a usage error. `--input` takes the
//! same `NAME=JSON` as `monty run`: the JSON value's type becomes the input's
//! declared type.

use std::io::Write as _;
use std::process::ExitCode;

use monty::typecheck::{Severity, TypeChecker};

const USAGE: &str = "usage: monty check FILE [grant options as for run] [--stubs STUBS.pyi] [--input NAME=JSON]...\n";

/// `monty check`'s arguments.
#[derive(Debug, Default)]
struct CheckArgs {
    path: Option<String>,
    stubs: String,
    inputs: Vec<(String, String)>,
}

/// Run `monty check` with the arguments after `check`.
pub(crate) fn main(args: &[String]) -> ExitCode {
    let parsed = match parse(args) {
        Ok(Some(parsed)) => parsed,
        Ok(None) => {
            let _ = write!(std::io::stdout().lock(), "{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprint!("monty: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let Some(path) = parsed.path else {
        eprint!("monty: check needs a FILE\n{USAGE}");
        return ExitCode::from(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(e) => {
            eprintln!("monty: cannot read {path:?}: {e}");
            return ExitCode::from(2);
        }
    };
    let inputs: Vec<(&str, Option<&str>)> = parsed
        .inputs
        .iter()
        .map(|(name, annotation)| (name.as_str(), Some(annotation.as_str())))
        .collect();
    let mut checker = TypeChecker::new().with_script_name(&path);
    let diagnostics = match checker.check(&source, &parsed.stubs, &inputs) {
        Ok(diagnostics) => diagnostics,
        Err(e) => {
            eprintln!("monty: {e}");
            return ExitCode::from(2);
        }
    };
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let mut out = std::io::stdout().lock();
    for diagnostic in &diagnostics {
        let _ = writeln!(out, "{}", diagnostic.rendered);
    }
    let _ = match (diagnostics.len(), errors) {
        (0, _) => writeln!(out, "All checks passed!"),
        (n, e) => writeln!(out, "Found {n} diagnostic{} ({e} error{})", plural(n), plural(e)),
    };
    let _ = out.flush();
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `monty run --type-check`: check `source` against `stubs` (inputs untyped); print
/// the diagnostics to stderr; whether the program may run (no error).
pub(crate) fn passes(source: &str, script_name: &str, stubs: &str, inputs: &[String]) -> bool {
    let inputs: Vec<(&str, Option<&str>)> = inputs.iter().map(|n| (n.as_str(), None)).collect();
    let mut checker = TypeChecker::new().with_script_name(script_name);
    match checker.check(source, stubs, &inputs) {
        Ok(diagnostics) => {
            let mut err = std::io::stderr().lock();
            for diagnostic in &diagnostics {
                let _ = writeln!(err, "{}", diagnostic.rendered);
            }
            let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
            if errors > 0 {
                let _ = writeln!(err, "monty: not run: {errors} type error{}", plural(errors));
            }
            errors == 0
        }
        Err(e) => {
            eprintln!("monty: {e}");
            false
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `Ok(None)` asks for help.
fn parse(args: &[String]) -> Result<Option<CheckArgs>, String> {
    let mut parsed = CheckArgs::default();
    let mut grants = crate::cli::grants::Grants::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
            _ => (arg.as_str(), None),
        };
        // the granted functions' stubs are what the program is checked against
        if grants.take(flag, inline.clone(), || args.next().cloned())? {
            continue;
        }
        let mut value = |what: &str| match inline.clone() {
            Some(v) => Ok(v),
            None => args.next().cloned().ok_or(format!("{flag} needs {what}")),
        };
        match flag {
            "-h" | "--help" => return Ok(None),
            "--stubs" => {
                let path = value("a stub file")?;
                let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path:?}: {e}"))?;
                parsed.stubs.push_str(&text);
                parsed.stubs.push('\n');
            }
            "--input" => {
                let spec = value("NAME=JSON")?;
                let (name, json) = spec
                    .split_once('=')
                    .ok_or_else(|| format!("--input {spec:?}: expected NAME=JSON"))?;
                let json: serde_json::Value =
                    serde_json::from_str(json).map_err(|e| format!("--input {name}: invalid JSON: {e}"))?;
                parsed.inputs.push((name.to_owned(), annotation_of(&json).to_owned()));
            }
            _ if flag.starts_with('-') => return Err(format!("unknown option {arg:?}")),
            path if parsed.path.is_none() => parsed.path = Some(path.to_owned()),
            _ => return Err("give exactly one FILE".to_owned()),
        }
    }
    if !grants.is_empty() {
        parsed.stubs.push_str(&grants.build()?.stubs());
    }
    Ok(Some(parsed))
}

/// The declared type of an input given as JSON (what `monty run` converts it to).
fn annotation_of(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "None",
        serde_json::Value::Bool(_) => "bool",
        serde_json::Value::Number(n) if n.is_f64() => "float",
        serde_json::Value::Number(_) => "int",
        serde_json::Value::String(_) => "str",
        serde_json::Value::Array(_) => "list",
        serde_json::Value::Object(_) => "dict",
    }
}
