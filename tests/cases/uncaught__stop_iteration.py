# === caught StopIteration ===
empty = iter([])
try:
    next(empty)
except StopIteration as e:
    print("caught:", repr(e))
print(next(empty, "default"))

# === consume an iterator manually ===
it = iter(["x", "y"])
print(next(it))
print(next(it))

# === uncaught StopIteration (no message) ===
next(it)
