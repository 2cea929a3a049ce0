from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
import dataclasses
from typing import ClassVar, List, Optional

# === basic ===
@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), p.x, p.y)
print(Point(3), Point(x=4), Point(y=5, x=6))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__hash__ is None)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print([f.name for f in fields(Point)], [f.name for f in fields(p)])
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
print(Point.__match_args__)

# === defaults and factories ===
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    secret: str = field(default="s", init=False)

a = Inventory("a")
b = Inventory("b")
a.items.append(1)
print(a, b, a.items is b.items, a.secret)
print(Inventory("x", [1], count=5) == Inventory("x", [1], count=7))

# === post_init ===
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h

print(Rect(2, 3))

# === nested, inheritance ===
@dataclass
class Base:
    id: int
    label: str = "base"

@dataclass
class Child(Base):
    extra: list = field(default_factory=list)

c = Child(7, extra=[1, 2])
print(c, isinstance(c, Base), [f.name for f in fields(c)])

class Outer:
    @dataclass
    class Inner:
        v: int

print(Outer.Inner(3))

# === asdict, astuple, replace ===
@dataclass
class Line:
    start: Point
    end: Point
    meta: dict = field(default_factory=dict)

ln = Line(Point(0, 0), Point(1, 1), {"k": [Point(2, 2), (Point(3, 3),)]})
print(asdict(ln))
print(astuple(ln))
print(replace(p, y=9), p)
print(asdict(Inventory("z", [Point(1, 1)])))
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(Inventory("q"), secret="no")
except ValueError as e:
    print("ValueError:", e)

# === decorator with arguments, kw_only ===
@dataclass(repr=False, eq=False)
class Plain:
    a: int

pl = Plain(1)
print(pl.a, pl == Plain(1), hash(pl) == hash(pl))

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int

print(Opts(level=3))

@dataclass
class WithClassVar:
    count: ClassVar[int] = 0
    name: str = "n"

print(WithClassVar(), [f.name for f in fields(WithClassVar)])

@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "custom!"

print(Custom(1), Custom(1) == Custom(1))
print(dataclasses.MISSING is dataclasses.MISSING)

@dataclass
class Task:
    title: str
    tags: List[str] = field(default_factory=list)
    owner: Optional[str] = None

t = Task("write", ["a"])
print(t, asdict(t))
