# === imaginary literals ===
print(2j, 1.5e3J, 0j, 1_000j, 0.5j, 1e-5j, 1e16j, 1e300j * 10)
print(type(2j), type(2j).__name__, repr(complex))

# === repr and str: parentheses only with a real part ===
for z in [1 + 2j, 1 - 2j, -1 - 2j, 3 + 0j, -3 + 0j, 0.5 - 0j, 1e16 + 1e-5j, 1e-7 + 123456789j]:
    print(repr(z), str(z))

# === signed zeros ===
print(-0j, 0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), -(0j))
print(complex(-0.0, -1), complex(-0.0, 1), -1j, -(1j))

# === infinities and nans ===
inf = float("inf")
nan = float("nan")
print(complex(inf, inf), complex(-inf, nan), complex(nan, -inf), complex(0, nan), complex(nan, 0))
print(complex(1, -nan), complex(-nan, 1), complex(inf, 0), complex(0, -inf))

# === integral parts print without .0 ===
print(complex(1.0, 2.0), complex(123456789012345.0, 1.0), complex(1e15, 1e16), complex(2.5, 1e22))

# === inside containers ===
print([1j, 2 + 3j], (0j,), {"z": -1j}, {1j: 1 + 1j})

# === attributes and conjugate ===
z = 3 - 4j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), (2j).conjugate(), complex(1, -0.0).conjugate())
print((5).real, (5).imag, (2.5).imag, (2.5).conjugate(), True.imag)
print(complex.conjugate(z))
for bad in [lambda: z.conjugate(1), lambda: z.foo, lambda: setattr(z, "real", 1.0), lambda: setattr(z, "x", 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# === truthiness ===
print(bool(0j), bool(-0j), bool(1j), bool(1 + 0j), bool(complex(0, -0.0)), not 0j, not 1e-300j)
