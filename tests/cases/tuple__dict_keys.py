# === tuples as dict keys ===
grid = {}
for r in range(2):
    for c in range(3):
        grid[(r, c)] = r * 10 + c
print(grid)
print(grid[(1, 2)], grid[1, 0], (0, 0) in grid, (5, 5) in grid)

# === nested tuple keys ===
d = {(1, (2, 3)): "nested", ("a",): "single", (): "empty"}
print(d[(1, (2, 3))], d[("a",)], d[()])

# === equal numeric tuples collide ===
e = {(1, 2): "int"}
e[(1.0, 2.0)] = "float"
print(e)

# === unhashable tuple contents ===
try:
    {([1], 2): "x"}
except TypeError as e:
    print(type(e).__name__, e)

# === tuples in sets ===
pts = {(0, 0), (1, 1), (0, 0)}
print(len(pts), sorted(pts))

# === counting pairs ===
counts = {}
for pair in [("a", 1), ("b", 2), ("a", 1)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
