# bench: N=60
# List, dict and set comprehensions over ranges and records.
total = 0
for rep in range(N):
    squares = [x * x for x in range(1000)]
    evens = [x for x in squares if x % 2 == 0]
    index = {x: i for i, x in enumerate(evens)}
    pairs = [(a, b) for a in range(30) for b in range(30) if (a + b) % 7 == 0]
    uniq = {x % 97 for x in squares}
    total += len(evens) + sum(index.values()) + len(pairs) + len(uniq)
print(total)
