# === empty dict lookup ===
cache = {}
for key in ["a", "b"]:
    cache[key] = len(key)
del cache["a"]
print(cache)
{}['missing']
