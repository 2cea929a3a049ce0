# === beyond 64 bits ===
a = 2 ** 64
b = 2 ** 63 - 1
print(a, b)
print(a + b)
print(a - b)
print(a * b)
print(a * a * a)

# === overflow of i64 boundaries ===
m = 9223372036854775807
print(m + 1)
print(-m - 1)
print(-m - 2)
print(m * 2)
print(m * m)

# === factorial ===
f = 1
for i in range(1, 31):
    f *= i
print(f)
assert f % (2 ** 20) == 0, "factorial divisible"

# === negative big ===
n = -(10 ** 40) + 7
print(n, abs(n), -n)
print(n // 10 ** 20, n % 10 ** 20)

# === comparison ===
print(2 ** 100 > 2 ** 99, 2 ** 100 == 2 ** 100, -(2 ** 100) < 0)
print(len(str(2 ** 1000)))
