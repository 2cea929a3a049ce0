def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = 1 + 2j
b = 3 - 4j

# === complex with complex ===
print(a + b, a - b, a * b, a / b, b / a, -a, +a, a ** 2, a ** b, b ** a)

# === mixed with int, float and bool ===
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a * 0.5, a / 2, 2 / a, 1.5 / a, a + True, True * a)
print(a * -1, a * 0, a * 0.0, (1 + 0j) * float("inf"), 10 ** 20 * a, a / 10 ** 20)

# === division as CPython computes it (Smith's method) ===
print((1 + 1j) / (1 - 1j), (1e300 + 1e300j) / (1e300 + 1e-300j), (3 + 7j) / 1e-310, 1 / (3 + 4j), 1j / 3)
print((5 + 5j) / (0 + 5j), (5 + 5j) / (5 + 0j), (1 + 2j) / complex(float("inf"), 1))

# === powers ===
print(1j ** 2, 1j ** 3, 1j ** 4, (1 + 1j) ** 10, (1 + 1j) ** -3, (2 + 3j) ** 0, 0j ** 0, (1 - 1j) ** 100)
print((1 + 1j) ** 0.5, (1 + 1j) ** 1.5, (1 + 1j) ** 101, (1 + 1j) ** 100.0, (1 + 1j) ** (1 + 1j), 1j ** 1j)
print(2 ** (1 + 1j), 2.5 ** 1j, (-1) ** 0.5j, 0j ** 2, 0j ** 0.5, 0j ** (2 + 0j), pow(1j, 2), pow(2, 1j))
print((1.5 - 0.5j) ** -2, (1e-3 + 1j) ** 7, (0.1 + 0.2j) ** 50)

# === errors ===
show(lambda: a / 0)
show(lambda: a / 0j)
show(lambda: 1 / 0j)
show(lambda: 1.0 / (0j + 0))
show(lambda: 0j ** -1)
show(lambda: 0j ** -0.5)
show(lambda: 0j ** 1j)
show(lambda: 0j ** (-1 + 0j))
show(lambda: (1e200 + 1e200j) ** 2)
show(lambda: (1e200 + 1e200j) ** 2.5)
show(lambda: (1e300 + 0j) ** 2)
show(lambda: 10j ** 400)
show(lambda: (2 + 0j) ** 1e10)
show(lambda: a // 2)
show(lambda: a % 2)
show(lambda: 2 // a)
show(lambda: divmod(a, 2))
show(lambda: divmod(2, a))
show(lambda: a & 1)
show(lambda: a << 1)
show(lambda: a @ a)
show(lambda: ~a)
show(lambda: a + "x")
show(lambda: "x" + a)
show(lambda: a * [1])
show(lambda: [1] * a)
show(lambda: a + None)
show(lambda: 2 ** 2000 + a)
show(lambda: a * 10 ** 400)

# === augmented assignment ===
z = 1j
z += 1
z *= 2 - 1j
z /= 2
z -= 0.5
z **= 2
print(z)
