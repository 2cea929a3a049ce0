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
