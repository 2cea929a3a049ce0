# === equality ignores order ===
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1}, a == {"x": 1, "y": 2.0})

# === nested equality ===
print({"k": [1, {"n": (2,)}]} == {"k": [1, {"n": (2,)}]}, {"k": [1]} == {"k": (1,)})

# === equality with other types ===
print({} == [], {} == set(), {1: 2} == [(1, 2)])

# === views equality ===
print(a.keys() == b.keys(), a.items() == b.items(), a.values() == b.values())

# === ordering not supported ===
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
