# === a transaction manager that rolls back on error ===
class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back after", exc_type.__name__)
        return False


db = {"a": 1}
with Transaction(db) as s:
    s["b"] = 2
print(db)
try:
    with Transaction(db) as s:
        s["c"] = 3
        raise KeyError("fail")
except KeyError:
    pass
print(db)

# === a reusable manager object ===
class Indent:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1

    def line(self, text):
        return "  " * self.level + text


ind = Indent()
out = [ind.line("top")]
with ind:
    out.append(ind.line("one"))
    with ind:
        out.append(ind.line("two"))
    out.append(ind.line("one again"))
out.append(ind.line("top again"))
print("\n".join(out))

# === a suppressing manager built from a class ===
class ignore:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        if t is not None and issubclass(t, self.kinds):
            self.caught.append(repr(e))
            return True
        return False


with ignore(ZeroDivisionError, KeyError) as ig:
    1 / 0
with ig:
    {}["k"]
print(ig.caught)

# === __enter__ and __exit__ inherited ===
class Base:
    def __enter__(self):
        print("enter", type(self).__name__)
        return self

    def __exit__(self, *a):
        print("exit", type(self).__name__)


class Child(Base):
    pass


with Child() as c:
    print("inside", type(c).__name__)
