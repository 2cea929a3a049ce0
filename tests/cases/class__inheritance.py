# === single inheritance and overriding ===
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} with {self.sides} sides, area {self.area()}"

    def area(self):
        return 0


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


for s in [Shape("blob"), Rect(2, 3), Square(5)]:
    print(s.describe())

# === isinstance / issubclass along the chain ===
sq = Square(2)
print(isinstance(sq, Square), isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, object))
print(isinstance(Rect(1, 1), Square), issubclass(Square, Shape), issubclass(Shape, Square))
print(issubclass(Square, (int, Rect)), isinstance(sq, (str, Shape)), issubclass(Square, object))
print(Square.__bases__ == (Rect,), Square.__base__ is Rect)
print([k.__name__ for k in Square.__mro__])

# === inherited methods and class attributes ===
print(Square.sides, sq.sides, Square.area(sq))
Shape.sides = -1
print(Shape("x").sides, Square(1).sides)

# === calling the base method explicitly ===
class Loud(Rect):
    def area(self):
        return Rect.area(self) * 10


print(Loud(2, 2).area())
