def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# === id: stable, equal exactly when `is` holds ===
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a))
print(type(id(a)).__name__, id(a) > 0)
print(id(None) == id(None), id(True) == id(True), id(True) == id(False))
s = 'text'
print(id(s) == id(s))
t(lambda: id())
t(lambda: id(1, 2))

# === object() ===
o = object()
p = object()
print(type(o).__name__, type(o) is object)
print(o == o, o == p, o != p, o is o)
print(hash(o) == hash(o))
print(isinstance(o, object), isinstance(1, object), isinstance(o, int))
print(repr(o).startswith('<object object at 0x'), str(o) == repr(o))
d = {o: 'first', p: 'second'}
print(d[o], d[p], len({o, p, o}))
t(lambda: object(1))
t(lambda: o.x)
t(lambda: setattr(o, 'x', 1))
t(lambda: o < p)
sentinel = object()
def lookup(key, default=sentinel):
    return 'missing' if default is sentinel else default
print(lookup('k'), lookup('k', None))
