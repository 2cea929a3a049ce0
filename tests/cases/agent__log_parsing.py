# === raw log output from a tool ===
raw = """
2024-01-05 10:00:01 INFO  server started port=8080
2024-01-05 10:00:05 WARN  slow request path=/api/users ms=1200
2024-01-05 10:00:09 ERROR db timeout query=select ms=5000
2024-01-05 10:01:00 INFO  request path=/api/items ms=35
   
2024-01-05 10:01:30 ERROR upstream failed code=502
2024-01-05 10:02:00 INFO  request path=/api/users ms=80
malformed line here
"""

# === parse lines ===
entries = []
skipped = 0
for line in raw.strip().splitlines():
    line = line.strip()
    if not line:
        continue
    parts = line.split()
    if len(parts) < 4 or parts[2] not in ("INFO", "WARN", "ERROR"):
        skipped += 1
        continue
    date, time, level = parts[0], parts[1], parts[2]
    fields = {}
    words = []
    for tok in parts[3:]:
        if "=" in tok:
            k, v = tok.split("=", 1)
            fields[k] = int(v) if v.isdigit() else v
        else:
            words.append(tok)
    entries.append({"time": time, "level": level, "msg": " ".join(words), "fields": fields})

print(f"parsed {len(entries)} entries, skipped {skipped}")

# === count by level ===
levels = {}
for e in entries:
    levels[e["level"]] = levels.get(e["level"], 0) + 1
print(levels)

# === errors report ===
for e in entries:
    if e["level"] == "ERROR":
        print(f"[{e['time']}] {e['msg']} {e['fields']}")

# === latency stats ===
latencies = [e["fields"]["ms"] for e in entries if "ms" in e["fields"]]
print("latencies:", latencies)
print(f"max={max(latencies)} min={min(latencies)} avg={sum(latencies) / len(latencies):.1f}")
slow = [e["fields"].get("path", e["msg"]) for e in entries if e["fields"].get("ms", 0) > 1000]
print("slow:", slow)
