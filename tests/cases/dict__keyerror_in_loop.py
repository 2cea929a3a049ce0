# === handling missing keys while aggregating ===
records = [("ann", 3), ("bob", 5), ("ann", 4), ("cy", 1)]
totals = {}
for name, n in records:
    try:
        totals[name] += n
    except KeyError as e:
        print("first time:", e)
        totals[name] = n
print(totals)

# === KeyError with int and tuple keys ===
lookup = {(0, 0): "origin"}
for key in [(0, 0), (1, 0)]:
    try:
        print(lookup[key])
    except KeyError as e:
        print("missing", e, e.args[0] == key)

# === in vs exception ===
print("dan" in totals, totals.get("dan"))
