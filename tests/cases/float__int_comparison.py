# === equality across types ===
print(1 == 1.0, 0 == -0.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(True == 1.0, False == 0.0, 3 != 3.0)

# === ordering across types ===
print(1 < 1.5, 2 > 1.99, -1 < -0.5, 10 ** 20 < 1e21, 10 ** 400 > 1e308)
print(3 <= 3.0, 3 >= 3.0000001)

# === inf and nan against ints ===
inf = float("inf")
nan = float("nan")
print(10 ** 1000 < inf, -(10 ** 1000) > -inf, 5 < nan, 5 > nan, 5 == nan)

# === mixing in containers ===
print([1, 2.0, 3] == [1.0, 2, 3.0], (1, 2) == (1.0, 2.0))
print(1.0 in [1, 2], 2 in {2.0: "x"}, {1: "a"}[1.0])
print(sorted([3, 1.5, 2, 0.5, -1, True]))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
