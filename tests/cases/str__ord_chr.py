# === ord ===
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("中"), ord("😀"))

# === chr ===
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(20013), chr(128512))
print(repr(chr(0)), repr(chr(127)), repr(chr(0x10FFFF)))

# === roundtrip ===
for c in "Hello, 世界!":
    assert chr(ord(c)) == c, "roundtrip"
print([ord(c) for c in "abc"], "".join(chr(i) for i in range(65, 75)))

# === caesar cipher ===
def shift(text, k):
    out = []
    for c in text:
        if c.isalpha() and c.islower():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
print(shift("hello, world", 3), shift(shift("hello, world", 3), -3))

# === errors ===
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
