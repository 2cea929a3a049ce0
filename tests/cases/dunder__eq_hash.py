# === __eq__ and __hash__ together ===
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))


k1, k2, k3 = Key(1, "x"), Key(1, "x"), Key(2, "y")
print(k1 == k2, k1 != k2, k1 == k3, k1 != k3, k1 == "str", k1 != 5)
d = {k1: "one"}
print(d[k2], k2 in d, k3 in d, len({k1, k2, k3}))
print([k1, k3].index(k2), [k1, k2, k3].count(Key(1, "x")), k2 in [k3, k1])
print(hash(k1) == hash(k2))

# === __eq__ alone makes instances unhashable ===
class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly(1) == EqOnly(1), EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)

# === default equality is identity, default hash works ===
class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p != Plain(), len({p, p, Plain()}))

# === __ne__ defaults to the inverse of __eq__ ===
class AlwaysEq:
    def __eq__(self, other):
        return True

    __hash__ = None


print(AlwaysEq() != 3, AlwaysEq() == 3, 3 == AlwaysEq(), 3 != AlwaysEq())

# === explicit __ne__ ===
class Odd:
    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return "custom"


print(Odd() != 1, Odd() == Odd())

# === reflected __eq__ when the left side declines ===
class Left:
    def __eq__(self, other):
        print("Left.__eq__")
        return NotImplemented


class Right:
    def __eq__(self, other):
        print("Right.__eq__")
        return True


print(Left() == Right())
print(Left() == Left())

# === hash returning a custom int ===
class H:
    def __hash__(self):
        return 12345


print(hash(H()), hash(H()) == hash(H()))
