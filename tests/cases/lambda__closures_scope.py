# === lambda reads enclosing function variable ===
def outer(prefix):
    return lambda s: prefix + s

p = outer(">> ")
print(p("hi"))

# === lambda reads global at call time ===
G = "g1"
read_g = lambda: G
G = "g2"
print(read_g())

# === lambda params shadow outer names ===
x = 100
f = lambda x: x + 1
print(f(1), x)

# === lambda in comprehension with outer var ===
base = 10
adders = [lambda v, k=k: v + k + base for k in range(3)]
print([a(0) for a in adders])
base = 20
print([a(0) for a in adders])

# === lambda body errors raised at call time ===
bad = lambda: undefined_name
try:
    bad()
except NameError as e:
    print(type(e).__name__, e)

div = lambda a, b: a / b
try:
    div(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# === recursive lambda via name ===
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
