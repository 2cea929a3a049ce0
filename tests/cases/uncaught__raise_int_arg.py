# === exit-code style error ===
status = 0
for step in ["init", "load", "fail"]:
    print("step", step)
    if step == "fail":
        status = 3

# === uncaught RuntimeError with int arg ===
raise RuntimeError(status)
