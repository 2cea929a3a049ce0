# === removing items ===
todo = ["write", "test", "ship", "test"]
todo.remove("test")
print(todo)

# === guarded removal ===
if "deploy" in todo:
    todo.remove("deploy")
print(todo.count("test"))

# === handled error ===
try:
    todo.remove(42)
except ValueError as e:
    print("handled:", e)

# === removing something absent ===
todo.remove("ship")
print(todo)
todo.remove("celebrate")
