//! Every registered host function's schemas are valid JSON Schema 2020-12 and
//! say what the binding accepts; the stubs of the whole set are valid Python
//! that Monty itself compiles.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_docs,
    unreachable_pub
)]

use monty::{CapabilitySet, Clock, Env, HostFunction, Http, LimitedTracker, MontyRun, PrintWriter, registry};
use serde_json::{Value, json};

/// The example tools, as the CLI links them.
#[path = "../../examples/tools/tools.rs"]
#[allow(dead_code)]
mod tools;

/// Everything linked, plus the capability families.
fn everything() -> Vec<HostFunction> {
    let mut functions: Vec<HostFunction> = registry().into_iter().map(|r| r.function()).collect();
    let caps = CapabilitySet::new()
        .with(&Clock::system())
        .with(&Env::fixed([("LANG", "C")]).unwrap())
        .with(&Http::allow(["api.example.com"]).unwrap());
    functions.extend(caps.iter().cloned());
    functions
}

#[test]
fn the_example_tools_are_registered() {
    let names: Vec<&str> = registry().into_iter().map(|r| r.name()).collect();
    assert_eq!(
        names,
        [
            "convert_currency",
            "fetch_doc",
            "get_weather",
            "list_cities",
            "search_docs"
        ]
    );
}

#[test]
fn schemas_are_valid_json_schema_2020_12() {
    for function in everything() {
        for (what, schema) in [
            ("parameters", function.params_schema()),
            ("result", function.result_schema()),
        ] {
            if let Err(error) = jsonschema::draft202012::meta::validate(schema) {
                panic!(
                    "{} {what} schema is not valid 2020-12: {error}\n{schema:#}",
                    function.name()
                );
            }
            // And it compiles to a validator (every $ref resolves inside the document).
            if let Err(error) = jsonschema::draft202012::new(schema) {
                panic!(
                    "{} {what} schema does not compile: {error}\n{schema:#}",
                    function.name()
                );
            }
        }
    }
}

#[test]
fn parameter_schemas_accept_what_the_binding_accepts() {
    let check = |name: &str, args: Value, valid: bool| {
        let function = everything().into_iter().find(|f| f.name() == name).unwrap();
        let validator = jsonschema::draft202012::new(function.params_schema()).unwrap();
        assert_eq!(validator.is_valid(&args), valid, "{name}({args})");
    };
    check("get_weather", json!({"city": "Paris"}), true);
    check("get_weather", json!({"city": "Paris", "units": "imperial"}), true);
    check("get_weather", json!({"city": "Paris", "units": "kelvin"}), false);
    check("get_weather", json!({"city": 7}), false);
    check("get_weather", json!({}), false);
    check("get_weather", json!({"city": "Paris", "country": "FR"}), false);
    check(
        "convert_currency",
        json!({"amount": 1.5, "from_currency": "EUR", "to_currency": "USD"}),
        true,
    );
    check(
        "convert_currency",
        json!({"amount": "1.5", "from_currency": "EUR", "to_currency": "USD"}),
        false,
    );
    check("search_docs", json!({"query": "limits"}), true);
    check("search_docs", json!({"query": "limits", "limit": -1}), false);
    check("list_cities", json!({}), true);
    check("list_cities", json!({"x": 1}), false);
    check("getenv", json!({"name": "LANG"}), true);
    check("getenv", json!({"name": "LANG", "default": null}), true);
    check("now", json!({}), true);
}

#[test]
fn result_schemas_describe_the_results() {
    let caps = CapabilitySet::new().grant("weather").unwrap().grant("docs").unwrap();
    for (name, code) in [
        ("get_weather", "get_weather('Oslo')"),
        ("list_cities", "list_cities()"),
        ("search_docs", "search_docs('limits')"),
        ("fetch_doc", "await fetch_doc('https://docs.example.com/monty/limits')"),
    ] {
        let run = caps.compile(code, "t.py", vec![]).unwrap();
        let result = caps
            .run(&run, vec![], LimitedTracker::default(), &mut PrintWriter::collect())
            .unwrap();
        let json: Value = monty::from_object(&result).unwrap();
        let schema = caps.get(name).unwrap().result_schema().clone();
        let validator = jsonschema::draft202012::new(&schema).unwrap();
        assert!(validator.is_valid(&json), "{name}: {json} vs {schema:#}");
    }
}

#[test]
fn stubs_and_prompt_compile_with_monty() {
    let mut caps = CapabilitySet::new();
    for function in everything() {
        caps = caps.grant_fn(function);
    }
    let stubs = caps.stubs();
    for name in ["get_weather", "search_docs", "getenv", "now", "timestamp", "monotonic"] {
        assert!(stubs.contains(&format!("\ndef {name}(")), "{name}: {stubs}");
    }
    // The stubs define functions of the same names; compiling and running them
    // as a module checks they are Python that Monty's own parser and compiler accept.
    let run = MontyRun::new(&stubs, "stubs.pyi", vec![], vec![]).unwrap();
    run.run(vec![], LimitedTracker::default(), &mut PrintWriter::collect())
        .unwrap();

    let prompt = caps.prompt();
    let block = prompt
        .split("```python\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap();
    assert_eq!(block, stubs);
    // An empty set's stub file is valid too.
    MontyRun::new(&CapabilitySet::new().stubs(), "empty.pyi", vec![], vec![]).unwrap();
}

/// The Python package renders its tools with these same renderers; its tests
/// (monty-py/tests/test_tools.py) declare `convert_currency` and `search_docs` in
/// Python and compare with these files, so both sides give byte-identical text.
#[test]
fn python_package_goldens_match_the_rust_tools() {
    let golden = |name: &str| {
        let path = format!("{}/../monty-py/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let both = CapabilitySet::new()
        .grant("convert_currency")
        .unwrap()
        .grant("search_docs")
        .unwrap();
    assert_eq!(both.stubs(), golden("example_tools.pyi"));
    let one = CapabilitySet::new().grant("convert_currency").unwrap();
    for (format, file) in [
        (monty::ToolFormat::OpenAi, "convert_currency.openai.json"),
        (monty::ToolFormat::Anthropic, "convert_currency.anthropic.json"),
    ] {
        let text = serde_json::to_string_pretty(&one.tools_json(format)).unwrap() + "\n";
        assert_eq!(text, golden(file), "{file}");
    }
}
