# === set membership changes ===
active = {"alpha", "beta"}
active.add("gamma")
active.remove("alpha")
print(sorted(active))

# === discard is silent ===
active.discard("alpha")
print(len(active))

# === handled remove ===
try:
    active.remove("delta")
except KeyError as e:
    print("handled:", e)

# === removing from a set twice ===
active.remove("alpha")
