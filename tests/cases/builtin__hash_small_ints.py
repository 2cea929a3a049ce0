# === hash of small ints is the int itself ===
print(hash(0), hash(1), hash(42), hash(-5), hash(1000))
print(hash(True), hash(False))

# === equal numbers hash equal ===
print(hash(1) == hash(1.0), hash(0) == hash(0.0), hash(True) == hash(1))

# === hashable vs unhashable ===
for v in [1, "a", (1, 2), frozenset(), None, 1.5]:
    try:
        hash(v)
        print(type(v).__name__, "hashable")
    except TypeError as e:
        print(type(e).__name__, e)
for v in [[1], {"a": 1}, {1}, ([1],)]:
    try:
        hash(v)
        print(type(v).__name__, "hashable")
    except TypeError as e:
        print(type(e).__name__, e)
