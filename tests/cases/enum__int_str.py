from enum import IntEnum, StrEnum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}", f"{Priority.LOW:>3}")
print(Priority.LOW == 1, Priority.HIGH > Priority.LOW, Priority.MEDIUM < 3, 2 == Priority.MEDIUM)
print(Priority.HIGH + 1, Priority.HIGH * 2, Priority.HIGH - Priority.LOW, 10 - Priority.HIGH)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), Priority(2))
print([1, 2, 3, 4][Priority.HIGH], hash(Priority.LOW) == hash(1), {1: "one"}[Priority.LOW])
print(int(Priority.HIGH), Priority.HIGH.value, Priority["LOW"].name)

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"

print(Shape.CIRCLE, repr(Shape.CIRCLE), Shape.SQUARE == "sq", f"[{Shape.SQUARE}]", Shape.CIRCLE.upper())
print(Shape("sq"), Shape.CIRCLE.value, "circle" == Shape.CIRCLE, len(Shape.CIRCLE))
print(list(Shape), {Shape.SQUARE: 1}["sq"])

class Level(IntEnum):
    A = auto()
    B = auto()

print(Level.A, Level.B + 0)
try:
    Priority(9)
except ValueError as e:
    print("ValueError", e)
