# === and/or return operands ===
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default", None or 0, 0 or None)
print([] and [1], [1] and [], [] or {}, (1,) or ())
print(repr("" and "y"), repr(0.0 or ""))

# === short-circuit ===
calls = []
def mark(v):
    calls.append(v)
    return v
r = mark(0) and mark(1)
print(r, calls)
calls.clear()
r = mark(1) or mark(2)
print(r, calls)
calls.clear()
r = mark(0) or mark("") or mark(3) or mark(4)
print(r, calls)

# === not ===
print(not 0, not 1, not "", not "a", not [], not None)
print(type(not 5).__name__)

# === precedence ===
print(not 1 == 2, not (1 and 0), 1 or 0 and 0, (1 or 0) and 0)
print(True and not False, not True or True)
