# === rich comparisons ===
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version("1.2.0"), Version("1.10.1")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version("2.0"), Version("1.0.5"), Version("1.0")]))
print(min(b, a), max([a, b]))

# === reflected comparisons: a > b uses b.__lt__ ===
class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y > x, x > y)
try:
    x <= y
except TypeError as e:
    print("TypeError:", e)

# === comparing with builtins ===
class Meters:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if isinstance(other, (int, float)):
            return self.v < other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, (int, float)):
            return self.v > other
        return NotImplemented


m = Meters(5)
print(m < 10, m > 10, 3 < m, 30 < m)
try:
    m < "x"
except TypeError as e:
    print("TypeError:", e)

# === sorting with a key and reverse, stability ===
class Rec:
    def __init__(self, name, score):
        self.name = name
        self.score = score

    def __lt__(self, other):
        return self.score < other.score

    def __repr__(self):
        return self.name


recs = [Rec("a", 3), Rec("b", 1), Rec("c", 3), Rec("d", 2)]
print(sorted(recs), sorted(recs, reverse=True))
recs.sort()
print(recs)

# === comparison results need not be bool ===
class Sym:
    def __lt__(self, other):
        return "lt-result"


print(Sym() < Sym())
