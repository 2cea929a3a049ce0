# === construction ===
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), type(f).__name__, frozenset(), repr(frozenset()))
print(frozenset({1}), frozenset([0, 1]))

# === immutability ===
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)

# === operations return frozenset when left is frozenset ===
r = f | {9}
print(type(r).__name__, sorted(r))
r2 = {9} | f
print(type(r2).__name__, sorted(r2))
print(type(f & {1}).__name__, type(f - {1}).__name__, type(f ^ {1}).__name__)

# === as dict key and set element ===
d = {frozenset({"a", "b"}): "ab", frozenset(): "empty"}
print(d[frozenset({"b", "a"})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))

# === equality with set ===
print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({2, 1}), f <= {1, 2, 3, 4})

# === set of frozensets membership ===
print(frozenset({2}) in nested, frozenset({3}) in nested)
