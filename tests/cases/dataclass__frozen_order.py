from dataclasses import dataclass, field, FrozenInstanceError
import dataclasses

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0

c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c, Coord(1.5, 2.5)})
try:
    c.lat = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del c.lon
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    c.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
d = {c: "here"}
print(d[Coord(1.5, 2.5)])

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False)

vs = [Version(1, 2), Version(0, 9, "old"), Version(1, 0), Version(1, 2, "dup")]
print(sorted(vs))
print(Version(1, 0) < Version(1, 1), Version(2) >= Version(1, 9), Version(1) <= Version(1), Version(1) > Version(1))
print(max(vs), min(vs))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)

@dataclass(unsafe_hash=True)
class Tagged:
    name: str
    weight: int = field(default=1, hash=False)

print(hash(Tagged("a")) == hash(Tagged("a", 5)), Tagged("a") == Tagged("a", 5))

@dataclass(eq=False)
class Identity:
    v: int

i = Identity(1)
print(i == i, i == Identity(1), len({i, Identity(1)}))

@dataclass
class Explicit:
    v: int

    def __hash__(self):
        return 42

print(hash(Explicit(3)))

@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str

hand = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(hand)[0], sorted(hand)[-1], len(set(hand + hand)))
c.lat = 5
