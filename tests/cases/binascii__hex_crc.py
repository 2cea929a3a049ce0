import binascii

# === hex ===
print(binascii.hexlify(b"\x00\x01\xfe\xff"), binascii.b2a_hex(b"monty"))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2))
print(binascii.unhexlify("00FFab"), binascii.a2b_hex(b"6d6f6e7479"))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

# === crc32 ===
print(binascii.crc32(b""), binascii.crc32(b"hello world"), binascii.crc32(b"The quick brown fox"))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))

# === base64 lines ===
print(binascii.b2a_base64(b"hi there"), binascii.b2a_base64(b"x", newline=False), binascii.a2b_base64("aGk="))

# === agent-style: checksum of a payload ===
payload = b'{"id": 42, "status": "ok"}'
print("crc=%08x" % binascii.crc32(payload), binascii.hexlify(payload[:4]).decode())
