# === list(range(...)) forms ===
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(5, 0)), list(range(0)))
print(list(range(-3, 3)), list(range(1, 10, 4)), list(range(10, 0, -3)), list(range(0, -10, -2)))

# === repr ===
print(range(5), range(2, 6), range(0, 10, 3), range(5, 0, -1), repr(range(-2, 2)))
print(type(range(3)).__name__)

# === len ===
print(len(range(10)), len(range(0)), len(range(5, 0)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(-5, 5, 2)))

# === attributes ===
r = range(1, 20, 4)
print(r.start, r.stop, r.step, range(7).start, range(7).step)

# === zero step ===
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)

# === non-int args ===
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range("3")
except TypeError as e:
    print(type(e).__name__, e)
