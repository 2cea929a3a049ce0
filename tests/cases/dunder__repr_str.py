# === __repr__ and __str__ ===
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


m = Money(1234)
print(m, repr(m), str(m), [m], {"k": m}, (m,))
print(f"{m} {m!r} {m!s}", "%s %r" % (m, m), "{} {!r}".format(m, m))

# === only __repr__: str falls back to it ===
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")

# === only __str__: repr stays the default ===
class OnlyStr:
    def __str__(self):
        return "only-str"


o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at 0x"))

# === inherited __repr__ uses the runtime class ===
class Base:
    def __repr__(self):
        return f"{type(self).__name__}()"


class Child(Base):
    pass


print(Base(), Child(), [Child(), Base()])

# === nested reprs ===
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)

    def __repr__(self):
        if not self.kids:
            return f"T({self.v})"
        return f"T({self.v}, {self.kids})"


print(Tree(1, [Tree(2), Tree(3, [Tree(4)])]))

# === __repr__ must return a str ===
class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

# === print uses __str__, join needs str ===
print(*[Money(5), Money(100)], sep=" | ")
print(", ".join(str(x) for x in [Money(1), Money(2)]))
