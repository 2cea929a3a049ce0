a = {1, 2, 3, 4}
b = {3, 4, 5, 6}

# === method forms ===
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([9], (10,), [11])), sorted(a.intersection(range(3))), sorted(a.difference([1], [2])))

# === operator forms ===
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))

# === operators require sets ===
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a - "x"
except TypeError as e:
    print(type(e).__name__, e)

# === operations don't mutate ===
print(sorted(a), sorted(b))

# === empty results ===
print(a & {99}, a - a, set() | set())
