# === basic ===
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1, 2])), list(zip([], [1])))

# === truncates to shortest ===
print(list(zip(range(5), "ab", [True, False, None])))

# === three or more ===
names = ["ann", "bob"]
ages = [30, 25]
cities = ["rome", "oslo"]
for n, a, c in zip(names, ages, cities):
    print(n, a, c)

# === unzip ===
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, words = zip(*pairs)
print(nums, words)

# === build dict ===
print(dict(zip(names, ages)))

# === transpose ===
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(r) for r in zip(*m)])

# === pairwise differences ===
xs = [1, 4, 9, 16]
print([b - a for a, b in zip(xs, xs[1:])])

# === zip is an iterator ===
z = zip("ab", "cd")
print(next(z), list(z), list(z))
