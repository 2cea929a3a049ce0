d = {"x": 1, "y": 2, "z": 3}

# === keys / values / items ===
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(list(k), list(v), list(it), len(k), len(v), len(it))

# === views are live ===
d["w"] = 0
print(list(k), len(v), ("w", 0) in it)
del d["x"]
print(list(it))

# === membership ===
print("y" in k, "q" in k, 2 in v, 99 in v, ("y", 2) in it, ("y", 3) in it)

# === iteration ===
for key in d.keys():
    print(key, d[key])
for key, val in d.items():
    print(key, "=>", val)
print(sum(d.values()), max(d.values()), sorted(d.values()))

# === keys view set operations ===
other = {"y": 0, "q": 1}
print(sorted(d.keys() & other.keys()), sorted(d.keys() | other.keys()), sorted(d.keys() - other.keys()))
print(d.keys() == {"y", "z", "w"}, sorted(d.items() & {("y", 2), ("z", 0)}))

# === mutation during iteration ===
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
