# === set comprehension deduplicates ===
s = {x % 3 for x in range(10)}
print(sorted(s), len(s))

# === set from strings ===
letters = {c.lower() for c in "Hello World" if c.isalpha()}
print(sorted(letters))

# === set with condition ===
print(sorted({w[0] for w in ["apple", "avocado", "banana", "cherry"] if len(w) > 5}))

# === membership ===
evens = {x for x in range(0, 20, 2)}
print(4 in evens, 5 in evens)

# === set operations on comprehensions ===
a = {x for x in range(10) if x % 2 == 0}
b = {x for x in range(10) if x % 3 == 0}
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))

# === set of tuples ===
pairs = {(min(x, y), max(x, y)) for x in range(3) for y in range(3) if x != y}
print(sorted(pairs))

# === empty set comprehension ===
e = {x for x in []}
print(e, type(e).__name__, len(e))

# === unhashable element error ===
try:
    {[x] for x in range(3)}
except TypeError as e:
    print(type(e).__name__, e)
