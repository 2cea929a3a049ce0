# === simple unpacking ===
a, b, c = [1, 2, 3]
print(a, b, c)
[x, y] = "hi"
print(x, y)

# === starred ===
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *mid, tail = [1, 2]
print(head, mid, tail)

# === nested ===
(p, q), r = [[1, 2], 3]
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)

# === swap ===
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)

# === splat in literals and calls ===
print([*l, *"ab", *range(2)], max(*l), [*[], *[]])

# === errors ===
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
