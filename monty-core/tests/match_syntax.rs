//! `match` statements refused at compile time carry CPython's exact messages
//! (recorded from CPython 3.11), and pattern nesting is bounded before any
//! recursion can grow with the input.
#![allow(clippy::expect_used, clippy::panic, missing_docs)]

use monty_core::{LimitedTracker, MontyError, MontyObject, MontyRun, PrintWriter};

fn compile_error(src: &str) -> (String, u32) {
    match MontyRun::new(src, "m.py", vec![], vec![]) {
        Err(MontyError::Syntax(e)) => (format!("{}: {}", e.exc_type, e.message), e.line),
        Err(other) => panic!("expected a syntax error, got {other:?}"),
        Ok(_) => panic!("expected a syntax error for {src:?}"),
    }
}

#[test]
fn refused_patterns_have_cpython_messages() {
    let cases: &[(&str, &str)] = &[
        (
            "match 1:\n case x: pass\n case 2: pass",
            "SyntaxError: name capture 'x' makes remaining patterns unreachable",
        ),
        (
            "match 1:\n case _: pass\n case 2: pass",
            "SyntaxError: wildcard makes remaining patterns unreachable",
        ),
        (
            "match 1:\n case x | 2: pass",
            "SyntaxError: name capture 'x' makes remaining patterns unreachable",
        ),
        (
            "match 1:\n case (_ as y): pass\n case 2: pass",
            "SyntaxError: wildcard makes remaining patterns unreachable",
        ),
        (
            "match 1:\n case [_, x | _]: pass",
            "SyntaxError: name capture 'x' makes remaining patterns unreachable",
        ),
        (
            "match 1:\n case [x, x]: pass",
            "SyntaxError: multiple assignments to name 'x' in pattern",
        ),
        (
            "match 1:\n case {'a': x, **x}: pass",
            "SyntaxError: multiple assignments to name 'x' in pattern",
        ),
        (
            "match 1:\n case [x] | [y]: pass",
            "SyntaxError: alternative patterns bind different names",
        ),
        (
            "match 1:\n case [*a, *b]: pass",
            "SyntaxError: multiple starred names in sequence pattern",
        ),
        (
            "match 1:\n case A(x=1, x=2): pass",
            "SyntaxError: attribute name repeated in class pattern: x",
        ),
        (
            "match {}:\n case {'a': 1, 'a': 2}: pass",
            "SyntaxError: mapping pattern checks duplicate key ('a')",
        ),
    ];
    for (src, want) in cases {
        let (got, line) = compile_error(src);
        assert_eq!(&got, want, "for {src:?}");
        assert_eq!(line, 2, "for {src:?}");
    }
}

#[test]
fn guarded_or_last_irrefutable_cases_compile() {
    for src in [
        "match 1:\n case x if x: pass\n case 2: pass",
        "match 1:\n case 2: pass\n case x: pass",
    ] {
        MontyRun::new(src, "m.py", vec![], vec![]).expect("compiles");
    }
}

fn run(src: &str) -> MontyObject {
    let mut out = PrintWriter::collect();
    MontyRun::new(src, "m.py", vec![], vec![])
        .expect("compiles")
        .run(vec![], LimitedTracker::default(), &mut out)
        .expect("runs")
}

#[test]
fn deeply_nested_patterns_are_bounded() {
    // within the bracket limit: compiles and matches
    let depth = 90;
    let pattern = format!("{}x{}", "[".repeat(depth), "]".repeat(depth));
    let subject = format!("{}7{}", "[".repeat(depth), "]".repeat(depth));
    let src = format!("v = {subject}\nmatch v:\n case {pattern}:\n  r = x\nr");
    assert_eq!(run(&src), MontyObject::Int(7));

    // past it: refused before the parser recurses
    let depth = 5000;
    let pattern = format!("{}x{}", "[".repeat(depth), "]".repeat(depth));
    let (got, _) = compile_error(&format!("match 1:\n case {pattern}: pass"));
    assert_eq!(got, "SyntaxError: too many nested parentheses");
    let pattern = format!("{}x{}", "Point(".repeat(depth), ")".repeat(depth));
    let (got, _) = compile_error(&format!("match 1:\n case {pattern}: pass"));
    assert_eq!(got, "SyntaxError: too many nested parentheses");

    // long flat or-chains are not nesting
    let alts: Vec<String> = (0..2000).map(|i| i.to_string()).collect();
    let src = format!("match 1999:\n case {}:\n  r = 'hit'\nr", alts.join(" | "));
    assert_eq!(run(&src), MontyObject::Str("hit".into()));
}
