//! The clock and environment families: what a granted program sees, and the
//! ways it might try to see more (escape attempts).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_docs,
    unreachable_pub
)]

use std::time::{Duration, UNIX_EPOCH};

use monty::{CapabilitySet, Clock, ClockError, Env, EnvError, LimitedTracker, PendingCall, PrintWriter, RunProgress};

mod common;

use common::run;

fn frozen(text: &str) -> CapabilitySet {
    CapabilitySet::new().with(&Clock::parse(text).unwrap())
}

// === clock ===

#[test]
fn no_clock_unless_granted() {
    let caps = CapabilitySet::new();
    assert_eq!(run(&caps, "now()"), "NameError: name 'now' is not defined");
    assert_eq!(run(&caps, "timestamp()"), "NameError: name 'timestamp' is not defined");
    // The modules import, but reading the time is refused without the capability.
    assert_eq!(
        run(&caps, "import time; time.time()"),
        "PermissionError: time.time() needs the clock capability: grant group 'clock'"
    );
    assert_eq!(
        run(&caps, "import datetime; datetime.datetime.now()"),
        "PermissionError: datetime.now() needs the clock capability: grant group 'clock'"
    );
    assert_eq!(
        run(&caps, "import datetime; datetime.date(2026, 11, 27).isoformat()"),
        "'2026-11-27'"
    );
    // Another granted function does not open the clock.
    let env = CapabilitySet::new().with(&Env::fixed([("A", "1")]).unwrap());
    assert_eq!(
        run(&env, "import time; time.monotonic()"),
        "PermissionError: time.monotonic() needs the clock capability: grant group 'clock'"
    );
}

#[test]
fn time_and_datetime_read_the_granted_clock() {
    let caps = frozen("2026-11-27T09:30:00.25Z");
    assert_eq!(
        run(&caps, "import datetime; repr(datetime.datetime.now())"),
        "'datetime.datetime(2026, 11, 27, 9, 30, 0, 250000)'"
    );
    assert_eq!(
        run(
            &caps,
            "import datetime as d; str(d.datetime.now(d.timezone(d.timedelta(hours=-5))))"
        ),
        "'2026-11-27 04:30:00.250000-05:00'"
    );
    assert_eq!(
        run(&caps, "import time; (time.time(), time.time_ns())"),
        "(1795771800.25, 1795771800250000000)"
    );
    assert_eq!(run(&caps, "import time; time.sleep(3600); time.monotonic()"), "0.0");
    // the program's own global named `now` does not fool the library
    assert_eq!(
        run(&caps, "import datetime\nnow = lambda: 'x'\nstr(datetime.date.today())"),
        "'2026-11-27'"
    );
}

/// A host call made from inside library code pauses the run like any other,
/// and the paused run survives a snapshot.
#[test]
fn a_clock_read_inside_datetime_pauses_and_resumes_through_a_snapshot() {
    let caps = frozen("2026-11-27T09:30:00Z");
    let code = "import datetime, time\n\
                d = datetime.datetime.now(datetime.timezone.utc)\n\
                t = time.time()\n\
                print(d.isoformat(), t, datetime.date.today())\n";
    let program = caps.compile(code, "agent.py", vec![]).unwrap();
    let mut out = PrintWriter::collect();
    let mut progress = program.start(vec![], LimitedTracker::default(), &mut out).unwrap();
    let mut calls = Vec::new();
    loop {
        match progress {
            RunProgress::Complete(_) => break,
            RunProgress::FunctionCall(call) => {
                let call = PendingCall::load(&call.dump()).unwrap();
                calls.push(call.function_name.clone());
                let answer = caps.call(&call.function_name, call.args.clone(), call.kwargs.clone());
                progress = call.resume(answer, LimitedTracker::default(), &mut out).unwrap();
            }
            RunProgress::ResolveFutures(wait) => panic!("no host futures here: {:?}", wait.call_ids),
        }
    }
    assert_eq!(calls, ["now", "timestamp", "now"]);
    assert_eq!(
        out.collected_stdout(),
        "2026-11-27T09:30:00+00:00 1795771800.0 2026-11-27\n"
    );
}

#[test]
fn a_frozen_clock_reads_one_instant_however_long_the_run() {
    let caps = frozen("2026-11-27T09:30:00.25Z");
    let code = "
first = (now(), timestamp(), monotonic())
total = 0
for i in range(200000):
    total += i
(first, (now(), timestamp(), monotonic()))";
    assert_eq!(
        run(&caps, code),
        "(('2026-11-27T09:30:00.250000+00:00', 1795771800.25, 0.0), \
         ('2026-11-27T09:30:00.250000+00:00', 1795771800.25, 0.0))"
    );
    // Before the epoch, and the ends of what datetime can hold.
    assert_eq!(run(&frozen("-1.5"), "now()"), "'1969-12-31T23:59:58.500000+00:00'");
    assert_eq!(run(&frozen("0001-01-01"), "now()"), "'0001-01-01T00:00:00+00:00'");
    assert_eq!(
        run(&frozen("9999-12-31T23:59:59.999999Z"), "now()"),
        "'9999-12-31T23:59:59.999999+00:00'"
    );
    let at = UNIX_EPOCH + Duration::from_millis(1_700_000_000_500);
    let caps = CapabilitySet::new().with(&Clock::frozen(at).unwrap());
    assert_eq!(run(&caps, "now()"), "'2023-11-14T22:13:20.500000+00:00'");
}

#[test]
fn the_program_cannot_move_or_reconfigure_the_clock() {
    let caps = frozen("0");
    assert_eq!(
        run(&caps, "now(1)"),
        "TypeError: now() takes 0 positional arguments but 1 was given"
    );
    assert_eq!(
        run(&caps, "timestamp(tz='Europe/Paris')"),
        "TypeError: timestamp() got an unexpected keyword argument 'tz'"
    );
    // Rebinding the name changes only the program's own global.
    assert_eq!(run(&caps, "now = lambda: 'later'\nnow()"), "'later'");
    assert_eq!(run(&caps, "now()"), "'1970-01-01T00:00:00+00:00'");
}

#[test]
fn the_system_clock_moves_forward() {
    let caps = CapabilitySet::new().with(&Clock::system());
    let code = "
a, m = timestamp(), monotonic()
for i in range(100000):
    pass
b, n = timestamp(), monotonic()
(a > 1.7e9, b >= a, n >= m, now().endswith('+00:00'))";
    assert_eq!(run(&caps, code), "(True, True, True, True)");
}

#[test]
fn clock_configuration_errors() {
    for text in [
        "nan",
        "inf",
        "-inf",
        "1e300",
        "-62135596801",
        "253402300800",
        "10000-01-01",
    ] {
        assert!(Clock::parse(text).is_err(), "{text}");
    }
    assert!(matches!(Clock::parse("yesterday"), Err(ClockError::Unparsable(_))));
    assert!(matches!(
        Clock::frozen_at_unix(f64::NAN),
        Err(ClockError::OutOfRange(_))
    ));
    assert!(Clock::parse("system").is_ok_and(|c| !c.is_frozen()));
    assert_eq!(
        Clock::parse("2026-02-30").unwrap_err().to_string(),
        "cannot read \"2026-02-30\" as a clock: expected `system`, seconds since the Unix epoch, \
         or an instant such as 2026-11-27T09:30:00Z"
    );
}

// === environment ===

#[test]
fn only_listed_variables_are_visible() {
    let caps = CapabilitySet::new().with(&Env::fixed([("LANG", "C.UTF-8"), ("TZ", "UTC")]).unwrap());
    assert_eq!(run(&caps, "getenv('LANG')"), "'C.UTF-8'");
    assert_eq!(run(&caps, "getenv(name='TZ', default='x')"), "'UTC'");
    for name in ["HOME", "PATH", "lang", "LANG ", " LANG", "LANG\\x00", "LANG=C", "", "*"] {
        assert_eq!(run(&caps, &format!("getenv('{name}')")), "None", "{name:?}");
        assert_eq!(run(&caps, &format!("getenv('{name}', 'unset')")), "'unset'", "{name:?}");
    }
}

#[test]
fn the_process_environment_shows_only_through_the_list() {
    // Cargo sets these variables for every test process it runs.
    assert!(std::env::var_os("CARGO_PKG_NAME").is_some() && std::env::var_os("CARGO_MANIFEST_DIR").is_some());
    let caps = CapabilitySet::new().with(&Env::allow(["CARGO_PKG_NAME", "MONTY_SURELY_UNSET"]).unwrap());
    assert_eq!(run(&caps, "getenv('CARGO_PKG_NAME')"), "'monty-capabilities'");
    assert_eq!(run(&caps, "getenv('MONTY_SURELY_UNSET', 'd')"), "'d'");
    // Set in the process, not listed: reads exactly like an unset variable.
    assert_eq!(run(&caps, "getenv('CARGO_MANIFEST_DIR')"), "None");
    assert_eq!(run(&caps, "getenv('CARGO_MANIFEST_DIR', 'd')"), "'d'");
    assert_eq!(run(&caps, "getenv('cargo_pkg_name')"), "None");
    // Names no environment can hold never reach the host's lookup.
    assert_eq!(run(&caps, "getenv('CARGO_PKG_NAME\\x00')"), "None");
    assert_eq!(run(&caps, "getenv('CARGO_PKG_NAME=x')"), "None");
}

#[test]
fn no_way_to_enumerate_or_change_the_environment() {
    let caps = CapabilitySet::new().with(&Env::fixed([("A", "1")]).unwrap());
    assert_eq!(run(&caps, "environ"), "NameError: name 'environ' is not defined");
    assert_eq!(
        run(&caps, "putenv('A', '2')"),
        "NameError: name 'putenv' is not defined"
    );
    // `os` offers only getenv/environ over the same allow-list, read-only and not enumerable
    assert_eq!(
        run(&caps, "import os; (os.environ['A'], os.getenv('B'))"),
        "('1', None)"
    );
    assert_eq!(
        run(&caps, "import os; os.environ['A'] = '2'"),
        "PermissionError: os.environ is read-only in Monty"
    );
    assert_eq!(
        run(&caps, "import os; len(os.environ)"),
        "PermissionError: os.environ cannot be listed in Monty: read variables by name"
    );
    assert_eq!(
        run(&caps, "import os; os.system"),
        "AttributeError: module 'os' has no attribute 'system'"
    );
    assert_eq!(
        run(&caps, "getenv(5)"),
        "TypeError: getenv() argument 'name' must be str, not int"
    );
    assert_eq!(
        run(&caps, "getenv('A', 'b', 'c')"),
        "TypeError: getenv() takes from 1 to 2 positional arguments but 3 were given"
    );
    assert_eq!(
        run(&CapabilitySet::new(), "getenv('A')"),
        "NameError: name 'getenv' is not defined"
    );
}

#[test]
fn invalid_names_are_refused_when_the_list_is_built() {
    for name in ["", "A=B", "A\0B"] {
        assert_eq!(
            Env::allow([name]),
            Err(EnvError::InvalidName(name.to_owned())),
            "{name:?}"
        );
        assert!(Env::fixed([(name, "v")]).is_err(), "{name:?}");
    }
    let env = Env::fixed([("A", "1")]).unwrap();
    assert_eq!(env.get("A").unwrap(), Some("1".to_owned()));
    assert_eq!(env.get("B").unwrap(), None);
}

#[test]
fn families_are_not_in_the_registry() {
    // A family is granted with its configuration, never by name alone.
    assert!(CapabilitySet::new().grant("now").is_err());
    assert!(CapabilitySet::new().grant("getenv").is_err());
    assert!(CapabilitySet::new().grant("clock").is_err());
    let caps = CapabilitySet::new().with(&Clock::system());
    assert_eq!(caps.names(), ["monotonic", "now", "timestamp"]);
    assert!(caps.iter().all(|f| f.group() == Some("clock")));
}
