# === concatenation and repetition ===
a = b"ab"
print(a + b"cd", a * 3, 2 * a, a + b"", repr(a * 0))
c = a
c += b"!"
print(c, a)

# === comparison ===
print(b"abc" == b"abc", b"abc" < b"abd", b"a" < b"ab", b"\xff" > b"z", b"" < b"\x00")
print(b"abc" == "abc", b"a" != "a")
print(sorted([b"beta", b"alpha", b"Gamma"]))

# === mixing str and bytes fails ===
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + b"b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" < "b"
except TypeError as e:
    print(type(e).__name__, e)

# === len and bool ===
print(len(b""), len(b"\x00\x00"), bool(b""), bool(b"\x00"))
