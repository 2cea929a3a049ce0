# === the value of yield from is the sub-generator's return value ===
def read_chunk(name, n):
    for i in range(n):
        yield f"{name}{i}"
    return n


def read_all():
    total = 0
    total += yield from read_chunk("a", 2)
    total += yield from read_chunk("b", 3)
    return total


def drive(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value


print(drive(read_all()))

# === send() and throw() are delegated to the sub-generator ===
def inner():
    received = []
    while True:
        try:
            x = yield len(received)
        except ValueError as e:
            received.append("err:" + str(e))
            continue
        if x == "stop":
            return received
        received.append(x)


def outer():
    result = yield from inner()
    yield ("inner returned", result)


g = outer()
print(next(g))
print(g.send("a"))
print(g.throw(ValueError("bad")))
print(g.send("b"))
print(g.send("stop"))

# === yield from plain iterables: lists, strings, ranges, dict keys, generator expressions ===
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, (4, 5)], []], 6])))


def mixed():
    r = yield from [1, 2]
    assert r is None
    yield from "ab"
    yield from range(3, 5)
    yield from {"k1": 1, "k2": 2}
    yield from (x * x for x in range(3))


print(list(mixed()))

# === throw into a generator delegating to a plain iterator raises at the yield from ===
def over_list():
    try:
        yield from [1, 2, 3]
    except KeyError as e:
        yield "handled " + repr(e)


ol = over_list()
print(next(ol))
print(ol.throw(KeyError("k")))

# === close() closes the whole delegation chain, innermost first ===
def leaf(name):
    try:
        yield name
        yield name + "!"
    finally:
        print("close", name)


def middle():
    try:
        yield from leaf("leaf")
    finally:
        print("close middle")


def top():
    try:
        yield from middle()
    finally:
        print("close top")


t = top()
print(next(t))
t.close()
print(next(t, "closed"))

# === deep delegation chains ===
def depth(n):
    if n == 0:
        got = yield "bottom"
        return got
    got = yield from depth(n - 1)
    return got + 1


d = depth(100)
print(next(d))
try:
    d.send(0)
except StopIteration as e:
    print("depth returned", e.value)

# === an exception in the sub-generator propagates through yield from ===
def failing():
    yield 1
    raise ValueError("sub failed")


def guarded():
    try:
        yield from failing()
    except ValueError as e:
        yield "guarded: " + str(e)


print(list(guarded()))

# === a sub-generator's StopIteration is a RuntimeError, not the end of the outer one ===
def leaky():
    yield 1
    raise StopIteration("leak")


def wrapper():
    try:
        yield from leaky()
    except RuntimeError as e:
        yield f"{type(e).__name__}: {e}"


print(list(wrapper()))

# === close() and throw() reach the bottom of a deep chain ===
closed = []


def deep_close(n):
    try:
        if n:
            yield from deep_close(n - 1)
        else:
            yield "deepest"
    finally:
        closed.append(n)


dc = deep_close(300)
print(next(dc))
dc.close()
print(len(closed), closed[:3], closed[-1])


def deep_catch(n):
    if n:
        return (yield from deep_catch(n - 1)) + 1
    try:
        yield "waiting"
    except KeyError:
        return 0


dt = deep_catch(300)
next(dt)
try:
    dt.throw(KeyError("to the bottom"))
except StopIteration as e:
    print("caught at the bottom, returned", e.value)
