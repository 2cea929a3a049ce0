# === falsy values ===
falsy = [None, False, 0, 0.0, -0.0, "", [], (), {}, set(), range(0), b""]
for v in falsy:
    assert not v, "expected falsy"
    print(repr(v), bool(v))

# === truthy values ===
truthy = [True, 1, -1, 0.1, "0", " ", [0], (None,), {"": None}, {0}, range(1), b"\x00", "False"]
for v in truthy:
    assert v, "expected truthy"
    print(repr(v), bool(v))

# === bool of builtin functions and types ===
print(bool(len), bool(int), bool(print))

# === and / or return operands ===
print(0 or "default")
print("" or [] or None)
print(1 and "second")
print([] and "never")
print(None or 0)
print("a" and "b" and "c")
print(0 and 1 / 0)
print(1 or 1 / 0)

# === not ===
print(not 0, not 1, not "", not "x", not None)

# === truthiness in conditions ===
def describe(v):
    if v:
        return "yes"
    return "no"

print([describe(v) for v in [0, 1, [], [[]], "", "no"]])

# === bool() conversions ===
print(bool(), bool(0), bool(2), bool("hi"))
print(int(True) + int(False), True + True)

# === empty containers after clearing ===
lst = [1]
lst.pop()
print(bool(lst))
d = {"a": 1}
del d["a"]
print(bool(d))
