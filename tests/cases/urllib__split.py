# === urlparse components ===
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, ParseResult, SplitResult

r = urlparse('http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag')
print(r)
print(r.scheme, r.netloc, r.path, r.params, r.query, r.fragment)
print(r.hostname, r.port, r.username, r.password)
print(r.geturl(), r[0], r[1], len(r), tuple(r) == r)
scheme, netloc, path, params, query, fragment = r
print(scheme, path)

# === urlsplit keeps params in the path ===
s = urlsplit('https://example.com/x;y/z?z=1#f')
print(s)
print(s.geturl(), s._replace(path='/new', fragment='').geturl())

# === unusual URLs ===
for u in ['', '/relative/path?x', 'mailto:someone@example.com', 'file:///etc/hosts',
          'HTTP://HOST/', '//netloc/only', 'http://[::1]:80/v6', 'http://h/p#a#b',
          'a1+b.c-d:opaque', '1http://x', 'http://h?only=query', 'path;params',
          '  http://lead.space/ ', 'http://h/a\tb\nc', 'news:comp.lang']:
    p = urlparse(u)
    print(repr(u), tuple(p), p.hostname, p.port)
print(urlparse('www.x.com/a', scheme='https'), urlsplit('http://h/p#f', allow_fragments=False))
print(urlsplit('http://[fe80::1%25eth0]:99/').hostname, urlsplit('http://u@H.x').username)
print(urlsplit('http://u:@h').password, urlsplit('http://h').password, urlsplit('http://:@h').username)

# === unparse / unsplit ===
print(urlunparse(('http', 'h', '/p', 'a=1', 'q=2', 'f')))
print(urlunparse(('', '', 'p', '', '', '')), urlunsplit(('https', 'h:1', 'x', '', '')))
print(urlunsplit(('file', '', '/tmp/x', '', '')), urlunsplit(('mailto', '', 'a@b', '', '')))
print(urlunsplit(['http', 'h', '', 'q', '']), urlunsplit(urlsplit('http://a/b?c#d')))
print(isinstance(r, ParseResult), isinstance(s, SplitResult), r._fields)
