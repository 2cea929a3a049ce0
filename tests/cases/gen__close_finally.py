# === close() raises GeneratorExit at the yield: finally blocks run ===
def resource(name, log):
    log.append("open " + name)
    try:
        while True:
            yield name
    finally:
        log.append("close " + name)


log = []
r = resource("db", log)
next(r)
next(r)
assert r.close() is None
print(log)
print(next(r, "exhausted"))
assert r.close() is None

# === close() on a generator that never started runs nothing ===
log = []
r = resource("never", log)
r.close()
print(log, next(r, "closed before start"))

# === GeneratorExit can be caught if the generator then stops ===
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("cleaning up")
        return "ignored return value"


p = polite()
next(p)
print(p.close())

# === yielding after GeneratorExit is a RuntimeError ===
def stubborn():
    refused = False
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if refused:
                raise
            refused = True
            print("refusing to close")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s))
s.close()
print(next(s, "closed the second time"))

# === another exception raised during close() propagates ===
def angry():
    try:
        yield
    except GeneratorExit:
        raise ValueError("won't close quietly")


a = angry()
next(a)
try:
    a.close()
except ValueError as e:
    print("ValueError:", e)
print(next(a, "finished"))

# === finally runs when a for loop breaks out and the generator is closed explicitly ===
def numbers(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("numbers finally")


log = []
gen = numbers(log)
for n in gen:
    if n == 3:
        break
gen.close()
print(log)

# === try/finally around yield, exhausted normally ===
def steps():
    try:
        yield "a"
        yield "b"
    finally:
        print("steps finally")
    yield "after finally"


print(list(steps()))

# === with blocks inside a generator exit on close ===
class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False


def managed():
    with Tracker("outer"):
        with Tracker("inner"):
            yield 1
            yield 2


m = managed()
next(m)
m.close()

# === except Exception does not catch GeneratorExit ===
def broad():
    try:
        yield 1
    except Exception:
        print("not reached")
    finally:
        print("broad finally")


b = broad()
next(b)
b.close()
