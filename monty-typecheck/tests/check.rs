//! Behaviour of `TypeChecker::check`: what is reported, where, and what is not.
#![expect(clippy::unwrap_used, reason = "tests")]

use monty_typecheck::{Diagnostic, Severity, TypeCheckError, TypeChecker, rules};

const WEATHER: &str = "\
def get_weather(city: str) -> dict[str, float]:
    \"\"\"Fetch the current weather for a city.\"\"\"
    ...
";

const ASYNC_FETCH: &str = "\
async def fetch(url: str) -> str: ...
def get_weather(city: str) -> dict[str, float]: ...
";

fn check(source: &str, stubs: &str) -> Vec<Diagnostic> {
    TypeChecker::new().check(source, stubs, &[]).unwrap()
}

/// `(rule, line, column)` of each diagnostic, for compact asserts.
fn summary(diagnostics: &[Diagnostic]) -> Vec<(&str, u32, u32)> {
    diagnostics
        .iter()
        .map(|d| (d.rule.as_str(), d.line, d.column))
        .collect()
}

/// The diagnostics that do not come from Monty's compiler refusing syntax it
/// does not run yet (async generators, `except*`, ...): what ty itself says.
fn ty_view(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diagnostics
        .into_iter()
        .filter(|d| d.rule != rules::UNSUPPORTED_SYNTAX)
        .collect()
}

#[test]
fn wrong_argument_type_is_reported_at_the_programs_line() {
    let program = "x = 1\ny = 2\nw = get_weather(3)\n";
    let diagnostics = check(program, WEATHER);
    assert_eq!(summary(&diagnostics), [("invalid-argument-type", 3, 17)]);
    let d = &diagnostics[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!((d.end_line, d.end_column), (3, 18));
    assert_eq!(
        d.message,
        "Argument to function `get_weather` is incorrect: Expected `str`, found `Literal[3]`"
    );
    // ty's own rendering: the program's file and line, and where the host
    // function is declared in the stubs.
    assert!(d.rendered.starts_with("error[invalid-argument-type]"), "{}", d.rendered);
    assert!(d.rendered.contains("--> main.py:3:17"), "{}", d.rendered);
    assert!(d.rendered.contains("__builtins__.pyi:1"), "{}", d.rendered);
    assert_eq!(
        d.to_string(),
        "3:17: error[invalid-argument-type] Argument to function `get_weather` is incorrect: \
         Expected `str`, found `Literal[3]`"
    );
}

#[test]
fn a_clean_program_gives_no_diagnostics() {
    let program = "\
import math
import json
from collections import Counter

w = get_weather('Oslo')
temp = w['temp']
print(f'{temp:.1f}', math.floor(temp), json.dumps(w))
counts = Counter('hello')
print(sorted(counts.items(), key=lambda kv: -kv[1])[:2], len([1, 2]))

def celsius(f: float) -> float:
    return (f - 32) * 5 / 9

celsius(temp)
";
    assert_eq!(check(program, WEATHER), []);
    assert_eq!(check("", ""), []);
    assert_eq!(check("print(1)\n", ""), []);
}

#[test]
fn builtins_still_resolve_beside_the_stubs() {
    let program = "print(len(str(get_weather('x'))), abs(-1), isinstance(1, int))\n";
    assert_eq!(check(program, WEATHER), []);
}

#[test]
fn unresolved_names_are_reported() {
    let diagnostics = check("a = 1\nprint(b)\nget_wether('Oslo')\n", WEATHER);
    assert_eq!(
        summary(&diagnostics),
        [("unresolved-reference", 2, 7), ("unresolved-reference", 3, 1)]
    );
    assert_eq!(diagnostics[0].message, "Name `b` used when not defined");
}

#[test]
fn host_functions_are_unknown_without_their_stub() {
    let diagnostics = check("get_weather('Oslo')\n", "");
    assert_eq!(summary(&diagnostics), [("unresolved-reference", 1, 1)]);
}

#[test]
fn wrong_arity_and_misused_results_are_reported() {
    let program = "\
get_weather()
get_weather('a', 'b')
get_weather(town='a')
get_weather('a').upper()
t: str = get_weather('a')['temp']
";
    let rules: Vec<_> = check(program, WEATHER)
        .iter()
        .map(|d| (d.rule.clone(), d.line))
        .collect();
    assert!(rules.contains(&("missing-argument".to_owned(), 1)), "{rules:?}");
    assert!(
        rules.contains(&("too-many-positional-arguments".to_owned(), 2)),
        "{rules:?}"
    );
    assert!(rules.contains(&("unknown-argument".to_owned(), 3)), "{rules:?}");
    assert!(rules.contains(&("unresolved-attribute".to_owned(), 4)), "{rules:?}");
    assert!(rules.contains(&("invalid-assignment".to_owned(), 5)), "{rules:?}");
}

#[test]
fn imports_of_modules_monty_lacks_are_reported() {
    let program = "\
import shutil
import math, subprocess
from urllib.request import urlopen
import collections
from . import sibling
import re as regex
def f():
    import socket
";
    let diagnostics = check(program, "");
    assert_eq!(
        summary(&diagnostics)
            .into_iter()
            .filter(|(rule, ..)| *rule == rules::UNAVAILABLE_MODULE)
            .collect::<Vec<_>>(),
        [
            ("unavailable-module", 1, 8),
            ("unavailable-module", 2, 14),
            ("unavailable-module", 3, 6),
            ("unavailable-module", 5, 1),
            ("unavailable-module", 8, 12),
        ]
    );
    assert!(
        diagnostics[0]
            .message
            .starts_with("No module named 'shutil' (Monty's modules are: math, cmath, json,"),
        "{}",
        diagnostics[0].message
    );
    assert!(
        diagnostics[2].message.starts_with("No module named 'urllib.request' "),
        "{}",
        diagnostics[2].message
    );
    assert!(diagnostics.iter().all(Diagnostic::is_error));
    assert!(
        diagnostics[0]
            .rendered
            .starts_with("error[unavailable-module]: No module named 'shutil'"),
        "{}",
        diagnostics[0].rendered
    );
    assert!(monty_typecheck::available_modules().contains(&"math"));
}

#[test]
fn builtins_monty_lacks_are_reported() {
    let program = "\
data = memoryview(b'secret')
eval('1 + 1')
print(len(data), sorted([2, 1]))
def f(exec):
    return exec
";
    let diagnostics = check(program, "");
    assert_eq!(
        summary(&diagnostics),
        [("unavailable-builtin", 1, 8), ("unavailable-builtin", 2, 1)]
    );
    assert_eq!(
        diagnostics[0].message,
        "`memoryview` is not available in Monty (NameError: name 'memoryview' is not defined)"
    );
    // A program's own `open`, or one the stubs grant, is fine.
    assert_eq!(check("def memoryview(p): return p\nmemoryview('x')\n", ""), []);
    assert_eq!(
        check("memoryview('x')\n", "def memoryview(data: str) -> str: ...\n"),
        []
    );
}

#[test]
fn inputs_are_known_names_with_their_types() {
    let mut checker = TypeChecker::new();
    let inputs = [("city", Some("str")), ("limit", Some("int")), ("data", None)];
    let program = "get_weather(city)\nprint(limit + 1, data.anything)\n";
    assert_eq!(checker.check(program, WEATHER, &inputs).unwrap(), []);

    let program = "get_weather(limit)\ncity.no_such_method()\n";
    let diagnostics = checker.check(program, WEATHER, &inputs).unwrap();
    assert_eq!(
        summary(&diagnostics),
        [("invalid-argument-type", 1, 13), ("unresolved-attribute", 2, 1)]
    );

    // Without the declaration the name is unknown.
    let diagnostics = checker.check("print(city)\n", WEATHER, &[]).unwrap();
    assert_eq!(summary(&diagnostics), [("unresolved-reference", 1, 7)]);

    // Input types may name types declared in the stubs.
    let stubs = "from typing import TypedDict\nclass Order(TypedDict):\n    id: int\n    item: str\n";
    let diagnostics = checker
        .check(
            "print(order['item'].upper())\norder['price']\n",
            stubs,
            &[("order", Some("Order"))],
        )
        .unwrap();
    assert_eq!(summary(&diagnostics), [("invalid-key", 2, 7)]);
}

#[test]
fn bad_input_declarations_are_host_errors() {
    let mut checker = TypeChecker::new();
    let err = checker.check("x", "", &[("x\nimport os", None)]).unwrap_err();
    assert!(matches!(err, TypeCheckError::InvalidInputName { .. }), "{err}");
    let err = checker.check("x", "", &[("x", Some("int\ny: str"))]).unwrap_err();
    assert!(matches!(err, TypeCheckError::InvalidInputAnnotation { .. }), "{err}");
    // The checker is still usable.
    assert_eq!(checker.check("x", "", &[("x", None)]).unwrap(), []);
}

#[test]
fn a_syntax_error_is_the_only_diagnostic() {
    let diagnostics = check("x = 1\ny = = 2\nprint(undefined)\n", WEATHER);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0].rule, "invalid-syntax");
    assert_eq!(diagnostics[0].line, 2);
    assert!(
        diagnostics[0].rendered.starts_with("error[invalid-syntax]"),
        "{}",
        diagnostics[0].rendered
    );
}

#[test]
fn syntax_monty_refuses_is_reported_and_the_rest_still_checked() {
    let program = "x = 1\ntype Alias = int\nget_weather(1)\n";
    let diagnostics = check(program, WEATHER);
    let found = summary(&diagnostics);
    assert!(found.contains(&(rules::UNSUPPORTED_SYNTAX, 2, 1)), "{found:?}");
    assert!(found.contains(&("invalid-argument-type", 3, 13)), "{found:?}");
    let refused = diagnostics
        .iter()
        .find(|d| d.rule == rules::UNSUPPORTED_SYNTAX)
        .unwrap();
    assert_eq!(
        refused.message,
        "NotImplementedError: 'type' statements are not supported"
    );
}

#[test]
fn awaiting_an_async_host_function_at_top_level_checks() {
    // Top-level await is accepted (ty alone calls it a syntax error).
    let program = "text = await fetch('https://example.com')\nprint(text.upper())\n";
    assert_eq!(ty_view(check(program, ASYNC_FETCH)), []);

    // Inside an async function as well.
    let program = "async def main() -> str:\n    return (await fetch('u')).lower()\n";
    assert_eq!(ty_view(check(program, ASYNC_FETCH)), []);

    // An `await` in a plain function is still an error.
    let program = "def main():\n    return await fetch('u')\n";
    let found = ty_view(check(program, ASYNC_FETCH));
    assert_eq!(summary(&found), [("invalid-syntax", 2, 12)]);
}

#[test]
fn forgetting_to_await_or_awaiting_a_sync_tool_is_reported() {
    // The result of an async host function used without `await`.
    let program = "text = fetch('u')\nprint(text.upper())\n";
    let found = ty_view(check(program, ASYNC_FETCH));
    assert_eq!(summary(&found), [("unresolved-attribute", 2, 7)]);

    // Awaiting the result of a sync host function.
    let program = "w = await get_weather('Oslo')\n";
    let found = ty_view(check(program, ASYNC_FETCH));
    assert_eq!(summary(&found), [("invalid-await", 1, 11)]);

    // Wrong argument type through an await.
    let program = "x = 1\ntext = await fetch(42)\n";
    let found = ty_view(check(program, ASYNC_FETCH));
    assert_eq!(summary(&found), [("invalid-argument-type", 2, 20)]);
}

#[test]
fn positions_are_the_programs_whatever_the_stub_length() {
    let long_stubs = format!("{}{WEATHER}", "def pad(x: int) -> int: ...\n".repeat(200));
    let diagnostics = check("get_weather(1)\n", &long_stubs);
    assert_eq!(summary(&diagnostics), [("invalid-argument-type", 1, 13)]);
}

#[test]
fn stub_mistakes_are_reported_by_check_stubs() {
    let mut checker = TypeChecker::new();
    let stubs = "def f(x: Undefined) -> int: ...\n";
    let diagnostics = checker.check_stubs(stubs, &[]).unwrap();
    assert_eq!(summary(&diagnostics), [("unresolved-reference", 1, 10)]);
    assert_eq!(checker.check_stubs(WEATHER, &[("x", Some("int"))]).unwrap(), []);
    // A program check after a stub check sees the program's own state.
    assert_eq!(
        summary(&checker.check("f(1)\n", WEATHER, &[]).unwrap()),
        [("unresolved-reference", 1, 1)]
    );
}

#[test]
fn the_script_name_shows_in_rendered_text_only() {
    let mut checker = TypeChecker::new().with_script_name("/tmp/agents/agent_1.py");
    let diagnostics = checker.check("get_weather(1)\n", WEATHER, &[]).unwrap();
    assert!(
        diagnostics[0].rendered.contains("--> agent_1.py:1:13"),
        "{}",
        diagnostics[0].rendered
    );
    let mut checker = TypeChecker::new().with_script_name("../../etc/passwd");
    let diagnostics = checker.check("get_weather(1)\n", WEATHER, &[]).unwrap();
    assert!(
        diagnostics[0].rendered.contains("--> main.py:1:13"),
        "{}",
        diagnostics[0].rendered
    );
}

#[test]
fn hostile_programs_do_not_crash_the_host() {
    let mut checker = TypeChecker::new();
    // Refused by Monty's pre-scan before any parser recurses.
    let deep = format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000));
    let diagnostics = checker.check(&deep, "", &[]).unwrap();
    assert_eq!(summary(&diagnostics), [("invalid-syntax", 1, 1)]);
    assert_eq!(diagnostics[0].message, "too many nested parentheses");

    // Refused by Monty's compiler (its depth limit is 400), so ty never sees it.
    let long_chain = format!("y = 1{}\n", " + 1".repeat(2900));
    let diagnostics = checker.check(&long_chain, "", &[]).unwrap();
    assert_eq!(summary(&diagnostics), [("invalid-syntax", 1, 5)]);

    // The deepest nesting and longest operator chains Monty admits reach ty,
    // on the checking thread's large stack.
    let nested = format!("x = {}1{}\n", "[".repeat(99), "]".repeat(99));
    let chain = format!("y = 1{}\n", " + 1".repeat(390));
    let mut indented = String::new();
    for depth in 0..99 {
        indented.push_str(&"    ".repeat(depth));
        indented.push_str("if True:\n");
    }
    indented.push_str(&"    ".repeat(99));
    indented.push_str("pass\n");
    for program in [nested, chain, indented] {
        let diagnostics = checker.check(&program, "", &[]).unwrap();
        assert_eq!(diagnostics, [], "{}", &program[..40]);
    }
    // The checker still works afterwards.
    assert_eq!(checker.check("print(1)\n", "", &[]).unwrap(), []);
}
