# === a class with __init__ and methods ===
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1)
print(q.x, q.y, p.x)
print(type(p).__name__, type(p) is Point, Point.__name__, Point.__qualname__)

# === attributes can be added and changed ===
p.label = "origin-ish"
p.x = 10
print(p.label, p.x, p.norm2())
print(sorted(vars(p).items()))
print(p.__dict__ == {"x": 10, "y": 4, "label": "origin-ish"})

# === class without __init__ ===
class Empty:
    pass


e = Empty()
e.a = 1
print(e.a, type(e).__name__, isinstance(e, Empty), isinstance(e, object))

# === methods called through the class ===
print(Point.norm2(Point(1, 2)))
m = p.norm2
print(m(), m.__name__, m.__self__ is p)

# === keyword arguments and defaults ===
class Config:
    def __init__(self, name, *, debug=False, **extra):
        self.name = name
        self.debug = debug
        self.extra = extra


c = Config("svc", debug=True, retries=3)
print(c.name, c.debug, c.extra)
c2 = Config(name="other")
print(c2.name, c2.debug, c2.extra)
