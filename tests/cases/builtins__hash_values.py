def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# === hash of ints, floats, tuples and frozensets matches CPython ===
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 70)))
print(hash(1.5), hash(-0.5), hash(0.1), hash(1e100), hash(float('inf')), hash(2.0) == hash(2))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((True, 1.5)))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset([-1, 2 ** 70])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash((1, 2)) == hash((2, 1)))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(range(3)) == hash(range(0, 3)))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash((1, [2])))
t(lambda: hash({1}))
t(lambda: hash(slice(1, 2)))
