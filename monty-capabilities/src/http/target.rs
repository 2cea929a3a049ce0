//! Where a request may go: the allow-list rules and the checked URL.
//!
//! A URL is checked as text before it is parsed (no control characters, no
//! spaces, ASCII only, no credentials), then parsed with the same parser the
//! client uses (`http::Uri`), and the parsed value itself is what the client
//! receives: the host that is checked is the host that is connected to.

use monty_core::HostError;
use ureq::http::Uri;

use super::{HttpError, permission, value_error};

/// One allow-list entry: a host name (or `*.suffix`, or a bracketed IPv6
/// literal) and, optionally, a port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct HostRule {
    /// Lower-cased; for a wildcard, the suffix with its leading dot (`.example.com`).
    host: String,
    wildcard: bool,
    /// `None`: the scheme's default port only (80 for http, 443 for https).
    port: Option<u16>,
}

impl std::fmt::Display for HostRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let star = if self.wildcard { "*" } else { "" };
        match self.port {
            Some(port) => write!(f, "{star}{}:{port}", self.host),
            None => write!(f, "{star}{}", self.host),
        }
    }
}

impl HostRule {
    /// Read `api.example.com`, `api.example.com:8080`, `*.example.com`,
    /// `127.0.0.1:8000` or `[::1]:8000`.
    pub(super) fn parse(text: &str) -> Result<Self, HttpError> {
        let invalid = || HttpError::InvalidHost(text.to_owned());
        let lower = text.trim().to_ascii_lowercase();
        let (host, port) = split_host_port(&lower).ok_or_else(invalid)?;
        let port = match port {
            None => None,
            Some(p) => Some(parse_port(p).ok_or_else(invalid)?),
        };
        let (host, wildcard) = match host.strip_prefix("*.") {
            Some(suffix) => (format!(".{suffix}"), true),
            None => (host.to_owned(), false),
        };
        let name = if wildcard {
            host.get(1..).unwrap_or_default()
        } else {
            &host
        };
        if !valid_host(name) || (wildcard && name.starts_with('[')) {
            return Err(invalid());
        }
        Ok(Self { host, wildcard, port })
    }

    fn matches(&self, target: &Target) -> bool {
        let host_ok = if self.wildcard {
            // `*.example.com` matches `a.example.com` and `a.b.example.com`, not `example.com`.
            target.host.len() > self.host.len() && target.host.ends_with(&self.host)
        } else {
            target.host == self.host
        };
        host_ok && self.port.unwrap_or(target.default_port()) == target.port
    }
}

/// `host[:port]` -> (`host`, `port`), understanding `[v6]:port`.
fn split_host_port(text: &str) -> Option<(&str, Option<&str>)> {
    if text.starts_with('[') {
        let end = text.find(']')?;
        let (host, rest) = text.split_at(end + 1);
        return match rest {
            "" => Some((host, None)),
            _ => Some((host, Some(rest.strip_prefix(':')?))),
        };
    }
    match text.rsplit_once(':') {
        Some((host, port)) => Some((host, Some(port))),
        None => Some((text, None)),
    }
}

fn parse_port(text: &str) -> Option<u16> {
    if text.is_empty() || text.len() > 5 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|p| *p != 0)
}

/// A host name of letters, digits, `-`, `_` and dots, or a bracketed IPv6
/// literal (hex digits, `:` and `.`). Nothing else reaches a resolver.
fn valid_host(host: &str) -> bool {
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return inner.contains(':') && inner.bytes().all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
    }
    !host.is_empty()
        && host.len() <= 253
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
        && host.split('.').all(|label| !label.is_empty() && label.len() <= 63)
}

/// A URL that passed every check, ready for the client.
#[derive(Debug, Clone)]
pub(super) struct Target {
    pub(super) uri: Uri,
    https: bool,
    /// Lower-cased, as the URL wrote it (brackets kept for IPv6).
    pub(super) host: String,
    pub(super) port: u16,
}

impl Target {
    /// Check `url` (with `params` appended to its query) against the rules.
    ///
    /// # Errors
    /// `ValueError` for a malformed URL, `PermissionError` for a scheme other
    /// than http(s) or a host the rules do not allow.
    pub(super) fn check(url: &str, params: &[(String, String)], rules: &[HostRule]) -> Result<Self, HostError> {
        if url.contains('\0') {
            return Err(value_error("embedded null byte in the URL"));
        }
        if let Some(bad) = url.chars().find(|c| c.is_control() || *c == ' ' || !c.is_ascii()) {
            return Err(value_error(&format!(
                "the URL contains {bad:?}: percent-encode it (a space is %20)"
            )));
        }
        let Some(scheme) = scheme_of(url) else {
            return Err(value_error(&format!(
                "'{url}' is not an absolute URL (it needs http:// or https://)"
            )));
        };
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(permission(&format!(
                "scheme '{scheme}' is not allowed (only http and https)"
            )));
        }
        if !url.get(scheme.len() + 1..).is_some_and(|rest| rest.starts_with("//")) {
            return Err(value_error(&format!(
                "'{url}' is not an absolute URL (it needs {scheme}://)"
            )));
        }
        // The fragment is never sent.
        let url = url.split_once('#').map_or(url, |(before, _)| before);
        let rest = url.split_once("://").map_or("", |(_, rest)| rest);
        let authority = rest.split(['/', '?']).next().unwrap_or_default();
        if authority.contains('@') {
            return Err(value_error(
                "credentials in the URL (user@host) are not supported: send an Authorization header",
            ));
        }
        if authority.contains('\\') {
            return Err(value_error("a backslash in the URL's host"));
        }
        let mut text = url.to_owned();
        if !params.is_empty() {
            text.push(if text.contains('?') { '&' } else { '?' });
            text.push_str(&encode_query(params));
        }
        let uri: Uri = text
            .parse()
            .map_err(|e| value_error(&format!("'{url}' is not a valid URL: {e}")))?;
        let https = uri.scheme_str().is_some_and(|s| s.eq_ignore_ascii_case("https"));
        let host = uri.host().unwrap_or_default().to_ascii_lowercase();
        if !valid_host(&host) {
            return Err(value_error(&format!("'{host}' is not a valid host name")));
        }
        let port = match uri.port() {
            Some(port) => parse_port(port.as_str()).ok_or_else(|| value_error(&format!("invalid port in '{url}'")))?,
            None if https => 443,
            None => 80,
        };
        let target = Self { uri, https, host, port };
        if !rules.iter().any(|rule| rule.matches(&target)) {
            return Err(permission(&format!("host '{}' is not allowed", target.shown_host())));
        }
        Ok(target)
    }

    const fn default_port(&self) -> u16 {
        if self.https { 443 } else { 80 }
    }

    /// `host`, or `host:port` when the port is not the scheme's default.
    pub(super) fn shown_host(&self) -> String {
        if self.port == self.default_port() {
            self.host.clone()
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// Where a redirect's `Location` leads, as an absolute URL.
    pub(super) fn join(&self, location: &str) -> String {
        let location = location.trim();
        if scheme_of(location).is_some() {
            // Absolute, whatever the scheme (`file:///etc/passwd` is refused by `check`).
            return location.to_owned();
        }
        let scheme = if self.https { "https" } else { "http" };
        let authority = self.uri.authority().map_or("", |a| a.as_str());
        if let Some(rest) = location.strip_prefix("//") {
            return format!("{scheme}://{rest}");
        }
        if location.starts_with('/') {
            return format!("{scheme}://{authority}{location}");
        }
        let path = self.uri.path();
        let dir = path.rsplit_once('/').map_or("", |(dir, _)| dir);
        if location.is_empty() {
            return format!(
                "{scheme}://{authority}{}",
                self.uri.path_and_query().map_or("/", |p| p.as_str())
            );
        }
        if location.starts_with('?') {
            return format!("{scheme}://{authority}{path}{location}");
        }
        format!("{scheme}://{authority}{dir}/{location}")
    }
}

/// The scheme of an absolute URL (`http` of `http://...`, `file` of `file:/x`);
/// `None` for a relative reference or `host:port`.
fn scheme_of(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once(':')?;
    let token = scheme.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && scheme.bytes().all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
    let port_like = rest.bytes().next().is_none_or(|b| b.is_ascii_digit());
    (token && !port_like).then_some(scheme)
}

/// `key=value&...`, percent-encoded as a form (`application/x-www-form-urlencoded`
/// with `%20` for spaces, which every server reads).
fn encode_query(params: &[(String, String)]) -> String {
    params
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn rules(list: &[&str]) -> Vec<HostRule> {
        list.iter().map(|r| HostRule::parse(r).unwrap()).collect()
    }

    fn check(url: &str, allowed: &[&str]) -> Result<String, String> {
        Target::check(url, &[], &rules(allowed))
            .map(|t| t.uri.to_string())
            .map_err(|e| format!("{}: {}", e.exc_type, e.message))
    }

    #[test]
    fn rules_parse() {
        assert!(HostRule::parse("api.example.com").is_ok());
        assert!(HostRule::parse("API.Example.com:8080").is_ok());
        assert!(HostRule::parse("*.example.com").is_ok());
        assert!(HostRule::parse("[::1]:80").is_ok());
        for bad in [
            "",
            "*",
            "*.",
            "a b",
            "a:0",
            "a:99999",
            "a:",
            "ex%61mple.com",
            "a@b",
            "[::1",
            "*.[::1]",
            "a..b",
        ] {
            assert!(HostRule::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn hosts_match_exactly() {
        assert!(check("http://API.example.com/x", &["api.example.com"]).is_ok());
        assert!(check("https://api.example.com:443/x", &["api.example.com"]).is_ok());
        assert!(check("http://api.example.com:8080/", &["api.example.com"]).is_err());
        assert!(check("http://api.example.com./", &["api.example.com"]).is_err());
        assert!(check("http://example.com/", &["*.example.com"]).is_err());
        assert!(check("http://a.b.example.com/", &["*.example.com"]).is_ok());
        assert!(check("http://badexample.com/", &["*.example.com"]).is_err());
    }

    #[test]
    fn params_are_encoded() {
        let t = Target::check(
            "http://h/p?a=1#frag",
            &[("q".into(), "a b&c=d".into()), ("é".into(), "/".into())],
            &rules(&["h"]),
        )
        .unwrap();
        assert_eq!(t.uri.to_string(), "http://h/p?a=1&q=a%20b%26c%3Dd&%C3%A9=%2F");
    }

    #[test]
    fn redirects_join() {
        let t = Target::check("http://h:81/a/b?x=1", &[], &rules(&["h:81"])).unwrap();
        assert_eq!(t.join("/c"), "http://h:81/c");
        assert_eq!(t.join("c"), "http://h:81/a/c");
        assert_eq!(t.join("?y=2"), "http://h:81/a/b?y=2");
        assert_eq!(t.join("//other/x"), "http://other/x");
        assert_eq!(t.join("https://other/x"), "https://other/x");
        assert_eq!(t.join("file:///etc/passwd"), "file:///etc/passwd");
        assert_eq!(t.join("file:/etc/passwd"), "file:/etc/passwd");
    }
}
