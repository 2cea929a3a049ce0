# === shortest repr ===
for x in [0.1, 0.2, 0.1 + 0.2, 1.0, 2.5, 100.0, 1 / 3, 2 / 3, 3.14159, 1.1, 123.456]:
    print(repr(x), str(x))

# === exponent switchover ===
for x in [1e15, 1e16, 1e17, 123456789012345678.0, 1e-4, 1e-5, 0.0001, 0.00001, 1.5e-7]:
    print(repr(x))

# === huge and tiny ===
print(1.5e300, -2.5e-300, 1e308, 5e-324, 1.7976931348623157e308)
print(1e22, 1e21, 1e20, 12345678901234567890.0)

# === negative zero ===
print(-0.0, 0.0, repr(-0.0), -0.0 == 0.0)

# === specials ===
print(float("inf"), float("-inf"), float("nan"), repr(float("inf")))
print(float("Infinity"), float("-INF"), float("NaN"))

# === str in containers uses repr ===
print([0.1, 1e16, -0.0, 2.0], (1e-5,), {"k": 0.5})
