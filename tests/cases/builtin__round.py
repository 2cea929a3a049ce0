# === half to even ===
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5]])
print(round(0.49999999999999994), round(1e16 + 0.5), round(7.5), round(6.5))

# === ndigits ===
print(round(3.14159, 3), round(2.5, 0), round(-2.5, 0), round(0.125, 2), round(0.135, 2), round(1.25, 1), round(1.35, 1))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(5.5, -1))

# === ints with negative ndigits ===
print(round(125, -1), round(135, -1), round(150, -2), round(250, -2), round(-150, -2), round(1234567, -3))
print(round(12, 0), round(12, 5), round(0, -2))

# === return types ===
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2, 1)).__name__, type(round(2, -1)).__name__)

# === round(x, None) ===
print(round(2.675, None), round(5, None))

# === errors ===
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
