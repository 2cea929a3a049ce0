# === int / float / bool equality ===
print(1 == 1.0 == True, 0 == 0.0 == False, 2 == 2.0, 2 != True)
one = 1
print(one is True, True is True, 1.0 == True)

# === in containers ===
print(True in [1], 1.0 in (True,), 0 in [False], False in [0.0])
print([True, False] == [1, 0], (1, 0.0) == (True, False))

# === dict keys unify equal numbers ===
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {0: "a", False: "b", 0.0: "c"}
print(d2)

# === set unification ===
s = {1, 1.0, True}
print(len(s))
s2 = {0, 0.0, False, 2}
print(len(s2))

# === list count/index with equal numbers ===
lst = [1, 1.0, True, 2]
print(lst.count(1), lst.index(True), lst.index(2.0))

# === big int vs float ===
print(2 ** 63 == 2.0 ** 63, 2 ** 64 + 1 == 2.0 ** 64, 10 ** 16 == 1e16)
