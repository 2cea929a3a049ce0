# === str.encode ===
s = "héllo wörld €"
e = s.encode()
print(e, len(s), len(e))
print(s.encode("utf-8") == e, "abc".encode("ascii"), "ABC".encode("utf-8"))

# === decode ===
print(e.decode(), e.decode("utf-8") == s, b"plain".decode("ascii"))

# === emoji bytes ===
smile = "😀".encode()
print(smile, len(smile), list(smile), smile.decode())

# === errors ===
try:
    b"\xff\xfe".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

# === error handlers ===
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), "aéb".encode("ascii", "replace"), "aéb".encode("ascii", "ignore"))

# === roundtrip ===
for t in ["", "ascii", "日本語", "mixed é 中 😀"]:
    assert t.encode().decode() == t, "roundtrip"
print("ok")
