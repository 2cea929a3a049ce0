# === RFC 3986 normal examples ===
from urllib.parse import urljoin, urldefrag

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g']:
    print(repr(rel), urljoin(base, rel))

# === abnormal examples ===
for rel in ['../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
            './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g']:
    print(repr(rel), urljoin(base, rel))

# === other schemes and edge cases ===
print(urljoin('', 'x'), urljoin('http://h/a', ''), urljoin('http://h/a/', 'b/c'))
print(urljoin('https://api.example.com/v1/users/', '42/posts?page=2'))
print(urljoin('mailto:a@b', 'c'), urljoin('ftp://h/a/b', '../c'), urljoin('http://h', 'x'))
print(urljoin('http://h/a#f', '#g', allow_fragments=False), urljoin('svn+ssh://h/x/y', 'z'))

# === urldefrag ===
d = urldefrag('http://a/b?c#frag')
print(d, d.url, d.fragment, d.geturl(), urldefrag('http://a/b'), urldefrag('http://a/b').geturl())

# === relative bases ===
print(urljoin('a', 'b'), urljoin('x/y', '../z'), urljoin('x/', 'y'), urljoin('a//b/c', 'd'), urljoin('/a/b', '..'))
