# === flat rows from a database tool ===
rows = [
    ("eng", "alice", "backend", 5),
    ("eng", "bob", "frontend", 3),
    ("eng", "carol", "backend", 8),
    ("sales", "dave", "emea", 2),
    ("sales", "erin", "apac", 6),
    ("ops", "frank", "infra", 4),
]

# === build nested structure ===
org = {}
for dept, name, team, years in rows:
    d = org.setdefault(dept, {"teams": {}, "headcount": 0, "total_years": 0})
    d["teams"].setdefault(team, []).append({"name": name, "years": years})
    d["headcount"] += 1
    d["total_years"] += years

# === pretty print manually ===
def show(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        for k in obj:
            v = obj[k]
            if isinstance(v, (dict, list)):
                print(f"{pad}{k}:")
                show(v, indent + 1)
            else:
                print(f"{pad}{k}: {v!r}")
    elif isinstance(obj, list):
        for item in obj:
            if isinstance(item, dict):
                print(f"{pad}- " + ", ".join(f"{k}={v}" for k, v in item.items()))
            else:
                print(f"{pad}- {item!r}")

show(org)

# === summary structure ===
summary = {
    "departments": sorted(org),
    "stats": {d: {"headcount": v["headcount"], "avg_years": round(v["total_years"] / v["headcount"], 2)} for d, v in org.items()},
    "largest_team": max(((d, t, len(m)) for d, v in org.items() for t, m in v["teams"].items()), key=lambda x: x[2]),
}
print(summary)
print(summary["stats"]["eng"]["avg_years"])
assert summary["largest_team"] == ("eng", "backend", 2), "largest team"
