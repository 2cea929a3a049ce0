//! Async host functions: a gather of host calls yields every call to the host
//! before any is resolved; the host resolves them in any order, inline or after
//! a snapshot, and the program's output is the same as with synchronous answers.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::{Answer, drive};
use monty_core::{
    HostError, LimitedTracker, MontyError, MontyObject, MontyRun, PendingFutures, PrintWriter, RunProgress,
};

/// Written for async tools: every host call is awaited.
const AGENT: &str = r#"
import asyncio

async def city_report(city):
    w = await get_weather(city)
    return f"{city}: {w}"

async def main():
    reports = await asyncio.gather(*(city_report(c) for c in ["Paris", "Oslo", "Lima"]))
    for r in reports:
        print(r)
    try:
        await get_weather("Atlantis")
    except KeyError as e:
        print("no such city", e)
    first = asyncio.create_task(get_weather("Rome"))
    await asyncio.sleep(1)
    print("rome later:", await first)
    return len(reports)

asyncio.run(main())
"#;

const EXPECTED: &str = "Paris: 14\nOslo: 3\nLima: 19\nno such city 'Atlantis'\nrome later: 21\n";

fn weather(name: &str, args: &[MontyObject]) -> Result<MontyObject, HostError> {
    assert_eq!(name, "get_weather");
    match args {
        [MontyObject::Str(c)] => match c.as_str() {
            "Paris" => Ok(MontyObject::Int(14)),
            "Oslo" => Ok(MontyObject::Int(3)),
            "Lima" => Ok(MontyObject::Int(19)),
            "Rome" => Ok(MontyObject::Int(21)),
            other => Err(HostError::new("KeyError", other)),
        },
        other => panic!("unexpected args {other:?}"),
    }
}

fn program() -> MontyRun {
    MontyRun::new(AGENT, "agent.py", vec![], vec!["get_weather".into()]).expect("compiles")
}

fn run(through_bytes: bool) -> (String, usize) {
    let mut out = PrintWriter::collect();
    let progress = program()
        .start(vec![], LimitedTracker::default(), &mut out)
        .expect("starts");
    let driven = drive(progress, &mut out, Answer::Futures, through_bytes, |n, a, _| {
        weather(n, a)
    });
    driven.result.expect("runs");
    (out.collected_stdout().to_owned(), driven.pauses)
}

#[test]
fn futures_resolved_out_of_order_give_the_straight_output() {
    let (out, pauses) = run(false);
    assert_eq!(out, EXPECTED);
    // 5 calls, 5 resolutions
    assert_eq!(pauses, 10);
}

#[test]
fn futures_survive_snapshots_at_every_pause() {
    assert_eq!(run(true), run(false));
}

/// The first three calls all reach the host before any result is needed.
#[test]
fn gather_yields_every_call_before_resolving_any() {
    let mut out = PrintWriter::collect();
    let mut progress = program()
        .start(vec![], LimitedTracker::default(), &mut out)
        .expect("starts");
    let mut ids = Vec::new();
    let wait = loop {
        match progress {
            RunProgress::FunctionCall(call) => {
                ids.push(call.call_id);
                progress = call
                    .resume_future(LimitedTracker::default(), &mut out)
                    .expect("resumes");
            }
            RunProgress::ResolveFutures(wait) => break wait,
            RunProgress::Complete(v) => panic!("finished early with {v:?}"),
        }
    };
    assert_eq!(ids.len(), 3);
    assert_eq!(wait.call_ids, ids);

    // an id that is not pending is refused, and nothing is lost: the same bytes still resume
    let bytes = wait.dump();
    let err = wait
        .resume(vec![(999, Ok(MontyObject::None))], LimitedTracker::default(), &mut out)
        .expect_err("unknown id");
    assert!(matches!(err, MontyError::UnknownCall(999)));

    // all three at once, in reverse order, from a fresh load
    let wait = PendingFutures::load(&bytes).expect("loads");
    let answers = ids
        .iter()
        .rev()
        .zip(["Lima", "Oslo", "Paris"])
        .map(|(&id, c)| (id, weather("get_weather", &[MontyObject::Str(c.into())])))
        .collect();
    let next = wait
        .resume(answers, LimitedTracker::default(), &mut out)
        .expect("resumes");
    let RunProgress::FunctionCall(call) = next else {
        panic!("expected the Atlantis call");
    };
    assert_eq!(call.args, vec![MontyObject::Str("Atlantis".into())]);
    assert_eq!(out.collected_stdout(), "Paris: 14\nOslo: 3\nLima: 19\n");
}

/// Bytes that claim a pending future the heap does not hold are refused.
#[test]
fn tampered_future_snapshots_are_refused() {
    let mut out = PrintWriter::collect();
    let mut progress = program()
        .start(vec![], LimitedTracker::default(), &mut out)
        .expect("starts");
    let wait = loop {
        match progress {
            RunProgress::FunctionCall(call) => {
                progress = call
                    .resume_future(LimitedTracker::default(), &mut out)
                    .expect("resumes");
            }
            RunProgress::ResolveFutures(wait) => break wait,
            RunProgress::Complete(v) => panic!("finished early with {v:?}"),
        }
    };
    let bytes = wait.dump();
    for cut in [0, 10, bytes.len() / 2, bytes.len() - 1] {
        assert!(PendingFutures::load(&bytes[..cut]).is_err());
    }
    let mut flipped = bytes.clone();
    let at = flipped.len() - 3;
    flipped[at] ^= 0xff;
    assert!(PendingFutures::load(&flipped).is_err());
    assert!(
        monty_core::PendingCall::load(&bytes).is_err(),
        "a futures snapshot is not a paused call"
    );
}

/// A script may `await` at top level: it runs on one event loop for the whole script,
/// and host futures made there pause the run like any others.
#[test]
fn top_level_await_runs_on_one_loop() {
    let code = r#"
import asyncio

async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x

a = await double(2)
b, c = await asyncio.gather(double(a), get_weather("Oslo"))
print(a, b, c)
[a, b, c]
"#;
    let run = MontyRun::new(code, "top.py", vec![], vec!["get_weather".into()]).expect("compiles");
    let mut out = PrintWriter::collect();
    let progress = run.start(vec![], LimitedTracker::default(), &mut out).expect("starts");
    let driven = drive(progress, &mut out, Answer::Futures, true, |n, a, _| weather(n, a));
    assert_eq!(
        driven.result.expect("runs"),
        MontyObject::List(vec![MontyObject::Int(4), MontyObject::Int(8), MontyObject::Int(3)])
    );
    assert_eq!(out.collected_stdout(), "4 8 3\n");
}

/// `await` outside an `async def` (and not at a script's top level) does not compile.
#[test]
fn await_in_a_plain_function_is_a_syntax_error() {
    let err = MontyRun::new("def f():\n    await g()\n", "x.py", vec![], vec![]).expect_err("refused");
    assert!(matches!(&err, MontyError::Syntax(e) if e.message == "'await' outside async function"));
    let err = MontyRun::new("async def f():\n    yield 1\n", "x.py", vec![], vec![]).expect_err("refused");
    assert!(matches!(&err, MontyError::Syntax(e) if e.exc_type == "NotImplementedError"));
}
