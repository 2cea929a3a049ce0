import random

# === Random(seed) reproduces CPython's sequence ===
r = random.Random(42)
print([r.random() for _ in range(3)])
print([r.randint(1, 100) for _ in range(5)], r.randrange(10), r.randrange(5, 50, 5), r.randrange(10, 0, -3))
print(r.choice("abcdef"), r.choice([10, 20, 30]), r.uniform(1, 2), r.getrandbits(8), r.getrandbits(70), r.getrandbits(0))
items = list(range(10))
r.shuffle(items)
print(items)
print(r.sample(range(100), 5), r.sample(["a", "b", "c", "d"], 2), r.sample(range(1000), 8))
print(r.choices("abc", k=5), r.choices([1, 2, 3], weights=[10, 1, 1], k=6), r.choices("xy", cum_weights=[1, 3], k=4))
print(r.gauss(0, 1), r.gauss(10, 2), r.expovariate(2.0), r.triangular(0, 10, 3))

# === seeds: zero, negative, big ===
for seed in [0, 1, -1, 12345, 2 ** 40 + 7, 10 ** 30]:
    g = random.Random(seed)
    print(seed, g.random(), g.randint(0, 10 ** 12))

# === reseeding restarts the sequence ===
g = random.Random(7)
a = [g.random() for _ in range(3)]
g.seed(7)
print(a == [g.random() for _ in range(3)])

# === module-level functions share one generator ===
random.seed(2024)
print(random.random(), random.randint(1, 6), random.choice(["x", "y", "z"]))
deck = list(range(1, 11))
random.shuffle(deck)
print(deck, random.sample(deck, 3))
random.seed(2024)
print(random.random())

# === errors ===
for f in [lambda: r.choice([]), lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randint(3, 1),
          lambda: r.sample([1, 2], 3), lambda: r.randrange(1, 10, 0), lambda: r.choices([1, 2], weights=[1], k=1),
          lambda: r.getrandbits(-1)]:
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
