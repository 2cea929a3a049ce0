# === int vs str ===
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" >= 1
except TypeError as e:
    print(type(e).__name__, e)

# === list vs tuple ===
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)

# === None comparisons ===
try:
    None > 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 <= None
except TypeError as e:
    print(type(e).__name__, e)

# === dict ordering ===
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)

# === nested mismatch ===
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print(type(e).__name__, e)

# === sorting mixed list ===
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)

# === equality never raises ===
print(1 == "1", [1] == (1,), None == 0, {} != [])
