import cmath

names = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh",
         "cos", "cosh", "sin", "sinh", "tan", "tanh"]
points = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -0.3 + 2j, 2 - 0.7j, -1.5 - 1.5j, 3 + 4j, 0.71 + 0.1j,
          1 + 1e-10j, 1e-8 + 1e-8j, 10 + 10j, -20 + 0.5j, 0.1 - 30j, 2, -2.5, 0.25]

# === values (exact where the C library rounds as CPython's does) ===
for name in names:
    f = getattr(cmath, name)
    print("---", name)
    for z in points:
        try:
            print(repr(z), repr(f(z)))
        except Exception as e:
            print(repr(z), type(e).__name__, e)

# === rounded, for the functions whose last bit depends on the C library ===
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in [0.3 + 0.4j, -2 + 1j, 1.1 - 0.2j]:
        w = f(z)
        out.append((round(w.real, 12), round(w.imag, 12)))
    print(name, out)

# === identities ===
z = 0.6 - 1.3j
print(cmath.isclose(cmath.exp(cmath.log(z)), z), cmath.isclose(cmath.sin(cmath.asin(z)), z))
print(cmath.isclose(cmath.sqrt(z) ** 2, z), cmath.isclose(cmath.tan(z), cmath.sin(z) / cmath.cos(z)))
print(round(cmath.exp(1j * cmath.pi).real, 12), cmath.sqrt(-1), cmath.sqrt(-4.0), cmath.log(-1))

# === log with a base ===
for x, base in [(8, 2), (100, 10), (1j, 2), (-1, 10), (2 + 3j, 1j), (0.5, 0.25 + 1j), (1e-320, 2), (0, 2),
                (float("inf"), 2), (0, float("inf"))]:
    try:
        print(x, base, repr(cmath.log(x, base)))
    except Exception as e:
        print(x, base, type(e).__name__, e)

# === huge and tiny arguments ===
for z in [1e300 + 1e300j, -1e308 + 1j, 1e-310 + 1e-310j, 5e-324j, 1e200 - 1e-200j, 700 + 1j, 710 + 1j, -710 + 1j]:
    out = []
    for name in ["sqrt", "log", "acos", "asinh", "atanh", "exp", "cosh", "tanh"]:
        try:
            out.append(repr(getattr(cmath, name)(z)))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(z), " ".join(out))
