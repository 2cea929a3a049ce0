# === copy is shallow ===
d = {"a": [1], "b": 2}
c = d.copy()
c["b"] = 20
c["a"].append(99)
print(d, c, c is d)
print(dict(d) == d, dict(d) is d)

# === clear ===
alias = d
d.clear()
print(d, alias, len(alias))

# === fromkeys ===
print(dict.fromkeys(["a", "b", "c"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), "v"), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)

# === dedupe preserving order via fromkeys ===
items = [3, 1, 3, 2, 1, 5]
print(list(dict.fromkeys(items)))
