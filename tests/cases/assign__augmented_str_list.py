# === string augmented ===
s = "ab"
s += "cd"
print(s)
s *= 3
print(s)
t = s
s += "!"
print(s, t)
assert t == "abcdabcdabcd", "str immutable"

# === string repeat by zero / negative ===
r = "xyz"
r *= 0
print(repr(r))
r = "q"
r *= -2
print(repr(r))

# === list += extends in place ===
a = [1, 2]
b = a
a += [3, 4]
print(a, b)
assert a is b, "list += in place"

# === list += accepts any iterable ===
a += "xy"
print(a)
a += (9,)
print(a)
a += range(2)
print(a)

# === list = list + other creates new ===
c = [1]
d = c
c = c + [2]
print(c, d)
assert c is not d, "plus makes new list"

# === list *= in place ===
e = [0, 1]
f = e
e *= 2
print(e, f, e is f)

# === list + non-list is an error ===
try:
    g = [1]
    g = g + (2,)
except TypeError as err:
    print(type(err).__name__, err)

# === tuple += creates new ===
t1 = (1, 2)
t2 = t1
t1 += (3,)
print(t1, t2)
