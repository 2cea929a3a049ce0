# === urlencode ===
from urllib.parse import urlencode, parse_qs, parse_qsl, quote

print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&=?'}))
print(urlencode([('k', 'v'), ('k', 'w')]), urlencode({}), urlencode({'n': None, 't': True}))
print(urlencode({'k': [1, 2, 3], 's': 'str', 'n': 5}, doseq=True))
print(urlencode({'k': [1, 2]}), urlencode({'k': (b'a b', 'c')}, doseq=True))
print(urlencode({'p': '/a b'}, quote_via=quote), urlencode({'p': '/a b'}, safe='/'))
print(urlencode({b'key': b'v v'}))
for bad in ['abc', [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# === parse_qs / parse_qsl ===
print(parse_qs('a=1&a=2&b=&c=x+y&d=%41%42'), parse_qs(''), parse_qs('a=1', keep_blank_values=True))
print(parse_qs('a=&b', keep_blank_values=True), parse_qsl('a=1&b=&c'), parse_qsl('a=1&b=&c', keep_blank_values=True))
print(parse_qsl('x=1;y=2', separator=';'), parse_qsl('&&a=1&&'), parse_qsl('k=%E9', encoding='latin-1'))
for args, kw in [(('a&b',), {'strict_parsing': True}), (('a=1&b=2&c=3',), {'max_num_fields': 2}),
                 (('a=1',), {'separator': ''}), (('a=1&&b=2',), {'strict_parsing': True})]:
    try:
        print(parse_qsl(*args, **kw))
    except ValueError as e:
        print(type(e).__name__, e)

# === round trip ===
q = {'name': 'Ann Lee', 'tags': ['a&b', 'c'], 'city': 'Zürich'}
enc = urlencode(q, doseq=True)
print(enc, parse_qs(enc))
