# === integer-valued floats ===
print(float(2 ** 53), float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(int(1e15), int(9.999999999999999e15))

# === rounding mode of int() vs round() vs // ===
for x in [2.5, -2.5, 3.5, -3.5, 0.49, -0.51]:
    print(x, int(x), round(x), x // 1, -(-x // 1))

# === float accuracy ===
print(0.1 + 0.7, 0.1 * 0.1, 1.1 * 1.1, 4.35 * 100)
print(1e16 + 1, 1e16 + 2, 2 ** 0.5 * 2 ** 0.5)

# === negative zero behaviour ===
z = -0.0
print(z, z + 0.0, z * -1, -z, 0.0 * -1, abs(z))
print(str(-0.0 * 5), round(-0.4), round(-0.4, 1))
