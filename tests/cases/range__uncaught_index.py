# === indexing past the end of a range ===
r = range(0, 50, 10)
print(list(r), len(r))
print(r[4], r[-5])
print(r[5])
