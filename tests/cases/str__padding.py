# === center / ljust / rjust ===
print(repr("ab".center(6)), repr("ab".center(7)), repr("abc".center(6)), repr("abc".center(2)))
print(repr("ab".center(7, "*")), repr("x".ljust(4, ".")), repr("x".rjust(4, "-")), repr("long".ljust(2)))

# === zfill ===
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3), "".zfill(3))

# === table layout ===
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in rows:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(7))

# === fill must be one char ===
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
