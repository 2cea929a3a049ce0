//! SECURITY: HTTP requests to an allow-list of hosts. A program granted
//! [`Http`] can send requests to the hosts the embedder listed, and to no
//! other place on the network.
//!
//! Threat model: the program controls the URL, the method, the headers, the
//! query and the body of every request; the servers it may reach control the
//! responses (status, headers, redirects, body size and pace). So:
//!
//! - The URL is checked as text first (ASCII, no control characters or spaces,
//!   no NUL), then parsed by the client's own parser (`http::Uri`), and that
//!   parsed value is what is sent: the host that was checked is the one
//!   connected to. Credentials in the URL (`http://allowed.com@evil.com/`) are
//!   refused outright, so no parser can read the host from the wrong side of
//!   the `@`.
//! - Only `http` and `https`; any other scheme (`file`, `ftp`, `gopher`, ...)
//!   is a `PermissionError`, in the program's URL or in a redirect.
//! - The host is compared by exact, case-insensitive text with the allow-list
//!   entries (`*.example.com` matches subdomains only when written so). An
//!   entry without a port allows the scheme's default port only (80, 443).
//!   Numbers are not normalised: `2130706433`, `0x7f.1` or `[::1]` are names
//!   that no entry `localhost` or `127.0.0.1` matches, so an IP written in
//!   another form is refused before any resolver sees it. DNS answers for an
//!   allowed name are trusted (the embedder chose the name).
//! - Redirects are followed by this module, not by the client (at most
//!   `max_redirects`), and every hop is checked as the first URL was;
//!   `Authorization` and `Cookie` headers are dropped when a redirect changes host.
//! - Headers: names must be HTTP tokens and values free of CR, LF and NUL
//!   (`ValueError`), so no header or request can be injected; `Host` cannot be
//!   set (it would reach another site behind an allowed host's address), nor
//!   the headers that frame the message (`Content-Length`, `Transfer-Encoding`,
//!   `Connection`, ...). Methods must be tokens and in the allowed list.
//! - Responses are read up to `max_response_bytes` (default 10 MB): a larger
//!   `Content-Length` is refused before reading, and reading stops at the limit
//!   whatever the framing (chunked, or until close): `OSError`. No
//!   `Accept-Encoding` is sent, so nothing is decompressed. Response headers
//!   are limited to 64 KB by the client.
//! - One deadline (`timeout`, default 30 s) covers the whole call, redirects
//!   and body included: `TimeoutError`. The host's proxy settings are not used.
//!   A call blocks the run's thread while it lasts, and the run's own duration
//!   limit is checked between instructions, not during a host call: keep the
//!   timeout below that limit when both matter.
//!
//! Functions (group `http`): `http_get(url, headers=None, params=None)` and
//! `http_request(method, url, headers=None, body=None, json=None, params=None)`,
//! each returning `{"status", "headers", "text", "json", "url"}`. HTTP error
//! statuses (404, 500) are returned, not raised.

mod fetch;
mod functions;
mod target;

use std::time::Duration;

use monty_core::HostError;

use crate::capability::Capability;
use crate::function::HostFunction;
use target::HostRule;

/// The default limit of one response body: 10 MB.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 10_000_000;
/// The default deadline of one call, redirects included: 30 seconds.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The default number of redirects followed: 5.
pub const DEFAULT_MAX_REDIRECTS: u32 = 5;
/// The methods allowed by default.
pub const DEFAULT_METHODS: [&str; 6] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"];

/// An HTTP configuration that cannot be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HttpError {
    /// Not `host`, `host:port`, `*.domain` or `[ipv6]:port`.
    #[error(
        "{0:?} is not a host to allow: expected a name such as api.example.com, optionally \
         with :port, or *.example.com for its subdomains"
    )]
    InvalidHost(String),
    /// Not an HTTP method token.
    #[error("{0:?} is not an HTTP method")]
    InvalidMethod(String),
}

/// The hosts a program may send HTTP requests to, and the limits of those requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Http {
    rules: Vec<HostRule>,
    max_response_bytes: u64,
    timeout: Duration,
    methods: Vec<String>,
    max_redirects: u32,
}

impl Default for Http {
    fn default() -> Self {
        Self::new()
    }
}

impl Http {
    /// No host allowed yet, default limits.
    #[must_use]
    pub fn new() -> Self {
        Self {
            rules: Vec::new(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            timeout: DEFAULT_TIMEOUT,
            methods: DEFAULT_METHODS.iter().map(|m| (*m).to_owned()).collect(),
            max_redirects: DEFAULT_MAX_REDIRECTS,
        }
    }

    /// Allow these hosts (each as [`allow_host`](Self::allow_host) takes it).
    ///
    /// # Errors
    /// One of them is not a valid host entry.
    pub fn allow<I, S>(hosts: I) -> Result<Self, HttpError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        hosts
            .into_iter()
            .try_fold(Self::new(), |http, host| http.allow_host(host.as_ref()))
    }

    /// Allow requests to `host`: a name matched exactly and case-insensitively
    /// (`api.example.com`), on the scheme's default port, or on the given
    /// port (`localhost:8000`); `*.example.com` for every subdomain of
    /// `example.com` (not `example.com` itself); an IP address matches only
    /// when the URL writes it the same way (`127.0.0.1`, `[::1]:8000`).
    ///
    /// # Errors
    /// The entry is none of those forms.
    pub fn allow_host(mut self, host: &str) -> Result<Self, HttpError> {
        let rule = HostRule::parse(host)?;
        if !self.rules.contains(&rule) {
            self.rules.push(rule);
        }
        Ok(self)
    }

    /// Limit the body of one response (default [`DEFAULT_MAX_RESPONSE_BYTES`]).
    #[must_use]
    pub const fn max_response_bytes(mut self, bytes: u64) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// The deadline of one call, from connecting to the last byte of the
    /// body, redirects included (default [`DEFAULT_TIMEOUT`]).
    #[must_use]
    pub const fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How many redirects one call follows (default [`DEFAULT_MAX_REDIRECTS`];
    /// 0 returns the redirect response itself).
    #[must_use]
    pub const fn max_redirects(mut self, redirects: u32) -> Self {
        self.max_redirects = redirects;
        self
    }

    /// Allow only these methods (default [`DEFAULT_METHODS`]); case-insensitive.
    ///
    /// # Errors
    /// One of them is not an HTTP method token.
    pub fn allow_methods<I, S>(mut self, methods: I) -> Result<Self, HttpError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.methods.clear();
        for method in methods {
            let method = method.as_ref();
            if !is_token(method) {
                return Err(HttpError::InvalidMethod(method.to_owned()));
            }
            let method = method.to_ascii_uppercase();
            if !self.methods.contains(&method) {
                self.methods.push(method);
            }
        }
        Ok(self)
    }
}

impl Capability for Http {
    fn functions(&self) -> Vec<HostFunction> {
        functions::functions(self)
    }
}

/// An HTTP token (RFC 9110): method and header names.
fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

#[cold]
fn permission(message: &str) -> HostError {
    HostError::new("PermissionError", format!("http: {message}"))
}

#[cold]
fn value_error(message: &str) -> HostError {
    HostError::new("ValueError", format!("http: {message}"))
}
