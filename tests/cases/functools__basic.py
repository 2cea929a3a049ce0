import functools
from functools import reduce, partial, lru_cache, cache

# === reduce ===
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(lambda a, b: a + b, ["x"]), reduce(lambda a, b: a, [], "init"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)

# === partial ===
def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), partial(power, 2)(10), partial(power, mod=7)(3, 4), cube(2, exp=4))
p = partial(partial(power, 3), mod=5)
print(p(), p.args, p.keywords, p.func is power)
int2 = partial(int, base=2)
print(int2("1011"), list(map(partial(pow, 2), range(5))))
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)

# === caches are transparent ===
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
@cache
def sq(x):
    return x * x
print(sq(12))
@functools.lru_cache
def ident(x):
    return x
print(ident("v"))
