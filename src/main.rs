//! `monty`: run a Python file or string in the Monty sandbox.
//!
//! ```text
//! monty run FILE [--input NAME=JSON]...
//! monty run -c CODE [--input NAME=JSON]...
//! ```
//!
//! Program output goes to stdout as it is printed. If the program ends with an
//! expression statement whose value is not `None`, its `repr()` is printed last.
//! An uncaught Python error (syntax or runtime) is printed to stderr as a
//! traceback and the exit status is 1; a usage error exits with 2.
//!
//! The arguments are parsed by hand rather than with an argument-parsing
//! crate: the grammar is one subcommand and two options, and a Cargo binary's
//! dependencies are also dependencies of the `monty` library that embedders
//! pull in, which we keep minimal.

use std::io::Write as _;
use std::process::ExitCode;

use monty::{LimitedTracker, MontyObject, MontyRun, PrintWriter};

const SYNOPSIS: &str = "\
usage: monty run FILE [--input NAME=JSON]...
       monty run -c CODE [--input NAME=JSON]...
       monty --help
";

const DESCRIPTION: &str = "
Run a Python program in the Monty sandbox, with the default resource limits.

options:
  -c CODE              run CODE instead of a file
  --input NAME=JSON    make the global NAME hold JSON (converted to a Python value);
                       may be repeated
  -h, --help           show this help

The value of a trailing expression statement, unless None, is printed after the
program's output. An uncaught Python exception is printed to stderr and exits 1;
a usage error exits 2.
";

/// What the command line asks for.
#[derive(Debug)]
enum Request {
    Help,
    Run(RunArgs),
}

/// `monty run`'s arguments.
#[derive(Debug)]
struct RunArgs {
    /// The program text.
    code: String,
    /// The name tracebacks show: the file path, or `<string>` for `-c`.
    script_name: String,
    /// Input names and values, in command-line order.
    inputs: Vec<(String, MontyObject)>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse_args(&args) {
        Ok(Request::Help) => {
            // A closed stdout (`monty --help | head -0`) is not an error worth reporting.
            let _ = write!(std::io::stdout().lock(), "{SYNOPSIS}{DESCRIPTION}");
            ExitCode::SUCCESS
        }
        Ok(Request::Run(run_args)) => run(run_args),
        Err(message) => {
            eprint!("monty: {message}\n{SYNOPSIS}");
            ExitCode::from(2)
        }
    }
}

/// Parse the command line (without the program name). An `Err` is a usage error.
fn parse_args(args: &[String]) -> Result<Request, String> {
    let mut args = args.iter();
    match args.next().map(String::as_str) {
        Some("-h" | "--help" | "help") => return Ok(Request::Help),
        Some("run") => {}
        Some(other) => return Err(format!("unknown command {other:?}")),
        None => return Err("missing command".to_owned()),
    }

    let mut code: Option<(String, String)> = None;
    let mut inputs: Vec<(String, MontyObject)> = Vec::new();
    while let Some(arg) = args.next() {
        let (flag, inline_value) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
            _ => (arg.as_str(), None),
        };
        match flag {
            "-h" | "--help" => return Ok(Request::Help),
            "-c" => {
                let text = args.next().ok_or("-c needs an argument: the code to run")?;
                set_code(&mut code, text.clone(), "<string>".to_owned())?;
            }
            "--input" => {
                let spec = match inline_value {
                    Some(spec) => spec,
                    None => args.next().ok_or("--input needs an argument: NAME=JSON")?.clone(),
                };
                let (name, value) = parse_input(&spec)?;
                if inputs.iter().any(|(existing, _)| *existing == name) {
                    return Err(format!("input {name:?} given twice"));
                }
                inputs.push((name, value));
            }
            _ if flag.starts_with('-') && flag != "-" => return Err(format!("unknown option {arg:?}")),
            path => {
                let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path:?}: {e}"))?;
                set_code(&mut code, text, path.to_owned())?;
            }
        }
    }
    let (code, script_name) = code.ok_or("run needs a FILE or -c CODE")?;
    Ok(Request::Run(RunArgs {
        code,
        script_name,
        inputs,
    }))
}

fn set_code(slot: &mut Option<(String, String)>, code: String, script_name: String) -> Result<(), String> {
    if slot.is_some() {
        return Err("give exactly one FILE or -c CODE".to_owned());
    }
    *slot = Some((code, script_name));
    Ok(())
}

/// `NAME=JSON` -> the input's name and value.
fn parse_input(spec: &str) -> Result<(String, MontyObject), String> {
    let (name, json) = spec
        .split_once('=')
        .ok_or_else(|| format!("--input {spec:?}: expected NAME=JSON"))?;
    let is_identifier = name.chars().next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && name.chars().all(|c| c == '_' || c.is_alphanumeric());
    if !is_identifier {
        return Err(format!("--input {spec:?}: {name:?} is not a Python identifier"));
    }
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("--input {name}: invalid JSON: {e}"))?;
    Ok((name.to_owned(), MontyObject::from_json(&value)))
}

/// Compile and run the program; the exit status says whether Python raised.
fn run(args: RunArgs) -> ExitCode {
    let (names, values): (Vec<String>, Vec<MontyObject>) = args.inputs.into_iter().unzip();
    let result = MontyRun::new(&args.code, &args.script_name, names, Vec::new()).and_then(|runner| {
        let mut print = PrintWriter::Stdout;
        runner.run(values, LimitedTracker::default(), &mut print)
    });
    // Writes ignore a closed stdout (`monty run x.py | head`): exiting quietly is
    // what a command-line tool should do there, where `println!` would panic.
    let mut stdout = std::io::stdout().lock();
    match result {
        Ok(MontyObject::None) => {
            let _ = stdout.flush();
            ExitCode::SUCCESS
        }
        Ok(value) => {
            let _ = writeln!(stdout, "{}", value.py_repr());
            let _ = stdout.flush();
            ExitCode::SUCCESS
        }
        Err(err) => {
            let _ = stdout.flush();
            eprint!("{}", err.render());
            ExitCode::FAILURE
        }
    }
}
