# === genexpr variable does not leak ===
g = sum(leak for leak in range(4))
print(g)
try:
    leak
except NameError as e:
    print(type(e).__name__, e)

# === late lookup of free variables ===
factor = 2
g = (x * factor for x in range(3))
factor = 10
print(list(g))

# === first iterable bound at creation ===
data = [1, 2, 3]
g = (x for x in data)
data = [100, 200]
print(list(g))

# === but mutation of the same list is visible ===
data = [1, 2, 3]
g = (x for x in data)
data.append(4)
print(list(g))

# === genexpr in function ===
def positives(nums):
    return (n for n in nums if n > 0)

p = positives([-1, 2, -3, 4])
print(list(p))

# === nested genexpr ===
rows = [[1, 2], [3, 4]]
flat = (v for row in rows for v in row)
print(list(flat))
print(sum(sum(v for v in row) for row in rows))

# === exception inside genexpr propagates on consumption ===
g = (10 // x for x in [5, 2, 0, 1])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(g, "finished after error"))
