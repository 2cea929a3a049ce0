# === starred in middle ===
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)

# === starred at start / end ===
*head, last = [1, 2, 3]
print(head, last)
first, *rest = "hello"
print(first, rest)

# === starred gets empty list ===
x, *y, z = 1, 2
print(x, y, z)
assert y == [], "empty starred"

# === starred always a list ===
*s, = (1, 2, 3)
print(s, type(s).__name__)
f, *g = range(4)
print(f, g)

# === starred from string and dict ===
p, *q = "abc"
print(p, q)
*keys, lastkey = {"a": 1, "b": 2, "c": 3}
print(keys, lastkey)

# === nested starred ===
(a1, *a2), *a3 = [1, 2, 3], 4, 5
print(a1, a2, a3)

# === starred in for loop ===
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)

# === not enough values with star ===
try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)

try:
    a, *b = []
except ValueError as e:
    print(type(e).__name__, e)
