# === list indexing ===
items = ["a", "b", "c"]
for i in range(len(items)):
    print(i, items[i])

# === uncaught IndexError ===
print(items[len(items)])
