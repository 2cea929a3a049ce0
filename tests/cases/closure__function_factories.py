# === function returning functions ===
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"add": add, "sub": sub}

ops = make_ops()
print(ops["add"](5, 3), ops["sub"](5, 3))

# === accumulator generator via closure ===
def make_averager():
    values = []
    def avg(v):
        values.append(v)
        return sum(values) / len(values)
    return avg

avg = make_averager()
print(avg(10), avg(20), avg(60))

# === memoize via closure ===
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper

calls = [0]
@memoize
def slow_square(n):
    calls[0] += 1
    return n * n

print(slow_square(4), slow_square(4), slow_square(5), calls[0])

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))

# === id generator ===
def id_gen(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return f"{prefix}-{n:03d}"
    return next_id

user_id = id_gen("user")
order_id = id_gen("order")
print(user_id(), user_id(), order_id(), user_id())

# === partial application ===
def partial(fn, *bound, **kwbound):
    def call(*args, **kwargs):
        merged = dict(kwbound)
        merged.update(kwargs)
        return fn(*bound, *args, **merged)
    return call

def fmt(a, b, sep="-"):
    return f"{a}{sep}{b}"

p = partial(fmt, "x", sep="+")
print(p("y"), p("z", sep="*"))
