d = {"one": 1, "two": 2, "three": 3}

# === in / not in checks keys ===
print("one" in d, 1 in d, "four" not in d, None in d)

# === len changes ===
print(len(d), len({}))
d["four"] = 4
print(len(d))
del d["one"]
print(len(d))

# === iteration order = insertion order ===
for key in d:
    print(key, d[key])
print([k.upper() for k in d], list(reversed(d)), list(reversed(d.items())))

# === enumerate over items ===
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)

# === unhashable key lookups ===
try:
    [1] in d
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{}: 1}
except TypeError as e:
    print(type(e).__name__, e)
