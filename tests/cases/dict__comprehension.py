# === basic ===
print({x: x * x for x in range(5)})
print({c: ord(c) for c in "abc"})

# === with condition ===
print({n: n % 3 for n in range(10) if n % 2 == 0})

# === invert a dict ===
colors = {"red": "#f00", "green": "#0f0", "blue": "#00f"}
print({v: k for k, v in colors.items()})

# === from zip ===
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)})

# === duplicate keys last wins ===
print({len(w): w for w in ["hi", "yo", "hey", "sup", "hello"]})

# === nested comprehension ===
print({i: {j: i * j for j in range(1, 3)} for i in range(1, 4)})

# === filter dict ===
prices = {"apple": 1.2, "melon": 3.5, "kiwi": 0.5, "mango": 2.0}
print({k: v for k, v in prices.items() if v >= 1.5})
print({k: round(v * 1.1, 2) for k, v in sorted(prices.items())})
