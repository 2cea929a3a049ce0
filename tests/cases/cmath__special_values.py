import cmath
import math

inf = float("inf")
nan = float("nan")
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
names = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh",
         "cos", "cosh", "sin", "sinh", "tan", "tanh"]


def signed(x):
    # repr does not show the sign of a nan or tell 0.0 from -0.0 inside a tuple of text
    if math.isnan(x):
        return "nan"
    return repr(x) if x != 0 else ("-0.0" if math.copysign(1, x) < 0 else "0.0")


# === every function at every pair of special parts ===
for name in names:
    f = getattr(cmath, name)
    print("---", name)
    for re in parts:
        row = []
        for im in parts:
            try:
                w = f(complex(re, im))
                row.append(signed(w.real) + "," + signed(w.imag))
            except ValueError:
                row.append("ValueError")
            except OverflowError:
                row.append("OverflowError")
        print(signed(re), " ".join(row))

# === rect ===
print("--- rect")
for r in parts:
    row = []
    for phi in parts:
        try:
            w = cmath.rect(r, phi)
            row.append(signed(w.real) + "," + signed(w.imag))
        except ValueError:
            row.append("ValueError")
    print(signed(r), " ".join(row))

# === phase and polar ===
print("--- phase")
for re in parts:
    print(signed(re), " ".join(signed(cmath.phase(complex(re, im))) for im in parts))
print([cmath.polar(complex(re, im)) for re, im in [(inf, nan), (nan, inf), (-0.0, -0.0), (-inf, 2.0)]])
for z in [complex(2, 5e-324), complex(1e308, 1e-300), complex(-2, -5e-324)]:
    try:
        print(cmath.phase(z))
    except Exception as e:
        print(type(e).__name__, e)
    print(cmath.polar(z))

# === classification ===
for z in [0j, complex(inf, 0), complex(0, -inf), complex(nan, 1), complex(inf, nan), 1e308 + 1e308j]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
