# === generator methods ===
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()

    def __iter__(self):
        return self.walk()


t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t.walk()), list(t.leaves()), list(t), sum(t), 4 in t)

# === a paginator class with a generator ===
class Paginator:
    def __init__(self, items, size):
        self.items = items
        self.size = size

    def pages(self):
        for start in range(0, len(self.items), self.size):
            yield self.items[start:start + self.size]

    def __len__(self):
        return (len(self.items) + self.size - 1) // self.size


pg = Paginator(list(range(7)), 3)
print(len(pg), list(pg.pages()))
gen = pg.pages()
print(next(gen), next(gen))

# === instances created inside generators ===
class Event:
    def __init__(self, kind, n):
        self.kind = kind
        self.n = n

    def __repr__(self):
        return f"{self.kind}#{self.n}"


def events():
    for i in range(3):
        yield Event("tick", i)
    yield Event("done", 3)


print(list(events()), [e.n for e in events() if e.kind == "tick"])
