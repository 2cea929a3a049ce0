# === decorator with arguments ===
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def hi(name):
    return "hi " + name

print(hi("bob"))

# === prefix decorator ===
def prefix(p):
    def deco(fn):
        def wrapper(*a, **k):
            return p + str(fn(*a, **k))
        return wrapper
    return deco

@prefix(">> ")
def value(x):
    return x * 2

print(value(21))

# === validation decorator ===
def require_positive(*names):
    def deco(fn):
        def wrapper(**kwargs):
            for n in names:
                if kwargs.get(n, 0) <= 0:
                    raise ValueError(f"{n} must be positive, got {kwargs.get(n)}")
            return fn(**kwargs)
        return wrapper
    return deco

@require_positive("w", "h")
def area(w, h):
    return w * h

print(area(w=3, h=4))
try:
    area(w=3, h=-1)
except ValueError as e:
    print(type(e).__name__, e)

# === retry decorator ===
def retry(attempts):
    def deco(fn):
        def wrapper(*args):
            last = None
            for i in range(attempts):
                try:
                    return fn(*args)
                except RuntimeError as e:
                    print(f"attempt {i + 1} failed: {e}")
                    last = e
            return f"gave up after {attempts}: {last}"
        return wrapper
    return deco

state = {"n": 0}

@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise RuntimeError("not yet")
    return "success on try " + str(state["n"])

print(flaky())

@retry(2)
def always_fails():
    raise RuntimeError("nope")

print(always_fails())
