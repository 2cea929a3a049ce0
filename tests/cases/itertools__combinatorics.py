import itertools as it

# === product ===
print(list(it.product("ab", [1, 2])), list(it.product([0, 1], repeat=2)), list(it.product()), list(it.product("ab", [])))
print(len(list(it.product(range(3), repeat=3))))

# === permutations ===
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)), list(it.permutations([], 0)), list(it.permutations([1], 2)))
print(len(list(it.permutations(range(5)))), list(it.permutations(range(3), 0)))

# === combinations ===
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations([1, 2], 3)), list(it.combinations([1, 2], 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([1], 0)))
print(sum(1 for _ in it.combinations(range(10), 4)))

# === lazy use ===
gen = it.permutations("abcd")
print(next(gen), next(gen))
print([("".join(p)) for p in it.islice(it.permutations("xyz"), 4)])
total = 0
for a, b in it.combinations([3, 5, 8, 13], 2):
    total += a * b
print(total)
