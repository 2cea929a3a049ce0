# === int conversion errors ===
for s in ["", "abc", "1.5", "12 3"]:
    try:
        int(s)
    except ValueError as e:
        print(e)

# === float conversion ===
try:
    float("nope")
except ValueError as e:
    print(e)

# === list methods ===
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    [1, 2].remove(9)
except ValueError as e:
    print(e)

# === str methods ===
try:
    "abc".index("z")
except ValueError as e:
    print(e)

# === dict errors ===
try:
    {"a": 1}["A"]
except KeyError as e:
    print(repr(e))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)

# === unpacking ===
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)

# === range / builtins ===
try:
    range(1, 5, 0)
except ValueError as e:
    print(e)
try:
    min([])
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)

# === call errors ===
def two(a, b):
    return a

try:
    two(1)
except TypeError as e:
    print(e)
try:
    two(1, 2, 3)
except TypeError as e:
    print(e)
