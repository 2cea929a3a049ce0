from collections import namedtuple, Counter
import collections

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), p.x, p.y, p[0], p[-1], p[:1], len(p), list(p))
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, p == Point(1, 2), p != Point(2, 1), hash(p) == hash((1, 2)))
print(Point._fields, p._asdict(), p._replace(y=5), Point._make([3, 4]), p + (3,), 2 * p)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print({p: "first"}[Point(1, 2)], p in {Point(1, 2)}, 2 in p, p.count(1), p.index(2))
print(Point(y=7, x=8), Point.__name__, type(p).__name__)

Row = namedtuple("Row", "id, name score", defaults=[0])
print(Row(1, "a"), Row(2, "b", 9.5), Row._field_defaults, Row._fields)
Pair = collections.namedtuple("Pair", "left right")
print(Pair("l", "r"), [f"{a}-{b}" for a, b in [Pair(1, 2), Pair(3, 4)]])
print(Counter("aab"))

def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

attempt(lambda: Point(1))
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, 2, z=3))
attempt(lambda: Point(1, x=2))
attempt(lambda: p._replace(z=1))
attempt(lambda: Point._make([1]))
attempt(lambda: namedtuple("Bad", ["x", "x"]))
attempt(lambda: namedtuple("Bad", ["_x"]))
attempt(lambda: namedtuple("Bad", ["class"]))
attempt(lambda: namedtuple("Bad", "a b", defaults=[1, 2, 3]))
print(namedtuple("R", ["a", "a", "_b", "def"], rename=True)._fields)

import copy
q = Pair(1, [2, 3])
q2 = copy.deepcopy(q)
q2.right.append(4)
print(q, q2, copy.copy(q) == q)

def set_attr():
    p.x = 5

attempt(set_attr)
