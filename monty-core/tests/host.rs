//! Host calls: synchronous handlers, pausing with `start`, snapshots and resuming elsewhere.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

mod common;

use monty_core::{
    HostError, HostFunctions, LimitedTracker, MontyError, MontyObject, MontyRun, PendingCall, PrintWriter, RunProgress,
};

const AGENT: &str = "
def summarize(city):
    w = get_weather(city, units='metric')
    return f\"{city}: {w['temp']} degrees\"

reports = []
for city in ['Paris', 'Oslo']:
    try:
        reports.append(summarize(city))
    except ValueError as e:
        reports.append(f'{city}: error {e}')
print('\\n'.join(reports))
len(reports)
";

/// The tool the agent calls: Oslo is unknown.
fn weather(args: &[MontyObject], kwargs: &[(String, MontyObject)]) -> Result<MontyObject, HostError> {
    assert_eq!(kwargs, &[("units".to_owned(), MontyObject::Str("metric".to_owned()))]);
    match args {
        [MontyObject::Str(c)] if c == "Paris" => Ok(MontyObject::Dict(vec![(
            MontyObject::Str("temp".into()),
            MontyObject::Int(21),
        )])),
        [MontyObject::Str(c)] => Err(HostError::new("ValueError", format!("unknown city {c}"))),
        other => panic!("unexpected args {other:?}"),
    }
}

struct Tools;

impl HostFunctions for Tools {
    fn call(
        &mut self,
        name: &str,
        args: Vec<MontyObject>,
        kwargs: Vec<(String, MontyObject)>,
    ) -> Result<MontyObject, HostError> {
        assert_eq!(name, "get_weather");
        weather(&args, &kwargs)
    }
}

fn program() -> MontyRun {
    MontyRun::new(AGENT, "agent.py", vec![], vec!["get_weather".into()]).expect("compiles")
}

const EXPECTED: &str = "Paris: 21 degrees\nOslo: error unknown city Oslo\n";

#[test]
fn synchronous_host_calls() {
    let mut out = PrintWriter::collect();
    let r = program()
        .run_with_host(vec![], LimitedTracker::default(), &mut out, &mut Tools)
        .expect("runs");
    assert_eq!(r, MontyObject::Int(2));
    assert_eq!(out.collected_stdout(), EXPECTED);
}

#[test]
fn host_function_is_undefined_unless_declared() {
    let run = MontyRun::new("get_weather('x')", "a.py", vec![], vec![]).expect("compiles");
    let err = run
        .run(vec![], LimitedTracker::default(), &mut PrintWriter::collect())
        .expect_err("NameError");
    assert_eq!(err.summary(), "NameError: name 'get_weather' is not defined");
}

/// Drive a started run to completion, optionally passing every pause through bytes.
fn drive(through_bytes: bool) -> (MontyObject, String, usize) {
    let mut out = PrintWriter::collect();
    let progress = program()
        .start(vec![], LimitedTracker::default(), &mut out)
        .expect("starts");
    let driven = common::drive(
        progress,
        &mut out,
        common::Answer::Sync,
        through_bytes,
        |name, args, kwargs| {
            assert_eq!(name, "get_weather");
            weather(args, kwargs)
        },
    );
    (
        driven.result.expect("runs"),
        out.collected_stdout().to_owned(),
        driven.pauses,
    )
}

#[test]
fn paused_run_matches_straight_run() {
    assert_eq!(drive(false), (MontyObject::Int(2), EXPECTED.to_owned(), 2));
}

#[test]
fn paused_run_survives_snapshots() {
    assert_eq!(drive(true), (MontyObject::Int(2), EXPECTED.to_owned(), 2));
}

#[test]
fn a_snapshot_can_be_resumed_twice() {
    let mut out = PrintWriter::collect();
    let RunProgress::FunctionCall(call) = program()
        .start(vec![], LimitedTracker::default(), &mut out)
        .expect("starts")
    else {
        panic!("expected a pause")
    };
    let bytes = call.dump();
    assert!(bytes.len() < 16 * 1024, "snapshot is {} bytes", bytes.len());
    for temp in [1, 2] {
        let call = PendingCall::load(&bytes).expect("loads");
        let hot = Ok(MontyObject::Dict(vec![(
            MontyObject::Str("temp".into()),
            MontyObject::Int(temp),
        )]));
        let mut out = PrintWriter::collect();
        let RunProgress::FunctionCall(next) = call.resume(hot, LimitedTracker::default(), &mut out).expect("resumes")
        else {
            panic!("expected the second call")
        };
        let done = next.resume(
            Ok(MontyObject::Dict(vec![(
                MontyObject::Str("temp".into()),
                MontyObject::Int(0),
            )])),
            LimitedTracker::default(),
            &mut out,
        );
        assert!(matches!(done, Ok(RunProgress::Complete(MontyObject::Int(2)))));
        assert_eq!(
            out.collected_stdout(),
            format!("Paris: {temp} degrees\nOslo: 0 degrees\n")
        );
    }
}

#[test]
fn compiled_programs_round_trip() {
    let bytes = program().dump();
    let loaded = MontyRun::load(&bytes).expect("loads");
    let mut out = PrintWriter::collect();
    loaded
        .run_with_host(vec![], LimitedTracker::default(), &mut out, &mut Tools)
        .expect("runs");
    assert_eq!(out.collected_stdout(), EXPECTED);
}

fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[test]
fn corrupted_and_crafted_snapshots_are_refused_without_panicking() {
    let mut out = PrintWriter::collect();
    let RunProgress::FunctionCall(call) = program()
        .start(vec![], LimitedTracker::default(), &mut out)
        .expect("starts")
    else {
        panic!("expected a pause")
    };
    let bytes = call.dump();
    // plain corruption: the checksum catches it
    for i in (0..bytes.len()).step_by(7) {
        let mut b = bytes.clone();
        b[i] ^= 0x5a;
        assert!(PendingCall::load(&b).is_err(), "flipped byte {i} accepted");
    }
    assert!(PendingCall::load(&bytes[..bytes.len() / 2]).is_err());
    assert!(PendingCall::load(b"").is_err());
    // crafted: mutate the payload and re-sign it, so decoding and validation face garbage
    let header = 17;
    let payload_len = bytes.len() - header - 8;
    let mut seed: u64 = 0x1234_5678;
    let mut loaded = 0;
    for round in 0..10_000 {
        let mut payload = bytes[header..header + payload_len].to_vec();
        for _ in 0..(1 + round % 4) {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let pos = (seed >> 33) as usize % payload.len();
            payload[pos] = (seed >> 17) as u8;
        }
        let mut b = bytes[..header].to_vec();
        b.extend_from_slice(&payload);
        b.extend_from_slice(&fnv64(&payload).to_le_bytes());
        if std::env::var("MONTY_ROUND").is_ok_and(|r| r != round.to_string()) {
            continue;
        }
        if let Ok(call) = PendingCall::load(&b) {
            loaded += 1;
            // whatever loads must run (or fail) without panicking
            let mut out = PrintWriter::collect();
            let limits = monty_core::ResourceLimits::default().max_instructions(100_000);
            let _ = call.resume(Ok(MontyObject::None), LimitedTracker::new(limits), &mut out);
        }
    }
    assert!(loaded < 10_000);
    let _ = MontyError::Snapshot(String::new());
}

/// A host that answers every call with its argument.
struct Echo;

impl HostFunctions for Echo {
    fn call(
        &mut self,
        _name: &str,
        mut args: Vec<MontyObject>,
        _kwargs: Vec<(String, MontyObject)>,
    ) -> Result<MontyObject, HostError> {
        Ok(args.pop().unwrap_or(MontyObject::None))
    }
}

#[test]
fn host_call_limit_allows_exactly_its_setting() {
    use monty_core::{LimitError, ResourceLimits};
    let run = MontyRun::new(
        "n = 0\nwhile True:\n    n = echo(n) + 1\n    print(n)",
        "loop.py",
        vec![],
        vec!["echo".into()],
    )
    .expect("compiles");
    let mut out = PrintWriter::collect();
    let limits = ResourceLimits::default().max_host_calls(5);
    let err = run
        .run_with_host(vec![], LimitedTracker::new(limits), &mut out, &mut Echo)
        .expect_err("stops");
    assert_eq!(err.limit(), Some(&LimitError::HostCalls { limit: 5 }));
    assert_eq!(
        out.collected_stdout(),
        "1\n2\n3\n4\n5\n",
        "five calls ran, the sixth did not"
    );
    assert!(
        err.render().contains("line 3, in <module>\n    n = echo(n) + 1\n"),
        "{}",
        err.render()
    );
}

#[test]
fn host_call_limit_counts_across_pauses_and_snapshots() {
    use monty_core::{LimitError, ResourceLimits};
    let run = MontyRun::new(
        "for i in range(10):\n    echo(i)",
        "loop.py",
        vec![],
        vec!["echo".into()],
    )
    .expect("compiles");
    let limits = || LimitedTracker::new(ResourceLimits::default().max_host_calls(3));
    let mut progress = run
        .start(vec![], limits(), &mut PrintWriter::collect())
        .expect("starts");
    let mut calls = 0;
    let err = loop {
        match progress {
            RunProgress::FunctionCall(call) => {
                calls += 1;
                let bytes = call.dump();
                let call = PendingCall::load(&bytes).expect("loads");
                match call.resume(Ok(MontyObject::None), limits(), &mut PrintWriter::collect()) {
                    Ok(next) => progress = next,
                    Err(e) => break e,
                }
            }
            RunProgress::Complete(v) => panic!("completed with {v:?} past the limit"),
            RunProgress::ResolveFutures(_) => panic!("no host futures here"),
        }
    };
    assert_eq!(calls, 3);
    assert_eq!(err.limit(), Some(&LimitError::HostCalls { limit: 3 }));
}

#[test]
fn a_limit_error_carries_the_traceback_of_where_the_run_was() {
    use monty_core::{LimitError, ResourceLimits};
    let run = MontyRun::new(
        "def grow():\n    x = []\n    while True:\n        x.append('a' * 1000)\n\ngrow()\n",
        "grow.py",
        vec![],
        vec![],
    )
    .expect("compiles");
    let err = run
        .run(
            vec![],
            LimitedTracker::new(ResourceLimits::default().max_memory(1 << 20)),
            &mut PrintWriter::collect(),
        )
        .expect_err("stops");
    assert_eq!(err.limit(), Some(&LimitError::Memory { limit: 1 << 20 }));
    assert_eq!(
        err.render(),
        "Traceback (most recent call last):\n  File \"grow.py\", line 6, in <module>\n    grow()\n  File \"grow.py\", line 4, in grow\n    x.append('a' * 1000)\nMontyLimitError: memory limit exceeded: more than 1048576 bytes of live objects\n"
    );
}
