# === caught multi-arg exception ===
try:
    raise KeyError("a", 1)
except KeyError as e:
    print("caught:", e, repr(e))
try:
    raise TypeError(None, [1])
except TypeError as e:
    print("caught:", e)

# === exception args ===
e = ValueError(1, 2)
print(e.args)
print(str(e))

# === uncaught exception with multiple non-string args ===
raise ValueError(1, 2)
