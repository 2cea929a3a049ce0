# === test results returned by a CI tool ===
results = [
    ("test_login", "pass", 0.12),
    ("test_logout", "pass", 0.08),
    ("test_upload_large", "fail", 3.51),
    ("test_search", "skip", 0.0),
    ("test_payment", "fail", 1.02),
    ("test_profile", "pass", 0.33),
    ("test_export", "error", 0.0),
]

# === tallies ===
tally = {}
for _, status, _ in results:
    tally[status] = tally.get(status, 0) + 1
total = len(results)
passed = tally.get("pass", 0)

# === header ===
title = "Test Report"
print(title)
print("=" * len(title))
print(f"Total: {total} | " + " | ".join(f"{k}: {tally[k]}" for k in sorted(tally)))
print(f"Pass rate: {passed / total:.1%}")

# === failures section ===
failing = [(name, dur) for name, status, dur in results if status in ("fail", "error")]
if failing:
    print()
    print("Failures:")
    for name, dur in failing:
        print(f"  - {name.removeprefix('test_'):<15} {dur:>6.2f}s")

# === slowest ===
slowest = sorted(results, key=lambda r: r[2], reverse=True)[:3]
print()
print("Slowest:")
for i, (name, status, dur) in enumerate(slowest, 1):
    print(f"  {i}. {name} ({status}) {dur}s")

# === total duration and verdict ===
duration = sum(r[2] for r in results)
print()
print(f"Duration: {duration:.2f}s")
verdict = "GREEN" if not failing else f"RED ({len(failing)} failing)"
print("Verdict:", verdict)
