def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def s(i, v):
    b = bytearray(b'abcdef')
    b[i] = v
    return b
def d(i):
    b = bytearray(b'abcdef')
    del b[i]
    return b
# === item assignment ===
t(lambda: (s(0, 65), s(-1, 0), s(True, 255)))
t(lambda: s(0, 256))
t(lambda: s(0, -1))
t(lambda: s(0, 'a'))
t(lambda: s(0, b'a'))
t(lambda: s(0, 1.0))
t(lambda: s(6, 1))
t(lambda: s(-7, 1))
t(lambda: s('x', 1))
# === slice assignment ===
t(lambda: (s(slice(0, 2), b'XYZ'), s(slice(1, 1), b'--'), s(slice(None), b''), s(slice(2, None), bytearray(b'!'))))
t(lambda: (s(slice(0, 2), [1, 2, 3]), s(slice(0, 2), range(3)), s(slice(4, 1), b'+'), s(slice(-2, None), (120,))))
t(lambda: (s(slice(None, None, 2), b'XYZ'), s(slice(None, None, -2), b'123'), s(slice(1, 4, 2), [0, 0]), s(slice(5, 0, -1), b'')))
t(lambda: (s(slice(0, 0, 3), b''), s(slice(None, None, 1), b'q')))
t(lambda: s(slice(0, 2), 5))
t(lambda: s(slice(0, 2), 'ab'))
t(lambda: s(slice(0, 2), None))
t(lambda: s(slice(0, 2), [1, 300]))
t(lambda: s(slice(0, 2), [1, 'a']))
t(lambda: s(slice(None, None, 2), b'x'))
t(lambda: s(slice(None, None, 2), 5))
t(lambda: s(slice(None, None, 0), b''))
# === deletion ===
t(lambda: (d(0), d(-1), d(slice(1, 3)), d(slice(None, None, 2)), d(slice(None, None, -2)), d(slice(4, 1)), d(slice(None))))
t(lambda: d(6))
t(lambda: d('x'))
# === methods that mutate ===
def m(name, *a):
    b = bytearray(b'abc')
    r = getattr(b, name)(*a)
    return r, b
t(lambda: (m('append', 100), m('append', True), m('extend', b'de'), m('extend', bytearray(b'!')), m('extend', [1, 2]), m('extend', range(3)), m('extend', (x for x in [7]))))
t(lambda: (m('insert', 0, 65), m('insert', -1, 66), m('insert', 99, 67), m('insert', -99, 68)))
t(lambda: (m('pop'), m('pop', 0), m('pop', -2), m('remove', 98), m('clear'), m('reverse'), m('copy')))
t(lambda: m('append', 256))
t(lambda: m('append', 'a'))
t(lambda: m('append'))
t(lambda: m('append', 1, 2))
t(lambda: m('extend', 5))
t(lambda: m('extend', None))
t(lambda: m('extend', 'ab'))
t(lambda: m('extend', [1, 'a']))
t(lambda: m('extend', [300]))
t(lambda: m('insert', 0, 300))
t(lambda: m('insert', 'a', 3))
t(lambda: m('insert', 0))
t(lambda: bytearray().pop())
t(lambda: m('pop', 10))
t(lambda: m('pop', 'x'))
t(lambda: m('remove', 120))
t(lambda: m('remove', 300))
t(lambda: m('remove', b'a'))
t(lambda: m('clear', 1))
t(lambda: m('copy', 1))
def copy_is_new():
    a = bytearray(b'xy')
    c = a.copy()
    c.append(1)
    return a, c, a is c
t(copy_is_new)
# === augmented assignment ===
def aug():
    a = bytearray(b'ab')
    alias = a
    a += b'cd'
    a += bytearray(b'e')
    a *= 2
    return a, alias, a is alias
t(aug)
def aug_bad(v):
    a = bytearray(b'ab')
    a += v
    return a
t(lambda: aug_bad('c'))
t(lambda: aug_bad([1]))
def mul_bad(v):
    a = bytearray(b'ab')
    a *= v
    return a
t(lambda: mul_bad('x'))
t(lambda: (mul_bad(0), mul_bad(-3), mul_bad(True)))
def bytes_aug():
    a = b'ab'
    alias = a
    a += bytearray(b'c')
    return a, alias
t(bytes_aug)
