# === indexing into a range ===
r = range(0, 50, 10)
print(list(r), len(r))
print(r[4], r[-5], r[1:3])

# === out of range slices are fine ===
print(r[10:], list(r[-100:2]))

# === handled error ===
try:
    r[-6]
except IndexError as e:
    print("handled:", e)

# === indexing past the end of a range ===
for i in range(len(r)):
    print(i, r[i])
print(r[5])
