# === two-argument pow ===
print(pow(2, 10), pow(-2, 3), pow(2, -2), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(10, 20))

# === three-argument pow ===
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(7, 0, 13), pow(5, 3, 1))
print(pow(123456789, 987654321, 10 ** 9 + 7), pow(2, 1000, 10 ** 10))

# === modular inverse via negative exponent ===
print(pow(3, -1, 7), pow(2, -1, 9), (pow(3, -1, 7) * 3) % 7)

# === errors ===
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# === result types ===
print(type(pow(2, 0.5)).__name__, type(pow(2, 3)).__name__, pow(-8, 2), pow(-2.0, 3))
