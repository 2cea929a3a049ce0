//! The adversarial suite: every `tests/adversarial/<class>__<name>.py` runs
//! in this process, under the default resource limits, with no watchdog, and
//! must end the way its header says.
//!
//! ```text
//! cargo test --test adversarial              # all programs
//! cargo test --test adversarial -- time__    # programs whose name contains `time__`
//! ```
//!
//! Header lines (anywhere in the file, usually at the top):
//!
//! - `# expect: ok` | `# expect: exception=NameError` | `# expect: limit=memory`
//!   (`memory`, `time`, `instructions`, `output`, `cancelled`; `limit=time|memory`
//!   where either may come first, depending on the machine's speed) |
//!   `# expect: syntax=SyntaxError` (`syntax=any` for any compile error);
//! - `# limits: duration=2 memory=1000000 instructions=N output=N recursion=N`
//!   changes single limits (seconds, bytes); the rest stay at their defaults;
//! - `# stdout: LINE` (repeatable): the exact lines printed.
//!
//! Generator lines, expanded in place before the program runs, so huge inputs
//! stay small files:
//!
//! - `# repeat: N LINE`: LINE, N times;
//! - `# nest: N HEAD | BODY`: HEAD N times, each one space deeper than the one
//!   before, then BODY one level deeper still.
//!
//! Each program runs on a worker thread with a 2 MB stack, inside
//! `catch_unwind`: a panic fails that program; a stack overflow would abort the
//! whole suite, which is why the stack is small (it finds them early). A run
//! that takes far longer than its time limit is reported as a hang, and the
//! suite stops.

#![allow(clippy::print_stdout)] // a harness=false test reports on stdout, like libtest

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use monty::{LimitError, LimitedTracker, MontyError, MontyObject, MontyRun, PrintWriter, ResourceLimits};

/// The stack of a worker: the default of a spawned Rust thread, stated explicitly.
const WORKER_STACK_BYTES: usize = 2 * 1024 * 1024;

/// How long past its time limit a run may go before it counts as a failure.
const TIME_GRACE: Duration = Duration::from_secs(3);

/// How long past its time limit a run may go before the suite reports a hang and stops.
const HANG_AFTER: Duration = Duration::from_secs(30);

/// The outcome a program's header asks for.
#[derive(Debug, Clone, PartialEq)]
enum Expect {
    Ok,
    Exception(String),
    Limit(String),
    Syntax(Option<String>),
}

/// One program and its header.
#[derive(Debug, Clone)]
struct Program {
    name: String,
    source: String,
    expect: Expect,
    limits: ResourceLimits,
    stdout: Option<Vec<String>>,
}

/// What happened to one program.
struct Outcome {
    name: String,
    elapsed: Duration,
    failure: Option<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("adversarial");
    let mut programs = match load_programs(&dir) {
        Ok(programs) => programs,
        Err(e) => {
            eprintln!("adversarial: {e}");
            return ExitCode::FAILURE;
        }
    };
    programs.retain(|p| filters.is_empty() || filters.iter().any(|f| p.name.contains(f.as_str())));
    if args.iter().any(|a| a == "--list") {
        for p in &programs {
            println!("{}: test", p.name);
        }
        return ExitCode::SUCCESS;
    }
    if args.iter().any(|a| a == "--ignored") {
        return ExitCode::SUCCESS;
    }
    // Panics are reported per program, not printed by the default hook.
    panic::set_hook(Box::new(|_| {}));

    let total = programs.len();
    let started = Instant::now();
    let outcomes = run_all(programs);
    let mut failures = 0;
    let mut by_class: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut slowest: Vec<(Duration, String)> = Vec::new();
    for o in &outcomes {
        let class = o.name.split("__").next().unwrap_or("").to_owned();
        let entry = by_class.entry(class).or_default();
        entry.0 += 1;
        if let Some(why) = &o.failure {
            failures += 1;
            entry.1 += 1;
            println!("FAIL {} ({:.2}s): {why}", o.name, o.elapsed.as_secs_f64());
        }
        slowest.push((o.elapsed, o.name.clone()));
    }
    slowest.sort();
    for (elapsed, name) in slowest.iter().rev().take(5) {
        println!("slowest: {name} {:.2}s", elapsed.as_secs_f64());
    }
    for (class, (count, failed)) in &by_class {
        println!("class {class}: {count} programs, {failed} failed");
    }
    println!(
        "adversarial: {} passed, {failures} failed, of {total} ({:.1}s)",
        total - failures,
        started.elapsed().as_secs_f64()
    );
    if failures == 0 && outcomes.len() == total {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Read every `*.py` under `dir`, sorted by name.
fn load_programs(dir: &Path) -> Result<Vec<Program>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    let mut programs = Vec::new();
    for path in paths {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let source = expand(&source).map_err(|e| format!("{}: {e}", path.display()))?;
        programs.push(parse_header(name, source)?);
    }
    Ok(programs)
}

/// Expand the `# repeat:` and `# nest:` generator lines of a program.
fn expand(source: &str) -> Result<String, String> {
    fn count_and_rest<'s>(spec: &'s str, line: &str) -> Result<(usize, &'s str), String> {
        let (n, rest) = spec
            .split_once(' ')
            .ok_or_else(|| format!("bad generator line {line:?}"))?;
        let n = n.parse().map_err(|_| format!("bad count in {line:?}"))?;
        Ok((n, rest))
    }
    let mut out = String::with_capacity(source.len());
    for line in source.lines() {
        if let Some(spec) = line.strip_prefix("# repeat: ") {
            let (n, text) = count_and_rest(spec, line)?;
            for _ in 0..n {
                out.push_str(text);
                out.push('\n');
            }
        } else if let Some(spec) = line.strip_prefix("# nest: ") {
            let (n, rest) = count_and_rest(spec, line)?;
            let (head, body) = rest
                .split_once(" | ")
                .ok_or_else(|| format!("`# nest:` needs HEAD | BODY: {line:?}"))?;
            for depth in 0..n {
                out.push_str(&" ".repeat(depth));
                out.push_str(head);
                out.push('\n');
            }
            out.push_str(&" ".repeat(n));
            out.push_str(body);
            out.push('\n');
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    Ok(out)
}

/// Read the `# expect:`, `# limits:` and `# stdout:` lines of a program.
fn parse_header(name: String, source: String) -> Result<Program, String> {
    let mut expect = None;
    let mut limits = ResourceLimits::default();
    let mut stdout: Option<Vec<String>> = None;
    for line in source.lines() {
        if let Some(text) = line.strip_prefix("# expect: ") {
            let text = text.trim();
            expect = Some(match text.split_once('=') {
                None if text == "ok" => Expect::Ok,
                Some(("exception", ty)) => Expect::Exception(ty.to_owned()),
                Some(("limit", which)) => Expect::Limit(which.to_owned()),
                Some(("syntax", "any")) => Expect::Syntax(None),
                Some(("syntax", ty)) => Expect::Syntax(Some(ty.to_owned())),
                _ => return Err(format!("{name}: unknown expectation {text:?}")),
            });
        } else if let Some(text) = line.strip_prefix("# limits: ") {
            for setting in text.split_whitespace() {
                let bad = || format!("{name}: bad limit setting {setting:?}");
                let (key, value) = setting.split_once('=').ok_or_else(bad)?;
                match key {
                    "duration" => {
                        limits.max_duration = Some(Duration::from_secs_f64(value.parse().map_err(|_| bad())?));
                    }
                    "memory" => limits.max_memory = Some(value.parse().map_err(|_| bad())?),
                    "instructions" => limits.max_instructions = Some(value.parse().map_err(|_| bad())?),
                    "output" => limits.max_output_bytes = Some(value.parse().map_err(|_| bad())?),
                    "recursion" => limits.max_recursion_depth = Some(value.parse().map_err(|_| bad())?),
                    _ => return Err(bad()),
                }
            }
        } else if let Some(text) = line.strip_prefix("# stdout:") {
            stdout
                .get_or_insert_with(Vec::new)
                .push(text.strip_prefix(' ').unwrap_or(text).to_owned());
        }
    }
    let expect = expect.ok_or_else(|| format!("{name}: no `# expect:` line"))?;
    Ok(Program {
        name,
        source,
        expect,
        limits,
        stdout,
    })
}

/// Run every program on a pool of small-stack workers; stop the suite on a hang.
fn run_all(programs: Vec<Program>) -> Vec<Outcome> {
    let total = programs.len();
    let workers = thread::available_parallelism().map_or(2, usize::from).min(total.max(1));
    let queue = Arc::new(Mutex::new(programs.into_iter().collect::<Vec<_>>()));
    let next = Arc::new(AtomicUsize::new(0));
    let in_flight: Arc<Mutex<BTreeMap<String, (Instant, Duration)>>> = Arc::default();
    let (tx, rx) = mpsc::channel::<Outcome>();
    for _ in 0..workers {
        let (queue, next, in_flight, tx) = (queue.clone(), next.clone(), in_flight.clone(), tx.clone());
        let spawned = thread::Builder::new()
            .name("adversarial".to_owned())
            .stack_size(WORKER_STACK_BYTES)
            .spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let program = match queue.lock() {
                        Ok(q) => q.get(i).cloned(),
                        Err(_) => None,
                    };
                    let Some(program) = program else { break };
                    let budget = program.limits.max_duration.unwrap_or(Duration::from_secs(5));
                    if let Ok(mut f) = in_flight.lock() {
                        f.insert(program.name.clone(), (Instant::now(), budget));
                    }
                    let outcome = run_one(&program);
                    if let Ok(mut f) = in_flight.lock() {
                        f.remove(&program.name);
                    }
                    if tx.send(outcome).is_err() {
                        break;
                    }
                }
            });
        if let Err(e) = spawned {
            eprintln!("adversarial: cannot start a worker: {e}");
        }
    }
    drop(tx);
    let mut outcomes = Vec::with_capacity(total);
    while outcomes.len() < total {
        match rx.recv_timeout(Duration::from_secs(1)) {
            Ok(outcome) => outcomes.push(outcome),
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let hung: Vec<String> = match in_flight.lock() {
                    Ok(f) => f
                        .iter()
                        .filter(|(_, (started, budget))| started.elapsed() > *budget + HANG_AFTER)
                        .map(|(name, (started, _))| format!("{name} ({:.0}s)", started.elapsed().as_secs_f64()))
                        .collect(),
                    Err(_) => Vec::new(),
                };
                if !hung.is_empty() {
                    // The run cannot be stopped from outside (that is the point); report and leave.
                    println!("HANG: {} did not end; the suite stops here", hung.join(", "));
                    break;
                }
            }
        }
    }
    outcomes.sort_by(|a, b| a.name.cmp(&b.name));
    outcomes
}

/// Compile and run one program and compare the result with its header.
fn run_one(program: &Program) -> Outcome {
    let started = Instant::now();
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut out = PrintWriter::collect();
        let result = MontyRun::new(&program.source, &format!("{}.py", program.name), vec![], vec![])
            .and_then(|run| run.run(vec![], LimitedTracker::new(program.limits.clone()), &mut out));
        (result, out.collected_stdout().to_owned())
    }));
    let elapsed = started.elapsed();
    let failure = match result {
        Err(payload) => Some(format!("panicked: {}", panic_text(payload.as_ref()))),
        Ok((result, stdout)) => check(program, &result, &stdout, elapsed),
    };
    Outcome {
        name: program.name.clone(),
        elapsed,
        failure,
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_owned()
    }
}

/// `None` when the result is what the header expects.
fn check(
    program: &Program,
    result: &Result<MontyObject, MontyError>,
    stdout: &str,
    elapsed: Duration,
) -> Option<String> {
    let matches = match (&program.expect, result) {
        (Expect::Ok, Ok(_)) => true,
        (Expect::Exception(ty), Err(MontyError::Exception(e))) => e.exc_type == *ty,
        (Expect::Syntax(None), Err(MontyError::Syntax(_))) => true,
        (Expect::Syntax(Some(ty)), Err(MontyError::Syntax(e))) => e.exc_type == *ty,
        (Expect::Limit(which), Err(MontyError::Limit { error: limit, .. })) => {
            let got = match limit {
                LimitError::Memory { .. } => "memory",
                LimitError::Duration { .. } => "time",
                LimitError::Instructions { .. } => "instructions",
                LimitError::Output { .. } => "output",
                LimitError::HostCalls { .. } => "host-calls",
                LimitError::Cancelled => "cancelled",
            };
            which.split('|').any(|w| w == got)
        }
        _ => false,
    };
    if !matches {
        let got = match result {
            Ok(v) => format!("ok ({})", v.py_repr()),
            Err(e) => e.summary(),
        };
        let got: String = got.chars().take(300).collect();
        return Some(format!("expected {:?}, got {got}", program.expect));
    }
    if let Some(limit) = program.limits.max_duration
        && elapsed > limit + TIME_GRACE
    {
        return Some(format!(
            "ran {:.2}s, past its {:.2}s time limit by more than {:?}",
            elapsed.as_secs_f64(),
            limit.as_secs_f64(),
            TIME_GRACE
        ));
    }
    if let Some(lines) = &program.stdout {
        let got: Vec<&str> = stdout.lines().collect();
        if got != *lines {
            let shown: String = stdout.chars().take(300).collect();
            return Some(format!("stdout {shown:?}, expected {:?}", lines.join("\n")));
        }
    }
    None
}
