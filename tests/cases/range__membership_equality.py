# === in / not in ===
r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r, 0 in r)
print(5 in range(10, 0, -1), 10 in range(10, 0, -1), 0 in range(10, 0, -1))
print(3.0 in range(5), 3.5 in range(5), "3" in range(5))

# === big ranges are lazy ===
big = range(0, 10 ** 18, 3)
print(len(big), 999999999999999999 in big, 10 ** 17 in big, big[-1])

# === equality compares sequences ===
print(range(0) == range(5, 5), range(0, 5, 2) == range(0, 6, 2), range(3) == range(0, 3), range(3) == [0, 1, 2])
print(range(1, 2, 5) == range(1, 3, 7))

# === truthiness ===
print(bool(range(0)), bool(range(1)), bool(range(5, 0)))
