# === concatenation that works ===
parts = ["a", "b"]
count = 2
print(parts, count)
label = "items: " + str(count)
print(label)
print(f"items: {count}", "items: %d" % count)

# === handled mismatch ===
try:
    parts + "c"
except TypeError as e:
    print("handled:", e)

# === adding mismatched types ===
print(count + 0.5, parts + ["c"])
print("total: " + count)
