# === read-only property ===
class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        """The area, rounded."""
        return round(3.14159 * self.r * self.r, 2)


c = Circle(2)
print(c.area)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
print(Circle.area.__doc__)

# === getter, setter and deleter ===
class Temp:
    def __init__(self):
        self._c = 0
        self.events = []

    @property
    def celsius(self):
        self.events.append("get")
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self.events.append("set")
        self._c = v

    @celsius.deleter
    def celsius(self):
        self.events.append("del")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t._c, t.events)

# === property() called directly ===
class Box:
    def _get(self):
        return self._v * 2

    def _set(self, v):
        self._v = v

    value = property(_get, _set, doc="doubled")


b = Box()
b.value = 21
print(b.value, Box.value.__doc__, type(Box.value).__name__)

# === properties are inherited and can be overridden ===
class Base:
    @property
    def kind(self):
        return "base"


class Derived(Base):
    @property
    def kind(self):
        return "derived/" + super().kind


print(Base().kind, Derived().kind)
