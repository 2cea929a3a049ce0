# === truthiness drives if / while / and / or / not / filter ===
class Budget:
    def __init__(self, left):
        self.left = left

    def __bool__(self):
        return self.left > 0

    def spend(self):
        self.left -= 1


b = Budget(3)
spent = 0
while b:
    b.spend()
    spent += 1
print(spent, bool(b), not b, b or "fallback", Budget(1) and "has budget")
print([x.left for x in filter(None, [Budget(0), Budget(2)])], any([Budget(0)]), all([Budget(1)]))

# === __len__ for empty checks ===
class Queue:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def __len__(self):
        return len(self.items)


q = Queue()
print("empty" if not q else "full", len(q))
q.push(1).push(2)
print("empty" if not q else "full", len(q))

# === __contains__ with non-bool results ===
class Anything:
    def __contains__(self, item):
        return item

print(1 in Anything(), 0 in Anything(), "" not in Anything())

# === callable objects as key functions and predicates ===
class Between:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __call__(self, x):
        return self.lo <= x <= self.hi


print(list(filter(Between(2, 4), range(7))), sorted(range(5), key=Between(1, 2)))

# === __getitem__ with negative indices and a computed sequence ===
class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i


sq = Squares(5)
print(sq[0], sq[-1], len(sq), [sq[i] for i in range(len(sq))])
