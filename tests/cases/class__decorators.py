# === class decorators ===
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_greeting(greeting):
    def deco(cls):
        cls.greet = lambda self: f"{greeting}, {self.name}"
        return cls
    return deco


@register
@add_greeting("hello")
class Person:
    def __init__(self, name):
        self.name = name


print(sorted(registry), Person("bo").greet())

# === method decorators ===
def logged(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} -> {result}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper


class Calc:
    def __init__(self, base):
        self.base = base

    @logged
    def add(self, x):
        return self.base + x

    @staticmethod
    @logged
    def double(x):
        return 2 * x


Calc(10).add(5)
Calc.double(4)
print(Calc.add.__name__)

# === decorator that returns a different class ===
def singleton(cls):
    instance = cls()
    return lambda: instance


@singleton
class Service:
    def __init__(self):
        self.calls = 0


s1 = Service()
s2 = Service()
s1.calls += 1
print(s1 is s2, s2.calls)
