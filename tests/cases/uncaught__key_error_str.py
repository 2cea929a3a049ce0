# === dictionary lookups ===
config = {"host": "localhost", "port": 8080}
print(config["host"])
print(config.get("user", "anonymous"))

# === uncaught KeyError with str key ===
print(config["password"])
