# === basic dict comprehension ===
print({x: x * x for x in range(5)})
print({c: ord(c) for c in "abc"})

# === invert a dict ===
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()})

# === filter dict ===
print({k: v for k, v in d.items() if v >= 2})

# === duplicate keys keep last value ===
print({len(w): w for w in ["a", "bb", "c", "dd", "eee"]})

# === from zip ===
keys = ["name", "age", "city"]
vals = ["Ann", 30, "Oslo"]
print({k: v for k, v in zip(keys, vals)})

# === value transformation ===
prices = {"apple": 1.25, "pear": 2.5}
print({k: round(v * 1.1, 2) for k, v in prices.items()})

# === conditional values ===
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})

# === nested for in dict comp ===
print({(i, j): i * j for i in range(1, 3) for j in range(1, 3)})

# === counting with dict comp ===
text = "mississippi"
print({ch: text.count(ch) for ch in sorted(set(text))})

# === dict comp insertion order ===
print(list({k: None for k in "zyxzy"}))

# === unhashable key error ===
try:
    {[i]: i for i in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
