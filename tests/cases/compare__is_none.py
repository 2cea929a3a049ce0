# === is / is not with None ===
x = None
print(x is None, x is not None, x == None)
y = 0
print(y is None, y is not None, not y)
e, s = [], ""
print(e is None, s is None, None is None)

# === optional defaults ===
def greet(name=None):
    if name is None:
        return "hello, stranger"
    return "hello, " + name
print(greet(), greet("ann"), greet(""))

# === filtering None ===
vals = [1, None, 0, None, 3, False]
print([v for v in vals if v is not None])
print([v for v in vals if v])
print(vals.count(None))

# === is with bools ===
print(True is True, (1 == 1) is True, bool(1) is True, (2 > 3) is False)

# === dict.get returns None ===
d = {"a": 1}
print(d.get("b") is None, d.get("a") is None)

# === function without return ===
def noop():
    pass
print(noop() is None, noop())
