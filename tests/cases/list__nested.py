# === 2D grid ===
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print(grid[1][2], grid[-1][-1], [row[0] for row in grid])

# === transpose ===
t = [list(col) for col in zip(*grid)]
print(t)

# === flatten ===
flat = [x for row in grid for x in row]
print(flat, sum(flat))

# === mutate nested ===
grid[0][0] = "X"
for row in grid:
    row.append(len(row))
print(grid)

# === deep structure ===
tree = [1, [2, [3, [4, []]]]]
depth = 0
node = tree
while node:
    depth += 1
    node = node[1] if len(node) > 1 else []
print(depth)

# === nested repr ===
print([[[]]], [[], [[]], [[], [[]]]], [1, [2, (3, {"k": [4]})]])

# === self-referencing list ===
loop = [1, 2]
loop.append(loop)
print(loop, len(loop), loop[2] is loop)
