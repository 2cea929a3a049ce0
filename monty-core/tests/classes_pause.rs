//! Invariant 4 for classes: a host call inside `__init__`, a method or a `with`
//! block pauses the run; the paused state (with its instances, classes and
//! the `__init__` frame) survives a snapshot and resumes to the same result.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use monty_core::{HostError, HostFunctions, LimitedTracker, MontyObject, MontyRun, PrintWriter};

const AGENT: &str = "
class Lookup(Exception):
    pass

class Client:
    def __init__(self, name):
        self.name = name
        self.base = fetch('base:' + name)

    def get(self, key):
        v = fetch(self.name + ':' + key)
        if v is None:
            raise Lookup(key)
        return self.base + v

    def __enter__(self):
        self.opened = fetch('open')
        return self

    def __exit__(self, t, e, tb):
        fetch('close')
        return t is Lookup

class Sub(Client):
    def get(self, key):
        return super().get(key) * 2

with Sub('svc') as c:
    print(c.name, c.base, c.opened, c.get('a'))
    c.get('missing')
    print('not reached')
print('done')
c.get('b')
";

fn answer(args: &[MontyObject]) -> Result<MontyObject, HostError> {
    match args {
        [MontyObject::Str(s)] => Ok(match s.as_str() {
            "base:svc" => MontyObject::Int(100),
            "svc:a" => MontyObject::Int(1),
            "svc:b" => MontyObject::Int(2),
            "open" => MontyObject::Bool(true),
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

const EXPECTED: &str = "svc 100 True 202\ndone\n";

#[test]
fn classes_with_host_calls_run_synchronously() {
    let mut out = PrintWriter::collect();
    let r = program()
        .run_with_host(vec![], LimitedTracker::default(), &mut out, &mut Tools)
        .expect("runs");
    assert_eq!(r, MontyObject::Int(204));
    assert_eq!(out.collected_stdout(), EXPECTED);
}

#[test]
fn classes_pause_and_resume_through_snapshots() {
    let mut out = PrintWriter::collect();
    let progress = program()
        .start(vec![], LimitedTracker::default(), &mut out)
        .expect("starts");
    let driven = common::drive(progress, &mut out, common::Answer::Sync, true, |_, args, _| {
        answer(args)
    });
    let (result, pauses) = (driven.result.expect("runs"), driven.pauses);
    assert_eq!(result, MontyObject::Int(204));
    assert_eq!(out.collected_stdout(), EXPECTED);
    assert_eq!(pauses, 6);
}
