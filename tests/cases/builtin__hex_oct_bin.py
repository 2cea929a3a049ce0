# === hex ===
print(hex(0), hex(255), hex(-255), hex(2 ** 64), hex(16), hex(True))

# === oct ===
print(oct(0), oct(8), oct(-8), oct(511), oct(2 ** 40))

# === bin ===
print(bin(0), bin(5), bin(-5), bin(255), bin(2 ** 70), bin(False))

# === roundtrip via int(base) ===
for n in [0, 1, 42, -42, 2 ** 65 + 3]:
    assert int(hex(n), 16) == n, "hex roundtrip"
    assert int(oct(n), 8) == n, "oct roundtrip"
    assert int(bin(n), 2) == n, "bin roundtrip"
    print(n, hex(n), oct(n), bin(n))

# === strip prefix ===
print(bin(10)[2:].zfill(8), hex(255)[2:].upper(), format(10, "08b"))

# === count set bits ===
print(bin(0b1011011).count("1"), [bin(i).count("1") for i in range(8)])

# === errors ===
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("1")
except TypeError as e:
    print(type(e).__name__, e)
