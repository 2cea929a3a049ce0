# === config lookup with a typo ===
config = {"host": "localhost", "port": 8080}
print(config["host"])
print(config.get("timeout", 30))
print(config["prot"])
