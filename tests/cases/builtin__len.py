# === len of builtin containers ===
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(frozenset()))
print(len(""), len([]), len(()), len({}), len(set()))

# === len of views and nested ===
d = {"a": [1, 2, 3], "b": []}
print(len(d.keys()), len(d.items()), len(d["a"]), len(d["b"]), len([[1, 2], [3]]))

# === len of unicode ===
print(len("naïve"), len("👍🏽"), len("\r\n"))

# === TypeError ===
for v in [5, 3.0, None, True]:
    try:
        len(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len(x for x in "ab")
except TypeError as e:
    print(type(e).__name__, e)
