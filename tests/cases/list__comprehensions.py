# === basic ===
print([x * x for x in range(6)], [c for c in "hello" if c != "l"])

# === conditional expression ===
print(["even" if n % 2 == 0 else "odd" for n in range(5)])

# === multiple for clauses ===
print([(i, j) for i in range(3) for j in range(i)])
print([a + b for a in "xy" for b in "12"])

# === nested comprehension ===
print([[j for j in range(i)] for i in range(4)])

# === filter with multiple ifs ===
print([n for n in range(30) if n % 2 if n % 3 == 0])

# === comprehension variable does not leak ===
n = "outer"
squares = [n * n for n in range(3)]
print(n, squares)

# === using enumerate and zip ===
names = ["ann", "bob", "cy"]
ages = [30, 25, 41]
print([f"{i}:{nm}" for i, nm in enumerate(names, 1)])
print([nm for nm, ag in zip(names, ages) if ag > 28])
