# === a negative float to a fractional power is complex ===
for base in [-8.0, -1.0, -2.0, -0.5, -1e-300, -1e300, -27, -(2 ** 70)]:
    for exp in [0.5, 1 / 3, 1.5, -0.5, 2.5, -1.25, 0.1]:
        try:
            print(base, exp, repr(base ** exp))
        except Exception as e:
            print(base, exp, type(e).__name__, e)

# === integral exponents and special values stay real ===
print((-2.0) ** 2.0, (-2.0) ** -1.0, (-2) ** 3, (-0.0) ** 0.5, float("-inf") ** 0.5, (-1.5) ** float("inf"))
print((-1.0) ** float("nan"), pow(-4, 0.5), pow(-4.0, 0.25), (-8) ** (1 / 3) == pow(-8, 1 / 3))
try:
    print((-1e308) ** 1.5)
except Exception as e:
    print(type(e).__name__, e)
