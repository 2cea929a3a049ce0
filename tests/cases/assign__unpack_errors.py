# === not enough values ===
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)

try:
    a, b = (1,)
except ValueError as e:
    print(type(e).__name__, e)

try:
    a, b, c = ""
except ValueError as e:
    print(type(e).__name__, e)

# === too many values ===
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)

try:
    x, = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)

try:
    a, b = "abcd"
except ValueError as e:
    print(type(e).__name__, e)

# === unpacking a non-iterable ===
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)

# === variables remain after failed unpack ===
q = "before"
try:
    q, r = [1, 2, 3]
except ValueError:
    pass
print(q)

# === in for loops ===
try:
    for i, j in [(1, 2), (3, 4, 5)]:
        print(i, j)
except ValueError as e:
    print(type(e).__name__, e)
