# === staticmethod and classmethod ===
class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"


print(Temperature.c_to_f(100), Temperature(0).c_to_f(37))
t = Temperature.from_f(212)
print(type(t).__name__, t.degrees)
print(Temperature.describe(), t.describe())

# === alternative constructors return the subclass ===
class Kelvin(Temperature):
    scale = "K"


k = Kelvin.from_f(32)
print(type(k).__name__, k.degrees, Kelvin.describe())

# === staticmethod() and classmethod() as functions ===
def helper(x):
    return x * 3


def named(cls):
    return cls.__name__


class Tools:
    triple = staticmethod(helper)
    name = classmethod(named)


print(Tools.triple(2), Tools().triple(3), Tools.name(), Tools().name())

# === counters through class methods ===
class Counter:
    count = 0

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count


Counter.bump()
Counter.bump()
print(Counter.count, Counter().bump())
