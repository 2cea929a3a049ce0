#![allow(clippy::expect_used, clippy::panic, missing_docs)]
//! Resource limits end runs with a typed error; the host keeps going.

use std::time::{Duration, Instant};

use monty_core::{LimitError, LimitedTracker, MontyError, MontyObject, MontyRun, PrintWriter, ResourceLimits};

fn run_with(code: &str, limits: ResourceLimits) -> (Result<MontyObject, MontyError>, String) {
    let run = MontyRun::new(code, "limits.py", vec![], vec![]).expect("compiles");
    let mut out = PrintWriter::collect();
    let r = run.run(vec![], LimitedTracker::new(limits), &mut out);
    (r, out.collected_stdout().to_owned())
}

#[test]
fn deep_python_recursion_is_a_catchable_recursion_error() {
    let code = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n";
    let (r, out) = run_with(code, ResourceLimits::default());
    assert_eq!(r, Ok(MontyObject::None));
    assert_eq!(out, "caught maximum recursion depth exceeded\n");
}

#[test]
fn huge_string_repeat_hits_the_memory_limit_before_allocating() {
    let (r, _) = run_with("x = 'a' * 10**10", ResourceLimits::default().max_memory(1 << 20));
    assert_eq!(
        r.as_ref().err().and_then(MontyError::limit),
        Some(&LimitError::Memory { limit: 1 << 20 })
    );
}

#[test]
fn growing_list_hits_the_memory_limit() {
    let (r, _) = run_with(
        "x = []\nwhile True:\n    x.append('y' * 100)\n",
        ResourceLimits::default().max_memory(4 << 20),
    );
    assert_eq!(
        r.as_ref().err().and_then(MontyError::limit),
        Some(&LimitError::Memory { limit: 4 << 20 })
    );
}

#[test]
fn infinite_loop_hits_the_time_limit_promptly() {
    let started = Instant::now();
    let (r, _) = run_with(
        "while True:\n    pass\n",
        ResourceLimits::default().max_duration(Duration::from_millis(200)),
    );
    assert_eq!(
        r.as_ref().err().and_then(MontyError::limit),
        Some(&LimitError::Duration { limit_ms: 200 })
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn limit_errors_cannot_be_caught() {
    let code = "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n";
    let (r, out) = run_with(code, ResourceLimits::default().max_instructions(10_000));
    assert_eq!(
        r.as_ref().err().and_then(MontyError::limit),
        Some(&LimitError::Instructions { limit: 10_000 })
    );
    assert_eq!(out, "");
}

#[test]
fn output_limit_stops_printing() {
    let (r, out) = run_with(
        "for i in range(1000):\n    print('x' * 10)\n",
        ResourceLimits::default().max_output_bytes(100),
    );
    assert_eq!(
        r.as_ref().err().and_then(MontyError::limit),
        Some(&LimitError::Output { limit: 100 })
    );
    assert!(out.len() <= 100);
}

#[test]
fn deeply_nested_source_is_refused_before_parsing() {
    let code = format!("x = {}1{}", "(".repeat(10_000), ")".repeat(10_000));
    let err = MontyRun::new(&code, "deep.py", vec![], vec![]).expect_err("refused");
    let MontyError::Syntax(e) = err else {
        panic!("expected a syntax error, got {err:?}")
    };
    assert_eq!(e.message, "too many nested parentheses");
}

#[test]
fn long_operator_chain_is_refused() {
    let code = format!("x = 1{}", "+1".repeat(100_000));
    let err = MontyRun::new(&code, "chain.py", vec![], vec![]).expect_err("refused");
    assert!(matches!(err, MontyError::Syntax(_)));
}

#[test]
fn deeply_nested_data_repr_is_bounded() {
    let code = "x = []\nfor i in range(100000):\n    x = [x]\ntry:\n    repr(x)\nexcept RecursionError:\n    print('bounded')\n";
    let (r, out) = run_with(code, ResourceLimits::default());
    assert_eq!(r, Ok(MontyObject::None));
    assert_eq!(out, "bounded\n");
}

#[test]
fn inputs_and_result_cross_the_boundary() {
    let run = MontyRun::new(
        "{'n': n * 2, 'names': [s.upper() for s in names]}",
        "io.py",
        vec!["n".into(), "names".into()],
        vec![],
    )
    .expect("compiles");
    let mut out = PrintWriter::collect();
    let r = run
        .run(
            vec![
                MontyObject::Int(21),
                MontyObject::List(vec![MontyObject::Str("a".into())]),
            ],
            LimitedTracker::default(),
            &mut out,
        )
        .expect("runs");
    assert_eq!(r.py_repr(), "{'n': 42, 'names': ['A']}");
}

#[test]
fn deeply_nested_data_compare_and_hash_are_bounded() {
    let code = "a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\ntry:\n    a == b\nexcept RecursionError:\n    print('eq bounded')\nt = ()\nfor i in range(100000):\n    t = (t,)\ntry:\n    hash(t)\nexcept RecursionError:\n    print('hash bounded')\n";
    let (r, out) = run_with(code, ResourceLimits::default());
    assert_eq!(r, Ok(MontyObject::None));
    assert_eq!(out, "eq bounded\nhash bounded\n");
}

#[test]
fn native_reentry_is_bounded() {
    let code = "def f(n):\n    return sorted([1, 2], key=lambda x: f(n + 1))\ntry:\n    f(0)\nexcept RecursionError:\n    print('bounded')\n";
    let (r, out) = run_with(code, ResourceLimits::default());
    assert_eq!(r, Ok(MontyObject::None));
    assert_eq!(out, "bounded\n");
}

#[test]
fn million_digit_square_ends_within_a_second_of_a_two_second_limit() {
    let started = Instant::now();
    let (r, _) = run_with(
        "x = 10**1000000\nwhile True:\n    y = x * x",
        ResourceLimits::default().max_duration(Duration::from_secs(2)),
    );
    assert_eq!(
        r.as_ref().err().and_then(MontyError::limit),
        Some(&LimitError::Duration { limit_ms: 2000 })
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn huge_power_and_modpow_end_at_the_time_limit() {
    for code in ["x = 7 ** 10**8", "x = pow(3, 10**20000, 10**20000 + 7)"] {
        let started = Instant::now();
        let (r, _) = run_with(
            code,
            ResourceLimits::default()
                .max_duration(Duration::from_millis(500))
                .max_memory(1 << 30),
        );
        assert_eq!(
            r.as_ref().err().and_then(MontyError::limit),
            Some(&LimitError::Duration { limit_ms: 500 }),
            "{code}"
        );
        assert!(
            started.elapsed() < Duration::from_millis(1500),
            "{code}: took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn slow_builtins_in_a_loop_see_the_time_limit() {
    for code in [
        "s = 'ab' * 10**6\nwhile True:\n    s.count('ab')",
        "x = list(range(10**5))\nwhile True:\n    repr(x)",
        "x = ['abc'] * 10**5\nwhile True:\n    '-'.join(x)",
        "x = tuple(range(10**5))\nwhile True:\n    hash(x)",
        "x = list(range(10**6))\nwhile True:\n    -1 in x",
    ] {
        let started = Instant::now();
        let (r, _) = run_with(code, ResourceLimits::default().max_duration(Duration::from_millis(300)));
        assert_eq!(
            r.as_ref().err().and_then(MontyError::limit),
            Some(&LimitError::Duration { limit_ms: 300 }),
            "{code}"
        );
        assert!(
            started.elapsed() < Duration::from_millis(1300),
            "{code}: took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn a_cancel_handle_stops_a_run_from_another_thread() {
    let handle = monty_core::CancelHandle::new();
    let trigger = handle.clone();
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        trigger.cancel();
    });
    let run = MontyRun::new("while True:\n    pass\n", "cancel.py", vec![], vec![]).expect("compiles");
    let mut out = PrintWriter::collect();
    let started = Instant::now();
    let tracker = LimitedTracker::new(ResourceLimits::default()).with_cancel(handle);
    let r = run.run(vec![], tracker, &mut out);
    assert_eq!(
        r.as_ref().err().and_then(MontyError::limit),
        Some(&LimitError::Cancelled)
    );
    assert!(started.elapsed() < Duration::from_secs(2));
    canceller.join().expect("canceller thread");
}

#[test]
fn huge_decimal_literal_is_refused_at_compile_time() {
    let code = format!("x = {}", "9".repeat(5000));
    let err = MontyRun::new(&code, "lit.py", vec![], vec![]).expect_err("refused");
    let MontyError::Syntax(e) = err else {
        panic!("expected a syntax error, got {err:?}")
    };
    assert!(
        e.message.starts_with("Exceeds the limit (4300 digits)"),
        "{}",
        e.message
    );
}

#[test]
fn long_call_and_subscript_chains_are_refused_before_parsing() {
    for code in [
        format!("x = f{}", "()".repeat(100_000)),
        format!("x = a{}", "[0]".repeat(100_000)),
    ] {
        let err = MontyRun::new(&code, "chain.py", vec![], vec![]).expect_err("refused");
        assert!(matches!(err, MontyError::Syntax(_)), "{err:?}");
    }
}
