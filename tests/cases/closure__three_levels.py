# === three-level nesting ===
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2

print(level1(1)(10)(100))
print(level1("x")("y")("z"))

# === nonlocal reaching two levels up ===
def outer():
    n = 0
    def middle():
        def inner():
            nonlocal n
            n += 1
            return n
        return inner
    f = middle()
    f()
    f()
    return n

print(outer())

# === shadowing at middle level ===
def a():
    x = "a"
    def b():
        x = "b"
        def c():
            return x
        return c()
    return b(), x

print(a())

# === nonlocal binds nearest enclosing ===
def p():
    v = "p"
    def q():
        v = "q"
        def r():
            nonlocal v
            v = "r-changed"
        r()
        return v
    res = q()
    return res, v

print(p())

# === curried add ===
def curry3(f):
    return lambda x: lambda y: lambda z: f(x, y, z)

vol = curry3(lambda l, w, h: l * w * h)
print(vol(2)(3)(4))

# === deep closure captures loop var per call ===
def make_all():
    out = []
    for i in range(2):
        def mid(i=i):
            def inner(j):
                return (i, j)
            return inner
        out.append(mid())
    return out

print([f("x") for f in make_all()])
