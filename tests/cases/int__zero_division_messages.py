# === int division ===
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# === big int division by zero ===
try:
    (2 ** 100) // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (2 ** 100) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# === negative power of zero ===
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# === augmented ===
x = 10
try:
    x //= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, x)

# === isinstance of exception ===
try:
    5 % 0
except ArithmeticError as e:
    print("arith", isinstance(e, ZeroDivisionError))
