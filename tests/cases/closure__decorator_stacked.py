# === stacked decorators apply bottom-up ===
def tag(name):
    def deco(fn):
        def wrapper(*args):
            return f"<{name}>{fn(*args)}</{name}>"
        return wrapper
    return deco

@tag("b")
@tag("i")
def text(s):
    return s

print(text("hello"))

# === order of decoration and calling ===
def trace(label):
    print("decorating with", label)
    def deco(fn):
        def wrapper(*args):
            print("enter", label)
            r = fn(*args)
            print("exit", label)
            return r
        return wrapper
    return deco

@trace("outer")
@trace("inner")
def compute(x):
    print("compute", x)
    return x + 1

print("result", compute(1))

# === preserving return values and None ===
def passthrough(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@passthrough
@passthrough
def returns_none():
    pass

@passthrough
def returns_tuple():
    return 1, 2

print(returns_none(), returns_tuple())

# === wrapper name is the inner function's name ===
print(returns_none.__name__, returns_tuple.__name__)

# === decorators propagating exceptions ===
@passthrough
def boom():
    raise KeyError("inside")

try:
    boom()
except KeyError as e:
    print(type(e).__name__, e)
