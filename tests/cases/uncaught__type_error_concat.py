# === caught TypeError ===
try:
    "n=" + 5
except TypeError as e:
    print("caught:", e)
try:
    5 + "n"
except TypeError as e:
    print("caught:", e)

# === building a message ===
count = 3
msg = "count: " + str(count)
print(msg)

# === uncaught TypeError ===
msg = "count: " + count
print(msg)
