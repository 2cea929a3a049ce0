# === literals ===
a = b"hello"
print(a, repr(a), type(a).__name__, len(a))
print(b'single', b"double", b"with 'quote'", b'with "dq"', b"both ' \"")

# === escapes in repr ===
print(b"\x00\x01\xff", b"\n\t\r", b"\\", b"\x7f\x80", b"A\x42C")
print(repr(b""), bytes(3), bytes([72, 105]), bytes(range(5)))

# === raw bytes ===
print(rb"\n\x00", len(rb"\n"))

# === str() of bytes is repr ===
print(str(b"abc"), [b"x", b"y"])

# === bytes from str needs encoding ===
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
print(bytes("abc", "utf-8"), bytes("é", "utf-8"))

# === invalid values ===
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([-1])
except ValueError as e:
    print(type(e).__name__, e)
