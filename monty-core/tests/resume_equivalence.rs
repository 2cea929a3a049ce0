//! Resume equivalence over a corpus of agent programs (`tests/agents/*.py`): each
//! runs straight through, then paused at every host call with the whole run
//! dumped to bytes and loaded back before resuming; output and result must be
//! identical. Programs named `async_*` await their tools: they run with every
//! call answered as a host future, resolved one per pause, with and without
//! snapshots.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use std::path::PathBuf;

use common::{Answer, drive};
use monty_core::{HostError, HostFunctions, LimitedTracker, MontyObject, MontyRun, PrintWriter};

const TOOLS: &[&str] = &[
    "search",
    "fetch",
    "fail",
    "lookup",
    "page",
    "customer",
    "price",
    "weather",
    "translate",
];

/// Every tool answers deterministically from its name and arguments; `fail` raises.
fn answer(name: &str, args: &[MontyObject], kwargs: &[(String, MontyObject)]) -> Result<MontyObject, HostError> {
    if name == "fail" {
        return Err(HostError::new("ValueError", format!("{name} refused")));
    }
    let weight = i64::try_from(name.len() * 7 + args.len() * 3 + kwargs.len()).unwrap_or(0);
    Ok(MontyObject::Dict(vec![
        (MontyObject::Str("tool".into()), MontyObject::Str(name.into())),
        (MontyObject::Str("args".into()), MontyObject::List(args.to_vec())),
        (
            MontyObject::Str("kw".into()),
            MontyObject::Dict(
                kwargs
                    .iter()
                    .map(|(k, v)| (MontyObject::Str(k.clone()), v.clone()))
                    .collect(),
            ),
        ),
        (MontyObject::Str("score".into()), MontyObject::Int(weight)),
    ]))
}

struct Tools;

impl HostFunctions for Tools {
    fn call(
        &mut self,
        name: &str,
        args: Vec<MontyObject>,
        kwargs: Vec<(String, MontyObject)>,
    ) -> Result<MontyObject, HostError> {
        answer(name, &args, &kwargs)
    }
}

fn corpus() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("agents");
    let mut programs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/agents")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .map(|p| {
            let name = p.file_name().expect("name").to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("reads"))
        })
        .collect();
    programs.sort();
    assert!(programs.len() >= 6, "the corpus is there");
    programs
}

fn compile(name: &str, code: &str) -> MontyRun {
    MontyRun::new(code, name, vec![], TOOLS.iter().map(|t| (*t).to_owned()).collect())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn paused(run: &MontyRun, mode: Answer, through_bytes: bool) -> (MontyObject, String, usize) {
    let mut out = PrintWriter::collect();
    let progress = run.start(vec![], LimitedTracker::default(), &mut out).expect("starts");
    let driven = drive(progress, &mut out, mode, through_bytes, answer);
    (
        driven.result.expect("runs"),
        out.collected_stdout().to_owned(),
        driven.pauses,
    )
}

#[test]
fn every_agent_program_resumes_to_the_same_output() {
    for (name, code) in corpus() {
        let run = compile(&name, &code);
        let (mode, straight) = if name.starts_with("async_") {
            let (r, out, _) = paused(&run, Answer::Futures, false);
            (Answer::Futures, (r, out))
        } else {
            let mut out = PrintWriter::collect();
            let r = run
                .run_with_host(vec![], LimitedTracker::default(), &mut out, &mut Tools)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            (Answer::Sync, (r, out.collected_stdout().to_owned()))
        };
        let (r, out, pauses) = paused(&run, mode, true);
        assert!(pauses >= 3, "{name} pauses at its tool calls ({pauses})");
        assert_eq!((r, out), straight, "{name}: snapshotted run differs");
        assert!(!straight.1.is_empty(), "{name} prints its result");
    }
}
