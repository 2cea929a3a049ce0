# === __call__ ===
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *, plus=0):
        return x * self.k + plus


double = Multiplier(2)
print(double(5), double(5, plus=1), list(map(double, [1, 2, 3])), callable(double), callable(Multiplier))
print(sorted([3, 1, 2], key=Multiplier(-1)))

# === __format__ ===
class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c}C"


t = Temp(100)
print(f"{t}", f"{t:f}", format(t, "f"), "{:f}".format(t), "{}".format(t))


class NoFormat:
    def __str__(self):
        return "nf"


print(f"{NoFormat()}", format(NoFormat()), f"{NoFormat()!s:>5}")
try:
    f"{NoFormat():>5}"
except TypeError as e:
    print("TypeError:", e)

# === __index__ ===
class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


items = ["a", "b", "c", "d"]
print(items[Idx(1)], "xyz"[Idx(2)], (1, 2, 3)[Idx(-1)])
items[Idx(0)] = "A"
del items[Idx(3)]
print(items)

# === __getattr__ for missing attributes only ===
class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.target, name)


class Target:
    color = "blue"

    def hello(self):
        return "hi from target"


p = Proxy(Target())
print(p.color, p.hello(), p.target.color, hasattr(p, "_secret"), getattr(p, "nope", "default"))


class Defaults:
    def __getattr__(self, name):
        return f"<{name}>"


d = Defaults()
d.real = 1
print(d.real, d.anything, d.other)

# === __setattr__ and __delattr__ ===
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")


fr = Frozen(3)
print(fr.x)
for f in (lambda: setattr(fr, "x", 4), lambda: delattr(fr, "x")):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)


class Recorder:
    def __init__(self):
        super().__setattr__("log", [])

    def __setattr__(self, name, value):
        self.log.append(name)
        super().__setattr__(name, value)


rec = Recorder()
rec.a = 1
rec.b = 2
print(rec.log, rec.a + rec.b)
