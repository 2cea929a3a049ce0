# === str.format with specs equals f-string ===
v = 1234.5678
assert "{:,.2f}".format(v) == f"{v:,.2f}", "same"
print("{:,.2f}".format(v), "{0:>12.1f}|".format(v), "{val:e}".format(val=v))

# === nested field in str.format ===
print("{:{w}.{p}f}".format(v, w=12, p=3), "{0:{1}}".format("x", 5) + "|", "{:{}{}}".format(7, "0", 4))

# === indexing and keys ===
pt = (3, 4)
cfg = {"host": "localhost", "port": 8080}
print("({0[0]}, {0[1]})".format(pt), "{c[host]}:{c[port]}".format(c=cfg))

# === format_map ===
print("{host}:{port}".format_map(cfg))

# === repeat arg with different specs ===
print("{0:d} {0:x} {0:o} {0:b} {0:#x}".format(42))

# === percent and exponent ===
print("{:.1%} {:.0%} {:E}".format(0.256, 1.0, 0.00042))
