# === encoding and decoding good data ===
chunks = [b"ok", "café".encode(), b"\xc3\x28"]
for c in chunks:
    print(c, len(c))

# === handled decode with replacement ===
print(chunks[2].decode("utf-8", "replace"))

# === handled strict decode ===
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("handled:", e.reason)

# === decoding all chunks strictly ===
for c in chunks:
    print(c.decode("utf-8"))
