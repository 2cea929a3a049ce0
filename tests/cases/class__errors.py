# === calling with the wrong arguments ===
class P:
    def __init__(self, a, b=2):
        self.a = a

    def m(self, x):
        return x


try:
    P()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1).m()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1).m(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, c=3)
except TypeError as e:
    print("TypeError:", e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
try:
    NoInit(x=1)
except TypeError as e:
    print("TypeError:", e)

# === __init__ must return None ===
class Bad:
    def __init__(self):
        return 5


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

# === instances are not callable, subscriptable, iterable by default ===
obj = NoInit()
for action in (lambda: obj(), lambda: obj[0], lambda: iter(obj), lambda: len(obj), lambda: obj + 1, lambda: -obj):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
try:
    obj < obj
except TypeError as e:
    print("TypeError:", e)
try:
    obj[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del obj[0]
except TypeError as e:
    print("TypeError:", e)
try:
    with obj:
        pass
except TypeError as e:
    print("TypeError:", e)

# === bad bases ===
try:
    class Weird(3):
        pass
except TypeError as e:
    print("TypeError")

# === unbound method with the wrong receiver count ===
try:
    P.m(P(1))
except TypeError as e:
    print("TypeError:", e)
