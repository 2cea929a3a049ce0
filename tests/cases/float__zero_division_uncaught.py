# === ratios ===
pairs = [(1.0, 2.0), (3.0, 4.0), (5.0, 0.0)]
for a, b in pairs:
    print(a / b)
