//! `#[monty::function]`: binding, conversion, errors, schemas and stubs of the generated host functions.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_docs,
    unreachable_pub
)]

use std::collections::HashMap;

use monty::{CapabilitySet, HostError, HostFunction, MontyObject, PyStub};
use serde::{Deserialize, Serialize};
use serde_json::json;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, schemars::JsonSchema, monty::PyStub)]
#[serde(rename_all = "lowercase")]
pub enum Units {
    #[default]
    Metric,
    Imperial,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema, monty::PyStub)]
pub struct Item {
    pub name: String,
    pub price: f64,
}

#[derive(Debug, Serialize, schemars::JsonSchema, monty::PyStub)]
#[py_stub(type = "Weather")]
pub struct Weather {
    pub city: String,
    pub temp: f64,
    pub units: Units,
}

pub struct Unknown(String);

impl From<Unknown> for HostError {
    fn from(e: Unknown) -> Self {
        HostError::new("KeyError", e.0)
    }
}

/// Fetch the current weather for a city.
///
/// Reads a fixed table.
#[monty::function(group = "weather")]
fn get_weather(
    /// The city, e.g. "Paris".
    city: &str,
    #[monty(default)] units: Units,
) -> Result<Weather, Unknown> {
    match city {
        "Paris" => Ok(Weather {
            city: city.to_owned(),
            temp: 21.5,
            units,
        }),
        other => Err(Unknown(format!("no weather for {other}"))),
    }
}

/// Total of a basket, with an optional discount in percent.
#[monty::function(name = "basket_total")]
fn total(items: Vec<Item>, counts: HashMap<String, u32>, discount: Option<f64>) -> f64 {
    let sum: f64 = items
        .iter()
        .map(|i| i.price * f64::from(counts.get(&i.name).copied().unwrap_or(1)))
        .sum();
    sum * (1.0 - discount.unwrap_or(0.0) / 100.0)
}

/// Repeat a word.
#[monty::function]
fn repeat(word: String, #[monty(default = 2)] times: usize, #[monty(default = "-".to_owned())] sep: String) -> String {
    vec![word; times].join(&sep)
}

#[monty::function]
fn ping() {}

/// Only deserializes: its default has no literal to show.
#[derive(Debug, Default, Deserialize, schemars::JsonSchema, monty::PyStub)]
pub struct Opaque {
    pub level: i32,
}

/// Every kind of default.
#[monty::function]
#[allow(clippy::too_many_arguments, clippy::needless_pass_by_value)]
fn defaults(
    #[monty(default)] n: i64,
    #[monty(default)] text: String,
    #[monty(default)] flag: bool,
    #[monty(default)] ratio: f64,
    #[monty(default)] items: Vec<i32>,
    #[monty(default)] table: HashMap<String, i32>,
    #[monty(default)] pair: (u8, bool),
    #[monty(default)] opaque: Opaque,
    #[monty(default = Units::Imperial)] units: Units,
    #[monty(default = vec![1, 2])] picks: Vec<u32>,
    #[monty(default = String::from("it's"))] quote: String,
    #[monty(default = Some(2.5))] scale: Option<f64>,
) -> String {
    format!(
        "{n} {text:?} {flag} {ratio} {items:?} {} {pair:?} {} {units:?} {picks:?} {quote} {scale:?}",
        table.len(),
        opaque.level
    )
}

#[monty::function]
fn r#type(r#ref: bool, tags: &[String], pair: (i32, Option<bool>)) -> Vec<String> {
    let mut out = tags.to_vec();
    out.push(format!("{}/{}/{:?}", r#ref, pair.0, pair.1));
    out
}

fn s(text: &str) -> MontyObject {
    MontyObject::Str(text.to_owned())
}

fn kw(name: &str, value: MontyObject) -> (String, MontyObject) {
    (name.to_owned(), value)
}

fn error(f: &HostFunction, args: Vec<MontyObject>, kwargs: Vec<(String, MontyObject)>) -> (String, String) {
    let e = f.call(args, kwargs).unwrap_err();
    (e.exc_type, e.message)
}

fn te(message: &str) -> (String, String) {
    ("TypeError".to_owned(), message.to_owned())
}

#[test]
fn binds_positional_and_keyword_arguments() {
    let f = get_weather::host_function();
    let paris = MontyObject::Dict(vec![
        (s("city"), s("Paris")),
        (s("temp"), MontyObject::Float(21.5)),
        (s("units"), s("imperial")),
    ]);
    assert_eq!(f.call(vec![s("Paris"), s("imperial")], vec![]).unwrap(), paris);
    assert_eq!(
        f.call(vec![], vec![kw("units", s("imperial")), kw("city", s("Paris"))])
            .unwrap(),
        paris
    );
    let default = f.call(vec![s("Paris")], vec![]).unwrap();
    let MontyObject::Dict(pairs) = default else { panic!() };
    assert_eq!(pairs[2], (s("units"), s("metric")));
}

#[test]
fn cpython_worded_binding_errors() {
    let f = get_weather::host_function();
    assert_eq!(
        error(&f, vec![], vec![]),
        te("get_weather() missing 1 required positional argument: 'city'")
    );
    assert_eq!(
        error(&f, vec![s("Paris")], vec![kw("x", MontyObject::None)]),
        te("get_weather() got an unexpected keyword argument 'x'")
    );
    assert_eq!(
        error(&f, vec![s("a"), s("metric"), s("c")], vec![]),
        te("get_weather() takes from 1 to 2 positional arguments but 3 were given")
    );
    assert_eq!(
        error(&f, vec![s("a")], vec![kw("city", s("b"))]),
        te("get_weather() got multiple values for argument 'city'")
    );
    let total = total::host_function();
    assert_eq!(
        error(&total, vec![], vec![]),
        te("basket_total() missing 2 required positional arguments: 'items' and 'counts'")
    );
    assert_eq!(
        error(&ping::host_function(), vec![MontyObject::None], vec![]),
        te("ping() takes 0 positional arguments but 1 was given")
    );
}

#[test]
fn conversion_errors_name_the_parameter() {
    let f = get_weather::host_function();
    assert_eq!(
        error(&f, vec![MontyObject::Int(3)], vec![]),
        te("get_weather() argument 'city' must be str, not int")
    );
    assert_eq!(
        error(&f, vec![s("Paris"), s("kelvin")], vec![]),
        (
            "ValueError".to_owned(),
            "get_weather() argument 'units': unknown variant `kelvin`, expected `metric` or `imperial`".to_owned()
        )
    );
    let total = total::host_function();
    let items = MontyObject::List(vec![MontyObject::Dict(vec![
        (s("name"), s("tea")),
        (s("price"), s("cheap")),
    ])]);
    assert_eq!(
        error(&total, vec![items, MontyObject::Dict(vec![])], vec![]),
        te("basket_total() argument 'items' at [0]['price']: invalid type: string \"cheap\", expected f64")
    );
    assert_eq!(
        error(
            &total,
            vec![
                MontyObject::List(vec![]),
                MontyObject::Dict(vec![(s("tea"), MontyObject::Int(-1))])
            ],
            vec![]
        ),
        (
            "ValueError".to_owned(),
            "basket_total() argument 'counts' at ['tea']: invalid value: integer `-1`, expected u32".to_owned()
        )
    );
}

#[test]
fn errors_of_the_function_become_its_exception() {
    let f = get_weather::host_function();
    assert_eq!(
        error(&f, vec![s("Oslo")], vec![]),
        ("KeyError".to_owned(), "no weather for Oslo".to_owned())
    );
}

#[test]
fn structured_arguments_and_defaults() {
    let total = total::host_function();
    let items = MontyObject::List(vec![
        MontyObject::Dict(vec![(s("name"), s("tea")), (s("price"), MontyObject::Float(2.5))]),
        MontyObject::Dict(vec![(s("name"), s("cake")), (s("price"), MontyObject::Int(4))]),
    ]);
    let counts = MontyObject::Dict(vec![(s("tea"), MontyObject::Int(2))]);
    let r = total
        .call(
            vec![items.clone(), counts.clone()],
            vec![kw("discount", MontyObject::Int(50))],
        )
        .unwrap();
    assert_eq!(r, MontyObject::Float(4.5));
    assert_eq!(
        total.call(vec![items, counts], vec![]).unwrap(),
        MontyObject::Float(9.0)
    );

    let repeat = repeat::host_function();
    assert_eq!(repeat.call(vec![s("ab")], vec![]).unwrap(), s("ab-ab"));
    assert_eq!(
        repeat
            .call(vec![s("ab"), MontyObject::Int(3)], vec![kw("sep", s("+"))])
            .unwrap(),
        s("ab+ab+ab")
    );
    assert_eq!(ping::host_function().call(vec![], vec![]).unwrap(), MontyObject::None);

    let t = r#type::host_function();
    let tags = MontyObject::Tuple(vec![s("x")]);
    let pair = MontyObject::List(vec![MontyObject::Int(7), MontyObject::None]);
    assert_eq!(
        t.call(vec![MontyObject::Bool(true), tags, pair], vec![]).unwrap(),
        MontyObject::List(vec![s("x"), s("true/7/None")])
    );
}

#[test]
fn signatures_and_stub_types() {
    assert_eq!(
        get_weather::host_function().signature(),
        "get_weather(city: str, units: str = 'metric') -> Weather"
    );
    assert_eq!(
        total::host_function().signature(),
        "basket_total(items: list[dict], counts: dict[str, int], discount: float | None = None) -> float"
    );
    assert_eq!(
        repeat::host_function().signature(),
        "repeat(word: str, times: int = 2, sep: str = '-') -> str"
    );
    assert_eq!(ping::host_function().signature(), "ping() -> None");
    assert_eq!(
        r#type::host_function().signature(),
        "type(ref: bool, tags: list[str], pair: tuple[int, bool | None]) -> list[str]"
    );
    assert_eq!(Units::py_type(), "str");
    assert_eq!(Item::py_type(), "dict");
}

#[test]
fn defaults_show_as_python_literals() {
    let f = defaults::host_function();
    let shown: Vec<(&str, &str)> = f
        .params()
        .iter()
        .map(|p| (p.name.as_str(), p.default.as_deref().unwrap()))
        .collect();
    assert_eq!(
        shown,
        [
            ("n", "0"),
            ("text", "''"),
            ("flag", "False"),
            ("ratio", "0.0"),
            ("items", "[]"),
            ("table", "{}"),
            ("pair", "(0, False)"),
            ("opaque", "..."),
            ("units", "'imperial'"),
            ("picks", "[1, 2]"),
            ("quote", "\"it's\""),
            ("scale", "2.5"),
        ]
    );
    // the stub with them is valid Python
    let stubs = CapabilitySet::new().grant_fn(f.clone()).stubs();
    monty::MontyRun::new(&stubs, "stubs.pyi", vec![], vec![]).unwrap();
    assert_eq!(
        f.call(vec![], vec![]).unwrap(),
        s("0 \"\" false 0 [] 0 (0, false) 0 Imperial [1, 2] it's Some(2.5)")
    );
}

#[test]
fn docs_groups_and_names() {
    let f = get_weather::host_function();
    assert_eq!(f.name(), "get_weather");
    assert_eq!(f.group(), Some("weather"));
    assert_eq!(f.doc(), "Fetch the current weather for a city.\n\nReads a fixed table.");
    assert_eq!(f.params()[0].doc, "The city, e.g. \"Paris\".");
    assert_eq!(total::host_function().name(), "basket_total");
    assert_eq!(total::host_function().group(), None);
}

#[test]
fn parameter_schema() {
    let schema = get_weather::host_function().params_schema().clone();
    assert_eq!(
        schema,
        json!({
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "The city, e.g. \"Paris\"."},
                "units": {"$ref": "#/$defs/Units"},
            },
            "required": ["city"],
            "additionalProperties": false,
            "$defs": {"Units": {"type": "string", "enum": ["metric", "imperial"]}},
        })
    );
    let total = total::host_function();
    let schema = total.params_schema();
    assert_eq!(schema["required"], json!(["items", "counts"]));
    assert_eq!(
        schema["properties"]["counts"]["additionalProperties"]["type"],
        json!("integer")
    );
    assert_eq!(schema["properties"]["discount"]["type"], json!(["number", "null"]));
    assert_eq!(schema["$defs"]["Item"]["required"], json!(["name", "price"]));
}

#[test]
fn result_schema() {
    let schema = get_weather::host_function().result_schema().clone();
    assert_eq!(schema["title"], json!("Weather"));
    assert_eq!(schema["properties"]["temp"]["type"], json!("number"));
    assert_eq!(schema["properties"]["units"]["$ref"], json!("#/$defs/Units"));
    assert_eq!(total::host_function().result_schema()["type"], json!("number"));
}

#[test]
fn registered_functions_are_granted_by_name_and_group() {
    let names: Vec<&str> = monty::registry().iter().map(|r| r.name()).collect();
    assert_eq!(
        names,
        ["basket_total", "defaults", "get_weather", "ping", "repeat", "type"]
    );
    let caps = CapabilitySet::new().grant("weather").unwrap().grant("ping").unwrap();
    assert_eq!(caps.names(), ["get_weather", "ping"]);
    let err = CapabilitySet::new().grant("nope").unwrap_err();
    assert_eq!(
        err.to_string(),
        "no host function or group named 'nope' is registered (known: basket_total, defaults, get_weather, ping, repeat, type, weather)"
    );
}
