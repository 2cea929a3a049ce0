# === safe access helpers ===
def safe_get(seq, i, default=None):
    try:
        return seq[i]
    except IndexError:
        return default

print(safe_get([1, 2], 5, "none"), safe_get("ab", -1))

# === list indexing ===
items = ["a", "b", "c"]
for i in range(len(items)):
    print(i, items[i])

# === uncaught IndexError ===
print(items[len(items)])
