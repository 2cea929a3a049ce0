# === basic ops ===
print(1.5 + 2.25, 5.0 - 7.5, 2.5 * 4, 7.0 / 2, 7.5 // 2, 7.5 % 2)
print(0.1 + 0.2, 0.1 * 3, 1.0 - 0.9, 3 * 1.1)

# === floor division and modulo with negatives ===
print(-7.5 // 2, 7.5 // -2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(-0.5 // 1, 0.5 % -1, -1e-20 % 1.0)

# === power ===
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 10.0 ** -2, (-8.0) ** 3, 2.0 ** -1)

# === mixed int / float ===
print(1 + 2.0, 3 * 0.5, 10 - 0.25, 2 ** 3.0, type(1 + 1.0).__name__)

# === inf arithmetic ===
inf = float("inf")
print(inf + 1, inf * -2, -inf - inf, 1 / inf, -1 / inf, inf > 10 ** 400)
nan = inf - inf
print(nan, nan == nan, nan != nan, inf == inf)

# === accumulation ===
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
