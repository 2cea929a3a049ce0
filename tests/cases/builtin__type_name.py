# === type(x).__name__ ===
for v in [0, 0.0, "", b"", [], (), {}, set(), frozenset(), None, True, range(0), slice(1), 1 > 0]:
    print(type(v).__name__)

# === type comparisons ===
print(type(1) == int, type(True) == int, type(True) is bool, type("a") is str, type([]) is list)
print(type(1) == type(2), type(1) == type(1.0), type(None) is type(None))

# === type of results ===
print(type(1 + 1).__name__, type(1 / 1).__name__, type(1 // 1).__name__, type(2 ** -1).__name__, type(1 + 1.0).__name__)
print(type("a" * 2).__name__, type([1] + [2]).__name__, type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__)

# === type() of builtins gives their type ===
print(type(int).__name__, type(str).__name__, int.__name__, list.__name__, dict.__name__)
