# expect: ok
# stdout: field.__globals__ -> refused: AttributeError
# stdout: generated __init__ closure -> refused: AttributeError
# stdout: module __dict__ -> refused: AttributeError
# stdout: module __loader__ -> refused: AttributeError
# stdout: enum class __subclasses__ -> refused: AttributeError
# stdout: typing alias __globals__ -> refused: AttributeError
# stdout: done
# Stdlib modules written in Python are ordinary code in the program: their
# functions, classes and module objects lead to nothing outside it.
import dataclasses
import enum
import typing
from dataclasses import dataclass


@dataclass
class P:
    x: int


class Color(enum.Enum):
    RED = 1


attempts = [
    ("field.__globals__", lambda: dataclasses.field.__globals__),
    ("generated __init__ closure", lambda: P.__init__.__closure__),
    ("module __dict__", lambda: dataclasses.__dict__),
    ("module __loader__", lambda: typing.__loader__),
    ("enum class __subclasses__", lambda: enum.Enum.__subclasses__()),
    ("typing alias __globals__", lambda: typing.List.__getitem__.__globals__),
]
for label, attempt in attempts:
    try:
        attempt()
        print(label, "-> REACHED")
    except Exception as e:
        print(label, "-> refused:", type(e).__name__)
print("done")
