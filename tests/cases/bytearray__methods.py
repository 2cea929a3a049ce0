def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# === every method of bytes and bytearray ===
print([m for m in dir(b'') if not m.startswith('_')])
print([m for m in dir(bytearray()) if not m.startswith('_')])
ba = bytearray(b'Hello, World')
# === search ===
t(lambda: (ba.find(b'o'), ba.rfind(111), ba.index(bytearray(b'W')), ba.rindex(b'l'), ba.count(b'l'), ba.count(108, 0, 4)))
t(lambda: (ba.find(b'o', 5), ba.find(b'o', -3, -1), ba.startswith(b'He'), ba.endswith((b'x', bytearray(b'ld'))), ba.startswith(b'ello', 1)))
t(lambda: ba.index(b'z'))
t(lambda: ba.find('o'))
t(lambda: ba.startswith('H'))
# === results are bytearrays ===
results = [
    ba.lower(), ba.upper(), ba.swapcase(), ba.capitalize(), ba.title(), ba.strip(b'Hd'), ba.lstrip(), ba.rstrip(b'dl'),
    ba.replace(b'l', b'L'), ba.removeprefix(b'He'), ba.removesuffix(b'zz'), ba.center(20), ba.ljust(14, b'.'),
    ba.rjust(3), ba.zfill(15), ba.expandtabs(), ba.translate(None, b'lo'), ba.join([b'1', bytearray(b'2')]),
    bytearray.fromhex('41 42'), ba.fromhex('43'),
]
for r in results:
    print(type(r).__name__, r)
t(lambda: (ba.split(b', '), ba.rsplit(maxsplit=0), ba.splitlines(), ba.partition(b', '), ba.rpartition(b'x')))
t(lambda: [type(x).__name__ for x in ba.split() + list(ba.partition(b'o'))])
t(lambda: (ba.isalnum(), ba.isalpha(), ba.isdigit(), ba.isspace(), ba.isupper(), ba.islower(), ba.istitle(), ba.isascii()))
t(lambda: (ba.hex(), ba.hex(':', 2), ba.decode(), ba.decode('utf-16-le', 'replace'), bytearray(b'\xe9').decode('latin-1')))
t(lambda: (bytearray.maketrans(b'lo', b'01'), ba.translate(bytearray.maketrans(b'lo', b'01'))))
t(lambda: (b'-'.join([bytearray(b'a'), b'b']), type(b'-'.join([bytearray(b'a')])).__name__))
t(lambda: bytearray(b',').join(['a']))
t(lambda: bytearray(b'\xff').decode())
def unchanged_copies():
    a = bytearray(b'abc')
    r = a.removeprefix(b'z')
    r.append(1)
    return a, r
t(unchanged_copies)
t(lambda: bytearray.fromhex('4g'))
t(lambda: bytearray.fromhex(b'41'))
