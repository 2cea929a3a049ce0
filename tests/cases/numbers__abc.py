import numbers
from numbers import Number, Complex, Real, Rational, Integral
from fractions import Fraction
from decimal import Decimal

values = [3, True, 2.5, Fraction(1, 3), Decimal("1.5"), "3", None, [1]]
for v in values:
    print(type(v).__name__, [isinstance(v, k) for k in (Number, Complex, Real, Rational, Integral)])

print(issubclass(int, Integral), issubclass(bool, Number), issubclass(float, Rational), issubclass(str, Number))
print(issubclass(Integral, Real), issubclass(Real, Integral), issubclass(Fraction, Rational), issubclass(Decimal, Real))
print(isinstance(3, (str, Integral)), isinstance("x", (str, Integral)))


class MyNum(Integral):
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for name in ["__add__", "__radd__", "__neg__", "__pos__", "__mul__", "__rmul__", "__truediv__",
             "__rtruediv__", "__pow__", "__rpow__", "__abs__", "__eq__", "__trunc__", "__floor__",
             "__ceil__", "__round__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__",
             "__lt__", "__le__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
             "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__invert__"]:
    pass

try:
    MyNum(3)
except TypeError as e:
    print(type(e).__name__, str(e).split(" with")[0])


class Meters:
    def __init__(self, v):
        self.v = v


print(isinstance(Meters(1), Real))
Real.register(Meters)
print(isinstance(Meters(1), Real), isinstance(Meters(1), Number), isinstance(Meters(1), Rational))
print(issubclass(Meters, Complex), issubclass(Meters, Integral))


class Sub(Meters):
    pass


print(isinstance(Sub(2), Real))
print(Number.register(list) is list, isinstance([], Number), isinstance([], Real))


class Half(Rational):
    numerator = 1
    denominator = 2

    def __float__(self):
        return Rational.__float__(self)


print(Rational.__float__(Fraction(1, 4)), Integral.__float__(7) if False else 7.0)
print([hasattr(numbers, n) for n in ["Number", "Complex", "Real", "Rational", "Integral"]])
