"""ToolSet.grant_http: requests from the sandbox to an allow-list of hosts, against loopback servers."""

import http.server
import json
import threading

import pytest

import monty


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _reply(self, status, body, content_type='application/json', headers=()):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(data)

    def do_GET(self):
        if self.path.startswith('/redirect-out'):
            self._reply(302, '', headers=[('Location', 'http://evil.example/')])
        elif self.path.startswith('/big'):
            self._reply(200, 'x' * 5000, 'text/plain')
        elif self.path.startswith('/missing'):
            self._reply(404, 'not here', 'text/plain')
        else:
            self._reply(200, json.dumps({'path': self.path, 'agent': self.headers.get('X-Agent')}))

    do_HEAD = do_GET

    def do_POST(self):
        length = int(self.headers.get('Content-Length', 0))
        body = self.rfile.read(length).decode()
        self._reply(201, json.dumps({'got': json.loads(body), 'type': self.headers.get('Content-Type')}))


@pytest.fixture
def server():
    srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), _Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f'127.0.0.1:{srv.server_address[1]}'
    srv.shutdown()
    srv.server_close()


def run(code, tools):
    return monty.Monty(code, tools=tools).run()


def test_get_and_post_reach_an_allowed_host(server):
    tools = monty.ToolSet().grant_http([server])
    assert tools.names == ['http_get', 'http_request']
    r = run(f"http_get('http://{server}/items', params={{'q': 'a b'}}, headers={{'X-Agent': 'monty'}})", tools)
    assert r['status'] == 200
    assert r['json'] == {'path': '/items?q=a%20b', 'agent': 'monty'}
    assert r['headers']['content-type'] == 'application/json'
    assert r['url'] == f'http://{server}/items?q=a%20b'
    r = run(f"http_request('POST', 'http://{server}/items', json={{'n': [1, 2]}})", tools)
    assert (r['status'], r['json']) == (201, {'got': {'n': [1, 2]}, 'type': 'application/json'})
    # An error status is a result, not an exception.
    assert run(f"http_get('http://{server}/missing')['status']", tools) == 404


def test_hosts_not_allowed_raise_permission_error_in_the_sandbox(server):
    tools = monty.ToolSet().grant_http([server])
    code = (
        'out = []\n'
        f"for url in ['http://evil.example/', 'http://{server}@evil.example/', 'file:///etc/passwd', "
        f"'http://{server}/redirect-out']:\n"
        '    try:\n        http_get(url)\n'
        '    except Exception as e:\n        out.append((type(e).__name__, str(e)))\n'
        'out'
    )
    assert run(code, tools) == [
        ('PermissionError', "http: host 'evil.example' is not allowed"),
        ('ValueError', 'http: credentials in the URL (user@host) are not supported: send an Authorization header'),
        ('PermissionError', "http: scheme 'file' is not allowed (only http and https)"),
        ('PermissionError', f"http: host 'evil.example' is not allowed (redirected from http://{server}/redirect-out)"),
    ]


def test_limits(server):
    small = monty.ToolSet().grant_http([server], max_bytes=1000, timeout=5)
    code = f"try:\n    http_get('http://{server}/big')\nexcept OSError as e:\n    r = str(e)\nr"
    assert run(code, small) == f"http: the response from '{server}' is larger than the limit of 1000 bytes"
    assert len(run(f"http_get('http://{server}/big')['text']", monty.ToolSet().grant_http([server]))) == 5000


def test_bad_grants():
    with pytest.raises(ValueError, match='is not a host to allow'):
        monty.ToolSet().grant_http(['http://api.example.com/'])
    with pytest.raises(TypeError, match='list of hosts'):
        monty.ToolSet().grant_http('api.example.com')
    with pytest.raises(ValueError, match='timeout'):
        monty.ToolSet().grant_http(['api.example.com'], timeout=0)
    assert 'http' not in ' '.join(monty.ToolSet().names)
