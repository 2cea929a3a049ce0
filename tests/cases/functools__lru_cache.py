import functools
from functools import lru_cache, cache, wraps, update_wrapper

calls = []


@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    square(v)
print(calls)
print(square.cache_info())
print(square.cache_info().hits, square.cache_info().currsize)
print(square.cache_parameters())
square.cache_clear()
print(square.cache_info())
print(square.__wrapped__(7), square.__name__, square.__qualname__, square.__module__)


@lru_cache
def fib(n):
    "Fibonacci."
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), fib.__doc__)


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info(), fact.cache_parameters())


@lru_cache(maxsize=None)
def joined(*args, **kwargs):
    calls.append((args, tuple(sorted(kwargs.items()))))
    return len(args) + len(kwargs)


calls.clear()
joined(1, 2)
joined(1, 2)
joined(1, b=2)
joined(1, b=2)
joined(1, 2.0)
joined(True, 2)
print(calls, joined.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())

try:
    joined([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    joined(1, k={})
except TypeError as e:
    print(type(e).__name__, e)
try:
    lru_cache("x")
except TypeError as e:
    print(type(e).__name__, e)


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(-5)
def negative(x):
    return x


negative(1)
print(negative.cache_info())


class Shape:
    def __init__(self, n):
        self.n = n
        self.computed = 0

    @lru_cache(maxsize=None)
    def area(self, scale):
        self.computed += 1
        return self.n * self.n * scale


s = Shape(3)
print(s.area(2), s.area(2), s.area(3), s.computed, Shape.area.cache_info())

# LRU order: the least recently used entry is evicted
order = []


@lru_cache(maxsize=2)
def f(x):
    order.append(x)
    return x


f(1)
f(2)
f(1)
f(3)
f(1)
f(2)
print(order, f.cache_info())


def deco(func):
    @wraps(func)
    def inner(*args, **kwargs):
        """inner doc"""
        return func(*args, **kwargs) + 1
    return inner


@deco
def add(a, b):
    """Add two numbers."""
    return a + b


add.tag = "x"
print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__.__name__)
print(add.__dict__ == {"__wrapped__": add.__wrapped__, "tag": "x"})


def plain():
    pass


def other():
    "other doc"


plain.flag = 1
update_wrapper(other, plain)
print(other.__name__, other.__doc__, other.flag, other.__wrapped__ is plain)
print(sorted(functools.WRAPPER_ASSIGNMENTS), functools.WRAPPER_UPDATES)


def counted(func):
    func.count = 0

    def inner():
        func.count += 1
        return func.count
    return inner


g = counted(plain)
g()
g()
print(plain.count, plain.__dict__)
