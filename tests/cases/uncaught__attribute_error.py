# === caught attribute errors ===
for obj in [1, "s", None]:
    try:
        obj.push(1)
    except AttributeError as e:
        print("caught:", e)

# === method calls ===
data = [3, 1, 2]
data.sort()
print(data)
text = "Hello"
print(text.lower())

# === uncaught AttributeError ===
data.push(4)
