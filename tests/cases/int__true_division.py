# === int / int gives float ===
print(7 / 2, 8 / 2, 1 / 3, -7 / 2)
print(type(8 / 2).__name__)
assert 8 / 2 == 4.0, "exact"
assert isinstance(6 / 3, float), "float result"

# === repr of results ===
print(repr(1 / 3), repr(2 / 3), repr(10 / 4), repr(-1 / 8))
print(1 / 7, 22 / 7, 100 / 3)

# === zero numerator ===
print(0 / 5, 0 / -5)

# === big ints ===
print(10 ** 20 / 10 ** 10)
print(2 ** 70 / 2 ** 69)
print((10 ** 18 + 1) / 10 ** 18)

# === mixed with float ===
print(7 / 2.0, 7.0 / 2, 1 / 0.5)
