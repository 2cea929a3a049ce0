# === str() matches repr() ===
for x in [0.1, 1e16, 1e-5, 1.5e300, -0.0, 123.0, 1e100]:
    assert str(x) == repr(x), "str repr"
    print(str(x))

# === fixed formatting ===
print("%.2f" % 3.14159, "%.0f" % 2.5, "%.0f" % 3.5, "%10.3f|" % -1.5)
print(format(1e16, ".1f"), format(1 / 3, ".10f"))

# === exponent formatting ===
print("%e" % 12345.678, "%.2e" % 0.000123, format(1e-10, "e"))

# === general ===
print(format(1234567.0, "g"), format(0.0001234, "g"), format(1e20, "g"), format(100.0, "g"))

# === round-trip ===
for x in [0.1, 2 / 3, 1e-300, 12345.6789]:
    assert float(repr(x)) == x, "roundtrip"
print("ok")
