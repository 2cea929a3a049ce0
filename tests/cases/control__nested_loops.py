# === multiplication table ===
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    print(row)

# === nested with break out via flag ===
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)

# === nested while and for ===
i = 0
while i < 3:
    for c in "ab":
        print(i, c, end="; ")
    i += 1
print()

# === triangle ===
for n in range(1, 5):
    print("*" * n)

# === pairs without repetition ===
items = ["a", "b", "c", "d"]
pairs = []
for x in range(len(items)):
    for y in range(x + 1, len(items)):
        pairs.append(items[x] + items[y])
print(pairs)
assert len(pairs) == 6, "4 choose 2"

# === continue in nested loop ===
result = []
for i in range(4):
    for j in range(4):
        if i == j:
            continue
        if j > 2:
            break
        result.append((i, j))
print(result)

# === three levels ===
count = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a + b + c == 3:
                count += 1
print("triples summing to 3:", count)
