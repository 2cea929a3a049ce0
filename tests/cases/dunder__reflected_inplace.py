# === reflected operators with builtins on the left ===
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __rsub__(self, other):
        return Money(other - self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


print(Money(5) + 3, 3 + Money(5), 10 - Money(4), sum([Money(1), Money(2), Money(3)]))
print(sum([Money(1)], Money(100)))

# === subclass reflected method wins ===
class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


print(Base() + Derived(), Derived() + Base(), Base() + Base())

# === in-place operators ===
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __repr__(self):
        return f"Acc{self.items}"


acc = Acc()
same = acc
acc += 1
acc += 2
print(acc, acc is same)

# === without __iadd__ the binary operator is used and rebinds ===
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o)

    def __mul__(self, o):
        return Num(self.v * o)


n = Num(1)
orig = n
n += 5
n *= 2
print(n.v, orig.v, n is orig)

# === in-place on attributes and items ===
class Holder:
    def __init__(self):
        self.acc = Acc()


h = Holder()
h.acc += "x"
box = [Acc()]
box[0] += "y"
print(h.acc, box)

try:
    q = Num(1)
    q -= 1
except TypeError as e:
    print("TypeError:", e)

# === __iadd__ returning NotImplemented falls back ===
class Fallback:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return Fallback(self.v + o)


fb = Fallback(1)
fb += 10
print(fb.v)
