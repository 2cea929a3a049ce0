# === super() in __init__ and methods ===
class Base:
    def __init__(self, value):
        self.value = value
        self.log = ["Base"]

    def total(self):
        return self.value


class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
        self.log.append("Child")

    def total(self):
        return super().total() + self.extra


c = Child(10, 5)
print(c.total(), c.log)

# === explicit two-argument super ===
class Child2(Base):
    def total(self):
        return super(Child2, self).total() * 2


print(Child2(4).total())

# === cooperative multiple inheritance ===
class Root:
    def __init__(self, **kw):
        self.order = ["Root"]


class Left(Root):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.order.append("Left")


class Right(Root):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.order.append("Right")


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.order.append("Bottom")


print(Bottom().order)

# === super in a classmethod ===
class K:
    @classmethod
    def make(cls):
        return f"K.make for {cls.__name__}"


class L(K):
    @classmethod
    def make(cls):
        return "L wraps " + super().make()


print(L.make(), L().make())

# === super().__init__() reaching object ===
class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True


print(Plain().ok)

# === super with a missing attribute ===
class M(Base):
    def f(self):
        return super().nothing


try:
    M(1).f()
except AttributeError as e:
    print("AttributeError:", e)

# === super() outside a method ===
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
