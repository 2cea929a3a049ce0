# === explicit bases ===
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int("-ff", 16), int("10", 3), int("zz", 36))

# === prefixes with matching base ===
print(int("0xff", 16), int("0o17", 8), int("0b101", 2))

# === base 0 infers from prefix ===
print(int("0x1F", 0), int("0o10", 0), int("0b11", 0), int("42", 0))
print(int("0_0", 0), int("1_000", 0))

# === underscores with base ===
print(int("ff_ff", 16), int("0b_1010", 0))

# === errors ===
for s, b in [("12", 2), ("g", 16), ("0x10", 10), ("010", 0), ("", 16)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)

# === literal forms ===
print(0xff, 0o777, 0b1111_0000, 1_000_000)
