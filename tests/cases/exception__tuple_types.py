# === except with tuple of types ===
def risky(kind):
    if kind == "key":
        return {}["x"]
    if kind == "index":
        return [][1]
    if kind == "value":
        return int("v")
    if kind == "type":
        return 1 + "a"
    return "ok"

for kind in ["key", "index", "value", "type", "none"]:
    try:
        print(kind, "->", risky(kind))
    except (KeyError, IndexError) as e:
        print(kind, "-> lookup problem:", type(e).__name__)
    except (ValueError, TypeError) as e:
        print(kind, "-> bad data:", type(e).__name__)

# === tuple stored in a variable ===
HANDLED = (ZeroDivisionError, OverflowError)
try:
    1 % 0
except HANDLED as e:
    print("handled via variable:", type(e).__name__)

# === tuple containing base class ===
try:
    {}["k"]
except (ValueError, LookupError) as e:
    print("base in tuple:", type(e).__name__)

# === single-element tuple ===
try:
    raise RuntimeError("r")
except (RuntimeError,) as e:
    print("single tuple:", e)

# === non-matching tuple lets exception pass ===
try:
    try:
        raise NameError("n")
    except (KeyError, ValueError):
        print("wrong")
except NameError as e:
    print("outer:", e)
