# === nested list comprehension builds matrix ===
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)

# === transpose ===
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)

# === identity matrix ===
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])

# === nested with filters ===
print([[x for x in row if x % 2 == 0] for row in matrix])

# === comprehension inside dict comprehension ===
groups = {"a": [1, 2, 3], "b": [4, 5]}
print({k: [v * v for v in vs] for k, vs in groups.items()})

# === dict of lists from nested ===
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 8)})

# === list of dicts ===
rows = [{"id": i, "sq": i * i, "tags": [t for t in "xyz"[:i]]} for i in range(3)]
for r in rows:
    print(r)

# === triple nesting ===
cube = [[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)]
print(cube)

# === sum of nested ===
print(sum(sum(row) for row in matrix))
print(max(max(row) for row in matrix))
