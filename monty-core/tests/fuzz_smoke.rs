#![allow(clippy::expect_used, clippy::panic, missing_docs)]
//! Property smoke test: small random programs from a grammar (expressions,
//! loops, calls, methods, exceptions) never panic under limits. Whatever they
//! do, the run ends in a value, a Python exception, a compile error or a limit.
//! Kept short (a few seconds) so it runs with every `cargo test`; raise
//! `PROPTEST_CASES` to search longer.

use std::time::Duration;

use monty_core::{LimitedTracker, MontyRun, PrintWriter, ResourceLimits};
use proptest::prelude::*;

fn int_literal() -> impl Strategy<Value = String> {
    prop_oneof![
        (-5i64..100).prop_map(|i| i.to_string()),
        Just("10**30".to_owned()),
        Just("-(2**63)".to_owned()),
        Just("2**64".to_owned()),
        Just("0".to_owned()),
    ]
}

fn atom() -> impl Strategy<Value = String> {
    prop_oneof![
        int_literal(),
        Just("'ab'".to_owned()),
        Just("''".to_owned()),
        Just("'a b c'".to_owned()),
        Just("b'xy'".to_owned()),
        Just("1.5".to_owned()),
        Just("None".to_owned()),
        Just("True".to_owned()),
        Just("[]".to_owned()),
        Just("{}".to_owned()),
        (0u8..4).prop_map(|i| format!("v{i}")),
    ]
}

fn expr() -> impl Strategy<Value = String> {
    atom().prop_recursive(4, 32, 3, |inner| {
        let binop = prop_oneof![
            Just("+"),
            Just("-"),
            Just("*"),
            Just("//"),
            Just("%"),
            Just("**"),
            Just("<<"),
            Just(">>"),
            Just("=="),
            Just("<"),
            Just("and"),
            Just("or"),
            Just("in"),
            Just("&"),
        ];
        let func = prop_oneof![
            Just("len"),
            Just("str"),
            Just("repr"),
            Just("sorted"),
            Just("sum"),
            Just("min"),
            Just("max"),
            Just("abs"),
            Just("list"),
            Just("tuple"),
            Just("set"),
            Just("range"),
            Just("hash"),
            Just("int"),
            Just("bool"),
            Just("f"),
        ];
        let method = prop_oneof![
            Just("upper()"),
            Just("split()"),
            Just("join(['x', 'y'])"),
            Just("append(1)"),
            Just("pop()"),
            Just("keys()"),
            Just("count(1)"),
            Just("index(0)"),
            Just("replace('a', 'bb')"),
            Just("center(9)"),
            Just("get(1)"),
        ];
        prop_oneof![
            (inner.clone(), binop, inner.clone()).prop_map(|(a, op, b)| format!("({a} {op} {b})")),
            (func, inner.clone()).prop_map(|(f, a)| format!("{f}({a})")),
            (inner.clone(), method).prop_map(|(a, m)| format!("({a}).{m}")),
            (inner.clone(), inner.clone()).prop_map(|(a, i)| format!("({a})[{i}]")),
            prop::collection::vec(inner.clone(), 0..4).prop_map(|items| format!("[{}]", items.join(", "))),
            (inner.clone(), inner.clone()).prop_map(|(k, v)| format!("{{{k}: {v}}}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("[{a} for _ in range(3) if {b}]")),
            (inner.clone(), inner).prop_map(|(a, b)| format!("({a} if {b} else 0)")),
        ]
    })
}

fn statement() -> impl Strategy<Value = String> {
    let simple = prop_oneof![
        ((0u8..4), expr()).prop_map(|(v, e)| format!("v{v} = {e}")),
        ((0u8..4), expr()).prop_map(|(v, e)| format!("v{v} += {e}")),
        expr().prop_map(|e| format!("print({e})")),
        expr().prop_map(|e| format!("f({e})")),
        expr(),
    ];
    simple.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            ((0u8..4), (0u8..20), inner.clone())
                .prop_map(|(v, n, body)| format!("for v{v} in range({n}):\n{}", indent(&body))),
            (expr(), inner.clone()).prop_map(|(c, body)| format!("while {c}:\n{}\n    break", indent(&body))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!(
                "try:\n{}\nexcept Exception as e:\n{}",
                indent(&a),
                indent(&b)
            )),
            (expr(), inner.clone(), inner).prop_map(|(c, a, b)| format!(
                "if {c}:\n{}\nelse:\n{}",
                indent(&a),
                indent(&b)
            )),
        ]
    })
}

fn indent(block: &str) -> String {
    block.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
}

fn program() -> impl Strategy<Value = String> {
    (expr(), prop::collection::vec(statement(), 1..6)).prop_map(|(body, stmts)| {
        format!(
            "v0 = 0\nv1 = 'ab'\nv2 = [1, 2]\nv3 = {{1: 2}}\ndef f(a):\n    return {body}\n{}\n",
            stmts.join("\n")
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 96,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn generated_programs_never_panic(code in program()) {
        let limits = ResourceLimits::default()
            .max_memory(8 << 20)
            .max_duration(Duration::from_millis(200))
            .max_instructions(200_000)
            .max_output_bytes(1 << 16);
        // Any outcome is fine; a panic fails the property.
        if let Ok(run) = MontyRun::new(&code, "fuzz.py", vec![], vec![]) {
            let mut out = PrintWriter::collect();
            let _ = run.run(vec![], LimitedTracker::new(limits), &mut out);
        }
    }
}
