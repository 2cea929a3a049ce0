# === handled fallback first ===
try:
    value = {}["primary"]
except KeyError as e:
    print("missing", e, "-> default")
    value = 0
print("value", value)

# === a handler that itself fails ===
def fallback(data):
    return data["fallback"]

data = {"primary": None}
try:
    print("primary is", data["primary"])
    value = data["primary"] + 1
except TypeError as e:
    print("primary failed:", e)
    value = fallback(data)
print(value)
