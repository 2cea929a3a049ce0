# === round to int (banker's rounding) ===
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6]:
    print(x, round(x), type(round(x)).__name__)

# === round with ndigits ===
print(round(3.14159, 2), round(3.14159, 0), round(2.675, 2), round(1.005, 2))
print(round(1234.5678, -2), round(1234.5678, -1), round(0.125, 2), round(0.375, 2))
print(type(round(3.7, 0)).__name__)

# === round ints ===
print(round(15), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(1250, -2))
print(round(7, 2), type(round(7, 2)).__name__)

# === round specials ===
print(round(float("inf"), 2), round(-0.0, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
