# === exception args ===
e = ValueError(1, 2)
print(e.args)
print(str(e))

# === uncaught exception with multiple non-string args ===
raise ValueError(1, 2)
