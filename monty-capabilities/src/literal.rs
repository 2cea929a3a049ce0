//! A parameter's default as the stub shows it: the Python literal of the
//! value when it has a short one (`0`, `''`, `None`, `False`, `[]`,
//! `'metric'`), else `...`.

use std::fmt::Write as _;

use serde_json::Value;

/// Longest literal a stub shows; a longer default shows as `...`.
const MAX_LITERAL: usize = 60;

/// The Python literal of a serialized value, for a parameter annotated
/// `py_type` (a JSON array is a tuple for `tuple[...]`, a set for `set[...]`,
/// else a list). `None` when it has no short literal.
#[must_use]
pub fn python_literal(value: &Value, py_type: &str) -> Option<String> {
    let mut out = String::new();
    write_literal(&mut out, value, py_type, 0)?;
    (out.len() <= MAX_LITERAL).then_some(out)
}

/// Containers nest at most this deep in a shown default.
const MAX_DEPTH: usize = 4;

fn write_literal(out: &mut String, value: &Value, py_type: &str, depth: usize) -> Option<()> {
    if depth > MAX_DEPTH || out.len() > MAX_LITERAL {
        return None;
    }
    match value {
        Value::Null => out.push_str("None"),
        Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                let _ = write!(out, "{i}");
            } else if let Some(u) = n.as_u64() {
                let _ = write!(out, "{u}");
            } else {
                out.push_str(&python_float(n.as_f64()?)?);
            }
        }
        Value::String(s) => out.push_str(&python_str(s)),
        Value::Array(items) => {
            let py_type = py_type.trim();
            let (open, close) = if py_type.starts_with("tuple[") {
                ("(", ")")
            } else if py_type.starts_with("set[") || py_type.starts_with("frozenset[") {
                if items.is_empty() {
                    out.push_str("set()");
                    return Some(());
                }
                ("{", "}")
            } else {
                ("[", "]")
            };
            out.push_str(open);
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_literal(out, item, "", depth + 1)?;
            }
            if open == "(" && items.len() == 1 {
                out.push(',');
            }
            out.push_str(close);
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&python_str(key));
                out.push_str(": ");
                write_literal(out, item, "", depth + 1)?;
            }
            out.push('}');
        }
    }
    Some(())
}

/// `repr()` of a finite float: shortest round-trip digits, an exponent
/// (`1e+16`, `1e-05`) outside `[1e-4, 1e16)` as Python writes it.
fn python_float(x: f64) -> Option<String> {
    if !x.is_finite() {
        return None;
    }
    let magnitude = x.abs();
    if magnitude == 0.0 || (1e-4..1e16).contains(&magnitude) {
        let plain = format!("{x}");
        return Some(if plain.contains('.') {
            plain
        } else {
            format!("{plain}.0")
        });
    }
    let exp = format!("{x:e}");
    let (mantissa, power) = exp.split_once('e')?;
    let power: i32 = power.parse().ok()?;
    let sign = if power < 0 { '-' } else { '+' };
    Some(format!("{mantissa}e{sign}{:02}", power.unsigned_abs()))
}

/// `repr()` of a str: single quotes unless the text has one and no double
/// quote; backslashes, the quote and unprintable characters escaped.
fn python_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || (c.is_whitespace() && c != ' ') => {
                let code = u32::from(c);
                let _ = match code {
                    0..=0xff => write!(out, "\\x{code:02x}"),
                    0x100..=0xffff => write!(out, "\\u{code:04x}"),
                    _ => write!(out, "\\U{code:08x}"),
                };
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn lit(value: Value, py_type: &str) -> String {
        python_literal(&value, py_type).unwrap_or_else(|| "...".to_owned())
    }

    #[test]
    fn literals_as_python_writes_them() {
        assert_eq!(lit(json!(null), "int | None"), "None");
        assert_eq!(lit(json!(false), "bool"), "False");
        assert_eq!(lit(json!(0), "int"), "0");
        assert_eq!(lit(json!(-7), "int"), "-7");
        assert_eq!(lit(json!(u64::MAX), "int"), "18446744073709551615");
        assert_eq!(lit(json!(0.0), "float"), "0.0");
        assert_eq!(lit(json!(2.5), "float"), "2.5");
        assert_eq!(lit(json!(100.0), "float"), "100.0");
        assert_eq!(lit(json!(1e16), "float"), "1e+16");
        assert_eq!(lit(json!(1.5e-7), "float"), "1.5e-07");
        assert_eq!(lit(json!(0.0001), "float"), "0.0001");
        assert_eq!(lit(json!(""), "str"), "''");
        assert_eq!(lit(json!("metric"), "str"), "'metric'");
        assert_eq!(lit(json!("it's"), "str"), "\"it's\"");
        assert_eq!(
            lit(json!("a'b\"c\\\n\u{1}\u{a0}"), "str"),
            "'a\\'b\"c\\\\\\n\\x01\\xa0'"
        );
        assert_eq!(lit(json!([]), "list[int]"), "[]");
        assert_eq!(lit(json!([1, "a"]), "list[object]"), "[1, 'a']");
        assert_eq!(lit(json!([]), "set[str]"), "set()");
        assert_eq!(lit(json!(["a"]), "set[str]"), "{'a'}");
        assert_eq!(lit(json!([0]), "tuple[int]"), "(0,)");
        assert_eq!(lit(json!([0, null]), "tuple[int, bool | None]"), "(0, None)");
        assert_eq!(lit(json!({}), "dict[str, int]"), "{}");
        assert_eq!(lit(json!({"a": [1]}), "dict"), "{'a': [1]}");
        assert_eq!(lit(json!("x".repeat(100)), "str"), "...");
        assert_eq!(lit(json!([[[[[[1]]]]]]), "list"), "...");
    }
}
