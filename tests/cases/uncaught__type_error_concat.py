# === building a message ===
count = 3
msg = "count: " + str(count)
print(msg)

# === uncaught TypeError ===
msg = "count: " + count
print(msg)
