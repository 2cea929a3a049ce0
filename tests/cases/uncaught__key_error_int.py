# === caught KeyError with int key first ===
try:
    {1: "a"}[2]
except KeyError as e:
    print("caught:", repr(e), e.args)
counts = {}
for n in [1, 2, 1]:
    counts[n] = counts.get(n, 0) + 1
print(counts)

# === lookups by int key ===
squares = {i: i * i for i in range(5)}
print(squares[3])
print(sorted(squares))

# === uncaught KeyError with int key ===
squares[10]
