def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# === constructors ===
t(lambda: (bytearray(), bytearray(3), bytearray(b'ab'), bytearray([1, 2, 255]), bytearray(range(3))))
t(lambda: (bytearray('é', 'utf-8'), bytearray('é', 'latin-1'), bytearray('ab', encoding='ascii'), bytearray(source=b'x')))
t(lambda: (bytearray(bytearray(b'q')), bytes(bytearray(b'q')), bytearray(True), bytearray(iter([65, 66]))))
t(lambda: bytearray('abc'))
t(lambda: bytearray(b'x', 'utf-8'))
t(lambda: bytearray(errors='strict'))
t(lambda: bytearray(encoding='utf-8'))
t(lambda: bytearray(-1))
t(lambda: bytearray([256]))
t(lambda: bytearray([-1]))
t(lambda: bytearray(['a']))
t(lambda: bytearray(1.5))
t(lambda: bytearray(None))
t(lambda: bytearray('é', 'ascii'))
t(lambda: bytearray('a', 'nope'))
t(lambda: bytearray('a', 3))
t(lambda: bytearray(1, 2, 3, 4))
t(lambda: bytes([256]))
t(lambda: bytes(1.5))
t(lambda: bytes('x', errors='strict'))
class B:
    def __bytes__(self):
        return b'from dunder'
t(lambda: (bytes(B()), bytearray(B())))
# === repr, str, type ===
t(lambda: (repr(bytearray(b'a\'b"\n\x00\xff')), str(bytearray(b'x')), type(bytearray()).__name__, bytearray))
t(lambda: (isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes), isinstance(b'', bytearray)))
t(lambda: type(iter(bytearray())).__name__)
t(lambda: f'{bytearray(b"f")}|{bytearray(b"g")!r}')
# === comparisons, hashing, truth ===
ba = bytearray(b'abc')
t(lambda: (ba == b'abc', b'abc' == ba, ba == bytearray(b'abc'), ba != b'abd', ba == 'abc', ba == [97, 98, 99]))
t(lambda: (ba < b'abd', b'abd' > ba, ba <= bytearray(b'abc'), ba >= b'abcd', sorted([bytearray(b'b'), b'a', bytearray(b'c')])))
t(lambda: ba < 'abd')
t(lambda: hash(ba))
t(lambda: {ba: 1})
t(lambda: {ba})
t(lambda: (bool(bytearray()), bool(bytearray(1)), len(ba), list(ba), max(ba), sum(ba)))
t(lambda: (b'b' in ba, bytearray(b'bc') in ba, 99 in ba, 100 in ba, b'' in ba, b'ab' in b'xab', bytearray(b'x') in b'x'))
t(lambda: 256 in ba)
t(lambda: 'a' in ba)
t(lambda: (ba[0], ba[-1], ba[1:], ba[::-1], ba[::2], ba[5:], type(ba[1:]).__name__))
t(lambda: ba[3])
t(lambda: ba['x'])
t(lambda: b'a'[5])
# === operators ===
t(lambda: (ba + b'd', b'd' + ba, ba + bytearray(b'!'), ba * 2, 2 * ba, ba * 0, ba * -1))
t(lambda: ba + 'd')
t(lambda: ba + [1])
t(lambda: b'' + 'a')
t(lambda: ba * 'x')
t(lambda: 'x' * ba)
t(lambda: ba * 1.5)
t(lambda: (ord(bytearray(b'a')), int(bytearray(b' 12 ')), float(bytearray(b'1.5')), str(bytearray(b'hi'), 'ascii')))
t(lambda: float(bytearray(b'x')))
t(lambda: sum([], bytearray()))
t(lambda: sum([], b''))
t(lambda: (min(b'b', bytearray(b'a')), list(reversed(bytearray(b'ab'))), list(enumerate(bytearray(b'z')))))
def live():
    x = bytearray(b'ab')
    out = []
    for c in x:
        out.append(c)
        if len(x) < 4:
            x.append(c + 1)
    return out, x
t(live)
match bytearray(b'm'):
    case bytearray(v):
        print('matched', v)
