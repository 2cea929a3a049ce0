# === missing one positional ===
def f(a, b):
    return a + b

try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)

# === missing two positional ===
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)

# === missing three ===
def g(x, y, z):
    return x

try:
    g()
except TypeError as e:
    print(type(e).__name__, e)

try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)

# === missing with keyword supplied ===
try:
    g(y=2)
except TypeError as e:
    print(type(e).__name__, e)

# === missing keyword-only ===
def h(a, *, key):
    return a

try:
    h(1)
except TypeError as e:
    print(type(e).__name__, e)

def h2(*, k1, k2, k3):
    return k1

try:
    h2(k2=1)
except TypeError as e:
    print(type(e).__name__, e)

# === missing with defaults present ===
def d(a, b, c=3):
    return a

try:
    d(1)
except TypeError as e:
    print(type(e).__name__, e)
