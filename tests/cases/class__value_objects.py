# === a hand-written value object, as dataclasses would generate ===
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def replace(self, **changes):
        fields = {"x": self.x, "y": self.y}
        fields.update(changes)
        return Point(**fields)

    def as_dict(self):
        return {"x": self.x, "y": self.y}


a = Point(1, 2)
b = a.replace(y=5)
print(a, b, a == Point(1, 2), a == b, a != b, a < b, sorted([b, a]))
print(len({a, Point(1, 2), b}), a.as_dict(), Point(**a.as_dict()) == a)
print(a == (1, 2), (1, 2) == a)

# === immutability by convention ===
class Frozen:
    def __init__(self, **fields):
        for k, v in fields.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field '{name}'")


f = Frozen(a=1, b="two")
print(f.a, f.b)
try:
    f.a = 3
except AttributeError as e:
    print("AttributeError:", e)

# === a linked structure with __repr__ recursion ===
class Cons:
    def __init__(self, head, tail=None):
        self.head = head
        self.tail = tail

    def __repr__(self):
        return f"({self.head} . {self.tail!r})"

    def __len__(self):
        return 1 + (len(self.tail) if self.tail is not None else 0)


lst = Cons(1, Cons(2, Cons(3)))
print(lst, len(lst))
