# === nested tuple ===
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, z) = 1, [2, 3]
print(x, y, z)

# === deeper nesting ===
((p, q), (r, s)), t = ((1, 2), (3, 4)), 5
print(p, q, r, s, t)

# === nested with strings ===
(h, i), j = "hi", "j"
print(h, i, j)

# === nested in for loop ===
pairs = [(1, ("a", True)), (2, ("b", False))]
for num, (letter, flag) in pairs:
    print(num, letter, flag)

# === enumerate with nested ===
for idx, (k, v) in enumerate([("x", 10), ("y", 20)]):
    print(idx, k, v)

# === nested with list targets ===
[m, [n, o]] = [1, (2, 3)]
print(m, n, o)

# === nested mismatch errors ===
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)

try:
    (a, b), c = 1, 2
except TypeError as e:
    print(type(e).__name__, e)
