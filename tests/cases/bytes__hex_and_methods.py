# === hex ===
print(b"\x00\x0f\xff".hex(), b"hello".hex(), repr(b"".hex()), b"\xde\xad\xbe\xef".hex())

# === fromhex ===
print(bytes.fromhex("deadbeef"), bytes.fromhex("00 ff 10"), bytes.fromhex(""))

# === common methods ===
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(), b.strip().split(b", "))
print(b.replace(b"l", b"L"), b.count(b"l"), b.find(b"World"), b.find(b"x"), b.startswith(b"  H"), b.endswith(b"  "))
print(b"-".join([b"a", b"b", b"c"]), b"a,b,,c".split(b","), b"abc".index(b"c"))
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"ab".isupper())

# === checksum style loop ===
data = "payload".encode()
total = 0
for byte in data:
    total = (total + byte) % 256
print(total, hex(total))

# === bytes() of list and back ===
vals = [104, 105, 33]
bb = bytes(vals)
print(bb, list(bb) == vals)
