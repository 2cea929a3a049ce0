# === divmod matches // and % ===
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (2 ** 70, 3), (7.5, 2), (-7.5, 2)]:
    q, r = divmod(a, b)
    assert (q, r) == (a // b, a % b), "divmod consistency"
    print(a, b, q, r)

# === abs with various numbers ===
print(abs(-7), abs(7.25), abs(-0.0), abs(-(2 ** 90)), abs(False), abs(-True))

# === combined usage ===
def to_base(n, base):
    if n == 0:
        return "0"
    digits = []
    sign = "-" if n < 0 else ""
    n = abs(n)
    while n:
        n, d = divmod(n, base)
        digits.append("0123456789abcdef"[d])
    return sign + "".join(reversed(digits))
print(to_base(255, 16), to_base(-10, 2), to_base(0, 8), to_base(2 ** 64, 16), to_base(12345, 7))

# === type errors ===
try:
    divmod("7", 2)
except TypeError as e:
    print(type(e).__name__, e)
