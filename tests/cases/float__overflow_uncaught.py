# === multiplication overflows to inf silently ===
big = 1e308
print(big * 10, -big * 10)

# === handled power overflow ===
try:
    10.0 ** 1000
except OverflowError as e:
    print("handled:", type(e).__name__)

# === growing values ===
x = 10.0
for i in range(4):
    print(x)
    x = x ** 3
print(x)
y = x ** 200
print(y)
