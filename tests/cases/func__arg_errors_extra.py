# === too many positional ===
def f(a, b):
    return a + b

try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

# === zero-arg function ===
def z():
    return 0

try:
    z(1)
except TypeError as e:
    print(type(e).__name__, e)

# === one-arg function ===
def one(a):
    return a

try:
    one(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# === with defaults ===
def g(a, b=1):
    return a

try:
    g(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

# === unexpected keyword ===
try:
    f(1, 2, z=3)
except TypeError as e:
    print(type(e).__name__, e)

try:
    z(x=1)
except TypeError as e:
    print(type(e).__name__, e)

# === multiple values ===
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)

try:
    g(5, **{"a": 6})
except TypeError as e:
    print(type(e).__name__, e)

# === positional-only passed as keyword ===
def p(a, b, /):
    return a

try:
    p(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)

# === keyword-only extra positional ===
def k(a, *, b):
    return a

try:
    k(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
