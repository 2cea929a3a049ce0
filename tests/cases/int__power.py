# === positive exponent ===
print(2 ** 10, 3 ** 4, (-2) ** 3, (-2) ** 4, 0 ** 0, 1 ** 100)

# === negative exponent gives float ===
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, (-2) ** -2)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
assert 2 ** -1 == 0.5, "neg exp"

# === large powers ===
print(2 ** 64)
print(2 ** 100)
print(3 ** 50)
print((-3) ** 41)
print(10 ** 25)

# === pow builtin ===
print(pow(2, 8), pow(2, -3), pow(-5, 3))

# === right associative ===
print(2 ** 3 ** 2, (2 ** 3) ** 2)

# === unary minus binds looser ===
print(-3 ** 2, (-3) ** 2)
