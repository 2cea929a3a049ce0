//! The snapshot format across versions, and host-key signatures.
//!
//! `tests/snapshots/paused_v<FORMAT_VERSION>.bin` is a paused agent written by this
//! version of the format. Loading and resuming it must keep working until the format
//! version is bumped; a change to the encoding that forgets the bump fails here.
//! After a deliberate bump, write the new file with
//! `MONTY_BLESS_SNAPSHOT=1 cargo test -p monty-core --test snapshot_format` and
//! commit it; older files stay and must be refused with a clear version error.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

use std::path::PathBuf;

use monty_core::{
    FORMAT_VERSION, LimitedTracker, MontyError, MontyObject, MontyRun, PendingCall, PrintWriter, RunProgress,
};

/// Exercises what a snapshot must carry: a generator suspended mid-iteration, a class
/// instance, a closure cell, a dict, an active exception handler and nested frames.
const AGENT: &str = "
class Budget:
    def __init__(self, limit):
        self.limit = limit
        self.spent = 0

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump

def pages():
    for p in range(3):
        yield {'page': p}

budget = Budget(10)
bump = counter()
seen = []
gen = pages()
first = next(gen)
def step(item):
    try:
        raise KeyError(item['page'])
    except KeyError as e:
        cost = fetch(item['page'], reason=str(e))
    budget.spent += cost
    return bump()
for item in [first, *gen]:
    seen.append(step(item))
print(seen, budget.spent)
(seen, budget.spent)
";

const EXPECTED_OUT: &str = "[1, 2, 3] 6\n";

fn golden_path(version: u16) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("snapshots")
        .join(format!("paused_v{version}.bin"))
}

fn first_pause() -> PendingCall {
    let run = MontyRun::new(AGENT, "agent.py", vec![], vec!["fetch".into()]).expect("compiles");
    match run
        .start(vec![], LimitedTracker::default(), &mut PrintWriter::collect())
        .expect("starts")
    {
        RunProgress::FunctionCall(call) => call,
        RunProgress::Complete(v) => panic!("completed with {v:?} before calling fetch"),
        RunProgress::ResolveFutures(_) => panic!("no host futures here"),
    }
}

/// Resume `call` to the end, answering `fetch(page)` with `page + 1`.
fn finish(mut call: PendingCall) -> (MontyObject, String) {
    let mut out = PrintWriter::collect();
    loop {
        assert_eq!(call.function_name, "fetch");
        let page = match call.args.first() {
            Some(MontyObject::Int(p)) => *p,
            other => panic!("unexpected args {other:?}"),
        };
        let reply = Ok(MontyObject::Int(page + 1));
        match call
            .resume(reply, LimitedTracker::default(), &mut out)
            .expect("resumes")
        {
            RunProgress::FunctionCall(next) => call = PendingCall::load(&next.dump()).expect("reloads"),
            RunProgress::Complete(v) => return (v, out.collected_stdout().to_owned()),
            RunProgress::ResolveFutures(_) => panic!("no host futures here"),
        }
    }
}

#[test]
fn the_golden_snapshot_of_this_format_version_still_resumes() {
    let path = golden_path(FORMAT_VERSION);
    if std::env::var_os("MONTY_BLESS_SNAPSHOT").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, first_pause().dump()).expect("write golden");
    }
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; a new format version needs its golden snapshot (see this file's header)",
            path.display()
        )
    });
    let call = PendingCall::load(&bytes).expect("the golden snapshot of this version loads");
    let (result, out) = finish(call);
    assert_eq!(out, EXPECTED_OUT);
    assert_eq!(
        result,
        MontyObject::Tuple(vec![
            MontyObject::List(vec![MontyObject::Int(1), MontyObject::Int(2), MontyObject::Int(3)]),
            MontyObject::Int(6),
        ])
    );
}

#[test]
fn older_format_versions_are_refused_by_name() {
    for version in (1..=FORMAT_VERSION).filter(|&v| v != FORMAT_VERSION) {
        let Ok(bytes) = std::fs::read(golden_path(version)) else {
            continue;
        };
        let err = PendingCall::load(&bytes).expect_err("an old version is refused");
        assert!(
            err.to_string().contains(&format!("snapshot format version {version}")),
            "{err}"
        );
    }
}

#[test]
fn a_small_paused_agent_is_well_under_4_kb() {
    let len = first_pause().dump().len();
    assert!(len < 4096, "paused agent snapshot is {len} bytes");
}

#[test]
fn signed_snapshots_resume_only_under_the_same_key() {
    let key = b"host secret";
    let signed = first_pause().dump_signed(key);
    let (_, out) = finish(PendingCall::load_signed(&signed, key).expect("same key loads"));
    assert_eq!(out, EXPECTED_OUT);

    let refused = |r: Result<PendingCall, MontyError>| match r {
        Err(MontyError::Snapshot(msg)) => msg,
        Err(other) => panic!("wrong error {other}"),
        Ok(_) => panic!("loaded"),
    };
    assert!(refused(PendingCall::load_signed(&signed, b"other key")).contains("signature"));
    // an unsigned dump, a truncated one, and one with any single byte flipped are all refused
    assert!(refused(PendingCall::load_signed(&first_pause().dump(), key)).contains("signature"));
    assert!(refused(PendingCall::load_signed(&signed[..20], key)).contains("signature"));
    for i in (0..signed.len()).step_by(97) {
        let mut bad = signed.clone();
        bad[i] ^= 0x20;
        assert!(
            refused(PendingCall::load_signed(&bad, key)).contains("signature"),
            "byte {i}"
        );
    }
    // signed bytes are not a plain snapshot: the trailing tag is refused
    assert!(PendingCall::load(&signed).is_err());
}

#[test]
fn signed_programs_load_only_under_the_same_key() {
    let run = MontyRun::new("1 + 2", "p.py", vec![], vec![]).expect("compiles");
    let signed = run.dump_signed(b"k1");
    let loaded = MontyRun::load_signed(&signed, b"k1").expect("loads");
    let r = loaded
        .run(vec![], LimitedTracker::default(), &mut PrintWriter::collect())
        .expect("runs");
    assert_eq!(r, MontyObject::Int(3));
    assert!(MontyRun::load_signed(&signed, b"k2").is_err());
}
