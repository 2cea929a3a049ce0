# === re-raise caught by outer handler ===
try:
    try:
        [][0]
    except IndexError:
        print("inner logs, re-raises")
        raise
except IndexError as e:
    print("outer caught:", e)

# === log then re-raise ===
def risky(n):
    return 100 // n

for n in [5, 2, 0]:
    try:
        print("result", risky(n))
    except ZeroDivisionError as e:
        print("logging error:", e)
        raise
