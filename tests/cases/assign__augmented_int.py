# === addition and subtraction ===
x = 10
x += 5
print("+=", x)
x -= 3
print("-=", x)
assert x == 12, "add/sub"

# === multiplication and division ===
x *= 4
print("*=", x)
x //= 5
print("//=", x)
x %= 7
print("%=", x)
y = 7
y /= 2
print("/=", y, type(y).__name__)

# === power ===
p = 3
p **= 4
print("**=", p)
p **= 0
print("**= 0", p)

# === bitwise ===
b = 0b1100
b &= 0b1010
print("&=", b)
b |= 0b0101
print("|=", b)
b ^= 0b1111
print("^=", b)

# === shifts ===
s = 1
s <<= 10
print("<<=", s)
s >>= 3
print(">>=", s)

# === negative operands ===
n = -7
n //= 2
print("neg //=", n)
n = -7
n %= 3
print("neg %=", n)
n = -16
n >>= 2
print("neg >>=", n)

# === large ints ===
big = 2
big **= 100
print(big)
big += 1
print(big)
