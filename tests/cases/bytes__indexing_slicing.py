b = b"abcdefgh"

# === indexing gives int ===
print(b[0], b[-1], b[3], type(b[0]).__name__)
assert b[0] == 97, "index int"

# === slicing gives bytes ===
print(b[1:4], b[:2], b[-3:], b[::2], b[::-1], b[5:1:-2], repr(b[10:]))

# === iteration yields ints ===
print(list(b"hi!"), [x for x in b"\x00\x10\xff"], sum(b"\x01\x02\x03"))

# === IndexError ===
try:
    b[8]
except IndexError as e:
    print(type(e).__name__, e)

# === immutable ===
try:
    b[0] = 65
except TypeError as e:
    print(type(e).__name__, e)

# === membership ===
print(b"cd" in b, b"dc" in b, 99 in b, 200 in b, b"" in b)
try:
    "a" in b
except TypeError as e:
    print(type(e).__name__, e)
