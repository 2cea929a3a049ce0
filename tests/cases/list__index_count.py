a = ["a", "b", "c", "b", "a", "b"]

# === index ===
print(a.index("b"), a.index("b", 2), a.index("b", 4), a.index("a", -2), a.index("c", 0, 3))
try:
    a.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index("c", 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)

# === count ===
print(a.count("b"), a.count("a"), a.count("z"), [].count(None))
print([1, 1.0, True, 2].count(1), [[1], [1], 1].count([1]), [None, None].count(None))

# === find all indices ===
print([i for i, v in enumerate(a) if v == "b"])
