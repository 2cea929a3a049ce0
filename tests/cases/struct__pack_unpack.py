import struct

# === sizes and alignment ===
for fmt in ["b", "h", "i", "l", "q", "n", "e", "f", "d", "?", "5s", "3p", "@bi", "@ib", "=bi", "<bi", ">bi", "!bi",
            "bq3xhd0i", "2h3b", " i  i ", "", "@ci", "<l", "@l", "@L", "@N", "@qc", "@bxe"]:
    print(repr(fmt), struct.calcsize(fmt), struct.calcsize(fmt.encode()))

# === integers in every order ===
for order in "@=<>!":
    for code in "bBhHiIlLqQ":
        fmt = order + code
        lo = -(1 << (8 * struct.calcsize(fmt) - 1)) if code.islower() else 0
        hi = (1 << (8 * struct.calcsize(fmt) - (1 if code.islower() else 0))) - 1
        for v in [lo, hi, 1, 0]:
            p = struct.pack(fmt, v)
            assert struct.unpack(fmt, p) == (v,), (fmt, v)
        print(fmt, struct.pack(fmt, hi), struct.pack(fmt, lo))
print(struct.pack("nN", -5, 7), struct.unpack("nN", struct.pack("nN", -5, 7)))

# === floats ===
for fmt in ["<e", ">e", "<f", ">f", "<d", ">d", "@d", "@f"]:
    for v in [0.0, -0.0, 1.5, -2.25, 0.125, 65504.0, float("inf"), float("-inf"), 3.1]:
        p = struct.pack(fmt, v)
        print(fmt, v, p, struct.unpack(fmt, p)[0])
for v in [5.960464477539063e-08, 3e-08, 1e-08, 1.0009765625, 1.00048828125, 1.00146484375, 65519.0, 6.1e-05, 2]:
    print("e", v, struct.pack("<e", v), struct.unpack("<e", struct.pack("<e", v)))
nan = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(nan != nan, struct.pack(">e", float("nan")), struct.pack("<f", float("nan")))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"), struct.unpack(">e", b"\x7b\xff"))

# === bytes, chars, bools, padding ===
print(struct.pack("c3s5s0s", b"A", b"abcdef", b"xy", b"ignored"))
print(struct.unpack("c3s5s0s", b"Aabcxy\x00\x00\x00"))
print(struct.pack("5p", b"abcdefgh"), struct.pack("p", b"abc"), struct.pack("3p", b""), struct.pack("0p", b"zz"))
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("4p", b"\x02abc"))
print(struct.pack("?2?", 0, [1], ""), struct.unpack("???", b"\x00\x05\x01"))
print(struct.pack("<2xh2x", 5), struct.unpack("<2xh2x", b"\x00\x00\x05\x00\x00\x00"))
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2), struct.pack(">hq", -2, 3))
print(struct.pack("i", True), struct.pack("d", 3), struct.pack("<Q", 2**64 - 1), struct.unpack("<Q", b"\xff" * 8))
print(struct.pack(b"<hh", 1, 2), struct.unpack(b">I", b"\x00\x00\x01\x00"))
print(struct.unpack_from("<h", b"\x01\x02\x03\x04", 2), struct.unpack_from("<h", b"\x01\x02\x03\x04", offset=1))
print(struct.unpack_from("<h", b"\x01\x02\x03\x04", -2), struct.unpack_from(">bb", buffer=b"\x01\x02\x03"))
