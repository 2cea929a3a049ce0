# === basic unpacking ===
point = (3, 4)
x, y = point
print(x, y)

# === returning multiple values ===
def stats(vals):
    return min(vals), max(vals), sum(vals) / len(vals)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
r = stats([1, 2])
print(r, type(r).__name__)

# === starred ===
a, *b = (1, 2, 3)
print(a, b, type(b).__name__)
*c, d = (1,)
print(c, d)

# === nested ===
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
name, (lat, lon) = ("here", (51.5, -0.1))
print(name, lat, lon)

# === swap ===
a, b = 1, 2
a, b = b, a
print(a, b)

# === loop unpacking ===
for k, v in (("one", 1), ("two", 2)):
    print(k, v)

# === error ===
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
