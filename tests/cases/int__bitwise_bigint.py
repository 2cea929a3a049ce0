# === shifts producing big ints ===
print(1 << 64, 1 << 100, 3 << 70)
print((1 << 100) >> 36, (1 << 100) >> 200)

# === big and/or/xor ===
a = (1 << 80) | 0xFFFF
b = (1 << 80) + (1 << 79)
print(a & b, a | b, a ^ b)
print(hex(a), hex(b))

# === negative big ===
n = -(1 << 70)
print(n >> 3, n >> 100, n << 2)
print(n & 0xFFFF, n | 1, n ^ -1)
print(~(1 << 65), ~n)

# === masks ===
mask64 = (1 << 64) - 1
print(mask64, -1 & mask64, (-5) & mask64)
print(bin(12345678901234567890 & 0xFFFF))

# === negative shift count ===
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
