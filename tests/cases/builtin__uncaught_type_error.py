# === adding mismatched types ===
parts = ["a", "b"]
count = 2
print(parts, count)
label = "items: " + str(count)
print(label)
print("total: " + count)
