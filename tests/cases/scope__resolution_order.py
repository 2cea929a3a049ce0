# === LEGB: local, enclosing, global, builtin ===
x = "global"

def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def inner_enclosing():
        return x
    return inner(), inner_enclosing()

print(outer())

def global_only():
    return x

print(global_only())

def builtin_only():
    return len

print(builtin_only() is len)

# === global shadows builtin ===
abs = lambda v: "custom abs"
def uses_abs():
    return abs(-5)

print(uses_abs())
del abs
print(uses_abs())

# === enclosing shadows global ===
y = "global y"
def e1():
    y = "enclosing y"
    def e2():
        def e3():
            return y
        return e3()
    return e2()

print(e1())

# === class-free scoping with lambdas ===
z = "global z"
f = (lambda z: (lambda: z))("lambda z")
print(f())

# === name resolved at call time, not definition ===
def later():
    return defined_after

defined_after = "resolved at call"
print(later())

# === nested function sees enclosing variable assigned after definition ===
def outer2():
    def get():
        return val
    val = "assigned after def"
    return get()

print(outer2())
