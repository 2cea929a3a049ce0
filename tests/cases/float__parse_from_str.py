# === valid strings ===
for s in ["3.14", "-2.5", "+1.0", "  7  ", "1e5", "1E-3", ".5", "5.", "1_000.5", "-0", "inf", "-inf", "nan", "infinity", "1e400", "-1e400", "1e-400"]:
    print(repr(s), repr(float(s)))

# === invalid strings ===
for s in ["", "abc", "1.2.3", "1e", "e5", "1_", "--1", "1 2"]:
    try:
        float(s)
        print("parsed", s)
    except ValueError as e:
        print(type(e).__name__, e)

# === float of int and bool ===
print(float(7), float(-3), float(True), float(2 ** 60), float())

# === parsing list of numbers ===
print(sum(float(x) for x in "1.5 2.25 -0.75".split()))
