# === simple decorator ===
def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result.upper()
    return wrapper

@shout
def greet(name):
    return f"hello {name}"

print(greet("ann"))
print(greet.__name__)

# === decorator that logs calls ===
call_log = []

def logged(fn):
    def wrapper(*args, **kwargs):
        call_log.append((fn.__name__, args, kwargs))
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b=0):
    return a + b

print(add(1, 2), add(5), add(a=3, b=4))
for entry in call_log:
    print(entry)

# === decorator returns original (registration) ===
registry = {}

def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def alpha():
    return "A"

@register
def beta():
    return "B"

print(sorted(registry))
print(registry["alpha"](), beta())

# === decorator counting calls with attribute-free state ===
def counted(fn):
    count = 0
    def wrapper(*args):
        nonlocal count
        count += 1
        print(f"call #{count} to {fn.__name__}")
        return fn(*args)
    return wrapper

@counted
def square(x):
    return x * x

print(square(3))
print(square(4))

# === manual decoration is equivalent ===
def cube(x):
    return x ** 3

cube = counted(cube)
print(cube(2))
