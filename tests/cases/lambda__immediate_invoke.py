# === immediately invoked lambda ===
print((lambda: "called")())
print((lambda x: x + 1)(41))
print((lambda a, b=10: a * b)(3))
print((lambda *args: len(args))(1, 2, 3))
print((lambda **kw: sorted(kw))(b=1, a=2))

# === lambda returning lambda ===
adder = lambda n: lambda x: x + n
add5 = adder(5)
print(add5(10), adder(1)(1))

# === lambda with conditional ===
clamp = lambda v, lo, hi: lo if v < lo else hi if v > hi else v
print([clamp(v, 0, 10) for v in [-5, 5, 15]])

# === lambda assigned and called ===
square = lambda x: x * x
print(square(7), square.__name__)

# === lambda in dict dispatch ===
ops = {
    "add": lambda a, b: a + b,
    "neg": lambda a: -a,
    "const": lambda: 42,
}
print(ops["add"](2, 3), ops["neg"](4), ops["const"]())

# === lambda with keyword-only and positional-only ===
f = lambda a, /, b, *, c: (a, b, c)
print(f(1, 2, c=3), f(1, b=2, c=3))
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)

# === lambda argument errors ===
g = lambda x: x
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
