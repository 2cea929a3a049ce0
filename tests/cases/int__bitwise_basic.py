# === and, or, xor ===
print(12 & 10, 12 | 10, 12 ^ 10)
print(0b1100 & 0b1010, 0xff | 0x100, 255 ^ 15)

# === invert ===
print(~0, ~1, ~-1, ~5, ~-6)
assert ~5 == -6, "invert"

# === shifts ===
print(1 << 0, 1 << 10, 5 << 3, 1024 >> 3, 7 >> 1, 7 >> 10)

# === negatives ===
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-1 & 255, -256 & 255, -1 | 0, -5 ^ -3)
print(-16 >> 2, -1 >> 10, -17 >> 1, -1 << 4)

# === augmented ===
x = 0b1010
x |= 0b0101
print(x)
x &= 0b0110
print(x)
x ^= 0b1111
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
