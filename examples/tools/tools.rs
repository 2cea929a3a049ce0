//! Example tools: host functions that work offline and deterministically, so
//! an agent script can call them in examples and tests. The `monty` CLI links
//! them (`monty tools` lists them, `monty run --grant NAME|GROUP` grants them);
//! `examples/embed_tools.rs` shows how an embedder uses them.
//!
//! This file is a module, not a crate: the CLI and the example include it with
//! `#[path = ...] mod tools;`, since the `monty` package cannot depend on a crate
//! that depends on it.

use std::collections::BTreeMap;

use monty::HostError;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Temperature units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema, monty::PyStub)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Units {
    /// Degrees Celsius.
    #[default]
    Metric,
    /// Degrees Fahrenheit.
    Imperial,
}

/// Current conditions in a city.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, monty::PyStub)]
pub(crate) struct Weather {
    /// The city, as spelled in the table.
    pub(crate) city: String,
    /// The temperature in the requested units.
    pub(crate) temperature: f64,
    /// `metric` (°C) or `imperial` (°F).
    pub(crate) units: Units,
    /// A short description, e.g. "light rain".
    pub(crate) conditions: String,
    /// Relative humidity in percent.
    pub(crate) humidity: u8,
}

/// A search hit.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, monty::PyStub)]
pub(crate) struct Doc {
    /// The page title.
    pub(crate) title: String,
    /// Where the page lives.
    pub(crate) url: String,
    /// The first sentence of the page.
    pub(crate) snippet: String,
    /// How many of the query's words the page contains.
    pub(crate) score: u32,
}

/// A tool failure, raised in the program as `ValueError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ToolError(String);

impl From<ToolError> for HostError {
    fn from(err: ToolError) -> Self {
        HostError::new("ValueError", err.0)
    }
}

/// City, °C, conditions, humidity: a fixed table, so runs are reproducible.
const WEATHER: &[(&str, f64, &str, u8)] = &[
    ("Paris", 18.5, "light rain", 82),
    ("Tokyo", 24.0, "sunny", 60),
    ("Oslo", 7.0, "overcast", 75),
    ("Cairo", 33.5, "clear", 20),
    ("Lima", 19.0, "fog", 88),
];

/// Fetch the current weather for a city.
#[monty::function(group = "weather")]
pub(crate) fn get_weather(
    /// The city's name, e.g. "Paris".
    city: &str,
    /// `metric` (°C, the default) or `imperial` (°F).
    #[monty(default)]
    units: Units,
) -> Result<Weather, ToolError> {
    let Some(&(name, celsius, conditions, humidity)) =
        WEATHER.iter().find(|(name, ..)| name.eq_ignore_ascii_case(city))
    else {
        let known: Vec<&str> = WEATHER.iter().map(|(name, ..)| *name).collect();
        return Err(ToolError(format!(
            "unknown city '{city}'; known cities: {}",
            known.join(", ")
        )));
    };
    let temperature = match units {
        Units::Metric => celsius,
        Units::Imperial => ((celsius * 9.0 / 5.0 + 32.0) * 10.0).round() / 10.0,
    };
    Ok(Weather {
        city: name.to_owned(),
        temperature,
        units,
        conditions: conditions.to_owned(),
        humidity,
    })
}

/// List the cities `get_weather` knows.
#[monty::function(group = "weather")]
pub(crate) fn list_cities() -> Vec<String> {
    WEATHER.iter().map(|(name, ..)| (*name).to_owned()).collect()
}

/// Units of each currency per 1 EUR (fixed, not live rates).
const RATES: &[(&str, f64)] = &[
    ("EUR", 1.0),
    ("USD", 1.08),
    ("GBP", 0.86),
    ("JPY", 162.0),
    ("CHF", 0.95),
];

/// Convert an amount between currencies at fixed exchange rates, rounded to cents.
#[monty::function(group = "finance")]
pub(crate) fn convert_currency(
    /// The amount to convert.
    amount: f64,
    /// ISO code of the amount's currency, e.g. "EUR".
    from_currency: &str,
    /// ISO code of the currency wanted, e.g. "USD".
    to_currency: &str,
) -> Result<f64, ToolError> {
    let rate = |code: &str| {
        RATES
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(code))
            .map(|(_, r)| *r)
            .ok_or_else(|| ToolError(format!("unknown currency '{code}'")))
    };
    if !amount.is_finite() || amount < 0.0 {
        return Err(ToolError(format!("amount must be a non-negative number, not {amount}")));
    }
    let converted = amount / rate(from_currency)? * rate(to_currency)?;
    Ok((converted * 100.0).round() / 100.0)
}

/// Pages `search_docs` searches: title, url, text.
const DOCS: &[(&str, &str, &str)] = &[
    (
        "Granting host functions",
        "https://docs.example.com/monty/capabilities",
        "A program can call only the host functions its capability set grants. Ungranted names are undefined.",
    ),
    (
        "Resource limits",
        "https://docs.example.com/monty/limits",
        "Memory, time, recursion depth and output are limited. A limit ends the run with an error Python cannot catch.",
    ),
    (
        "Pausing at host calls",
        "https://docs.example.com/monty/snapshots",
        "A run can pause at a host call, be saved to bytes, and resume later in another process.",
    ),
    (
        "Supported Python",
        "https://docs.example.com/monty/python",
        "Functions, classes, comprehensions, generators, exceptions and async code with asyncio work as in CPython.",
    ),
    (
        "Writing tools in Rust",
        "https://docs.example.com/monty/tools",
        "Annotate a Rust function with monty::function to get argument checking, a JSON schema and a Python stub.",
    ),
];

/// Search the Monty documentation; the best matches come first.
#[monty::function(name = "search_docs", group = "docs")]
pub(crate) fn search(
    /// Words to look for (case-insensitive).
    query: &str,
    /// At most this many results (default 3).
    #[monty(default = 3)]
    limit: u32,
) -> Vec<Doc> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let mut hits: BTreeMap<(std::cmp::Reverse<u32>, usize), Doc> = BTreeMap::new();
    for (index, (title, url, text)) in DOCS.iter().enumerate() {
        let haystack = format!("{title} {text}").to_lowercase();
        let score = words.iter().filter(|w| haystack.contains(w.as_str())).count();
        let score = u32::try_from(score).unwrap_or(u32::MAX);
        if score > 0 {
            let snippet = text.split_inclusive('.').next().unwrap_or(text).to_owned();
            let doc = Doc {
                title: (*title).to_owned(),
                url: (*url).to_owned(),
                snippet,
                score,
            };
            hits.insert((std::cmp::Reverse(score), index), doc);
        }
    }
    hits.into_values()
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .collect()
}

/// A page of the documentation, as `fetch_doc` returns it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema, monty::PyStub)]
pub(crate) struct Page {
    /// The page title.
    pub(crate) title: String,
    /// Its address.
    pub(crate) url: String,
    /// The whole text.
    pub(crate) text: String,
    /// How many words the text has.
    pub(crate) words: usize,
}

/// Fetch a documentation page by its url. Async: run several fetches at once
/// with `asyncio.gather`.
#[monty::function(group = "docs")]
pub(crate) async fn fetch_doc(
    /// The page's url, as `search_docs` gives it.
    url: String,
) -> Result<Page, ToolError> {
    // Stands for network latency: the future is pending once before it
    // answers, so gathered fetches really overlap in the runner.
    let mut waited = false;
    std::future::poll_fn(|cx| {
        if waited {
            std::task::Poll::Ready(())
        } else {
            waited = true;
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        }
    })
    .await;
    let Some(&(title, url, text)) = DOCS.iter().find(|(_, u, _)| *u == url) else {
        return Err(ToolError(format!("no page at {url}")));
    };
    Ok(Page {
        title: title.to_owned(),
        url: url.to_owned(),
        text: text.to_owned(),
        words: text.split_whitespace().count(),
    })
}
