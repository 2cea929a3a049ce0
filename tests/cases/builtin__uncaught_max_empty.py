# === max / min on real data ===
temps = [12, 15, 9]
print(max(temps), min(temps))
print(max(temps, key=lambda t: -t), min(temps, default=0))

# === default protects empty input ===
print(max([], default=None), min((), default="none"))

# === handled empty ===
try:
    min([])
except ValueError as e:
    print("handled:", e)

# === max of a filtered list that ends up empty ===
hot = [t for t in temps if t > 30]
print(hot)
print(max(hot))
