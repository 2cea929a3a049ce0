from contextlib import nullcontext, suppress

# === suppress swallows the listed exceptions and their subclasses ===
with suppress(KeyError):
    {}["x"]
print("KeyError suppressed")

with suppress(LookupError):
    [][1]
print("IndexError suppressed as a LookupError")

with suppress(ValueError, TypeError):
    int("not a number")
print("ValueError suppressed")

with suppress():
    pass
print("empty suppress")

try:
    with suppress(KeyError):
        raise ZeroDivisionError("not listed")
except ZeroDivisionError as e:
    print("not suppressed:", e)


class AppError(Exception):
    pass


class Minor(AppError):
    pass


with suppress(AppError):
    raise Minor("minor")
print("user subclass suppressed")

# === code after the raising statement is skipped ===
steps = []
with suppress(ValueError):
    steps.append(1)
    raise ValueError
    steps.append(2)
steps.append(3)
print(steps)

# === suppress in a loop and a function, as agents write it ===
def parse_all(texts):
    out = []
    for t in texts:
        with suppress(ValueError):
            out.append(int(t))
    return out


print(parse_all(["1", "x", "3", "", "40"]))


def first_number(texts):
    for t in texts:
        with suppress(ValueError):
            return int(t)
    return None


print(first_number(["a", "b", "7", "8"]), first_number([]))

# === the manager object ===
s = suppress(KeyError)
print(s.__enter__())
print(s.__exit__(None, None, None))
print(s.__exit__(KeyError, KeyError("k"), None))
print(s.__exit__(ValueError, ValueError("v"), None))
with s:
    raise KeyError("reused")
print("reusable")

# === nullcontext ===
with nullcontext() as v:
    print(v)
with nullcontext(42) as v:
    print(v)
with nullcontext(enter_result=[1, 2]) as v:
    print(v)


def maybe_lock(lock):
    return lock if lock is not None else nullcontext()


class Lock:
    def __enter__(self):
        print("locked")
        return self

    def __exit__(self, *exc):
        print("unlocked")
        return False


for lock in [None, Lock()]:
    with maybe_lock(lock):
        print("critical section")

try:
    with nullcontext("x"):
        raise KeyError("not suppressed by nullcontext")
except KeyError as e:
    print("KeyError", e)
