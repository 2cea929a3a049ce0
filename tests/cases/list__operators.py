# === concatenation ===
a = [1, 2]
b = [3]
print(a + b, b + a, a + [], [] + [])
try:
    a + (3,)
except TypeError as e:
    print(type(e).__name__, e)

# === += extends in place (accepts any iterable) ===
c = a
c += (9, 8)
print(a, c is a)
c += "xy"
print(a)

# === + creates new list ===
d = a
d = d + [0]
print(a, d, d is a)

# === repetition ===
print([0] * 5, [1, 2] * 3, 2 * ["x"], [1] * 0, [1] * -3)
e = [7]
e *= 3
print(e)

# === repetition shares inner objects ===
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
good = [[0] * 3 for _ in range(2)]
good[0][0] = 1
print(good)
