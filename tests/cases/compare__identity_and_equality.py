# === list identity vs equality ===
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a == b, a is b, a == c, a is c, a is not c)
b.append(4)
print(a, c, a == c)

# === copies ===
d = a[:]
print(d == a, d is a)
e = list(a)
print(e == a, e is a)

# === nested equality ===
x = {"k": [1, (2, 3)], "m": {"n": None}}
y = {"m": {"n": None}, "k": [1, (2, 3)]}
print(x == y, x["k"] is y["k"])

# === singletons ===
print(None is None, True is not False, ... is ...)

# === != and == consistency ===
pairs = [(1, 1), (1, 2), ("a", "a"), ([], []), ((), ()), (None, 0)]
for p, q in pairs:
    assert (p == q) != (p != q), "consistency"
    print(repr(p), repr(q), p == q)
