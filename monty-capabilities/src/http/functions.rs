//! The host functions of the `http` group: arguments in, result dict out.

use std::collections::BTreeMap;
use std::sync::Arc;

use monty_core::{HostError, MontyObject};
use serde_json::{Map, Value, json};

use super::fetch::{self, Outgoing, Reply};
use super::target::Target;
use super::{Http, is_token, permission, value_error};
use crate::function::{BoundArgs, HostFunction, Param};

const RESULT_DOC: &str = "Returns a dict: {'status': int (e.g. 200 or 404), 'headers': dict[str, str] \
     (lower-case names), 'text': str (the body decoded as UTF-8, undecodable bytes as U+FFFD), \
     'json': the body parsed as JSON, or None when it is not JSON, 'url': str (the final URL, \
     after redirects)}. HTTP error statuses are returned, not raised: check 'status'. Raises \
     PermissionError for a host or scheme that is not allowed, ConnectionError when the server \
     cannot be reached, TimeoutError, and OSError when the response is too large.";

const URL_DOC: &str = "An absolute http:// or https:// URL on an allowed host.";
const HEADERS_DOC: &str = "Request headers, e.g. {'Authorization': 'Bearer ...'}.";
const PARAMS_DOC: &str = "Query parameters added to the URL, percent-encoded: values are str, int, \
     float or bool, or a list of them for a repeated key; None values are left out.";

pub(super) fn functions(http: &Http) -> Vec<HostFunction> {
    let (get, request) = (Arc::new(http.clone()), Arc::new(http.clone()));
    let hosts: Vec<String> = http.rules.iter().map(ToString::to_string).collect();
    let hosts = if hosts.is_empty() {
        "Allowed hosts: none.".to_owned()
    } else {
        format!("Allowed hosts: {}.", hosts.join(", "))
    };
    vec![
        HostFunction::builder("http_get")
            .group("http")
            .doc(format!(
                "Send a GET request (following redirects). {hosts} {RESULT_DOC}"
            ))
            .param::<String>("url", URL_DOC)
            .param::<Option<BTreeMap<String, String>>>("headers", HEADERS_DOC)
            .param::<Option<Map<String, Value>>>("params", PARAMS_DOC)
            .returns_spec("dict", result_schema())
            .build(move |mut args| {
                let url: String = args.take(0)?;
                let headers = headers(&mut args, 1)?;
                let params = params(&mut args, 2)?;
                call(&get, "GET", &url, headers, &params, None)
            }),
        HostFunction::builder("http_request")
            .group("http")
            .doc(format!(
                "Send an HTTP request with any allowed method (GET, POST, PUT, PATCH, DELETE, HEAD \
                 unless the host narrowed them), following redirects. Give the body as `body` (str \
                 or bytes) or as `json` (any JSON value, sent with Content-Type: application/json), \
                 not both. {hosts} {RESULT_DOC}"
            ))
            .param::<String>("method", "The HTTP method, e.g. 'POST'.")
            .param::<String>("url", URL_DOC)
            .param::<Option<BTreeMap<String, String>>>("headers", HEADERS_DOC)
            .param_spec(Param {
                name: "body".to_owned(),
                py_type: "str | bytes | None".to_owned(),
                default: Some("None".to_owned()),
                doc: "The raw request body: str (sent as UTF-8) or bytes.".to_owned(),
                schema: json!({"anyOf": [
                    {"type": "string"},
                    {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 255}},
                    {"type": "null"},
                ]}),
            })
            .param::<Option<Value>>("json", "A value to send as a JSON body.")
            .param::<Option<Map<String, Value>>>("params", PARAMS_DOC)
            .returns_spec("dict", result_schema())
            .build(move |mut args| {
                let method: String = args.take(0)?;
                let url: String = args.take(1)?;
                let mut headers = headers(&mut args, 2)?;
                let raw_body = args.take_raw(3).unwrap_or(MontyObject::None);
                let json: Option<Value> = args.take(4)?;
                let params = params(&mut args, 5)?;
                let body = match (raw_body, json) {
                    (MontyObject::None, None) => None,
                    (MontyObject::None, Some(json)) => {
                        if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("content-type")) {
                            headers.push(("Content-Type".to_owned(), "application/json".to_owned()));
                        }
                        Some(json.to_string().into_bytes())
                    }
                    (MontyObject::Str(text), None) => Some(text.into_bytes()),
                    (MontyObject::Bytes(bytes), None) => Some(bytes),
                    (_, Some(_)) => return Err(value_error("give the body as `body` or as `json`, not both")),
                    (other, None) => {
                        return Err(HostError::new(
                            "TypeError",
                            format!(
                                "http_request() argument 'body' must be str, bytes or None, not {}",
                                crate::convert::type_name(&other)
                            ),
                        ));
                    }
                };
                call(&request, &method, &url, headers, &params, body)
            }),
    ]
}

fn result_schema() -> Value {
    json!({
        "type": "object",
        "properties": {
            "status": {"type": "integer", "description": "The HTTP status code."},
            "headers": {"type": "object", "additionalProperties": {"type": "string"}},
            "text": {"type": "string"},
            "json": {"description": "The body parsed as JSON, or null."},
            "url": {"type": "string", "description": "The final URL, after redirects."},
        },
        "required": ["status", "headers", "text", "json", "url"],
    })
}

fn headers(args: &mut BoundArgs<'_>, index: usize) -> Result<Vec<(String, String)>, HostError> {
    let headers: Option<BTreeMap<String, String>> = args.take(index)?;
    let headers: Vec<(String, String)> = headers.unwrap_or_default().into_iter().collect();
    for (name, value) in &headers {
        fetch::check_header(name, value)?;
    }
    Ok(headers)
}

/// The query parameters as text pairs, in the caller's order.
fn params(args: &mut BoundArgs<'_>, index: usize) -> Result<Vec<(String, String)>, HostError> {
    let params: Option<Map<String, Value>> = args.take(index)?;
    let mut pairs = Vec::new();
    for (key, value) in params.unwrap_or_default() {
        let values = match value {
            Value::Array(items) => items,
            one => vec![one],
        };
        for value in values {
            let text = match value {
                Value::Null => continue,
                Value::String(s) => s,
                // As Python's str(): True, not true.
                Value::Bool(b) => if b { "True" } else { "False" }.to_owned(),
                Value::Number(n) => n.to_string(),
                Value::Array(_) | Value::Object(_) => {
                    return Err(HostError::new(
                        "TypeError",
                        format!("query parameter '{key}' must be str, int, float, bool or a list of them"),
                    ));
                }
            };
            pairs.push((key.clone(), text));
        }
    }
    Ok(pairs)
}

fn call(
    http: &Http,
    method: &str,
    url: &str,
    headers: Vec<(String, String)>,
    params: &[(String, String)],
    body: Option<Vec<u8>>,
) -> Result<MontyObject, HostError> {
    if !is_token(method) {
        return Err(value_error(&format!("invalid method {method:?}")));
    }
    let method = method.to_ascii_uppercase();
    if !http.methods.contains(&method) {
        return Err(permission(&format!(
            "method '{method}' is not allowed (allowed: {})",
            http.methods.join(", ")
        )));
    }
    let target = Target::check(url, params, &http.rules)?;
    let reply = fetch::fetch(http, target, Outgoing { method, headers, body })?;
    Ok(result(reply))
}

fn result(reply: Reply) -> MontyObject {
    let text = String::from_utf8_lossy(&reply.body).into_owned();
    let json = serde_json::from_slice::<Value>(&reply.body)
        .ok()
        .map_or(MontyObject::None, |v| MontyObject::from_json(&v));
    let str = |s: &str| MontyObject::Str(s.to_owned());
    MontyObject::Dict(vec![
        (str("status"), MontyObject::Int(i64::from(reply.status))),
        (
            str("headers"),
            MontyObject::Dict(
                reply
                    .headers
                    .into_iter()
                    .map(|(n, v)| (MontyObject::Str(n), MontyObject::Str(v)))
                    .collect(),
            ),
        ),
        (str("text"), MontyObject::Str(text)),
        (str("json"), json),
        (str("url"), MontyObject::Str(reply.url)),
    ])
}
