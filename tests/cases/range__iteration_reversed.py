# === for over range ===
total = 0
for i in range(1, 101):
    total += i
print(total)

# === reversed(range) ===
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))), list(reversed(range(0))))

# === range with len for indices ===
letters = ["a", "b", "c"]
for i in range(len(letters) - 1, -1, -1):
    print(i, letters[i])

# === nested ranges ===
print([(i, j) for i in range(3) for j in range(i, 3)])

# === sum / min / max over range ===
print(sum(range(10)), min(range(5, 10)), max(range(-5, 0)), sum(range(0, 100, 5)))

# === tuple and set from range ===
print(tuple(range(3)), sorted(set(range(4))))

# === range does not change when variables change ===
n = 3
r = range(n)
n = 10
print(list(r))
