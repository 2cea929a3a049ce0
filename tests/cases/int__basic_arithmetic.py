# === addition and subtraction ===
assert 2 + 3 == 5, "add"
assert -7 + 3 == -4, "add neg"
assert 10 - 15 == -5, "sub"
print(2 + 3, -7 + 3, 10 - 15, 0 - 0)

# === multiplication ===
assert 6 * 7 == 42, "mul"
assert -6 * 7 == -42, "mul neg"
assert -6 * -7 == 42, "mul neg neg"
print(6 * 7, -6 * 7, -6 * -7, 0 * -5)

# === unary ===
x = 5
print(-x, +x, -(-x), --x)
print(-0, +0)

# === precedence ===
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 2 - 3, 2 ** 3 ** 2, 100 // 10 // 3)

# === augmented assignment ===
n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 2
print(n)
n //= 5
print(n)
n %= 3
print(n)
n **= 4
print(n)
