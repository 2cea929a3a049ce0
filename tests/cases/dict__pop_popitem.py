d = {"a": 1, "b": 2, "c": 3, "d": 4}

# === pop ===
print(d.pop("b"), d)
print(d.pop("zz", "fallback"), d.pop("zz", None))
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)

# === popitem is LIFO ===
print(d.popitem(), d)
d["e"] = 5
print(d.popitem(), d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)

# === pop with non-string keys ===
n = {1: "one", (2, 3): "tuple"}
print(n.pop((2, 3)), n)
try:
    n.pop(5)
except KeyError as e:
    print(type(e).__name__, e)
