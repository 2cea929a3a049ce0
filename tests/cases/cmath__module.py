import cmath
from cmath import infj, nanj, phase, polar, rect


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# === constants ===
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, infj, nanj, type(infj).__name__)
print(all(hasattr(cmath, n) for n in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp",
                                      "isclose", "isfinite", "isinf", "isnan", "log", "log10", "phase", "polar",
                                      "rect", "sin", "sinh", "sqrt", "tan", "tanh"]))

# === polar, rect, phase ===
print(polar(1j), polar(-1), polar(3 + 4j), polar(-0.0), polar(complex(-1, -0.0)))
print(rect(2, cmath.pi / 2), rect(1, 0), rect(-1, -0.0), rect(3, 1.25), rect(0, 1e300))
print(phase(-1), phase(complex(-1, -0.0)), phase(1j), phase(-1j), phase(0j), phase(-0.0), phase(1 + 1j))
r, phi = polar(1.5 - 2.5j)
print(cmath.isclose(rect(r, phi), 1.5 - 2.5j))

# === isclose ===
print(cmath.isclose(1 + 1e-10j, 1), cmath.isclose(1, 1.0001), cmath.isclose(1, 1.0001, rel_tol=1e-3))
print(cmath.isclose(1, 1.0001, abs_tol=1e-3), cmath.isclose(cmath.inf, cmath.inf), cmath.isclose(cmath.nan, cmath.nan))
print(cmath.isclose(a=1j, b=1j), cmath.isclose(1j, b=1.0000000001j), cmath.isclose(0, 1e-300), cmath.isclose(0, 1e-300, abs_tol=1e-200))
print(cmath.isclose(1e308 + 1e308j, -1e308 - 1e308j), cmath.isclose(infj, infj), cmath.isclose(infj, -infj))


# === argument conversion ===
class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 4


class Bad:
    def __complex__(self):
        return 1.5


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.sqrt(2 ** 1000), cmath.exp(F()))
show(lambda: cmath.sqrt(Bad()))
show(lambda: cmath.sqrt(2 ** 2000))
show(lambda: cmath.rect(C(), 1))
show(lambda: cmath.rect(1, 1j))
show(lambda: cmath.sqrt("a"))
show(lambda: cmath.log(1, "a"))
show(lambda: cmath.phase([]))
show(lambda: cmath.isnan(None))
show(lambda: cmath.isclose("a", 1))
show(lambda: cmath.isclose(1, 1, rel_tol="x"))

# === domain and range errors ===
show(lambda: cmath.log(0))
show(lambda: cmath.log10(0j))
show(lambda: cmath.log(1, 1))
show(lambda: cmath.log(2, 0))
show(lambda: cmath.atanh(1))
show(lambda: cmath.atanh(-1))
show(lambda: cmath.atan(1j))
show(lambda: cmath.exp(1000))
show(lambda: cmath.exp(complex(0, cmath.inf)))
show(lambda: cmath.cosh(1000))
show(lambda: cmath.sinh(-1000 + 1j))
show(lambda: cmath.cos(1000j))
show(lambda: cmath.polar(complex(1e308, 1e308)))
show(lambda: cmath.polar(complex(1.5e308, 1.5e308)))
show(lambda: cmath.rect(1, cmath.inf))
show(lambda: cmath.isclose(1, 1, rel_tol=-1))
show(lambda: cmath.isclose(1, 1, abs_tol=-0.1))

# === arity and keywords ===
show(lambda: cmath.sqrt())
show(lambda: cmath.sqrt(1, 2))
show(lambda: cmath.sqrt(x=1))
show(lambda: cmath.exp(z=1))
show(lambda: cmath.log())
show(lambda: cmath.log(1, 2, 3))
show(lambda: cmath.log(x=1))
show(lambda: cmath.rect(1))
show(lambda: cmath.rect(1, 2, 3))
show(lambda: cmath.rect(r=1, phi=2))
show(lambda: cmath.phase())
show(lambda: cmath.polar(1, 2))
show(lambda: cmath.isinf())
show(lambda: cmath.isclose())
show(lambda: cmath.isclose(1))
show(lambda: cmath.isclose(1, 2, 3))
show(lambda: cmath.isclose(1, a=1))
show(lambda: cmath.isclose(1, 2, a=1))
show(lambda: cmath.isclose(1, 2, b=1))
show(lambda: cmath.isclose(1, 1, foo=1))
