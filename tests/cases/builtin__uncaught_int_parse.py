# === parsing clean values ===
print(int("7"), int("-7"), int(" 8 "), int("1_000"))
print(int("ff", 16), int("0b101", 0))

# === handled failure ===
try:
    int("4.5")
except ValueError as e:
    print("handled:", e)

# === parsing user-ish input ===
raw = ["10", " 20 ", "3_0", "forty"]
total = 0
for r in raw:
    total += int(r)
    print(r.strip(), total)
