# === parsing pairs ===
lines = ["a=1", "b=2", "c"]
for line in lines:
    key, value = line.split("=")
    print(key, value)
