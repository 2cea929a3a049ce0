//! A Python annotation read off a JSON schema, for types that derive `PyStub`
//! and for functions declared with a schema rather than Rust types.

use schemars::JsonSchema;
use serde_json::{Map, Value};

/// How deep `$ref`s and nested schemas are followed before answering `object`
/// (recursive types would otherwise never end).
const MAX_DEPTH: usize = 8;

/// The Python annotation of `T`, read off its JSON schema: objects with fixed
/// properties are `dict`, maps `dict[str, V]`, arrays `list[T]` or `tuple[...]`,
/// string enums `str`, nullable types `T | None`.
#[must_use]
pub fn py_type_of<T: JsonSchema + ?Sized>() -> String {
    let schema = schemars::SchemaGenerator::default().into_root_schema_for::<T>();
    py_type_of_schema(schema.as_value())
}

/// The Python annotation described by a JSON schema (with its `$defs`).
#[must_use]
pub fn py_type_of_schema(schema: &Value) -> String {
    let empty = Map::new();
    let defs = schema
        .get("$defs")
        .or_else(|| schema.get("definitions"))
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    annotation(schema, defs, 0)
}

fn annotation(schema: &Value, defs: &Map<String, Value>, depth: usize) -> String {
    if depth > MAX_DEPTH {
        return "object".to_owned();
    }
    let Some(obj) = schema.as_object() else {
        return "object".to_owned();
    };
    if let Some(target) = obj.get("$ref").and_then(Value::as_str) {
        let name = target.rsplit('/').next().unwrap_or_default();
        return defs
            .get(name)
            .map_or_else(|| "object".to_owned(), |s| annotation(s, defs, depth + 1));
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(options) = obj.get(key).and_then(Value::as_array) {
            return union(options.iter().map(|o| annotation(o, defs, depth + 1)));
        }
    }
    if let Some(values) = obj.get("enum").and_then(Value::as_array) {
        return union(values.iter().map(json_type));
    }
    if let Some(value) = obj.get("const") {
        return json_type(value);
    }
    match obj.get("type") {
        Some(Value::String(t)) => typed(t, obj, defs, depth),
        Some(Value::Array(types)) => union(
            types
                .iter()
                .filter_map(Value::as_str)
                .map(|t| typed(t, obj, defs, depth)),
        ),
        _ => "object".to_owned(),
    }
}

fn typed(t: &str, obj: &Map<String, Value>, defs: &Map<String, Value>, depth: usize) -> String {
    match t {
        "string" => "str".to_owned(),
        "integer" => "int".to_owned(),
        "number" => "float".to_owned(),
        "boolean" => "bool".to_owned(),
        "null" => "None".to_owned(),
        "array" => {
            if let Some(items) = obj.get("prefixItems").and_then(Value::as_array) {
                let items: Vec<String> = items.iter().map(|i| annotation(i, defs, depth + 1)).collect();
                return format!("tuple[{}]", items.join(", "));
            }
            match obj.get("items") {
                Some(items) if items.is_object() => format!("list[{}]", annotation(items, defs, depth + 1)),
                _ => "list".to_owned(),
            }
        }
        "object" => match obj.get("additionalProperties") {
            Some(values) if values.is_object() && obj.get("properties").is_none() => {
                format!("dict[str, {}]", annotation(values, defs, depth + 1))
            }
            _ => "dict".to_owned(),
        },
        _ => "object".to_owned(),
    }
}

/// The Python type of a JSON value in an `enum` or `const`.
fn json_type(value: &Value) -> String {
    match value {
        Value::Null => "None",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "int",
        Value::String(_) => "str",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
    }
    .to_owned()
}

/// `A | B`, each member once, `None` last.
fn union(members: impl Iterator<Item = String>) -> String {
    let mut out: Vec<String> = Vec::new();
    for member in members {
        for part in member.split(" | ") {
            if !out.iter().any(|m| m == part) {
                out.push(part.to_owned());
            }
        }
    }
    if let Some(i) = out.iter().position(|m| m == "None") {
        let none = out.remove(i);
        out.push(none);
    }
    if out.is_empty() {
        "object".to_owned()
    } else {
        out.join(" | ")
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_common_shapes() {
        assert_eq!(
            py_type_of_schema(&json!({"type": "object", "properties": {"a": {}}})),
            "dict"
        );
        assert_eq!(
            py_type_of_schema(&json!({"type": "object", "additionalProperties": {"type": "integer"}})),
            "dict[str, int]"
        );
        assert_eq!(py_type_of_schema(&json!({"enum": ["metric", "imperial"]})), "str");
        assert_eq!(py_type_of_schema(&json!({"type": ["string", "null"]})), "str | None");
        assert_eq!(
            py_type_of_schema(
                &json!({"anyOf": [{"type": "null"}, {"$ref": "#/$defs/U"}], "$defs": {"U": {"type": "string"}}})
            ),
            "str | None"
        );
        assert_eq!(
            py_type_of_schema(&json!({"type": "array", "items": {"type": "number"}})),
            "list[float]"
        );
        assert_eq!(py_type_of::<Vec<(i32, bool)>>(), "list[tuple[int, bool]]");
    }

    #[test]
    fn recursive_refs_end() {
        let schema = json!({"$ref": "#/$defs/T", "$defs": {"T": {"type": "array", "items": {"$ref": "#/$defs/T"}}}});
        let annotation = py_type_of_schema(&schema);
        let depth = annotation.matches("list[").count();
        assert!((1..=MAX_DEPTH).contains(&depth), "{annotation}");
        assert_eq!(
            annotation,
            format!("{}object{}", "list[".repeat(depth), "]".repeat(depth))
        );
    }
}
