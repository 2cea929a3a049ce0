# === literals and dedupe ===
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), type(s).__name__)
print(set(), repr(set()), type({}).__name__)
print({1}, {0, 1, 2})

# === set() from iterables ===
print(sorted(set("mississippi")), sorted(set([5, 5, 4])), sorted(set((1.0, 1, True, 2))), sorted(set(range(3))))
print(sorted(set({"a": 1, "b": 2})))

# === membership ===
print(2 in s, 5 in s, 5 not in s, "2" in s)

# === len and truthiness ===
print(len(set()), bool(set()), bool({0}))

# === unhashable elements ===
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)

# === mixed types sorted by key ===
m = {1, "a", (2, 3), None}
print(sorted(m, key=repr), len(m))
