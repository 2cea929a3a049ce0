# === basic ===
print(list(enumerate("abc")), list(enumerate([])), list(enumerate(["x"], 1)))

# === start values ===
print(list(enumerate("ab", start=10)), list(enumerate("ab", -1)))

# === in loops ===
for i, fruit in enumerate(["apple", "banana", "cherry"], 1):
    print(f"{i}. {fruit}")

# === with dict ===
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)

# === enumerate is an iterator ===
e = enumerate("xyz")
print(next(e), next(e), list(e))

# === find index of first match ===
vals = [3, 8, 1, 9, 4]
print(next(i for i, v in enumerate(vals) if v > 5), [i for i, v in enumerate(vals) if v % 2])
