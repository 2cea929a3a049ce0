# === caught KeyError first ===
try:
    {}["user"]
except KeyError as e:
    print("caught:", e, repr(e))
env = {"HOME": "/root"}
print("PATH" in env, env.get("PATH", "<unset>"))

# === dictionary lookups ===
config = {"host": "localhost", "port": 8080}
print(config["host"])
print(config.get("user", "anonymous"))

# === uncaught KeyError with str key ===
print(config["password"])
