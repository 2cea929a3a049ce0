import base64

# === round trips ===
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc) == data)
print(base64.standard_b64encode(b"hello world"), base64.standard_b64decode("aGVsbG8gd29ybGQ="))

# === url-safe and altchars ===
raw = bytes([251, 255, 191, 62, 63])
print(base64.b64encode(raw), base64.urlsafe_b64encode(raw))
print(base64.urlsafe_b64decode(base64.urlsafe_b64encode(raw)) == raw)
print(base64.b64encode(raw, altchars=b"*!"), base64.b64decode(b"+/+/Pj8=", b"*!"))

# === lenient decoding ===
print(base64.b64decode("aGVs\nbG8="), base64.b64decode(b"aGVsbG8=extra"))
print(base64.b64decode("aGVsbG8=", validate=True))

# === errors ===
for bad in ["aGVsbG8", "a", "abcde", "ab=c"]:
    try:
        base64.b64decode(bad)
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    base64.b64decode("aGVs bG8=", validate=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    base64.b64encode("text")
except TypeError as e:
    print(e)
try:
    base64.b64decode("héllo")
except ValueError as e:
    print(e)

# === base16 ===
print(base64.b16encode(b"\x00\xffhi"), base64.b16decode("00FF6869"), base64.b16decode(b"00ff", casefold=True))
for bad in ["0G", "ABC", "ab"]:
    try:
        base64.b16decode(bad)
    except Exception as e:
        print(type(e).__name__, e)

# === agent-style: basic auth header ===
token = base64.b64encode("alice:s3cret".encode()).decode()
print("Authorization: Basic " + token)
user, _, pw = base64.b64decode(token).decode().partition(":")
print(user, pw)
