# === truncation toward zero ===
print(int(3.7), int(-3.7), int(3.2), int(-3.2), int(0.9), int(-0.9))
print(int(5.0), int(-0.0), int(1e10))
assert int(-2.5) == -2, "trunc"

# === big floats ===
print(int(1e20), int(1.5e30), int(-2.0 ** 70))
print(int(123456789.987654321))

# === inf / nan ===
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)

# === from bool ===
print(int(True), int(False))

# === float strings are not int literals ===
try:
    int("3.0")
except ValueError as e:
    print(type(e).__name__, e)
print(int(float("3.0")))
