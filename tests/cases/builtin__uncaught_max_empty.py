# === max of a filtered list that ends up empty ===
temps = [12, 15, 9]
print(max(temps), min(temps))
hot = [t for t in temps if t > 30]
print(hot)
print(max(hot))
