# === any ===
print(any([]), any([0, "", None]), any([0, 1]), any("a"), any(x > 3 for x in [1, 2, 5]), any([[]]), any([[0]]))

# === all ===
print(all([]), all([1, "a", [0]]), all([1, 0]), all(""), all(x > 0 for x in [1, 2, 3]), all([[]]))

# === short-circuit ===
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), seen)
seen.clear()
print(all(check(x) for x in [3, 4, 1, 5]), seen)

# === validation patterns ===
rows = [{"id": 1, "ok": True}, {"id": 2, "ok": False}]
print(all(r["ok"] for r in rows), any(r["ok"] for r in rows), [r["id"] for r in rows if not r["ok"]])
print(all(isinstance(x, int) for x in [1, 2, True]), any(isinstance(x, str) for x in [1, 2.0]))
