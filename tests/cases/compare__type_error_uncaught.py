# === max over mixed values fails ===
data = [4, 8, 15]
print(max(data))
data.append("16")
print(len(data))
print(max(data))
