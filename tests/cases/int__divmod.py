# === divmod with ints ===
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 3), divmod(5, 1), divmod(1, 5))
q, r = divmod(100, 7)
print(q, r)
assert divmod(-17, 5) == (-4, 3), "divmod neg"

# === divmod with big ints ===
print(divmod(10 ** 30, 12345))
print(divmod(-(2 ** 80), 3 ** 20))

# === divmod with floats ===
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))

# === divmod by zero ===
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(5.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# === time conversion ===
secs = 98765
h, rem = divmod(secs, 3600)
m, s = divmod(rem, 60)
print(f"{h}:{m:02d}:{s:02d}")
