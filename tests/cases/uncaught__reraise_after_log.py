# === log then re-raise ===
def risky(n):
    return 100 // n

for n in [5, 2, 0]:
    try:
        print("result", risky(n))
    except ZeroDivisionError as e:
        print("logging error:", e)
        raise
