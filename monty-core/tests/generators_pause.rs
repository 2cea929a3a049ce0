//! Invariant 4 for generators, `yield from`, `contextmanager` and `match`: a host
//! call inside a generator body (resumed by `for`, `next`, `send`, `throw`,
//! `yield from` or a `with` statement) or inside a `match` arm pauses the run;
//! the paused state, with the suspended generators in it, survives a snapshot
//! and resumes to the same output as an uninterrupted run.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use monty_core::{HostError, HostFunctions, LimitedTracker, MontyObject, MontyRun, PrintWriter};

const AGENT: &str = r#"
from contextlib import contextmanager

def pages(n):
    for i in range(n):
        got = yield fetch("page", i)
        if got is not None:
            print("page ack", got)
    return "pages done"

def all_pages():
    r = yield from pages(3)
    print("sub returned", r)
    yield fetch("tail", 0)

@contextmanager
def session(name):
    token = fetch("open", name)
    try:
        yield token
    except KeyError as e:
        fetch("log", str(e))
    finally:
        fetch("close", name)

def route(msg):
    match msg:
        case {"kind": "page", "n": int(n)}:
            return fetch("page", n)
        case [first, *rest]:
            return [fetch("item", first), len(rest)]
        case _:
            return None

out = []
for p in all_pages():
    out.append(p)
print(out)

g = pages(3)
print(next(g))
print(g.send("ok"))
try:
    g.throw(ValueError("stop"))
except ValueError as e:
    print("thrown back", e)

with session("s1") as tok:
    print("token", tok)
    raise KeyError("missing")
print("suppressed by session")

results = [route({"kind": "page", "n": 7}), route(["a", "b", "c"]), route(3)]
print(results)
results
"#;

fn answer(args: &[MontyObject]) -> Result<MontyObject, HostError> {
    match args {
        [MontyObject::Str(kind), arg] => Ok(match (kind.as_str(), arg) {
            ("page", MontyObject::Int(i)) => MontyObject::Int(100 + i),
            ("tail", _) => MontyObject::Str("tail".into()),
            ("open", MontyObject::Str(n)) => MontyObject::Str(format!("tok-{n}")),
            ("item", MontyObject::Str(s)) => MontyObject::Str(s.to_uppercase()),
            _ => MontyObject::None,
        }),
        other => panic!("unexpected args {other:?}"),
    }
}

struct Tools;

impl HostFunctions for Tools {
    fn call(
        &mut self,
        _name: &str,
        args: Vec<MontyObject>,
        _kwargs: Vec<(String, MontyObject)>,
    ) -> Result<MontyObject, HostError> {
        answer(&args)
    }
}

fn program() -> MontyRun {
    MontyRun::new(AGENT, "agent.py", vec![], vec!["fetch".into()]).expect("compiles")
}

const EXPECTED: &str = "sub returned pages done
[100, 101, 102, 'tail']
100
page ack ok
101
thrown back stop
token tok-s1
suppressed by session
[107, ['A', 2], None]
";

#[test]
fn generators_with_host_calls_run_synchronously() {
    let mut out = PrintWriter::collect();
    program()
        .run_with_host(vec![], LimitedTracker::default(), &mut out, &mut Tools)
        .expect("runs");
    assert_eq!(out.collected_stdout(), EXPECTED);
}

#[test]
fn generators_pause_and_resume_through_snapshots() {
    let mut out = PrintWriter::collect();
    let progress = program()
        .start(vec![], LimitedTracker::default(), &mut out)
        .expect("starts");
    let driven = common::drive(progress, &mut out, common::Answer::Sync, true, |_, args, _| {
        answer(args)
    });
    let (result, pauses) = (driven.result.expect("runs"), driven.pauses);
    assert_eq!(out.collected_stdout(), EXPECTED);
    assert_eq!(
        result,
        MontyObject::List(vec![
            MontyObject::Int(107),
            MontyObject::List(vec![MontyObject::Str("A".into()), MontyObject::Int(2)]),
            MontyObject::None,
        ])
    );
    // 4 (yield from) + 2 (send loop) + 3 (session) + 2 (match arms)
    assert_eq!(pauses, 11);
}
