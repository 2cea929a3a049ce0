import copy
import json
import math


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


z = 3 + 4j

# === abs is the hypotenuse ===
print(abs(z), abs(-z), abs(1j), abs(-0j), abs(complex(1e308, 1e308)), abs(complex(float("nan"), float("inf"))))
show(lambda: abs(complex(1.5e308, 1.5e308)))

# === isinstance and type ===
print(isinstance(z, complex), isinstance(1, complex), isinstance(z, (int, float)), isinstance(z, object))
print(type(z) is complex, type(z)(2), complex.__name__, issubclass(complex, object))

# === sum, pow and friends ===
print(sum([1j, 2, 3.5]), sum([1j, 2j], 1), sum([], 0j), pow(z, 2), pow(2, z), pow(z, -1), pow(-4, 0.5))
show(lambda: pow(z, 2, 3))
show(lambda: pow(2, z, 5))
show(lambda: pow(z, "a", 5))

# === conversions that refuse ===
show(lambda: int(z))
show(lambda: float(z))
show(lambda: round(z))
show(lambda: round(z, 2))
show(lambda: hex(z))
show(lambda: bin(z))
index = 1j
show(lambda: [1, 2][index])
show(lambda: range(1j))
show(lambda: "ab" * 1j)
show(lambda: int("1j"))
show(lambda: float("1j"))

# === math refuses complex arguments ===
for f in [math.sqrt, math.floor, math.ceil, math.trunc, math.log, math.exp, math.isnan, math.isfinite,
          math.fabs, math.log10, math.sin, math.factorial, math.isqrt, math.frexp, math.modf]:
    show(lambda: f(z))
show(lambda: math.atan2(z, 1))
show(lambda: math.pow(z, 2))
show(lambda: math.hypot(z))
show(lambda: math.isclose(z, 1))
show(lambda: math.fsum([z]))
show(lambda: math.copysign(1, z))
show(lambda: math.gcd(z))
show(lambda: math.prod([z, 2]))

# === copy and json ===
print(copy.copy(z) is z, copy.deepcopy([z, {"k": z}]))
show(lambda: json.dumps(z))
show(lambda: json.dumps({"k": [1j]}))

# === mixing with Fraction ===
from fractions import Fraction

half = Fraction(1, 2)
print(half + 1j, 1j + half, half - 1j, 1j - half, half * 2j, 2j * half, half / 1j, 1j / half)
print(half ** 1j, 1j ** half, Fraction(1) == 1 + 0j, 1 + 0j == Fraction(1), half == 0.5 + 1j, complex(half))

# === comparing with Decimal ===
from decimal import Decimal

print(Decimal(1) == 1 + 0j, 1 + 0j == Decimal(1), Decimal("0.5") == 0.5 + 0j, Decimal(1) == 1 + 1j, Decimal(2) != 2j)
