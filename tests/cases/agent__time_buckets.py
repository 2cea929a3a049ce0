# === events with "HH:MM" timestamps from a monitoring tool ===
events = [
    {"t": "09:05", "kind": "login", "user": "u1"},
    {"t": "09:17", "kind": "error", "user": "u2"},
    {"t": "09:45", "kind": "login", "user": "u3"},
    {"t": "10:02", "kind": "error", "user": "u1"},
    {"t": "10:30", "kind": "logout", "user": "u1"},
    {"t": "11:59", "kind": "error", "user": "u3"},
    {"t": "bad", "kind": "login", "user": "u4"},
]

def to_minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)

# === bucket by hour, skipping bad timestamps ===
buckets = {}
invalid = []
for e in events:
    try:
        minutes = to_minutes(e["t"])
    except ValueError as err:
        invalid.append((e["user"], str(err)))
        continue
    hour = minutes // 60
    b = buckets.setdefault(hour, {"total": 0, "kinds": {}})
    b["total"] += 1
    b["kinds"][e["kind"]] = b["kinds"].get(e["kind"], 0) + 1

for hour in sorted(buckets):
    b = buckets[hour]
    kinds = ", ".join(f"{k}={v}" for k, v in sorted(b["kinds"].items()))
    print(f"{hour:02d}:00  {b['total']} events  ({kinds})")
print("invalid:", invalid)

# === gaps between consecutive valid events ===
times = sorted(to_minutes(e["t"]) for e in events if e["t"] != "bad")
gaps = [b - a for a, b in zip(times, times[1:])]
print("gaps (min):", gaps)
print("longest gap:", max(gaps), "at index", gaps.index(max(gaps)))

# === error rate per user ===
per_user = {}
for e in events:
    u = per_user.setdefault(e["user"], [0, 0])
    u[0] += 1
    if e["kind"] == "error":
        u[1] += 1
for user, (total, errs) in sorted(per_user.items()):
    print(f"{user}: {errs}/{total} errors ({errs / total:.0%})")
