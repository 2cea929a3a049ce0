//! Compile-fail tests: misuses of `#[monty::function]` and the messages they get.
//!
//! trybuild pins rustc's output in `tests/ui/*.stderr`; after a deliberate
//! change of a message, regenerate them with `TRYBUILD=overwrite cargo test -p monty-derive --test ui`
//! and review the diff.

#[test]
fn misuse_is_a_helpful_compile_error() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
