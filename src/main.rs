//! `monty`: run a Python file or string in the Monty sandbox, and show what
//! host functions a program can be granted.
//!
//! ```text
//! monty run FILE [--input NAME=JSON]... [GRANT OPTIONS] [LIMIT OPTIONS]
//! monty run -c CODE [--input NAME=JSON]... [GRANT OPTIONS] [LIMIT OPTIONS]
//! monty tools [GRANT OPTIONS] [--stubs | --json [--format openai|anthropic]]
//! ```
//!
//! Runs use the default resource limits (`ResourceLimits::default()`); the
//! limit options change one limit each, and `--no-limits` switches all off.
//! A run can call nothing of the host unless a grant option grants it: the
//! example tools of `examples/tools/tools.rs` (linked into this binary) by
//! name or group, a clock, an environment allow-list, or mounted directories.
//!
//! Program output goes to stdout as it is printed. If the program ends with an
//! expression statement whose value is not `None`, its `repr()` is printed last.
//! An uncaught Python error (syntax or runtime) is printed to stderr as a
//! traceback and the exit status is 1; a usage error exits with 2.
//!
//! The arguments are parsed by hand rather than with an argument-parsing
//! crate: the grammar is two subcommands and a few options, and a Cargo binary's
//! dependencies are also dependencies of the `monty` library that embedders
//! pull in, which we keep minimal.

#[cfg(feature = "typecheck")]
mod check;

use std::io::Write as _;
use std::process::ExitCode;

use std::time::Duration;

use monty::{LimitedTracker, MontyObject, PrintWriter, ResourceLimits, ToolFormat};

mod cli;

/// The example tools, linked so that `--grant` has something to grant. They
/// register themselves (inventory): nothing here names them.
#[path = "../examples/tools/tools.rs"]
mod tools;

use cli::grants::Grants;

const SYNOPSIS: &str = "\
usage: monty run FILE [--input NAME=JSON]... [GRANT OPTIONS] [LIMIT OPTIONS]
       monty run -c CODE [--input NAME=JSON]... [GRANT OPTIONS] [LIMIT OPTIONS]
       monty tools [GRANT OPTIONS] [--stubs | --json [--format openai|anthropic]]
       monty check FILE [GRANT OPTIONS] [--stubs STUBS.pyi] [--input NAME=JSON]...
       monty --help
";

const DESCRIPTION: &str = "
Run a Python program in the Monty sandbox, with the default resource limits.
The program can call no host function unless a grant option grants it.

options:
  -c CODE              run CODE instead of a file
  --type-check         type-check the program against the granted functions' stubs
                       first (as monty check); on a type error print it and exit 1
  --input NAME=JSON    make the global NAME hold JSON (converted to a Python value);
                       may be repeated
  -h, --help           show this help

grant options (may be repeated; nothing is granted by default):
  --grant NAME         grant the host function NAME, or every function of the group
                       NAME; `group:NAME` means the group only; NAME,NAME,... grants several
  --grant-all          grant every linked host function (the example tools)
  --clock CLOCK        grant now(), timestamp() and monotonic(): CLOCK is `system`, or
                       a frozen instant: seconds since the epoch or ISO 8601 UTC
                       (2026-11-27T09:30:00Z). time.time(), datetime.now() and the
                       like read this clock; `--grant clock` alone grants `system`
  --grant random       grant random_bytes(n), the host's entropy: unseeded random
                       generators, SystemRandom, secrets, os.urandom and uuid4 use it
  --env NAME,...       grant getenv(name, default=None), which reads only these
                       environment variables; any other reads as unset (os.getenv
                       and os.environ read the same)
  --mount DIR:/PATH[:rw]  grant the file functions (group fs: open(), pathlib, os.path,
                       and read_text, write_text, list_dir, ...) on the host directory
                       DIR, seen at /PATH; read-only unless :rw.
                       Paths cannot leave the mounts (.., absolute paths, symlinks)
  --http-allow HOST,...  grant http_get(url, ...) and http_request(method, url, ...)
                       to these hosts only: exact names (api.example.com), HOST:PORT
                       for another port than 80/443, *.example.com for subdomains.
                       Redirects are re-checked; 10MB, 30 s and 5 redirects at most

limit options (defaults: 100MB of memory, 5 s, depth 1000, 10MB of output):
  --max-memory BYTES       bytes of live objects; units accepted: 512KiB, 100MB, 1.5GB
  --max-duration SECONDS   wall-clock run time; fractions accepted (0.5)
  --max-recursion DEPTH    depth of nested Python calls
  --max-output BYTES       bytes printed; units accepted as for --max-memory
  --max-instructions N     instructions (calls, backward jumps and native work)
  --max-host-calls N       calls of host functions
  --no-limits              switch every limit off (trusted code only)

A limit that ends a run prints the traceback of where the program was, ending
in `MontyLimitError: ...` naming the limit and its value, to stderr and exits 1;
Python code cannot catch it.

The value of a trailing expression statement, unless None, is printed after the
program's output. An uncaught Python exception is printed to stderr and exits 1;
a usage error exits 2.

monty tools prints what an LLM needs to write a program for the granted
functions (every linked function when no grant option is given):
  (default)            the code-mode prompt: the stubs with docstrings and the sandbox's rules
  --stubs              the .pyi stub file
  --json               the JSON tool list for function-calling APIs
  --format FORMAT      the JSON shape: openai (default) or anthropic
";

/// What the command line asks for.
#[derive(Debug)]
enum Request {
    Help,
    Run(RunArgs),
    Tools(ToolsArgs),
}

/// What `monty tools` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ToolsOutput {
    Prompt,
    Stubs,
    Json(ToolFormat),
}

/// `monty tools`'s arguments.
#[derive(Debug)]
struct ToolsArgs {
    grants: Grants,
    output: ToolsOutput,
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
    /// The resource limits of the run.
    limits: ResourceLimits,
    /// The host functions the program may call.
    grants: Grants,
    /// `--type-check`: check the program against the granted stubs first.
    type_check: bool,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    #[cfg(feature = "typecheck")]
    if args.first().is_some_and(|a| a == "check") {
        return check::main(&args[1..]);
    }
    match parse_args(&args) {
        Ok(Request::Help) => {
            // A closed stdout (`monty --help | head -0`) is not an error worth reporting.
            let _ = write!(std::io::stdout().lock(), "{SYNOPSIS}{DESCRIPTION}");
            ExitCode::SUCCESS
        }
        Ok(Request::Run(run_args)) => run(run_args),
        Ok(Request::Tools(tools_args)) => tools(tools_args),
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
        Some("tools") => return parse_tools_args(args.as_slice()),
        Some(other) => return Err(format!("unknown command {other:?}")),
        None => return Err("missing command".to_owned()),
    }

    let mut code: Option<(String, String)> = None;
    let mut inputs: Vec<(String, MontyObject)> = Vec::new();
    let mut limits = ResourceLimits::default();
    let mut no_limits = false;
    let mut limit_set = false;
    let mut grants = Grants::default();
    let mut type_check = false;
    while let Some(arg) = args.next() {
        let (flag, inline_value) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
            _ => (arg.as_str(), None),
        };
        if grants.take(flag, inline_value.clone(), || args.next().cloned())? {
            continue;
        }
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
            "--type-check" => {
                if !cfg!(feature = "typecheck") {
                    return Err("--type-check needs a monty built with the `typecheck` feature".to_owned());
                }
                type_check = true;
            }
            "--no-limits" => {
                if inline_value.is_some() {
                    return Err("--no-limits takes no value".to_owned());
                }
                no_limits = true;
            }
            "--max-memory" | "--max-duration" | "--max-recursion" | "--max-output" | "--max-instructions"
            | "--max-host-calls" => {
                let value = match inline_value {
                    Some(value) => value,
                    None => args.next().ok_or_else(|| format!("{flag} needs a value"))?.clone(),
                };
                set_limit(&mut limits, flag, &value)?;
                limit_set = true;
            }
            _ if flag.starts_with('-') && flag != "-" => return Err(format!("unknown option {arg:?}")),
            path => {
                let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path:?}: {e}"))?;
                set_code(&mut code, text, path.to_owned())?;
            }
        }
    }
    let (code, script_name) = code.ok_or("run needs a FILE or -c CODE")?;
    grants.build()?;
    if no_limits {
        if limit_set {
            return Err("--no-limits cannot be combined with a --max-* option".to_owned());
        }
        limits = ResourceLimits::unlimited();
    }
    Ok(Request::Run(RunArgs {
        code,
        script_name,
        inputs,
        limits,
        grants,
        type_check,
    }))
}

/// `monty tools`'s options (after the subcommand).
fn parse_tools_args(args: &[String]) -> Result<Request, String> {
    let mut args = args.iter();
    let mut grants = Grants::default();
    let mut json = false;
    let mut stubs = false;
    let mut format = None;
    while let Some(arg) = args.next() {
        let (flag, inline_value) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
            _ => (arg.as_str(), None),
        };
        if grants.take(flag, inline_value.clone(), || args.next().cloned())? {
            continue;
        }
        match flag {
            "-h" | "--help" => return Ok(Request::Help),
            "--json" => json = true,
            "--stubs" => stubs = true,
            "--format" => {
                let value = match inline_value {
                    Some(value) => value,
                    None => args
                        .next()
                        .ok_or("--format needs a value: openai or anthropic")?
                        .clone(),
                };
                format = Some(match value.as_str() {
                    "openai" => ToolFormat::OpenAi,
                    "anthropic" => ToolFormat::Anthropic,
                    _ => return Err(format!("--format {value:?}: expected openai or anthropic")),
                });
            }
            _ => return Err(format!("unknown option {arg:?} for monty tools")),
        }
    }
    let output = match (json, stubs, format) {
        (true, true, _) => return Err("give at most one of --json and --stubs".to_owned()),
        (false, _, Some(_)) => return Err("--format goes with --json".to_owned()),
        (true, false, format) => ToolsOutput::Json(format.unwrap_or_default()),
        (false, true, None) => ToolsOutput::Stubs,
        (false, false, None) => ToolsOutput::Prompt,
    };
    if grants.is_empty() {
        grants.grant_all();
    }
    // Resolve the names now, so a bad grant is a usage error like any other.
    grants.build()?;
    Ok(Request::Tools(ToolsArgs { grants, output }))
}

/// Apply one `--max-*` option to `limits`.
fn set_limit(limits: &mut ResourceLimits, flag: &str, value: &str) -> Result<(), String> {
    let bad = |what: &str| format!("{flag} {value:?}: expected {what}");
    match flag {
        "--max-memory" => limits.max_memory = Some(parse_bytes(value).ok_or_else(|| bad("a size such as 100MB"))?),
        "--max-output" => {
            limits.max_output_bytes = Some(parse_bytes(value).ok_or_else(|| bad("a size such as 10MB"))?);
        }
        "--max-duration" => {
            let seconds: f64 = value.trim().parse().map_err(|_| bad("a number of seconds"))?;
            let duration = Duration::try_from_secs_f64(seconds)
                .ok()
                .filter(|d| !d.is_zero())
                .ok_or_else(|| bad("a positive number of seconds"))?;
            limits.max_duration = Some(duration);
        }
        "--max-recursion" => {
            let depth: usize = value.trim().parse().map_err(|_| bad("a whole number"))?;
            if depth == 0 {
                return Err(bad("a depth of at least 1"));
            }
            limits.max_recursion_depth = Some(depth);
        }
        "--max-instructions" => {
            limits.max_instructions = Some(value.trim().parse().map_err(|_| bad("a whole number"))?);
        }
        "--max-host-calls" => {
            limits.max_host_calls = Some(value.trim().parse().map_err(|_| bad("a whole number"))?);
        }
        _ => return Err(format!("unknown option {flag:?}")),
    }
    Ok(())
}

/// `1048576`, `100MB`, `1.5GB`, `512KiB`, `2 mb` -> bytes. Decimal units are
/// powers of 1000 (`KB`, `MB`, `GB`, `TB`, also `K`, `M`, `G`, `T`), binary units
/// powers of 1024 (`KiB`, `MiB`, `GiB`, `TiB`); `B` alone is bytes.
fn parse_bytes(text: &str) -> Option<usize> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number = number.replace('_', "");
    let multiplier: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "m" | "mb" => 1e6,
        "g" | "gb" => 1e9,
        "t" | "tb" => 1e12,
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        "tib" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        _ => return None,
    };
    if number.is_empty() {
        return None;
    }
    if !number.contains('.') && multiplier == 1.0 {
        return number.parse().ok();
    }
    let bytes = number.parse::<f64>().ok()? * multiplier;
    // A float-to-int `as` cast saturates; the bound keeps it exact enough and finite.
    (0.0..1.8e19).contains(&bytes).then(|| bytes.round() as usize)
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
    let caps = match args.grants.build() {
        Ok(caps) => caps,
        Err(message) => {
            eprint!("monty: {message}\n{SYNOPSIS}");
            return ExitCode::from(2);
        }
    };
    #[cfg(feature = "typecheck")]
    if args.type_check && !check::passes(&args.code, &args.script_name, &caps.stubs(), &names) {
        return ExitCode::FAILURE;
    }
    // without the feature, `--type-check` is refused while parsing
    #[cfg(not(feature = "typecheck"))]
    let _ = args.type_check;
    let result = caps.compile(&args.code, &args.script_name, names).and_then(|runner| {
        let mut print = PrintWriter::Stdout;
        caps.run(&runner, values, LimitedTracker::new(args.limits), &mut print)
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

/// Print the prompt, stubs or tool list of the granted functions.
fn tools(args: ToolsArgs) -> ExitCode {
    let caps = match args.grants.build() {
        Ok(caps) => caps,
        Err(message) => {
            eprint!("monty: {message}\n{SYNOPSIS}");
            return ExitCode::from(2);
        }
    };
    let text = match args.output {
        ToolsOutput::Prompt => caps.prompt(),
        ToolsOutput::Stubs => caps.stubs(),
        ToolsOutput::Json(format) => {
            let mut json = match serde_json::to_string_pretty(&caps.tools_json(format)) {
                Ok(json) => json,
                Err(e) => {
                    eprintln!("monty: cannot render the tool list: {e}");
                    return ExitCode::FAILURE;
                }
            };
            json.push('\n');
            json
        }
    };
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    ExitCode::SUCCESS
}
