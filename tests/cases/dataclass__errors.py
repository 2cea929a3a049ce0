from dataclasses import dataclass, field

@dataclass
class P:
    x: int
    y: int
    z: int = 3

def attempt(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: P())
attempt(lambda: P(1))
attempt(lambda: P(1, 2, 3, 4))
attempt(lambda: P(1, 2, w=5))
attempt(lambda: P(1, 2, x=5))

@dataclass
class One:
    a: int

attempt(lambda: One())
attempt(lambda: One(1, 2))

@dataclass
class Three:
    a: int
    b: int
    c: int

attempt(lambda: Three())

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2

attempt(lambda: K())
attempt(lambda: K(1))

def bad_order():
    @dataclass
    class Bad:
        x: int = 0
        y: int

attempt(bad_order)

def mutable():
    @dataclass
    class M:
        x: list = []

attempt(mutable)

def mutable_dict():
    @dataclass
    class M:
        x: dict = {}

attempt(mutable_dict)

def both():
    field(default=1, default_factory=list)

attempt(both)

def order_without_eq():
    @dataclass(order=True, eq=False)
    class O:
        x: int

attempt(order_without_eq)

def overwrite_lt():
    @dataclass(order=True)
    class O:
        x: int

        def __lt__(self, other):
            return True

attempt(overwrite_lt)

def no_annotation():
    @dataclass
    class N:
        x = field(default=1)

attempt(no_annotation)

@dataclass
class Frozen:
    a: int

def inherit_frozen():
    @dataclass(frozen=True)
    class F(Frozen):
        b: int = 0

attempt(inherit_frozen)
P(1, 2, 3, 4)
