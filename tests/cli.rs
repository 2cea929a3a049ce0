//! The `monty` command line: argument handling and exit statuses.
//!
//! Running programs is covered by the differential cases; these tests pin the
//! contract scripts rely on: usage errors exit 2 with nothing on stdout.

use std::process::{Command, Output};

fn monty(args: &[&str]) -> Output {
    match Command::new(env!("CARGO_BIN_EXE_monty")).args(args).output() {
        Ok(output) => output,
        Err(e) => unreachable!("cannot start the monty binary: {e}"),
    }
}

#[test]
fn help_goes_to_stdout_and_succeeds() {
    let output = monty(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("usage: monty run FILE"));
    assert!(output.stderr.is_empty());
}

#[test]
fn usage_errors_exit_2_with_nothing_on_stdout() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["run"],
        &["run", "-c"],
        &["run", "-c", "x", "--input"],
        &["run", "-c", "x", "--input", "no_equals_sign"],
        &["run", "-c", "x", "--input", "x={not json"],
        &["run", "-c", "x", "--input", "not-an-identifier=1"],
        &["run", "-c", "x", "--input", "x=1", "--input", "x=2"],
        &["run", "-c", "x", "-c", "y"],
        &["run", "-c", "x", "--bogus"],
        &["run", "/no/such/file.py"],
    ] {
        let output = monty(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("usage: monty run"),
            "{args:?}"
        );
    }
}

fn stderr_last_line(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .last()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn memory_limit_flag_accepts_units_and_names_the_limit() {
    for (flag, bytes) in [
        ("1MB", 1_000_000),
        ("1.5MB", 1_500_000),
        ("512KiB", 524_288),
        ("2MiB", 2_097_152),
        ("3000000", 3_000_000),
    ] {
        let output = monty(&["run", "-c", "x = 'a' * 10**9", "--max-memory", flag]);
        assert_eq!(output.status.code(), Some(1), "{flag}");
        assert_eq!(
            stderr_last_line(&output),
            format!("MontyLimitError: memory limit exceeded: more than {bytes} bytes of live objects"),
            "{flag}"
        );
    }
}

#[test]
fn duration_flag_accepts_fractions() {
    let started = std::time::Instant::now();
    let output = monty(&["run", "-c", "while True:\n    pass", "--max-duration=0.25"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr_last_line(&output),
        "MontyLimitError: time limit exceeded: ran longer than 250 ms"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("Traceback (most recent call last):\n  File \"<string>\", line "),
        "a limit error shows where the program was: {stderr}"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

#[test]
fn recursion_flag_sets_the_depth_of_a_catchable_recursion_error() {
    let code = "def f(n):\n    return f(n + 1)\nf(0)";
    let output = monty(&["run", "-c", code, "--max-recursion", "50"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("Traceback (most recent call last):"), "{stderr}");
    assert_eq!(
        stderr_last_line(&output),
        "RecursionError: maximum recursion depth exceeded"
    );
    let counted =
        "def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(1))";
    let output = monty(&["run", "-c", counted, "--max-recursion", "50"]);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "49\n");
}

#[test]
fn output_and_instruction_flags() {
    let output = monty(&["run", "-c", "while True:\n    print('x' * 99)", "--max-output", "1KB"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.len() <= 1000);
    assert_eq!(
        stderr_last_line(&output),
        "MontyLimitError: output limit exceeded: more than 1000 bytes printed"
    );
    let output = monty(&["run", "-c", "while True:\n    pass", "--max-instructions", "5000"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr_last_line(&output),
        "MontyLimitError: instruction limit exceeded: more than 5000 instructions"
    );
}

#[test]
fn no_limits_lifts_the_defaults() {
    // 200 MB of live objects is past the default 100 MB.
    let output = monty(&["run", "-c", "x = 'a' * 200_000_000\nprint(len(x))", "--no-limits"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout), "200000000\n");
    let output = monty(&["run", "-c", "x = 'a' * 200_000_000"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_last_line(&output).starts_with("MontyLimitError: memory limit exceeded"));
}

#[test]
fn bad_limit_values_are_usage_errors() {
    for args in [
        &["run", "-c", "x", "--max-memory"][..],
        &["run", "-c", "x", "--max-memory", "lots"],
        &["run", "-c", "x", "--max-memory", "10XB"],
        &["run", "-c", "x", "--max-memory", "-5"],
        &["run", "-c", "x", "--max-duration", "soon"],
        &["run", "-c", "x", "--max-duration", "0"],
        &["run", "-c", "x", "--max-duration", "-1"],
        &["run", "-c", "x", "--max-recursion", "0"],
        &["run", "-c", "x", "--max-recursion", "1.5"],
        &["run", "-c", "x", "--max-instructions", "many"],
        &["run", "-c", "x", "--no-limits", "--max-memory", "1MB"],
    ] {
        let output = monty(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}
