# === int-arg exceptions when caught ===
try:
    raise RuntimeError(7)
except RuntimeError as e:
    print("caught:", e, e.args, repr(e))

# === exit-code style error ===
status = 0
for step in ["init", "load", "fail"]:
    print("step", step)
    if step == "fail":
        status = 3

# === uncaught RuntimeError with int arg ===
raise RuntimeError(status)
