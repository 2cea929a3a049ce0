# === arithmetic operators ===
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        return NotImplemented

    def __sub__(self, other):
        return Vec(*[a - b for a, b in zip(self.xs, other.xs)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*[a * k for a in self.xs])
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.xs, k.xs))
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(*[a / k for a in self.xs])

    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.xs])

    def __mod__(self, k):
        return Vec(*[a % k for a in self.xs])

    def __pow__(self, k):
        return Vec(*[a ** k for a in self.xs])

    def __matmul__(self, other):
        return "matmul"

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5

    def __invert__(self):
        return Vec(*reversed(self.xs))

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, a * b, b / 2, b // 2, b % 3, a ** 2, a @ b)
print(-a, +a, abs(Vec(3, 4)), ~a)

# === unsupported combinations ===
for op in (lambda: a + 1, lambda: 1 + a, lambda: a + None, lambda: [1] + a):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)

# === bitwise and shifts ===
class Flags:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Flags(self.v & o.v)

    def __or__(self, o):
        return Flags(self.v | o.v)

    def __xor__(self, o):
        return Flags(self.v ^ o.v)

    def __lshift__(self, n):
        return Flags(self.v << n)

    def __rshift__(self, n):
        return Flags(self.v >> n)

    def __repr__(self):
        return f"Flags({self.v:#06b})"


f1, f2 = Flags(0b1100), Flags(0b1010)
print(f1 & f2, f1 | f2, f1 ^ f2, f1 << 1, f1 >> 2)

# === unary operators missing ===
class Nothing:
    pass


for op in (lambda: -Nothing(), lambda: +Nothing(), lambda: ~Nothing(), lambda: abs(Nothing())):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
