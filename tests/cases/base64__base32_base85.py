import base64

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[100:140], b"\x00\x00\x00\x00",
           b"\x00", b"    ", b"\x00\x00\x00\x00\x00", b"\xff\xff\xff\xff"]

# === base32 ===
for data in samples:
    e = base64.b32encode(data)
    h = base64.b32hexencode(data)
    print(e, h, base64.b32decode(e) == data, base64.b32hexdecode(h) == data)
print(base64.b32decode("mzxw6yq=", casefold=True), base64.b32decode(b"MZXW6YQ=", True))
print(base64.b32decode("0BXW6YQ=", map01="L"), base64.b32decode(b"MZXW6YQ1".replace(b"1", b"="), map01=b"I"))
print(base64.b32hexdecode("cpnmuoj1", casefold=True))

# === ascii85 ===
for data in samples:
    e = base64.a85encode(data)
    print(e, base64.a85decode(e) == data)
print(base64.a85encode(b"    x", foldspaces=True), base64.a85decode(b"y+9", foldspaces=True))
print(base64.a85encode(b"\x00" * 6, pad=True), base64.a85encode(b"abc", pad=True))
print(base64.a85encode(b"hello world, hello world", adobe=True))
print(base64.a85encode(b"hello world, hello world", wrapcol=7))
print(base64.a85encode(b"hello world, hello", wrapcol=6, adobe=True))
print(base64.a85encode(b"hello", wrapcol=1, adobe=True))
print(base64.a85decode("<~BOu!rD]j7BEbo7~>", adobe=True), base64.a85decode("BOu!rD]j7BEbo7~>", adobe=True))
print(base64.a85decode("BOu!r D]j7\nBEbo7"), base64.a85decode("BOu!rxD]j7", ignorechars=b"x"))

# === base85 ===
for data in samples:
    e = base64.b85encode(data)
    print(e, base64.b85decode(e) == data, base64.b85encode(data, pad=True))
print(base64.b85decode("Xk~0{Zy"), base64.b85decode(b"|NsC0"))

# === errors ===
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: base64.b32encode("text"))
check(lambda: base64.b32decode("MZXW6YQ"))
check(lambda: base64.b32decode("MZXW6Y=="))
check(lambda: base64.b32decode("MZ=W6YQ="))
check(lambda: base64.b32decode("mzxw6yq="))
check(lambda: base64.b32decode("MZXW6Y1="))
check(lambda: base64.b32decode(1))
check(lambda: base64.b32decode("MZXW6YQ=", map01=b"ab"))
check(lambda: base64.b32hexdecode("CPNMUW=="))
check(lambda: base64.a85encode("text"))
check(lambda: base64.a85decode("abcvw"))
check(lambda: base64.a85decode("ab{"))
check(lambda: base64.a85decode("abz"))
check(lambda: base64.a85decode("aby", foldspaces=True))
check(lambda: base64.a85decode("s8W-\""))
check(lambda: base64.a85decode("abc", adobe=True))
check(lambda: base64.b85encode("text"))
check(lambda: base64.b85decode('ab"'))
check(lambda: base64.b85decode("~~~~~"))
check(lambda: base64.b85decode("é"))
