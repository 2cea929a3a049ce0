from enum import Enum, auto, unique
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return self.name.lower() + "!"

    @property
    def is_warm(self):
        return self is Color.RED

# === members ===
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color["GREEN"], Color(3), Color(Color.BLUE), Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [c.name for c in Color])
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(Color.RED.describe(), Color.RED.is_warm, Color.BLUE.is_warm)
print(type(Color.RED) is Color, isinstance(Color.GREEN, Color), isinstance(Color.GREEN, Enum))
print(f"{Color.RED}", "{}".format(Color.BLUE), str(Color.GREEN))
print(Color.__members__.keys() if False else list(Color.__members__))
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: -c.value))

# === errors ===
def attempt(f):
    try:
        print(f())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)

attempt(lambda: Color(5))
attempt(lambda: Color("red"))
attempt(lambda: Color["PURPLE"])
attempt(lambda: Color.RED < Color.GREEN)

# === auto ===
class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()

print([(s.name, s.value) for s in Step])

class Mixed(Enum):
    A = 10
    B = auto()

print(Mixed.B.value)

# === unique ===
@unique
class Fine(Enum):
    X = 1
    Y = 2

print(list(Fine))
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
        Z = 2
        W = 2
except ValueError as e:
    print("ValueError", e)

# === missing hook, in dict keys, match on value ===
class Status(Enum):
    OK = "ok"
    FAIL = "fail"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

print(Status("OK"), Status("fail"))
counts = {s: 0 for s in Status}
for r in ["ok", "ok", "fail"]:
    counts[Status(r)] += 1
print(counts)
print(enum.Enum is Enum)

# === members inside other data ===
import copy
from dataclasses import dataclass, asdict

@dataclass
class Job:
    name: str
    status: Status

print(asdict(Job("j", Status.OK)), copy.deepcopy(Color.RED) is Color.RED, copy.copy(Color.RED) is Color.RED)
print(copy.deepcopy([Color.RED, {"s": Status.FAIL}]))
Color(7)
