# === consume an iterator manually ===
it = iter(["x", "y"])
print(next(it))
print(next(it))

# === uncaught StopIteration (no message) ===
next(it)
