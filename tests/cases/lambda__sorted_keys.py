# === sort by second element ===
pairs = [(1, "b"), (2, "a"), (3, "c")]
print(sorted(pairs, key=lambda p: p[1]))

# === sort by length then alpha ===
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=lambda w: (len(w), w)))

# === sort descending by numeric field ===
people = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}, {"name": "cy", "age": 40}]
for p in sorted(people, key=lambda d: -d["age"]):
    print(p["name"], p["age"])

# === reverse with key ===
print(sorted(words, key=lambda w: w[-1], reverse=True))

# === stable sort with key ===
records = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(records, key=lambda r: r[1]))

# === list.sort with lambda ===
nums = [5, -3, 2, -8, 1]
nums.sort(key=lambda n: abs(n))
print(nums)

# === min / max with lambda ===
print(min(words, key=lambda w: len(w)))
print(max(people, key=lambda d: d["age"])["name"])

# === sort dict items by value ===
counts = {"a": 3, "b": 1, "c": 2}
print(sorted(counts.items(), key=lambda kv: kv[1]))
print(sorted(counts, key=lambda k: counts[k], reverse=True))

# === case-insensitive ===
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
