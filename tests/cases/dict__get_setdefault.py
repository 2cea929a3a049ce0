d = {"a": 1, "b": None}

# === get ===
print(d.get("a"), d.get("b"), d.get("c"), d.get("c", 0), d.get("b", "default"))

# === setdefault ===
print(d.setdefault("a", 99), d.setdefault("c", []), d.setdefault("e"))
print(d)
d.setdefault("c", []).append(1)
d.setdefault("c", []).append(2)
print(d["c"])

# === grouping with setdefault ===
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)

# === counting with get ===
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
