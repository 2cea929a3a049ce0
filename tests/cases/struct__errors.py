import struct


def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# === format errors ===
check(lambda: struct.calcsize("z"))
check(lambda: struct.calcsize("<n"))
check(lambda: struct.calcsize(">P"))
check(lambda: struct.calcsize("3"))
check(lambda: struct.calcsize("i<"))
check(lambda: struct.calcsize("3 i"))
check(lambda: struct.calcsize("99999999999999999999i"))
check(lambda: struct.calcsize(5))
check(lambda: struct.Struct(None))
check(lambda: struct.pack())
check(lambda: struct.error.__name__)

# === arity ===
check(lambda: struct.pack("ii", 1))
check(lambda: struct.pack("i", 1, 2))
check(lambda: struct.pack("2x"))
check(lambda: struct.pack("3s", b"a", b"b"))
check(lambda: struct.Struct("i").pack(1, 2))

# === value errors ===
for fmt, v in [("b", 200), ("b", -129), ("B", -1), ("B", 256), ("h", 40000), ("H", -1), ("H", 70000),
               ("i", 2**31), ("I", -1), ("I", 2**32), ("l", 2**63), ("L", -1), ("q", 2**63), ("Q", 2**64),
               ("n", 2**63), ("N", -1), ("<b", 2**70), ("<h", 40000), ("<i", -2**31 - 1), ("<I", -1),
               ("<I", 2**32), ("<l", 2**31), ("<L", 2**32), ("<L", -1), ("<q", 2**63), ("<Q", -1),
               (">B", 300), ("!h", -40000), (">H", -1), (">H", 2**16), (">i", 2**40), (">l", 2**70),
               (">L", 2**32), ("=h", 2**15)]:
    print(fmt, v, end=" ")
    check(lambda: struct.pack(fmt, v))
check(lambda: struct.pack("i", 1.5))
check(lambda: struct.pack("i", "1"))
check(lambda: struct.pack("i", None))
check(lambda: struct.pack("f", "x"))
check(lambda: struct.pack("<f", 1e300))
check(lambda: struct.pack(">f", -1e300))
check(lambda: struct.pack("e", 1e300))
check(lambda: struct.pack("<e", 65520.0))
check(lambda: struct.pack("d", 2**2000))
check(lambda: struct.pack("c", b"ab"))
check(lambda: struct.pack("c", "a"))
check(lambda: struct.pack("s", "a"))
check(lambda: struct.pack("p", 1))

# === buffer errors ===
check(lambda: struct.unpack("i", b"abc"))
check(lambda: struct.unpack("i", "abcd"))
check(lambda: struct.unpack("i"))
check(lambda: struct.unpack_from("i", b"abc"))
check(lambda: struct.unpack_from("i", b"abcdefg", 5))
check(lambda: struct.unpack_from("i", b"abcdefg", -1))
check(lambda: struct.unpack_from("i", b"abcdefg", -10))
check(lambda: struct.unpack_from("i", b"abcdefg", offset=8))
check(lambda: struct.iter_unpack("i", b"abcdefg"))
check(lambda: struct.iter_unpack("", b"abcdefg"))
check(lambda: struct.pack_into("i", b"abcd", 0, 1))
check(lambda: struct.Struct("h").unpack(b"\x00"))
