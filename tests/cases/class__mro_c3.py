# === diamond inheritance follows the C3 order ===
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who())
print([k.__name__ for k in D.__mro__])

# === a more complex hierarchy ===
class O:
    pass


class F(O):
    pass


class E(O):
    pass


class Dd(O):
    pass


class C2(Dd, F):
    pass


class B2(Dd, E):
    pass


class A2(B2, C2):
    pass


print([k.__name__ for k in A2.__mro__])

# === inconsistent orders are refused ===
class X:
    pass


class Y(X):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class W(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)

# === mixins ===
class JsonMixin:
    def to_json(self):
        parts = [f'"{k}": {v!r}' for k, v in sorted(self.__dict__.items())]
        return "{" + ", ".join(parts) + "}"


class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({self.__dict__})"


class User(JsonMixin, ReprMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age


u = User("ann", 30)
print(u.to_json(), repr(u))
