def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# === bytes methods, codecs and error handlers ===
b = b'Hello, World'
t(lambda: (b.split(b', '), b.lower(), b.upper(), b.find(b'o'), b.rfind(b'o'), b.count(b'l'), b.replace(b'l', b'L', 1)))
t(lambda: (b.startswith(b'He'), b.endswith((b'x', b'ld')), b.strip(b'Hd'), b.partition(b', '), b[0], b[1:3], b[::-1]))
t(lambda: (b.hex(), b.hex(':'), b.hex('-', 2), bytes.fromhex('48 65'), bytes.fromhex('4865').decode()))
t(lambda: bytes.fromhex('4g'))
t(lambda: (b'\xe9'.decode('latin-1'), b'abc'.decode('ascii'), 'é'.encode('utf-8').decode('utf-8')))
t(lambda: b'\xff'.decode('ascii'))
t(lambda: b'\xe9t\xe9'.decode('utf-8', 'replace'))
t(lambda: b'\xe9t\xe9'.decode('utf-8', 'ignore'))
t(lambda: b'\xe9t\xe9'.decode('utf-8', 'backslashreplace'))
t(lambda: b'\xe9t\xe9'.decode('utf-8', 'strict'))
t(lambda: 'é€'.encode('ascii', 'xmlcharrefreplace'))
t(lambda: 'é€'.encode('ascii', 'backslashreplace'))
t(lambda: 'é€'.encode('latin-1', 'ignore'))
t(lambda: 'é€'.encode('latin-1'))
t(lambda: (b' a b '.split(), b'a\nb\r\n'.splitlines(), b','.join([b'a', b'b']), b'ab' * 2, b'a' + b'b', b'a' in b'cab', 97 in b'a'))
t(lambda: b','.join(['a']))
t(lambda: b'a' + 'b')
t(lambda: (repr(b'\x00\n\'"'), repr(b"'"), bytes(range(250, 256))))
t(lambda: (list(b'ab'), b'abc'.index(b'c'), b'abc'.rindex(99), b'x'.removeprefix(b'x'), len(b'abc')))
t(lambda: b'abc'.index(b'z'))
t(lambda: (b'a' < b'b', b'a' == 'a', bytes([1]) == b'\x01', hash(b'a') == hash(b'a')))
