# === configuration loaded from a tool ===
config = {
    "name": "pipeline-a",
    "workers": "8",
    "timeout": 30.5,
    "retries": -1,
    "endpoints": ["http://a", "", "http://c"],
    "mode": "turbo",
}

SCHEMA = {
    "name": {"type": str, "required": True},
    "workers": {"type": int, "required": True, "min": 1},
    "timeout": {"type": float, "required": True},
    "retries": {"type": int, "required": False, "min": 0},
    "endpoints": {"type": list, "required": True},
    "mode": {"type": str, "required": False, "choices": ["fast", "safe"]},
    "owner": {"type": str, "required": True},
}

errors = []
cleaned = {}
for key, rule in SCHEMA.items():
    if key not in config:
        if rule["required"]:
            errors.append(f"{key}: missing required field")
        continue
    value = config[key]
    expected = rule["type"]
    if not isinstance(value, expected):
        try:
            value = expected(value)
        except (TypeError, ValueError) as e:
            errors.append(f"{key}: cannot convert {value!r}: {e}")
            continue
        print(f"coerced {key} -> {value!r} ({type(value).__name__})")
    if "min" in rule and value < rule["min"]:
        errors.append(f"{key}: {value} is below minimum {rule['min']}")
        continue
    if "choices" in rule and value not in rule["choices"]:
        errors.append(f"{key}: {value!r} not in {rule['choices']}")
        continue
    cleaned[key] = value

# === warnings for list contents ===
empties = [i for i, e in enumerate(cleaned.get("endpoints", [])) if not e]
if empties:
    print("warning: empty endpoints at", empties)

print("cleaned:", cleaned)
print(f"{len(errors)} error(s):")
for e in errors:
    print(" *", e)
valid = not errors
print("valid:", valid)
