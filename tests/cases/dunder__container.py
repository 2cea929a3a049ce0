# === a custom mapping ===
class Registry:
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key.lower() in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(sorted(self._data))


r = Registry()
r["Alpha"] = 1
r["beta"] = 2
print(len(r), "ALPHA" in r, "gamma" in r, "gamma" not in r, r["alpha"], list(r))
del r["alpha"]
print(len(r), list(r), bool(r))
try:
    r["missing"]
except KeyError as e:
    print("KeyError:", e)

# === a custom sequence with slices ===
class Window:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Window(self.data[i])
        return self.data[i]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"Window({self.data})"


w = Window([10, 20, 30, 40])
print(w[0], w[-1], w[1:3], w[::2], len(w))
try:
    w[10]
except IndexError as e:
    print("IndexError:", e)

# === __contains__ falls back to __iter__ ===
class Evens:
    def __iter__(self):
        return iter([0, 2, 4])


print(2 in Evens(), 3 in Evens())

# === __len__ drives truthiness; __bool__ wins over it ===
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Flagged(Sized):
    def __bool__(self):
        return True


print(bool(Sized(0)), bool(Sized(2)), bool(Flagged(0)), "yes" if Sized(0) else "no")

# === bad __len__ / __bool__ results ===
class NegLen:
    def __len__(self):
        return -1


class FloatLen:
    def __len__(self):
        return 1.5


class IntBool:
    def __bool__(self):
        return 1


for f in (lambda: len(NegLen()), lambda: len(FloatLen()), lambda: bool(IntBool())):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# === a 2D grid using tuple keys ===
class Grid:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, pos, v):
        self.cells[pos] = v

    def __getitem__(self, pos):
        return self.cells.get(pos, ".")


g = Grid()
g[0, 1] = "#"
g[(2, 2)] = "@"
print("".join(g[0, c] for c in range(3)), g[2, 2])
