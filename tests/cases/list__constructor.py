# === list() from iterables ===
print(list(), list("abc"), list((1, 2)), list(range(4)), list({"a": 1, "b": 2}), list(b"hi"))
print(list({"x": 1}.items()), list({"x": 1}.values()), list(enumerate("ab")), list(zip([1, 2], "ab")))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])), list(reversed([1, 2, 3])))

# === list of list copies ===
a = [1, 2]
b = list(a)
b.append(3)
print(a, b)

# === sets via sorted ===
print(sorted(list({3, 1, 2})))

# === errors ===
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
