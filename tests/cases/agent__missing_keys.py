# === tool result with inconsistent records ===
records = [
    {"name": "alice", "email": "alice@example.com", "age": 30},
    {"name": "bob", "age": "unknown"},
    {"email": "carol@example.com", "age": 25},
    {"name": "dave", "email": None, "age": 41, "tags": ["vip"]},
    {},
]

# === safe access with .get ===
for i, r in enumerate(records):
    name = r.get("name", "<no name>")
    email = r.get("email") or "<no email>"
    tags = ",".join(r.get("tags", [])) or "-"
    print(f"#{i} {name:10} {email:20} tags={tags}")

# === try/except for conversions ===
ages = []
problems = []
for i, r in enumerate(records):
    try:
        ages.append(int(r["age"]))
    except KeyError as e:
        problems.append(f"record {i}: missing key {e}")
    except ValueError as e:
        problems.append(f"record {i}: bad age ({e})")

print("ages:", ages)
print("average age:", sum(ages) / len(ages))
for p in problems:
    print("problem:", p)

# === required fields check ===
REQUIRED = ("name", "email", "age")
for i, r in enumerate(records):
    missing = [k for k in REQUIRED if r.get(k) is None]
    status = "ok" if not missing else "missing " + ", ".join(missing)
    print(i, status)

# === nested get chains ===
response = {"data": {"user": {"profile": {"city": "Oslo"}}}}
city = response.get("data", {}).get("user", {}).get("profile", {}).get("city", "?")
country = response.get("data", {}).get("user", {}).get("profile", {}).get("country", "?")
print(city, country)
