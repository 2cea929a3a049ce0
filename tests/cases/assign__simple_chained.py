# === simple assignment ===
x = 1
y = "hello"
z = [1, 2, 3]
print(x, y, z)
assert x == 1, "simple int"

# === rebinding changes type ===
x = "now a string"
print(x, type(x).__name__)
x = 3.5
print(x, type(x).__name__)

# === chained assignment ===
a = b = c = 10
print(a, b, c)
assert a == b == c == 10, "chained ints"

# === chained assignment shares the same object ===
p = q = []
p.append(1)
print(p, q)
assert p is q, "chained list identity"

# === chained assignment with rebinding one name ===
m = n = 5
m = m + 1
print(m, n)
assert n == 5, "n unaffected"

# === assignment of expression results ===
total = 2 * 3 + 4
print(total)
s = "ab" * 3
print(s)
flag = 3 > 2
print(flag)

# === chained with unpacking ===
t = (u, v) = (1, 2)
print(t, u, v)
