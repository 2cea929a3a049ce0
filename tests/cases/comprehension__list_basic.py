# === simple list comprehension ===
print([x * 2 for x in range(5)])
print([c.upper() for c in "abc"])
print([len(w) for w in ["a", "bb", "ccc"]])

# === with condition ===
print([x for x in range(20) if x % 3 == 0])
print([w for w in ["apple", "kiwi", "banana"] if len(w) > 4])

# === multiple conditions ===
print([x for x in range(50) if x % 2 == 0 if x % 7 == 0])
print([x for x in range(30) if x % 2 and x % 5])

# === conditional expression in output ===
print(["even" if x % 2 == 0 else "odd" for x in range(4)])

# === over dict ===
d = {"a": 1, "b": 2, "c": 3}
print([k for k in d])
print([v * 10 for v in d.values()])
print([f"{k}{v}" for k, v in d.items() if v != 2])

# === tuple unpacking in comprehension ===
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name for num, name in pairs if num > 1])
print([(b, a) for a, b in pairs])

# === comprehension over enumerate and zip ===
print([i * v for i, v in enumerate([5, 5, 5])])
print([a + b for a, b in zip("abc", "xyz")])

# === empty results ===
print([x for x in []])
print([x for x in range(5) if x > 10])

# === calling functions ===
def sq(n):
    return n * n

print([sq(x) for x in range(6)])
print(sum([sq(x) for x in range(6)]))
