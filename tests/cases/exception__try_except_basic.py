# === catch specific exception ===
try:
    1 / 0
except ZeroDivisionError:
    print("caught division")

# === no exception skips except ===
try:
    x = 1
except Exception:
    print("never")
print("x =", x)

# === first matching handler wins ===
try:
    [][0]
except KeyError:
    print("KeyError handler")
except IndexError:
    print("IndexError handler")
except LookupError:
    print("LookupError handler (not reached)")

# === code after raise in try is skipped ===
try:
    print("before")
    int("x")
    print("after (skipped)")
except ValueError:
    print("handled ValueError")

# === exception from called function ===
def parse(s):
    return int(s)

try:
    parse("12a")
except ValueError as e:
    print("from function:", e)

# === bare except ===
try:
    {}["missing"]
except:
    print("bare except caught")

# === uncaught type in inner, caught in outer ===
try:
    try:
        "a" + 1
    except ValueError:
        print("wrong handler")
except TypeError as e:
    print("outer caught:", e)

# === exception in loop, continue ===
results = []
for v in ["1", "two", "3"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append(-1)
print(results)
