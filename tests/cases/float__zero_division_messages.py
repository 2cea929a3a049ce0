# === float division ===
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.5 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.5 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# === zero to negative power ===
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -2.5
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# === non-zero values still fine ===
print(0.0 / 1, 0.0 ** 0, 0.0 ** 2, -1.0 / 4)
