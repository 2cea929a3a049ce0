d = {"a": 1, "b": 2, 3: "three", (4, 5): "tuple"}

# === del ===
del d["a"]
print(d)
del d[3]
print(d)

# === KeyError messages show the repr of the key ===
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    d[42]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[None]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["it's"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[""]
except KeyError as e:
    print(type(e).__name__, e)

# === KeyError is a LookupError ===
try:
    {}["x"]
except LookupError as e:
    print("lookup", type(e).__name__, e)
