def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b'a b  c')
t(lambda: (ba.index(98, 0, 5), ba.split(None, 1), ba.hex(b':'), ascii(bytearray(b'\xe9')), ba.count(b''), ba.find(b'', 10), ba.find(b'', 6)))
t(lambda: (format(bytearray(b'x')), '{}'.format(bytearray(b'y')), '%s' % bytearray(b'z'), '%r' % b'q', str(b'x')))
t(lambda: (bytearray(b'a') in [b'a'], b'a' in [bytearray(b'a')], [bytearray(b'a')].index(b'a'), (b'x', 1) == (bytearray(b'x'), 1)))
t(lambda: {b'a': 1}[bytearray(b'a')])
t(lambda: min(bytearray()))
t(lambda: ''.join([bytearray(b'a')]))
def selfops():
    a = bytearray(b'ab')
    a.extend(a)
    a[:] = a
    a[1:3] = a
    b = bytearray(b'xyz')
    b.extend(b)
    c = bytearray(b'123')
    del c[:]
    return a, b, c
t(selfops)
t(lambda: (bytearray(b'ab').decode(errors='ignore'), bytes.fromhex('  41  42 '), bytearray(b'  x  ').strip(), bytearray(b'abc').partition(98)))
t(lambda: bytearray(b'abc').partition(98))
t(lambda: (bytearray(b'AbC').lower(), bytearray(b'x').isalnum(), bytearray(b'12').isdigit(), bytearray(b'\t').isspace(), bytearray(b'Ab').istitle()))
t(lambda: (b'abc' < bytearray(b'abd') < b'b', max([b'a', bytearray(b'b')]), sorted({b'b', b'a'})))
t(lambda: (bytearray(b'abc').startswith((b'x', b'a'), 0, 2), bytearray(b'abc').endswith(b'c', -1)))
t(lambda: bytearray(b'abc').startswith([b'a']))
t(lambda: (bytearray(b'a,b').split(b','), bytearray(b'a,b').rsplit(b',', 1), bytearray(b'a\nb').splitlines(True)))
t(lambda: (bytearray(b'aaa').replace(b'a', b'bb', 2), bytearray(b'ab').replace(b'', b'-')))
t(lambda: (bytearray(3) == bytes(3), bytearray(b'\x00') * 3, bytes(bytearray(2)) + bytearray(b'!')))
t(lambda: (hash(b'ab') == hash(bytes(bytearray(b'ab'))), len(set([bytes(bytearray(b'q')), b'q']))))
t(lambda: bytearray(b'abc').hex(sep='-', bytes_per_sep=-2))
t(lambda: [x for x in bytearray(b'hi')])
t(lambda: bytearray(b'abc')[True])
t(lambda: bytearray(b'abc')[1.0])
t(lambda: bytearray(b'abc')[10:20])
t(lambda: bytearray(b'ab').pop(-3))
t(lambda: bytearray(b'%d') % (1, 2))
t(lambda: bytearray(b'%(x)d') % {b'x': 5})
# === int() of bytes-like values ===
t(lambda: (int(bytearray(b'ff'), 16), int(b'0x10', 0), int(b' -7 '), int(bytearray(b'1_000'))))
t(lambda: int(b'z'))
t(lambda: int(bytearray(b'z')))
t(lambda: int(b'12', 99))
t(lambda: int(bytearray(b'9'), 8))
