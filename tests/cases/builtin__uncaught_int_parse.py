# === parsing user-ish input ===
raw = ["10", " 20 ", "3_0", "forty"]
total = 0
for r in raw:
    total += int(r)
    print(r.strip(), total)
