# === simulated flaky tool: fails a fixed number of times ===
failures_left = {"search": 2, "fetch": 0, "upload": 5}
call_log = []

def call_tool(name):
    call_log.append(name)
    if failures_left.get(name, 0) > 0:
        failures_left[name] -= 1
        raise RuntimeError(f"{name} temporarily unavailable")
    return f"{name}: ok"

# === retry loop with max attempts ===
def with_retries(name, max_attempts=3):
    attempt = 0
    last_error = None
    while attempt < max_attempts:
        attempt += 1
        try:
            result = call_tool(name)
            print(f"  attempt {attempt}: success")
            return {"tool": name, "ok": True, "attempts": attempt, "result": result}
        except RuntimeError as e:
            last_error = str(e)
            print(f"  attempt {attempt}: failed ({e})")
    return {"tool": name, "ok": False, "attempts": attempt, "error": last_error}

summary = []
for tool in ["search", "fetch", "upload"]:
    print(f"calling {tool}")
    summary.append(with_retries(tool))

# === report ===
print()
for s in summary:
    if s["ok"]:
        print(f"{s['tool']:<8} OK   after {s['attempts']} attempt(s): {s['result']}")
    else:
        print(f"{s['tool']:<8} FAIL after {s['attempts']} attempt(s): {s['error']}")

print("total calls:", len(call_log))
print("calls per tool:", {t: call_log.count(t) for t in sorted(set(call_log))})
ok_count = sum(1 for s in summary if s["ok"])
print(f"{ok_count}/{len(summary)} tools succeeded")
