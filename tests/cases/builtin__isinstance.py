values = [1, 1.5, "s", b"b", [1], (1,), {"k": 1}, {1}, frozenset(), None, True, range(1)]

# === single types ===
for v in values:
    print(repr(v), isinstance(v, int), isinstance(v, str), isinstance(v, (list, tuple)))

# === tuple of types ===
print(isinstance(3, (int, float)), isinstance(3.0, (int, float)), isinstance("3", (int, float)), isinstance([], ()))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(None, type(None)))
print(isinstance({1}, (set, frozenset)), isinstance(frozenset(), set), isinstance({}, dict))

# === nested tuple of types ===
print(isinstance(5, (str, (list, int))))

# === dispatch pattern ===
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    if isinstance(x, (list, tuple, set)):
        return f"collection of {len(x)}"
    return "other"
print([describe(v) for v in values])

# === bad second arg ===
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
