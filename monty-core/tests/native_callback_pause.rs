//! A host function called by native code (`map`, `sorted(key=)`, `list()` over a
//! `map`) cannot pause the run: resuming pushes the host's answer as the result of
//! the instruction that paused, which there is the builtin's result, not the
//! callback's. Such a call raises a clear `RuntimeError` when the run is driven by
//! pausing, and works when the host answers synchronously.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use common::{Answer, drive};
use monty_core::{HostError, HostFunctions, LimitedTracker, MontyError, MontyObject, MontyRun, PrintWriter};

const CASES: [&str; 4] = [
    "list(map(double, [1, 2]))",
    "sorted([3, 1, 2], key=double)",
    "max([1, 2], key=double)",
    "sum(map(double, [1, 2, 3]))",
];

fn double(args: &[MontyObject]) -> MontyObject {
    match args {
        [MontyObject::Int(n)] => MontyObject::Int(2 * n),
        _ => panic!("unexpected args {args:?}"),
    }
}

struct Sync;

impl HostFunctions for Sync {
    fn call(
        &mut self,
        _: &str,
        args: Vec<MontyObject>,
        _: Vec<(String, MontyObject)>,
    ) -> Result<MontyObject, HostError> {
        Ok(double(&args))
    }
}

#[test]
fn paused_runs_refuse_instead_of_returning_a_wrong_value() {
    for code in CASES {
        let run = MontyRun::new(code, "agent.py", vec![], vec!["double".to_owned()]).expect("compiles");
        let mut out = PrintWriter::collect();
        // the error comes before any pause
        let result = match run.start(vec![], LimitedTracker::default(), &mut out) {
            Ok(started) => {
                let driven = drive(started, &mut out, Answer::Sync, false, |_, args, _| Ok(double(args)));
                assert_eq!(driven.pauses, 0, "{code}");
                driven.result
            }
            Err(e) => Err(e),
        };
        match result {
            Err(MontyError::Exception(e)) => {
                assert_eq!(e.exc_type, "RuntimeError", "{code}");
                assert!(
                    e.message.contains("cannot pause inside a builtin callback"),
                    "{code}: {}",
                    e.message
                );
            }
            other => panic!("{code}: expected RuntimeError, got {other:?}"),
        }
    }
}

#[test]
fn a_synchronous_host_answers_native_callbacks() {
    let expected = [
        MontyObject::List(vec![MontyObject::Int(2), MontyObject::Int(4)]),
        MontyObject::List(vec![MontyObject::Int(1), MontyObject::Int(2), MontyObject::Int(3)]),
        MontyObject::Int(2),
        MontyObject::Int(12),
    ];
    for (code, want) in CASES.iter().zip(expected) {
        let run = MontyRun::new(code, "agent.py", vec![], vec!["double".to_owned()]).expect("compiles");
        let mut out = PrintWriter::collect();
        let got = run
            .run_with_host(vec![], LimitedTracker::default(), &mut out, &mut Sync)
            .expect("runs");
        assert_eq!(got, want, "{code}");
    }
}

#[test]
fn a_plain_call_still_pauses() {
    let run = MontyRun::new(
        "[double(x) for x in [1, 2]]",
        "agent.py",
        vec![],
        vec!["double".to_owned()],
    )
    .expect("compiles");
    let mut out = PrintWriter::collect();
    let started = run.start(vec![], LimitedTracker::default(), &mut out).expect("starts");
    let driven = drive(started, &mut out, Answer::Sync, true, |_, args, _| Ok(double(args)));
    assert_eq!(
        driven.result.expect("completes"),
        MontyObject::List(vec![MontyObject::Int(2), MontyObject::Int(4)])
    );
    assert_eq!(driven.pauses, 2);
}
