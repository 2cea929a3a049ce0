# === type(), __class__, __name__, __qualname__ ===
class Outer:
    class Inner:
        def method(self):
            return type(self).__qualname__

    def make(self):
        return Outer.Inner()


o = Outer()
i = o.make()
print(type(o).__name__, o.__class__.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(i.method(), i.__class__ is Outer.Inner, type(i) is Outer.Inner)
print(Outer.make.__qualname__, Outer.Inner.method.__qualname__)
print(repr(Outer), repr(Outer.Inner), str(Outer))


def factory():
    class Local:
        pass
    return Local


L = factory()
print(L.__name__, L.__qualname__, repr(L))

# === type of classes and of methods ===
print(type(Outer), type(Outer) is type, type(o.make).__name__, type(Outer.make).__name__)
print(isinstance(Outer, type), callable(Outer), callable(o), callable(o.make))

# === classes as values ===
kinds = {cls.__name__: cls for cls in (Outer, Outer.Inner, int)}
print(sorted(kinds), kinds["int"]("5") + 1)
print(type(o)().make().method())

# === dir() lists the class's names ===
class Dirs:
    a = 1

    def b(self):
        pass


d = Dirs()
d.c = 3
names = [n for n in dir(d) if not n.startswith("__")]
print(names)

# === bound method reprs and equality ===
class R:
    def m(self):
        pass


r = R()
print(r.m == r.m, r.m.__func__ is R.m, r.m.__self__ is r)
