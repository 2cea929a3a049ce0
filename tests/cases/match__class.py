# === __match_args__ positional and keyword sub-patterns ===
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(x, y, 0):
            return f"3d point on the floor at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(0, y=y):
            return f"on the y axis at {y}"
        case Point(x=x, y=y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(2, 0), Point(0, 3), Point(4, 4), Point(1, 2), Point3(1, 2, 0), Point3(0, 0, 1), (0, 0)]:
    print(where(p))

# === keyword patterns without __match_args__, missing attributes fail ===
class Response:
    def __init__(self, status, body=None):
        self.status = status
        if body is not None:
            self.body = body


def handle(r):
    match r:
        case Response(status=200, body=body):
            return f"ok: {body}"
        case Response(status=200):
            return "ok without body"
        case Response(status=404 | 410):
            return "gone"
        case Response(status=s) if s >= 500:
            return f"server error {s}"
    return "unhandled"


print([handle(r) for r in [Response(200, "hi"), Response(200), Response(410), Response(503), Response(302)]])

# === properties are read like attributes ===
class Temp:
    __match_args__ = ("celsius",)

    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @property
    def hot(self):
        return self._c > 30


match Temp(35):
    case Temp(c, hot=True):
        print("hot", c)

# === builtin types: one positional sub-pattern matches the subject itself ===
def typed(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s}"
        case list([x, *_]):
            return f"list starting {x}"
        case list():
            return "empty list"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict():
            return "dict"
        case set() | frozenset():
            return f"set of {len(v)}"
        case _:
            return "other"


for v in [True, 0, 7, 1.5, "", b"", "s", [3, 4], [], (1, 2), {"k": 1}, {}, {1}, frozenset(), None]:
    print(repr(v), typed(v))

# === exception classes ===
def explain(err):
    match err:
        case KeyError(args=(key,)):
            return f"missing key {key!r}"
        case ValueError(args=[msg, *_]):
            return f"bad value: {msg}"
        case OSError() | LookupError():
            return "io or lookup"
        case Exception(args=()):
            return f"bare {type(err).__name__}"
    return "other"


print([explain(e) for e in [KeyError("k"), ValueError("v", 1), IndexError(1), RuntimeError(), ArithmeticError("x")]])

# === an AST evaluator with nested class patterns ===
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


def evaluate(node):
    match node:
        case Num(v):
            return v
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(x):
            return -evaluate(x)
        case BinOp("+", Num(0), r) | BinOp("+", r, Num(0)):
            return evaluate(r)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")


tree = BinOp("*", BinOp("+", Num(2), Num(0)), Neg(Neg(BinOp("+", Num(1), Num(4)))))
print(evaluate(tree))
try:
    evaluate(BinOp("/", Num(1), Num(2)))
except ValueError as e:
    print(e)
