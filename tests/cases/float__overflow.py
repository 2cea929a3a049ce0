# === float power overflow ===
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 5000)
except OverflowError as e:
    print(type(e).__name__, e)

# === int to float conversion overflow ===
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)

# === big int true division overflow ===
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)

# === multiplication gives inf, not error ===
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)

# === just below the edge ===
print(2.0 ** 1023, 10.0 ** 308)
