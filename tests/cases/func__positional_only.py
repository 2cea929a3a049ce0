# === positional-only parameters ===
def pow_mod(base, exp, /, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

print(pow_mod(2, 10))
print(pow_mod(2, 10, 7))
print(pow_mod(2, 10, mod=7))

# === passing positional-only by keyword fails ===
try:
    pow_mod(base=2, exp=3)
except TypeError as e:
    print(type(e).__name__, e)

try:
    pow_mod(2, exp=3)
except TypeError as e:
    print(type(e).__name__, e)

# === positional-only names can be used in kwargs ===
def f(a, /, **kw):
    return a, kw

print(f(1, a=2))
print(f(1, b=3))

# === all three kinds ===
def combo(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)

print(combo(1, 2, 3, e=5))
print(combo(1, 2, c=3, d=40, e=5, f=60))
try:
    combo(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    combo(1, b=2, c=3, e=5)
except TypeError as e:
    print(type(e).__name__, e)

# === positional-only with default ===
def g(x, y=10, /):
    return x + y

print(g(1), g(1, 2))
try:
    g(1, y=2)
except TypeError as e:
    print(type(e).__name__, e)
