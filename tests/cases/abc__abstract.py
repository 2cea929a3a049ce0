from abc import ABC, abstractmethod
import abc

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side

class HalfDone(Shape):
    def area(self):
        return 0

def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), isinstance(sq, ABC))
attempt(lambda: Shape())
attempt(lambda: HalfDone())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)

class Plugin(abc.ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

class Impl(Plugin):
    @property
    def name(self):
        return "impl"

    @classmethod
    def create(cls):
        return cls()

attempt(lambda: Plugin())
print(Impl.create().name)

class NotAbc:
    @abstractmethod
    def run(self):
        return "ran"

print(NotAbc().run(), NotAbc.run.__isabstractmethod__)

class Base(ABC):
    pass

print(type(Base()).__name__)

class Single(ABC):
    @abstractmethod
    def go(self):
        ...

Single()
