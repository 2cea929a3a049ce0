import struct

# === Struct objects ===
s = struct.Struct("<hI")
print(s.format, s.size)
p = s.pack(-1, 70000)
print(p, s.unpack(p), s.unpack_from(b"xx" + p, 2))
print(list(s.iter_unpack(p * 3)))
b = struct.Struct(b">d")
print(b.format, b.size, b.pack(0.5), b.unpack(b"\x3f\xe0\x00\x00\x00\x00\x00\x00"))

# === iter_unpack ===
it = struct.iter_unpack(">H", b"\x00\x01\x00\x02\x00\x03")
print(next(it), list(it))
print(list(struct.iter_unpack("<bb", b"")))
print([x for (x,) in struct.iter_unpack("B", bytes(range(5)))])

# === a record ===
record = struct.pack("<4sHHd", b"MONT", 3, 11, 2.5)
print(record, len(record))
magic, major, minor, value = struct.unpack("<4sHHd", record)
print(magic, major, minor, value)
header = struct.Struct("!BBH")
print(header.unpack(header.pack(4, 5, 1500)))
