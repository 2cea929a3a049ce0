import operator
from operator import itemgetter, attrgetter, methodcaller

# === getters as sort keys ===
rows = [("bob", 31, "NY"), ("ann", 25, "LA"), ("cy", 31, "LA")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)), max(rows, key=itemgetter(1)))
print(itemgetter(0)("xyz"), itemgetter(-1, 0)([1, 2, 3]), itemgetter("a")({"a": 9}), list(map(itemgetter(2), rows)))
recs = [{"n": "b", "v": 2}, {"n": "a", "v": 3}]
print(sorted(recs, key=itemgetter("n")), repr(itemgetter(1, "x")))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "o", 1)("banana"))
print(sorted(["b", "A", "c"], key=methodcaller("lower")), repr(methodcaller("split", ",")))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
people = [P("zed", 3), P("amy", 9)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]), repr(attrgetter("name")))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)

# === operator functions ===
print(operator.add(2, 3), operator.sub(5, 7), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 8))
print(operator.neg(4), operator.not_(0), operator.truth([1]), operator.abs(-3), operator.index(7), operator.eq(1, 1.0), operator.lt("a", "b"))
print(operator.contains([1, 2], 2), operator.getitem({"k": 1}, "k"), operator.concat([1], [2]), operator.and_(6, 3), operator.xor(6, 3), operator.invert(5))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), reduce(operator.add, ["a", "b", "c"]), list(map(operator.sub, [10, 20], [1, 2])))
d = {}
operator.setitem(d, "x", 1)
print(d, operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.is_(None, None))
