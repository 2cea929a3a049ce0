# === update from dict, pairs, kwargs ===
d = {"a": 1}
d.update({"b": 2, "a": 10})
print(d)
d.update([("c", 3), ("d", 4)])
print(d)
d.update(e=5, a=0)
print(d)
d.update()
print(d)

# === | and |= ===
x = {"k1": 1, "k2": 2}
y = {"k2": 20, "k3": 30}
print(x | y, y | x, x)
x |= y
print(x)
x |= [("k4", 4)]
print(x)
try:
    x | [("k5", 5)]
except TypeError as e:
    print(type(e).__name__, e)

# === ** unpacking ===
base = {"host": "localhost", "port": 80}
override = {"port": 8080}
print({**base, **override}, {**override, **base}, {**base, "debug": True})

# === update errors ===
try:
    d.update([("only",)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
