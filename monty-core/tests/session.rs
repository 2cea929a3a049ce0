//! Sessions (REPL): snippets share globals, functions, classes and imports;
//! errors keep what ran before them; a session round-trips through bytes.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

use monty_core::{HostError, HostFunctions, LimitedTracker, MontyError, MontyObject, MontySession, PrintWriter};

fn feed(s: &mut MontySession, code: &str) -> (Result<MontyObject, MontyError>, String) {
    let mut out = PrintWriter::collect();
    let r = s.feed(code, LimitedTracker::default(), &mut out);
    (r, out.collected_stdout().to_owned())
}

#[test]
fn snippets_share_state() {
    let mut s = MontySession::new("<session>", vec![]).expect("session");
    assert_eq!(feed(&mut s, "x = 2\ny = x * 21").0.expect("runs"), MontyObject::None);
    assert_eq!(feed(&mut s, "y").0.expect("runs"), MontyObject::Int(42));
    feed(&mut s, "def greet(n):\n    return f'hi {n} ({y})'\n")
        .0
        .expect("runs");
    feed(&mut s, "class Box:\n    def __init__(self, v):\n        self.v = v\n")
        .0
        .expect("runs");
    let (r, out) = feed(
        &mut s,
        "import json\nb = Box(greet('ann'))\nprint(json.dumps({'b': b.v}))\nb.v",
    );
    assert_eq!(r.expect("runs"), MontyObject::Str("hi ann (42)".into()));
    assert_eq!(out, "{\"b\": \"hi ann (42)\"}\n");
    // a module imported earlier is the same object later
    assert_eq!(
        feed(&mut s, "import json as j2\nj2 is json").0.expect("runs"),
        MontyObject::Bool(true)
    );
    assert_eq!(s.global_names(), vec!["x", "y", "greet", "Box", "json", "b", "j2"]);
}

#[test]
fn errors_keep_what_ran_before_them() {
    let mut s = MontySession::new("<session>", vec![]).expect("session");
    let (r, _) = feed(&mut s, "a = 1\nraise ValueError('boom')\na = 2");
    let Err(MontyError::Exception(e)) = r else {
        panic!("expected an exception")
    };
    assert_eq!(e.summary(), "ValueError: boom");
    assert_eq!(feed(&mut s, "a").0.expect("runs"), MontyObject::Int(1));
    // a syntax error changes nothing
    assert!(matches!(feed(&mut s, "a = (").0, Err(MontyError::Syntax(_))));
    assert_eq!(feed(&mut s, "a + 1").0.expect("runs"), MontyObject::Int(2));
    // a traceback into an earlier snippet shows that snippet's source line
    feed(&mut s, "def f():\n    return 1 / 0\n").0.expect("runs");
    let (r, _) = feed(&mut s, "f()");
    let Err(MontyError::Exception(e)) = r else {
        panic!("expected an exception")
    };
    let last = e.traceback.last().expect("frames");
    assert_eq!(last.source_line.as_deref(), Some("return 1 / 0"));
}

#[test]
fn sessions_round_trip_through_bytes() {
    let mut s = MontySession::new("<session>", vec![]).expect("session");
    feed(
        &mut s,
        "import collections\ncounts = collections.Counter('hello')\ndef top():\n    return counts.most_common(1)",
    )
    .0
    .expect("runs");
    let bytes = s.dump();
    let mut restored = MontySession::load(&bytes).expect("loads");
    assert_eq!(
        feed(&mut restored, "top()").0.expect("runs"),
        MontyObject::List(vec![MontyObject::Tuple(vec![
            MontyObject::Str("l".into()),
            MontyObject::Int(2)
        ])])
    );
    // a fork: the original goes its own way
    feed(&mut s, "counts['z'] = 9").0.expect("runs");
    assert_eq!(
        feed(&mut s, "top()[0][0]").0.expect("runs"),
        MontyObject::Str("z".into())
    );
    assert_eq!(
        feed(&mut restored, "top()[0][0]").0.expect("runs"),
        MontyObject::Str("l".into())
    );
    // signed, and refused with another key or when cut
    let signed = restored.dump_signed(b"key");
    assert!(MontySession::load_signed(&signed, b"key").is_ok());
    assert!(MontySession::load_signed(&signed, b"other").is_err());
    for cut in [0, 9, bytes.len() / 3, bytes.len() - 1] {
        assert!(MontySession::load(&bytes[..cut]).is_err());
    }
    // an empty session dumps too
    let empty = MontySession::new("<s>", vec![]).expect("session").dump();
    let mut e = MontySession::load(&empty).expect("loads");
    assert_eq!(feed(&mut e, "1 + 1").0.expect("runs"), MontyObject::Int(2));
}

struct Echo;

impl HostFunctions for Echo {
    fn call(
        &mut self,
        name: &str,
        args: Vec<MontyObject>,
        _: Vec<(String, MontyObject)>,
    ) -> Result<MontyObject, HostError> {
        Ok(MontyObject::Str(format!("{name}{args:?}")))
    }
}

#[test]
fn host_functions_and_async_in_sessions() {
    let mut s = MontySession::new("<session>", vec!["lookup".into()]).expect("session");
    let mut out = PrintWriter::collect();
    let r = s
        .feed_with_host("r = lookup(1)\nr", LimitedTracker::default(), &mut out, &mut Echo)
        .expect("runs");
    assert_eq!(r, MontyObject::Str("lookup[Int(1)]".into()));
    let r = s
        .feed_with_host(
            "import asyncio\nasync def twice(v):\n    await asyncio.sleep(1)\n    return v * 2\nawait twice(21)",
            LimitedTracker::default(),
            &mut out,
            &mut Echo,
        )
        .expect("runs");
    assert_eq!(r, MontyObject::Int(42));
    assert_eq!(
        feed(&mut s, "await twice(r)").0.expect("runs"),
        MontyObject::Str("lookup[Int(1)]lookup[Int(1)]".into())
    );
}
