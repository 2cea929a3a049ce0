# === decoding good and bad data ===
chunks = [b"ok", "café".encode(), b"\xc3\x28"]
for c in chunks:
    print(c, len(c))
for c in chunks:
    print(c.decode("utf-8"))
