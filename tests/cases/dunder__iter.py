# === an iterator class ===
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")

# === an iterable whose __iter__ is a generator ===
class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i * i


r = Range2(4)
print(list(r), list(r), sorted(r, reverse=True), max(r), dict(zip("abcd", r)))
print(tuple(enumerate(Range2(3))), set(Range2(3)), list(map(str, Range2(3))))
a, b, c = Range2(3)
print(a, b, c, *Range2(2))

# === __iter__ returning a builtin iterator ===
class Team:
    def __init__(self, *names):
        self.names = names

    def __iter__(self):
        return iter(self.names)


print(list(Team("x", "y")), "y" in Team("x", "y"), ",".join(Team("p", "q")))
for name in Team("solo"):
    print("member", name)

# === __iter__ returning a non-iterator ===
class Bad:
    def __iter__(self):
        return 5


try:
    iter(Bad())
except TypeError as e:
    print("TypeError:", e)

# === an iterator used in any / all / filter ===
class Numbers:
    def __init__(self, *v):
        self.v = v
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.v):
            raise StopIteration
        self.i += 1
        return self.v[self.i - 1]


print(any(Numbers(0, 0, 3)), all(Numbers(1, 0)), list(filter(None, Numbers(0, 1, 2))))
