# === str ===
s = "hello world"
print("world" in s, "o w" in s, "" in s, "xyz" in s, "H" not in s)

# === list / tuple ===
lst = [1, 2, [3, 4], "five"]
print(2 in lst, [3, 4] in lst, 3 in lst, "five" in lst, 6 not in lst)
tup = (None, 0, "")
print(None in tup, False in tup, "" in tup, 1 in tup)

# === dict checks keys ===
d = {"a": 1, "b": 2}
print("a" in d, 1 in d, "c" not in d, 1 in d.values(), ("a", 1) in d.items())

# === set ===
st = {1, 2, 3}
print(2 in st, 4 in st, 2.0 in st, 4 not in st)

# === range ===
r = range(0, 20, 3)
print(9 in r, 10 in r, -3 in r, 18 in r, 21 in r, 3.0 in r)
print(5 in range(10, 0, -1), 0 in range(10, 0, -1))

# === TypeError for unhashable in set ===
try:
    [1] in st
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
