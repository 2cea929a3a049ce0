# === lookups by int key ===
squares = {i: i * i for i in range(5)}
print(squares[3])
print(sorted(squares))

# === uncaught KeyError with int key ===
squares[10]
