# === config lookup ===
config = {"host": "localhost", "port": 8080}
print(config["host"], config["port"])
print(config.get("timeout", 30))

# === setdefault and update ===
config.setdefault("retries", 3)
config.update(debug=False)
print(config)

# === handled lookup ===
try:
    config["user"]
except KeyError as e:
    print("handled:", repr(e))

# === lookup with a typo ===
print(config["prot"])
