# === class attributes are shared, instance attributes shadow them ===
class Settings:
    retries = 3
    tags = []

    def add_tag(self, t):
        self.tags.append(t)


a = Settings()
b = Settings()
a.add_tag("x")
print(b.tags, Settings.tags)
a.retries = 10
print(a.retries, b.retries, Settings.retries)
del a.retries
print(a.retries)

# === class attributes computed in the body ===
class Table:
    size = 4
    cells = [i * i for i in range(4)]
    total = sum(cells)
    name = "t" + str(size)
    del size


print(Table.cells, Table.total, Table.name, hasattr(Table, "size"))

# === the body sees globals and builtins ===
LIMIT = 7


class UsesGlobal:
    limit = LIMIT * 2
    biggest = max(1, 5, 3)


print(UsesGlobal.limit, UsesGlobal.biggest)

# === setattr / getattr / hasattr / delattr ===
class Bag:
    pass


bag = Bag()
setattr(bag, "color", "red")
print(getattr(bag, "color"), getattr(bag, "size", "n/a"), hasattr(bag, "color"), hasattr(bag, "size"))
delattr(bag, "color")
print(hasattr(bag, "color"))
try:
    bag.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del bag.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Bag.missing
except AttributeError as e:
    print("AttributeError:", e)

# === attributes set on the class after creation ===
Bag.kind = "sack"
print(bag.kind, Bag.kind)


def describe(self):
    return "a bag of kind " + self.kind


Bag.describe = describe
print(bag.describe())

# === __doc__ and __module__ ===
class Documented:
    """Docs here."""


class Undocumented:
    x = 1


print(Documented.__doc__, Undocumented.__doc__, Documented.__module__)
