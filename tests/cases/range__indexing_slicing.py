r = range(3, 30, 4)
print(list(r))

# === indexing ===
print(r[0], r[1], r[-1], r[-2], len(r))
try:
    r[len(r)]
except IndexError as e:
    print(type(e).__name__, e)

# === slicing returns range ===
print(r[1:4], r[::2], r[::-1], r[:100], r[5:1], r[-3:])
print(list(r[1:4]), list(r[::-1]), list(r[::-2]))

# === negative step ranges ===
n = range(10, -10, -3)
print(list(n), n[0], n[-1], n[2:5], list(n[2:5]))

# === index / count ===
print(r.index(11), r.count(11), r.count(12), range(5).index(4))
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)
