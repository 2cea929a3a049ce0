# === removing items that may not exist ===
todo = ["write", "test", "ship"]
todo.remove("test")
print(todo)
todo.remove("ship")
print(todo)
todo.remove("celebrate")
