# === positive operands ===
print(7 // 2, 8 // 2, 1 // 3, 0 // 5)

# === negative operands round toward negative infinity ===
print(-7 // 2, 7 // -2, -7 // -2)
print(-1 // 3, 1 // -3, -1 // -3)
print(-8 // 2, 8 // -2)
assert -7 // 2 == -4, "floor neg"
assert 7 // -2 == -4, "floor neg divisor"
assert -7 // -2 == 3, "both neg"

# === consistency with modulo ===
for a in [7, -7, 13, -13, 0, 100]:
    for b in [3, -3, 5, -5, 1]:
        q = a // b
        r = a % b
        assert q * b + r == a, "identity"
        print(a, b, q, r)

# === big ints ===
print(10 ** 20 // 3)
print(-(10 ** 20) // 7)
print(10 ** 30 // -(10 ** 10))
