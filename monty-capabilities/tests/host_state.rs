//! Host state that survives a snapshot: a run paused mid-way through a
//! paginated cursor is saved (VM snapshot + host state), loaded into a fresh
//! capability set as another process would, and continues from the same row.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_docs,
    unreachable_pub
)]

use monty::{
    CapabilitySet, HostState, LimitedTracker, MontyObject, PAGES_STATE_KEY, PageCursor, Pages, PendingCall,
    PrintWriter, RunProgress, State, StateError,
};

fn rows() -> Vec<MontyObject> {
    (1..=7).map(|i| MontyObject::Str(format!("row{i}"))).collect()
}

/// What "another process" builds: the same capability and configuration, fresh state.
fn fresh_set() -> CapabilitySet {
    CapabilitySet::new().with(&Pages::new(rows(), 3))
}

const READER: &str = r#"
seen = []
while True:
    page = next_page()
    if not page:
        break
    print(len(seen), page, rows_left())
    seen.extend(page)
len(seen)
"#;

const STRAIGHT: &str = "0 ['row1', 'row2', 'row3'] 4\n3 ['row4', 'row5', 'row6'] 1\n6 ['row7'] 0\n";

#[test]
fn straight_run_reads_every_page() {
    let caps = fresh_set();
    let runner = caps.compile(READER, "reader.py", vec![]).unwrap();
    let mut out = PrintWriter::collect();
    let result = caps.run(&runner, vec![], LimitedTracker::default(), &mut out).unwrap();
    assert_eq!(result, MontyObject::Int(7));
    assert_eq!(out.collected_stdout(), STRAIGHT);
}

#[test]
fn a_paused_run_continues_with_the_same_cursor_elsewhere() {
    // process 1: drive the run by hand, answering calls with the set, and stop
    // at the third call (the second `next_page()`)
    let first = fresh_set();
    let runner = first.compile(READER, "reader.py", vec![]).unwrap();
    let mut out = PrintWriter::collect();
    let mut progress = runner.start(vec![], LimitedTracker::default(), &mut out).unwrap();
    let mut calls = 0;
    let paused = loop {
        let RunProgress::FunctionCall(call) = progress else {
            panic!("expected a host call");
        };
        calls += 1;
        if calls == 3 {
            break call;
        }
        let result = first.call(&call.function_name, call.args.clone(), call.kwargs.clone());
        progress = call.resume(result, LimitedTracker::default(), &mut out).unwrap();
    };
    assert_eq!(paused.function_name, "next_page");
    let snapshot = paused.dump();
    let state = first.dump_state().unwrap();
    let printed_before = out.collected_stdout().to_owned();
    assert_eq!(printed_before, "0 ['row1', 'row2', 'row3'] 4\n");
    // the state is readable JSON keyed by the state's name and type
    let json: serde_json::Value = serde_json::from_slice(&state).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"pages.cursor": {"PageCursor": {"position": 3}}})
    );
    drop(first);

    // process 2: the same capability, fresh state; load both halves and go on
    let second = fresh_set();
    let pages_of_second = second.clone();
    second.load_state(&state).unwrap();
    let call = PendingCall::load(&snapshot).unwrap();
    let mut out = PrintWriter::collect();
    let result = second
        .resume(RunProgress::FunctionCall(call), LimitedTracker::default(), &mut out)
        .unwrap();
    assert_eq!(result, MontyObject::Int(7));
    assert_eq!(format!("{printed_before}{}", out.collected_stdout()), STRAIGHT);
    // clones of a set share its state: the cursor is at the end
    let end: serde_json::Value = serde_json::from_slice(&pages_of_second.dump_state().unwrap()).unwrap();
    assert_eq!(end["pages.cursor"]["PageCursor"]["position"], 7);
}

#[test]
fn without_the_state_the_cursor_starts_over() {
    // the control: a fresh set that does not load the state reads row1 again
    let first = fresh_set();
    let runner = first.compile("next_page()\nnext_page()", "x.py", vec![]).unwrap();
    let mut out = PrintWriter::collect();
    let RunProgress::FunctionCall(call) = runner.start(vec![], LimitedTracker::default(), &mut out).unwrap() else {
        panic!()
    };
    let r = first.call(&call.function_name, vec![], vec![]);
    let RunProgress::FunctionCall(second_call) = call.resume(r, LimitedTracker::default(), &mut out).unwrap() else {
        panic!()
    };
    let bytes = second_call.dump();
    let other = fresh_set();
    let result = other
        .resume(
            RunProgress::FunctionCall(PendingCall::load(&bytes).unwrap()),
            LimitedTracker::default(),
            &mut out,
        )
        .unwrap();
    assert_eq!(result.py_repr(), "['row1', 'row2', 'row3']");
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Counter {
    calls: u64,
}

#[typetag::serde]
impl HostState for Counter {}

#[test]
fn loading_checks_keys_and_types_and_changes_nothing_on_error() {
    let caps = fresh_set();
    let cursor_of = |caps: &CapabilitySet| -> serde_json::Value {
        serde_json::from_slice::<serde_json::Value>(&caps.dump_state().unwrap()).unwrap()["pages.cursor"].clone()
    };
    let start = cursor_of(&caps);
    for (bytes, expected) in [
        (&b"not json"[..], "invalid host state"),
        (br#"{"pages.cursor": {"NoSuchType": {}}}"#, "invalid host state"),
        (br#"{"other": {"PageCursor": {"position": 1}}}"#, "no counterpart"),
        (br#"{"pages.cursor": {"Counter": {"calls": 1}}}"#, "another type"),
        (
            br#"{"pages.cursor": {"PageCursor": {"position": "x"}}}"#,
            "invalid host state",
        ),
    ] {
        let err: StateError = caps.load_state(bytes).unwrap_err();
        assert!(err.to_string().contains(expected), "{err}");
        assert_eq!(cursor_of(&caps), start);
    }
    // keys the bytes leave out keep their state; an empty object is valid
    caps.load_state(b"{}").unwrap();
    caps.load_state(br#"{"pages.cursor": {"PageCursor": {"position": 2}}}"#)
        .unwrap();
    assert_eq!(cursor_of(&caps), serde_json::json!({"PageCursor": {"position": 2}}));
    assert_eq!(PAGES_STATE_KEY, "pages.cursor");
}

#[test]
fn embedders_register_their_own_state() {
    let counter = State::new("tool.counter", Counter { calls: 0 });
    let cell = counter.clone();
    let tick = monty::HostFunction::builder("tick").returns::<u64>().build(move |_| {
        cell.with(|c| {
            c.calls += 1;
            MontyObject::Int(i64::try_from(c.calls).unwrap_or(i64::MAX))
        })
    });
    let caps = CapabilitySet::new().grant_fn(tick).with_state(counter.handle());
    let runner = caps.compile("[tick(), tick(), tick()]", "x.py", vec![]).unwrap();
    let r = caps
        .run(&runner, vec![], LimitedTracker::default(), &mut PrintWriter::collect())
        .unwrap();
    assert_eq!(r.py_repr(), "[1, 2, 3]");
    let saved = caps.dump_state().unwrap();
    counter.with(|c| c.calls = 0).unwrap();
    caps.load_state(&saved).unwrap();
    assert_eq!(counter.with(|c| c.calls).unwrap(), 3);
    let _ = PageCursor::default();
}
