//! Cold and warm check times: `cargo run --release -p monty-typecheck --example timing`.
//!
//! Cold is the first check of a new checker (typeshed is loaded and the
//! builtins are inferred); warm is a re-check after an edit to the program,
//! and the check of a different program against the same stubs.

use std::io::Write as _;
use std::time::{Duration, Instant};

use monty_typecheck::{TypeCheckError, TypeChecker};

const STUBS: &str = "\
from typing import TypedDict

class Weather(TypedDict):
    temp: float
    wind: float

def get_weather(city: str) -> Weather:
    \"\"\"Fetch the current weather for a city.\"\"\"
    ...

async def fetch(url: str) -> str: ...
";

const PROGRAM: &str = "\
import json
import math

cities = ['Oslo', 'Lima', 'Pune']
reports = {}
for city in cities:
    w = get_weather(city)
    reports[city] = round(w['temp'] * 9 / 5 + 32, 1)
warmest = max(reports, key=lambda c: reports[c])
print(json.dumps(reports), warmest, math.floor(reports[warmest]))
";

fn main() -> Result<(), TypeCheckError> {
    let inputs = [("limit", Some("int"))];
    let rounds = 50u32;
    let mut out = std::io::stdout().lock();

    let start = Instant::now();
    let mut checker = TypeChecker::new();
    let first = checker.check(PROGRAM, STUBS, &inputs)?;
    let cold = start.elapsed();
    assert!(first.is_empty(), "{first:?}");

    // An edit: the same program with one line changed each round.
    let mut edit = Duration::ZERO;
    for i in 0..rounds {
        let edited = PROGRAM.replace("9 / 5", &format!("9 / 5 + {i}"));
        let start = Instant::now();
        checker.check(&edited, STUBS, &inputs)?;
        edit += start.elapsed();
    }

    // The unchanged program again (nothing to recompute).
    let start = Instant::now();
    for _ in 0..rounds {
        checker.check(PROGRAM, STUBS, &inputs)?;
    }
    let same = start.elapsed();

    // A different snippet of the same session.
    let snippet = "text = await fetch('https://example.com')\nprint(text[:limit])\n";
    let start = Instant::now();
    let found = checker.check(snippet, STUBS, &inputs)?;
    let next = start.elapsed();

    let _ = writeln!(out, "cold check:              {:>9.2?}", cold);
    let _ = writeln!(out, "warm re-check (edited):  {:>9.2?}", edit / rounds);
    let _ = writeln!(out, "warm re-check (same):    {:>9.2?}", same / rounds);
    let _ = writeln!(
        out,
        "next snippet:            {:>9.2?} ({} diagnostics)",
        next,
        found.len()
    );
    Ok(())
}
