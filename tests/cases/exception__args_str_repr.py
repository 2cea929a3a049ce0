# === args, str, repr with single arg ===
e = ValueError("bad")
print(e.args, str(e), repr(e))

# === KeyError str shows repr of key ===
k = KeyError("k")
print(k.args, str(k), repr(k))
k2 = KeyError(42)
print(str(k2), repr(k2))

# === no args ===
n = RuntimeError()
print(n.args, repr(str(n)), repr(n))

# === multiple args ===
m = ValueError(1, 2)
print(m.args, str(m), repr(m))
m3 = TypeError("a", "b", "c")
print(str(m3), repr(m3))

# === non-string single arg ===
i = IndexError(5)
print(i.args, str(i), repr(i))
l = ValueError([1, 2])
print(str(l), repr(l))

# === various types repr ===
for exc in [TypeError("t"), ZeroDivisionError("z"), NameError("n"), AttributeError("a"),
            NotImplementedError("ni"), AssertionError("as"), StopIteration("s"), OverflowError("o")]:
    print(repr(exc), "|", exc)

# === str of caught exceptions ===
try:
    {}["missing"]
except KeyError as err:
    print(str(err), repr(err), err.args)

try:
    int("abc")
except ValueError as err:
    print(repr(err))

# === quote handling in repr ===
q = ValueError("it's")
print(repr(q))
q2 = ValueError('say "hi"')
print(repr(q2))

# === exceptions compare by identity ===
a = ValueError("x")
b = ValueError("x")
print(a == b, a == a)

# === f-string formatting ===
err = KeyError("user_id")
print(f"error: {err}, repr: {err!r}")
