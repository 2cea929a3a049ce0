# === removing from a set twice ===
active = {"alpha", "beta"}
active.remove("alpha")
print(sorted(active))
active.discard("alpha")
print(len(active))
active.remove("alpha")
