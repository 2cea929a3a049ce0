# === replace a slice with different length ===
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["a", "b", "c", "d"]
print(a)
a[2:5] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [10, 11]
print(a)
a[:] = "xyz"
print(a)

# === extended slice assignment needs equal length ===
b = list(range(10))
b[::2] = ["e"] * 5
print(b)
b[::-3] = [None, None, None, None]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)

# === assign from other iterables ===
c = [1, 2, 3]
c[1:2] = range(3)
print(c)
c[0:1] = (9, 8)
print(c)

# === non-iterable ===
try:
    c[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
