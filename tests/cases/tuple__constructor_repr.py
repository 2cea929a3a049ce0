# === tuple() ===
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1, "j": 2}), tuple((1,)))
print(tuple(x * 2 for x in range(3)), tuple(b"ab"))
t = (1, 2)
print(tuple(t) is t or tuple(t) == t)

# === nested repr ===
print(((1, 2), (3, (4, (5,)))), ((),), (None, True, "s", 1.5), ([1], {"a": (2,)}))
print(repr((("x",),)), str(("a", 'b"c', "d'e")))

# === tuple with single element repr ===
print((1,), ("s",), ((1,),), [(1,)])

# === errors ===
try:
    tuple(5)
except TypeError as e:
    print(type(e).__name__, e)

# === hash consistency for equal small int tuples used as keys ===
d = {(1, 2): "a"}
print(d[tuple([1, 2])])
