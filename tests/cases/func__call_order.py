# === argument evaluation order ===
def trace(label, value):
    print("eval", label)
    return value

def f(a, b, c):
    return a + b + c

print(f(trace("a", 1), trace("b", 2), trace("c", 3)))

# === keyword arguments evaluated left to right ===
print(f(c=trace("c", 1), a=trace("a", 2), b=trace("b", 3)))

# === function expression evaluated before arguments ===
def get_func():
    print("getting function")
    return f

print(get_func()(trace("x", 1), trace("y", 1), trace("z", 1)))

# === nested call order ===
def g(x):
    print("g", x)
    return x + 1

print(g(g(g(0))))

# === errors in argument evaluation stop the call ===
def never_called(x):
    print("should not print")

try:
    never_called(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# === return value used in expression ===
print(g(1) * g(2))
