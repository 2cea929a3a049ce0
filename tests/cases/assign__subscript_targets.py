# === list subscript assignment ===
lst = [0, 0, 0, 0]
lst[0] = 1
lst[-1] = 9
print(lst)

# === dict subscript assignment ===
d = {}
d["a"] = 1
d["b"] = d["a"] + 1
d["a"] += 10
print(d)

# === nested subscripts ===
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
grid[0][1] += 3
print(grid)
nested = {"x": {"y": [1, 2]}}
nested["x"]["y"][1] = 20
nested["x"]["z"] = "new"
print(nested)

# === augmented on subscript evaluates index once ===
def idx():
    print("idx called")
    return 1
arr = [10, 20, 30]
arr[idx()] += 5
print(arr)

# === multiple subscript targets in unpacking ===
vals = [None, None, None]
vals[0], vals[2] = "first", "third"
print(vals)

# === chained subscript targets ===
a = [0] * 3
b = {}
a[1] = b["k"] = "v"
print(a, b)

# === index errors on assignment ===
try:
    lst[10] = 1
except IndexError as e:
    print(type(e).__name__, e)

try:
    t = (1, 2)
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    s = "abc"
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
