# === two for clauses ===
print([(x, y) for x in range(3) for y in range(2)])
print([a + b for a in "ab" for b in "xyz"])

# === second loop depends on first ===
print([(i, j) for i in range(4) for j in range(i)])

# === flatten nested list ===
matrix = [[1, 2, 3], [4, 5], [6]]
print([v for row in matrix for v in row])

# === for with if between ===
print([(x, y) for x in range(5) if x % 2 for y in range(x) if y > 0])

# === three for clauses ===
print(["".join([a, b, c]) for a in "01" for b in "01" for c in "01"])

# === pythagorean triples ===
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
assert (3, 4, 5) in triples, "3-4-5 triple"

# === cartesian product of dict items ===
colors = {"r": "red", "g": "green"}
sizes = ["S", "L"]
print([f"{cname}-{s}" for ckey, cname in colors.items() for s in sizes])

# === words from sentences ===
sentences = ["the cat sat", "on the mat"]
print([w for s in sentences for w in s.split() if w != "the"])
