# === dict() forms ===
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict([("a", 1)], b=2))
print(dict(zip("abc", range(3))), dict(zip(["k1", "k2"], [[1], [2]])))
print(dict(enumerate("xy")), dict([(1, 2), [3, 4], "ab"]))

# === zip with unequal lengths truncates ===
print(dict(zip(["a", "b", "c"], [1, 2])))

# === later keys win ===
print(dict([("a", 1), ("a", 2)]), dict({"a": 1}, a=3))

# === dict of dict.items roundtrip ===
d = {"p": 1, "q": 2}
print(dict(d.items()) == d, dict(sorted(d.items(), reverse=True)))

# === errors ===
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(["abc"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
