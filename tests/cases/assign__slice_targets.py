# === replace slice with same length ===
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["x", "y"]
print(a)

# === replace with different length ===
a = [0, 1, 2, 3, 4, 5]
a[1:3] = [9]
print(a)
a[1:2] = [7, 7, 7]
print(a)

# === insertion via empty slice ===
b = [1, 2, 3]
b[1:1] = ["a", "b"]
print(b)
b[:0] = [0]
print(b)
b[len(b):] = [99]
print(b)

# === deletion via empty assignment ===
c = list(range(8))
c[2:5] = []
print(c)

# === slice assignment from other iterables ===
d = [1, 2, 3]
d[:] = "xyz"
print(d)
d[0:2] = range(3)
print(d)

# === extended slice assignment ===
e = list(range(10))
e[::2] = ["e"] * 5
print(e)
e[1::3] = [None, None, None]
print(e)

# === extended slice size mismatch ===
try:
    f = list(range(6))
    f[::2] = [1, 2]
except ValueError as err:
    print(type(err).__name__, err)

# === slice assignment keeps identity ===
g = [1, 2, 3]
h = g
g[:] = [4, 5]
print(g, h, g is h)

# === negative indices in slice targets ===
k = [1, 2, 3, 4, 5]
k[-2:] = ["end"]
print(k)
