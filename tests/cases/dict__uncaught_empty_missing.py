# === building a cache ===
cache = {}
for key in ["a", "bb", "ccc"]:
    cache[key] = len(key)
print(cache)

# === safe access ===
print(cache.get("zz"), cache.get("zz", -1), "a" in cache)
del cache["a"]
print(cache)

# === handled missing key ===
try:
    cache["a"]
except KeyError as e:
    print("handled:", e)

# === empty dict lookup ===
{}['missing']
