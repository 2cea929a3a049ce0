fn = "report_2024.csv"

# === simple ===
print(fn.startswith("report"), fn.startswith("Report"), fn.endswith(".csv"), fn.endswith("csv"), fn.endswith(""))

# === tuple arguments ===
print(fn.endswith((".txt", ".csv")), fn.startswith(("data", "log")), fn.endswith(()))

# === start / end positions ===
print(fn.startswith("2024", 7), fn.startswith("2024", 8), fn.endswith("report", 0, 6), fn.endswith("_", 0, 7))
print("abc".startswith("", 3), "abc".startswith("", 4))

# === filtering ===
files = ["a.py", "b.txt", "c.py", "README", "d.PY"]
print([f for f in files if f.endswith(".py")])
print([f for f in files if f.lower().endswith((".py", ".txt"))])

# === TypeError ===
try:
    fn.startswith(["report"])
except TypeError as e:
    print(type(e).__name__, e)
