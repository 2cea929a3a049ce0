//! Sending a checked request and reading its response within the limits,
//! following redirects hop by hop.

use std::io::{self, Read as _};
use std::time::Instant;

use monty_core::HostError;
use ureq::Agent;
use ureq::http::{Request, Response};

use super::target::Target;
use super::{Http, is_token, permission, value_error};

/// What the program asked to send.
#[derive(Debug)]
pub(super) struct Outgoing {
    /// Upper-cased and allowed.
    pub(super) method: String,
    pub(super) headers: Vec<(String, String)>,
    pub(super) body: Option<Vec<u8>>,
}

/// What came back from the last hop.
#[derive(Debug)]
pub(super) struct Reply {
    pub(super) status: u16,
    /// Lower-cased names; repeated headers joined with `, `.
    pub(super) headers: Vec<(String, String)>,
    pub(super) body: Vec<u8>,
    pub(super) url: String,
}

/// Headers the client sets itself: the program may not.
const FRAMING_HEADERS: [&str; 10] = [
    "content-length",
    "transfer-encoding",
    "connection",
    "keep-alive",
    "upgrade",
    "te",
    "trailer",
    "proxy-authorization",
    "proxy-connection",
    "expect",
];

/// Check one header the program wants to send.
pub(super) fn check_header(name: &str, value: &str) -> Result<(), HostError> {
    if !is_token(name) {
        return Err(value_error(&format!("invalid header name {name:?}")));
    }
    if value
        .chars()
        .any(|c| c == '\r' || c == '\n' || c == '\0' || (c.is_control() && c != '\t'))
    {
        return Err(value_error(&format!(
            "invalid value for header '{name}': it contains a control character (CR, LF or NUL)"
        )));
    }
    let lower = name.to_ascii_lowercase();
    if lower == "host" {
        return Err(permission("the Host header cannot be set: it is the URL's host"));
    }
    if FRAMING_HEADERS.contains(&lower.as_str()) {
        return Err(value_error(&format!("the header '{name}' is set by the client")));
    }
    Ok(())
}

/// Send `out` to `target`, following redirects, and read the response.
pub(super) fn fetch(http: &Http, mut target: Target, mut out: Outgoing) -> Result<Reply, HostError> {
    let deadline = Instant::now() + http.timeout;
    let mut redirects = 0;
    loop {
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            return Err(timed_out(http, &target));
        }
        let agent: Agent = Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .proxy(None)
            .timeout_global(Some(remaining))
            .max_response_header_size(64 * 1024)
            .build()
            .new_agent();
        let mut builder = Request::builder().method(out.method.as_str()).uri(target.uri.clone());
        for (name, value) in &out.headers {
            builder = builder.header(name.as_str(), value.as_str());
        }
        let sent = match &out.body {
            Some(body) => builder.body(body.clone()).map(|r| agent.run(r)),
            None => builder.body(()).map(|r| agent.run(r)),
        };
        let mut response = sent
            .map_err(|e| value_error(&format!("cannot build the request: {e}")))?
            .map_err(|e| client_error(e, http, &target))?;
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        if let (301 | 302 | 303 | 307 | 308, Some(location), true) = (status, &location, http.max_redirects > 0) {
            redirects += 1;
            if redirects > http.max_redirects {
                return Err(HostError::new(
                    "OSError",
                    format!(
                        "http: too many redirects (more than {}) from {}",
                        http.max_redirects, target.uri
                    ),
                ));
            }
            let next_url = target.join(location);
            let next = Target::check(&next_url, &[], &http.rules).map_err(|mut e| {
                e.message = format!("{} (redirected from {})", e.message, target.uri);
                e
            })?;
            let switch_to_get = status == 303 || (matches!(status, 301 | 302) && out.method == "POST");
            if switch_to_get && out.method != "HEAD" {
                out.method = "GET".to_owned();
                out.body = None;
                out.headers.retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
            }
            if (next.host.as_str(), next.port) != (target.host.as_str(), target.port) {
                out.headers
                    .retain(|(n, _)| !n.eq_ignore_ascii_case("authorization") && !n.eq_ignore_ascii_case("cookie"));
            }
            target = next;
            continue;
        }
        let body = read_body(http, &target, &out.method, &mut response)?;
        return Ok(Reply {
            status,
            headers: response_headers(&response),
            body,
            url: target.uri.to_string(),
        });
    }
}

fn response_headers(response: &Response<ureq::Body>) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = Vec::new();
    for (name, value) in response.headers() {
        let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
        match headers.iter_mut().find(|(n, _)| n == name.as_str()) {
            Some((_, joined)) => {
                joined.push_str(", ");
                joined.push_str(&value);
            }
            None => headers.push((name.as_str().to_owned(), value)),
        }
    }
    headers
}

/// The body, at most `max_response_bytes` of it.
fn read_body(
    http: &Http,
    target: &Target,
    method: &str,
    response: &mut Response<ureq::Body>,
) -> Result<Vec<u8>, HostError> {
    if method == "HEAD" {
        return Ok(Vec::new());
    }
    let limit = http.max_response_bytes;
    if response.body().content_length().is_some_and(|len| len > limit) {
        return Err(too_large(limit, target));
    }
    let mut bytes = Vec::new();
    response
        .body_mut()
        .as_reader()
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| client_error(ureq::Error::from(e), http, target))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(limit, target));
    }
    Ok(bytes)
}

#[cold]
fn too_large(limit: u64, target: &Target) -> HostError {
    HostError::new(
        "OSError",
        format!(
            "http: the response from '{}' is larger than the limit of {limit} bytes",
            target.shown_host()
        ),
    )
}

#[cold]
fn timed_out(http: &Http, target: &Target) -> HostError {
    HostError::new(
        "TimeoutError",
        format!(
            "http: the request to '{}' timed out after {:?}",
            target.shown_host(),
            http.timeout
        ),
    )
}

/// A client failure as the exception the program sees.
#[cold]
fn client_error(error: ureq::Error, http: &Http, target: &Target) -> HostError {
    let host = target.shown_host();
    let connection = |what: String| HostError::new("ConnectionError", format!("http: {what}"));
    match error {
        ureq::Error::Timeout(_) => timed_out(http, target),
        ureq::Error::Io(e) => match e.kind() {
            io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => timed_out(http, target),
            io::ErrorKind::ConnectionRefused => connection(format!("connection to '{host}' refused")),
            io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::BrokenPipe
            | io::ErrorKind::UnexpectedEof
            | io::ErrorKind::NotConnected => connection(format!("connection to '{host}' lost: {e}")),
            _ => connection(format!("cannot reach '{host}': {e}")),
        },
        ureq::Error::HostNotFound => connection(format!("host '{host}' not found")),
        ureq::Error::ConnectionFailed => connection(format!("cannot connect to '{host}'")),
        ureq::Error::BodyExceedsLimit(_) => too_large(http.max_response_bytes, target),
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) => connection(format!("TLS failure with '{host}': {error}")),
        ureq::Error::Protocol(_) => connection(format!("invalid HTTP response from '{host}': {error}")),
        other => HostError::new("OSError", format!("http: request to '{host}' failed: {other}")),
    }
}
