# === method calls ===
data = [3, 1, 2]
data.sort()
print(data)
text = "Hello"
print(text.lower())

# === uncaught AttributeError ===
data.push(4)
