# === bools are ints ===
print(True + True, True * 10, False - True, True / 2, True // 1)
print(True + 1.5, -True, ~True, ~False)
assert True == 1 and False == 0, "bool int eq"
print(type(True + True).__name__)

# === counting with bools ===
vals = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(v > 0 for v in vals))
print(sum([True, True, False, True]))

# === bitwise on bools stays bool ===
print(True & False, True | False, True ^ True, False ^ True)
print(type(True & True).__name__, type(True & 1).__name__)

# === indexing with bools ===
pair = ["no", "yes"]
print(pair[True], pair[False])

# === isinstance ===
print(isinstance(True, int), isinstance(1, bool))

# === power and comparison ===
print(True ** 5, 2 ** True, True < 2, False < True)
