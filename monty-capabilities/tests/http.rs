//! The HTTP family against local servers on loopback: what a granted program
//! can do, and the ways it might try to reach further (escape attempts).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_docs,
    unreachable_pub
)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use monty::{CapabilitySet, Http, HttpError};

mod common;

use common::run;

/// One request as the server read it: the head (request line and headers) and the body.
#[derive(Debug, Clone)]
struct Seen {
    head: String,
    body: Vec<u8>,
}

type Handler = dyn Fn(&Seen, &mut TcpStream) + Send + Sync;

/// A server on 127.0.0.1 answering each connection in its own thread.
struct Server {
    port: u16,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    fn start(handler: impl Fn(&Seen, &mut TcpStream) + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let log = Arc::clone(&seen);
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { return };
                let (handler, log) = (Arc::clone(&handler), Arc::clone(&log));
                thread::spawn(move || {
                    if let Some(request) = read_request(&mut stream) {
                        log.lock().unwrap().push(request.clone());
                        handler(&request, &mut stream);
                    }
                });
            }
        });
        Self { port, seen }
    }

    /// A server answering every request with `200` and `body`.
    fn fixed(content_type: &'static str, body: &'static str) -> Self {
        Self::start(move |_, stream| respond(stream, "200 OK", &[("Content-Type", content_type)], body.as_bytes()))
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn caps(&self) -> CapabilitySet {
        CapabilitySet::new().with(&Http::new().allow_host(&self.host()).unwrap())
    }

    fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

fn read_request(stream: &mut TcpStream) -> Option<Seen> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(at) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let length = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length:")
                .map(|v| v.trim().parse().unwrap())
        })
        .unwrap_or(0usize);
    let mut body = buf[head_end..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some(Seen { head, body })
}

fn respond(stream: &mut TcpStream, status: &str, headers: &[(&str, &str)], body: &[u8]) {
    let mut out = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    let _ = stream.write_all(out.as_bytes());
    let _ = stream.write_all(body);
}

fn redirect(stream: &mut TcpStream, status: &str, location: &str) {
    respond(stream, status, &[("Location", location)], b"");
}

// === what a granted program can do ===

#[test]
fn not_granted_is_undefined() {
    let caps = CapabilitySet::new();
    assert_eq!(
        run(&caps, "http_get('http://127.0.0.1/')"),
        "NameError: name 'http_get' is not defined"
    );
}

#[test]
fn get_returns_status_headers_text_and_json() {
    let server = Server::fixed("application/json", r#"{"city": "Paris", "temp": [21.5, 19]}"#);
    let url = server.url("/weather");
    let code = format!(
        "r = http_get('{url}', params={{'q': 'a b&c', 'n': 2, 'x': None, 'tag': ['x', 'y'], 'ok': True}}, \
         headers={{'X-Key': 'k1'}})\n(r['status'], r['headers']['content-type'], r['json'], r['url'], len(r['text']))"
    );
    assert_eq!(
        run(&server.caps(), &code),
        format!(
            "(200, 'application/json', {{'city': 'Paris', 'temp': [21.5, 19]}}, '{url}?q=a%20b%26c&n=2&tag=x&tag=y&ok=True', 37)"
        )
    );
    let seen = server.requests();
    assert_eq!(seen.len(), 1);
    assert!(
        seen[0]
            .head
            .starts_with("GET /weather?q=a%20b%26c&n=2&tag=x&tag=y&ok=True HTTP/1.1\r\n"),
        "{}",
        seen[0].head
    );
    assert!(seen[0].head.to_ascii_lowercase().contains("x-key: k1\r\n"));
}

#[test]
fn error_statuses_are_returned_and_non_json_is_none() {
    let server = Server::start(|_, s| respond(s, "404 Not Found", &[("Content-Type", "text/plain")], b"no such page"));
    let code = format!(
        "r = http_get('{}')\n(r['status'], r['text'], r['json'])",
        server.url("/x")
    );
    assert_eq!(run(&server.caps(), &code), "(404, 'no such page', None)");
}

#[test]
fn request_sends_bodies() {
    let server = Server::start(|req, s| {
        let line = req.head.lines().next().unwrap().to_owned();
        let ctype = req
            .head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-type:"))
            .unwrap_or("none")
            .to_owned();
        let body = format!("{line} | {ctype} | {}", String::from_utf8_lossy(&req.body));
        respond(s, "201 Created", &[], body.as_bytes());
    });
    let caps = server.caps();
    let url = server.url("/items");
    assert_eq!(
        run(
            &caps,
            &format!("http_request('post', '{url}', json={{'a': [1, None]}})['text']")
        ),
        "'POST /items HTTP/1.1 | content-type: application/json | {\"a\":[1,null]}'"
    );
    assert_eq!(
        run(
            &caps,
            &format!(
                "r = http_request('PUT', '{url}', body=b'\\x00raw', headers={{'Content-Type': 'application/octet-stream'}})\n(r['status'], r['text'])"
            )
        ),
        "(201, 'PUT /items HTTP/1.1 | content-type: application/octet-stream | \\x00raw')"
    );
    assert_eq!(
        run(&caps, &format!("http_request('DELETE', '{url}', body='x', json=1)")),
        "ValueError: http: give the body as `body` or as `json`, not both"
    );
    assert_eq!(
        run(&caps, &format!("http_request('POST', '{url}', body=3)")),
        "TypeError: http_request() argument 'body' must be str, bytes or None, not int"
    );
    assert_eq!(
        run(
            &caps,
            &format!("r = http_request('HEAD', '{url}')\n(r['status'], r['text'])")
        ),
        "(201, '')"
    );
}

#[test]
fn methods_can_be_narrowed() {
    let server = Server::fixed("text/plain", "ok");
    let http = Http::new()
        .allow_host(&server.host())
        .unwrap()
        .allow_methods(["get", "HEAD"])
        .unwrap();
    let caps = CapabilitySet::new().with(&http);
    let url = server.url("/");
    assert_eq!(run(&caps, &format!("http_request('get', '{url}')['text']")), "'ok'");
    assert_eq!(
        run(&caps, &format!("http_request('POST', '{url}', body='x')")),
        "PermissionError: http: method 'POST' is not allowed (allowed: GET, HEAD)"
    );
    assert_eq!(
        Http::new().allow_methods(["GET /x"]),
        Err(HttpError::InvalidMethod("GET /x".to_owned()))
    );
    assert!(server.requests().len() == 1);
}

#[test]
fn redirects_within_the_allow_list_are_followed() {
    let server = Server::start(|req, s| {
        let line = req.head.lines().next().unwrap().to_owned();
        if line.starts_with("POST /old") {
            redirect(s, "302 Found", "/new?from=old");
        } else if line.contains("/loop") {
            redirect(s, "307 Temporary Redirect", "loop");
        } else {
            respond(s, "200 OK", &[], line.as_bytes());
        }
    });
    let caps = server.caps();
    // A 302 after a POST becomes a GET, as browsers and requests do.
    assert_eq!(
        run(
            &caps,
            &format!(
                "r = http_request('POST', '{}', body='x')\n(r['text'], r['url'])",
                server.url("/old")
            )
        ),
        format!("('GET /new?from=old HTTP/1.1', '{}')", server.url("/new?from=old"))
    );
    assert_eq!(
        run(&caps, &format!("http_get('{}')", server.url("/a/loop"))),
        format!(
            "OSError: http: too many redirects (more than 5) from {}",
            server.url("/a/loop")
        )
    );
    assert_eq!(server.requests().len(), 2 + 6);
}

// === escapes ===

#[test]
fn a_host_not_allowed_is_refused() {
    let server = Server::fixed("text/plain", "ok");
    let caps = server.caps();
    assert_eq!(
        run(&caps, "http_get('http://evil.com/')"),
        "PermissionError: http: host 'evil.com' is not allowed"
    );
    assert_eq!(
        run(&caps, "http_get('https://EVIL.com/x')"),
        "PermissionError: http: host 'evil.com' is not allowed"
    );
    assert_eq!(
        run(&caps, &format!("http_get('http://localhost:{}/')", server.port)),
        format!("PermissionError: http: host 'localhost:{}' is not allowed", server.port)
    );
    // Allowed by name: a subdomain or a look-alike is another host.
    let named = CapabilitySet::new().with(&Http::new().allow_host("api.example.com").unwrap());
    for url in [
        "http://evil.api.example.com/",
        "http://api.example.com.evil.com/",
        "http://api.example.co/",
    ] {
        assert!(
            run(&named, &format!("http_get('{url}')")).starts_with("PermissionError: http: host '"),
            "{url}"
        );
    }
    // A trailing dot (the same name to DNS) is not a name the list holds.
    assert_eq!(
        run(&named, "http_get('http://api.example.com./')"),
        "ValueError: http: 'api.example.com.' is not a valid host name"
    );
    assert!(server.requests().is_empty());
}

#[test]
fn credentials_in_the_url_are_refused() {
    let server = Server::fixed("text/plain", "ok");
    let caps = server.caps();
    let refused =
        "ValueError: http: credentials in the URL (user@host) are not supported: send an Authorization header";
    for url in [
        format!("http://{}@evil.com/", server.host()),
        format!("http://evil.com@{}/", server.host()),
        format!("http://user:pw@{}/", server.host()),
        format!("http://{}%40evil.com@evil.com/", server.host()),
    ] {
        assert_eq!(run(&caps, &format!("http_get('{url}')")), refused, "{url}");
    }
    // A backslash, read by some parsers as a path separator, does not hide the `@`.
    assert_eq!(
        run(&caps, &format!("http_get('http://evil.com\\\\@{}/')", server.host())),
        refused
    );
    assert!(server.requests().is_empty());
}

#[test]
fn another_port_is_another_host() {
    let allowed = Server::fixed("text/plain", "allowed");
    let other = Server::fixed("text/plain", "other");
    let caps = allowed.caps();
    assert_eq!(
        run(&caps, &format!("http_get('{}')['text']", allowed.url("/"))),
        "'allowed'"
    );
    assert_eq!(
        run(&caps, &format!("http_get('{}')", other.url("/"))),
        format!("PermissionError: http: host '127.0.0.1:{}' is not allowed", other.port)
    );
    // An entry without a port allows only the scheme's default port.
    let no_port = CapabilitySet::new().with(&Http::new().allow_host("127.0.0.1").unwrap());
    assert_eq!(
        run(&no_port, &format!("http_get('{}')", allowed.url("/"))),
        format!(
            "PermissionError: http: host '127.0.0.1:{}' is not allowed",
            allowed.port
        )
    );
    assert!(other.requests().is_empty());
}

#[test]
fn only_http_and_https() {
    let server = Server::fixed("text/plain", "ok");
    let caps = server.caps();
    for (url, scheme) in [
        ("file:///etc/passwd", "file"),
        (&*format!("ftp://{}/x", server.host()), "ftp"),
        (&*format!("FILE://{}/etc/passwd", server.host()), "file"),
        ("gopher://127.0.0.1:70/", "gopher"),
        ("data:text/plain,hi", "data"),
    ] {
        assert_eq!(
            run(&caps, &format!("http_get('{url}')")),
            format!("PermissionError: http: scheme '{scheme}' is not allowed (only http and https)"),
            "{url}"
        );
    }
    assert_eq!(
        run(&caps, "http_get('/etc/passwd')"),
        "ValueError: http: '/etc/passwd' is not an absolute URL (it needs http:// or https://)"
    );
    assert_eq!(
        run(&caps, &format!("http_get('{}/x')", server.host())),
        format!(
            "ValueError: http: '{}/x' is not an absolute URL (it needs http:// or https://)",
            server.host()
        )
    );
    assert!(server.requests().is_empty());
}

#[test]
fn redirects_are_checked_at_every_hop() {
    let evil = Server::fixed("text/plain", "evil");
    let evil_url = evil.url("/stolen");
    let server = Server::start(move |req, s| {
        let line = req.head.lines().next().unwrap();
        let to = if line.contains("/to-evil") {
            evil_url.clone()
        } else if line.contains("/to-file") {
            "file:///etc/passwd".to_owned()
        } else if line.contains("/to-name") {
            "//evil.com/x".to_owned()
        } else if line.contains("/to-creds") {
            "http://user@evil.com/".to_owned()
        } else {
            return respond(s, "200 OK", &[], req.head.as_bytes());
        };
        redirect(s, "301 Moved Permanently", &to);
    });
    let caps = server.caps();
    assert_eq!(
        run(&caps, &format!("http_get('{}')", server.url("/to-evil"))),
        format!(
            "PermissionError: http: host '127.0.0.1:{}' is not allowed (redirected from {})",
            evil.port,
            server.url("/to-evil")
        )
    );
    assert_eq!(
        run(&caps, &format!("http_get('{}')", server.url("/to-file"))),
        format!(
            "PermissionError: http: scheme 'file' is not allowed (only http and https) (redirected from {})",
            server.url("/to-file")
        )
    );
    assert!(
        run(&caps, &format!("http_get('{}')", server.url("/to-name")))
            .starts_with("PermissionError: http: host 'evil.com' is not allowed")
    );
    assert!(
        run(&caps, &format!("http_get('{}')", server.url("/to-creds")))
            .starts_with("ValueError: http: credentials in the URL")
    );
    assert!(evil.requests().is_empty());
    // With redirects off, the redirect itself is the answer.
    let no_follow = CapabilitySet::new().with(&Http::new().allow_host(&server.host()).unwrap().max_redirects(0));
    assert_eq!(
        run(
            &no_follow,
            &format!(
                "r = http_get('{}')\n(r['status'], r['headers']['location'])",
                server.url("/to-file")
            )
        ),
        "(301, 'file:///etc/passwd')"
    );
}

#[test]
fn credentials_do_not_follow_a_redirect_to_another_host() {
    let second = Server::start(|req, s| respond(s, "200 OK", &[], req.head.to_ascii_lowercase().as_bytes()));
    let target = second.url("/landing");
    let first = Server::start(move |_, s| redirect(s, "302 Found", &target));
    let http = Http::new()
        .allow_host(&first.host())
        .unwrap()
        .allow_host(&second.host())
        .unwrap();
    let caps = CapabilitySet::new().with(&http);
    let code = format!(
        "t = http_get('{}', headers={{'Authorization': 'Bearer s3cret', 'Cookie': 'id=1', 'X-Trace': 't'}})['text']\n\
         ('s3cret' in t, 'id=1' in t, 'x-trace: t' in t)",
        first.url("/start")
    );
    assert_eq!(run(&caps, &code), "(False, False, True)");
}

#[test]
fn oversize_bodies_are_cut_while_reading() {
    // Declared too large: refused before reading.
    let declared = Server::start(|_, s| {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 1000000000\r\n\r\n");
        let _ = s.write_all(&[b'a'; 100]);
    });
    // Chunked, without end.
    let chunked = Server::start(|_, s| {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        let chunk = format!("{:x}\r\n{}\r\n", 1000, "b".repeat(1000));
        while s.write_all(chunk.as_bytes()).is_ok() {}
    });
    // No length: until the connection closes, which never happens.
    let endless = Server::start(|_, s| {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
        while s.write_all(&[b'c'; 1000]).is_ok() {}
    });
    for server in [&declared, &chunked, &endless] {
        let http = Http::new()
            .allow_host(&server.host())
            .unwrap()
            .max_response_bytes(50_000);
        let caps = CapabilitySet::new().with(&http);
        let started = Instant::now();
        assert_eq!(
            run(&caps, &format!("http_get('{}')", server.url("/big"))),
            format!(
                "OSError: http: the response from '{}' is larger than the limit of 50000 bytes",
                server.host()
            )
        );
        assert!(started.elapsed() < Duration::from_secs(10));
    }
    // Exactly at the limit is fine.
    let exact = Server::start(|_, s| respond(s, "200 OK", &[], &[b'd'; 100]));
    let caps = CapabilitySet::new().with(&Http::new().allow_host(&exact.host()).unwrap().max_response_bytes(100));
    assert_eq!(
        run(&caps, &format!("len(http_get('{}')['text'])", exact.url("/"))),
        "100"
    );
}

#[test]
fn a_server_that_never_answers_times_out() {
    let silent = Server::start(|_, _| thread::sleep(Duration::from_secs(30)));
    // Headers arrive, then the body drips forever: the one deadline still holds.
    let drip = Server::start(|_, s| {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
        while s.write_all(b"x").is_ok() {
            thread::sleep(Duration::from_millis(50));
        }
    });
    for server in [&silent, &drip] {
        let http = Http::new()
            .allow_host(&server.host())
            .unwrap()
            .timeout(Duration::from_millis(400));
        let caps = CapabilitySet::new().with(&http);
        let started = Instant::now();
        assert_eq!(
            run(&caps, &format!("http_get('{}')", server.url("/"))),
            format!(
                "TimeoutError: http: the request to '{}' timed out after 400ms",
                server.host()
            )
        );
        assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    }
}

#[test]
fn a_closed_port_is_a_connection_error() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let caps = CapabilitySet::new().with(&Http::new().allow_host(&format!("127.0.0.1:{port}")).unwrap());
    let outcome = run(&caps, &format!("http_get('http://127.0.0.1:{port}/')"));
    assert!(outcome.starts_with("ConnectionError: http: "), "{outcome}");
    assert_eq!(
        run(
            &caps,
            &format!(
                "try:\n    http_get('http://127.0.0.1:{port}/')\nexcept OSError as e:\n    r = type(e).__name__\nr"
            )
        ),
        "'ConnectionError'"
    );
}

#[test]
fn ip_literals_in_other_forms_do_not_match() {
    let server = Server::fixed("text/plain", "ok");
    let port = server.port;
    let by_name = CapabilitySet::new().with(&Http::new().allow_host(&format!("localhost:{port}")).unwrap());
    let by_ip = server.caps();
    for host in [
        "2130706433",
        "0x7f.1",
        "0x7f000001",
        "017700000001",
        "127.1",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "127.0.0.1",
    ] {
        let url = format!("http://{host}:{port}/");
        let outcome = run(&by_name, &format!("http_get('{url}')"));
        assert_eq!(
            outcome,
            format!("PermissionError: http: host '{host}:{port}' is not allowed"),
            "{url}"
        );
        if host != "127.0.0.1" {
            let outcome = run(&by_ip, &format!("http_get('{url}')"));
            assert_eq!(
                outcome,
                format!("PermissionError: http: host '{host}:{port}' is not allowed"),
                "{url}"
            );
        }
    }
    assert!(server.requests().is_empty());
    // Percent-encoded or odd host text never reaches a resolver.
    for url in [
        format!("http://127.0.0.%31:{port}/"),
        format!("http://127.0.0.1%00:{port}/"),
    ] {
        let outcome = run(&by_ip, &format!("http_get('{url}')"));
        assert!(outcome.starts_with("ValueError: http: "), "{url}: {outcome}");
    }
}

#[test]
fn header_and_method_injection_is_refused() {
    let server = Server::fixed("text/plain", "ok");
    let caps = server.caps();
    let url = server.url("/");
    let cases = [
        (
            format!("http_get('{url}', headers={{'X-A': 'v\\r\\nX-Injected: 1'}})"),
            "ValueError: http: invalid value for header 'X-A': it contains a control character (CR, LF or NUL)",
        ),
        (
            format!("http_get('{url}', headers={{'X-A': 'v\\nGET / HTTP/1.1'}})"),
            "ValueError: http: invalid value for header 'X-A': it contains a control character (CR, LF or NUL)",
        ),
        (
            format!("http_get('{url}', headers={{'X-A': 'v\\x00'}})"),
            "ValueError: http: invalid value for header 'X-A': it contains a control character (CR, LF or NUL)",
        ),
        (
            format!("http_get('{url}', headers={{'X-A\\r\\nX-B': 'v'}})"),
            "ValueError: http: invalid header name \"X-A\\r\\nX-B\"",
        ),
        (
            format!("http_get('{url}', headers={{'X A': 'v'}})"),
            "ValueError: http: invalid header name \"X A\"",
        ),
        (
            format!("http_get('{url}', headers={{'Host': 'evil.com'}})"),
            "PermissionError: http: the Host header cannot be set: it is the URL's host",
        ),
        (
            format!("http_get('{url}', headers={{'Transfer-Encoding': 'chunked'}})"),
            "ValueError: http: the header 'Transfer-Encoding' is set by the client",
        ),
        (
            format!("http_request('GET / HTTP/1.1\\r\\nHost: evil.com\\r\\n\\r\\nGET', '{url}')"),
            "ValueError: http: invalid method \"GET / HTTP/1.1\\r\\nHost: evil.com\\r\\n\\r\\nGET\"",
        ),
        (
            format!("http_request('GET\\x00', '{url}')"),
            "ValueError: http: invalid method \"GET\\0\"",
        ),
        (
            format!("http_get('{url}x\\r\\nX-Injected: 1')"),
            "ValueError: http: the URL contains '\\r': percent-encode it (a space is %20)",
        ),
        (
            format!("http_get('{url}x y')"),
            "ValueError: http: the URL contains ' ': percent-encode it (a space is %20)",
        ),
        (
            format!("http_get('{url}\\x00')"),
            "ValueError: http: embedded null byte in the URL",
        ),
        (
            format!("http_get('{url}é')"),
            "ValueError: http: the URL contains 'é': percent-encode it (a space is %20)",
        ),
    ];
    for (code, expected) in cases {
        assert_eq!(run(&caps, &code), expected, "{code}");
    }
    assert!(server.requests().is_empty());
    // Query parameters are encoded, so they cannot inject either.
    assert_eq!(
        run(
            &caps,
            &format!("http_get('{url}', params={{'a': 'x\\r\\nX-Injected: 1'}})['url']")
        ),
        format!("'{url}?a=x%0D%0AX-Injected%3A%201'")
    );
    assert!(!server.requests()[0].head.contains("X-Injected: 1"));
}

#[test]
fn allow_list_entries_are_checked() {
    assert!(Http::allow(["api.example.com", "localhost:8000", "*.example.org", "[::1]:80"]).is_ok());
    for bad in [
        "",
        "http://api.example.com",
        "api.example.com/x",
        "user@host",
        "host:0",
        "*",
        "a b",
    ] {
        assert_eq!(
            Http::new().allow_host(bad),
            Err(HttpError::InvalidHost(bad.to_owned())),
            "{bad}"
        );
    }
}

#[test]
fn stubs_describe_the_functions() {
    let caps = CapabilitySet::new().with(&Http::new());
    let stubs = caps.stubs();
    assert!(stubs.contains(
        "def http_get(url: str, headers: dict[str, str] | None = None, params: dict[str, object] | None = None) -> dict:"
    ), "{stubs}");
    assert!(stubs.contains(
        "def http_request(method: str, url: str, headers: dict[str, str] | None = None, body: str | bytes | None = None, json: object | None = None, params: dict[str, object] | None = None) -> dict:"
    ), "{stubs}");
    assert_eq!(caps.names(), ["http_get", "http_request"]);
    // The model is told where it may go.
    let listed = CapabilitySet::new().with(&Http::allow(["API.example.com", "*.example.org:8443"]).unwrap());
    assert!(
        listed
            .stubs()
            .contains("Allowed hosts: api.example.com, *.example.org:8443.")
    );
    assert!(caps.iter().all(|f| f.group() == Some("http")));
}
