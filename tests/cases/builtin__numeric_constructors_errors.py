# === int() errors ===
for bad in ["", " ", "1.0", "0x10", "1e3", "١٢", "∞"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1], {"a": 1}]:
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# === float() errors ===
for bad in ["", "1,5", "one", "0x1p3"]:
    try:
        print(repr(bad), float(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1.0]]:
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# === int base errors ===
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
