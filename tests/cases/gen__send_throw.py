# === send drives a coroutine-style accumulator ===
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = averager()
assert next(avg) is None
assert avg.send(10) == 10.0
assert avg.send(20) == 15.0
assert avg.send(30) == 20.0
try:
    avg.send(None)
except StopIteration as e:
    assert e.value == (3, 20.0)
    assert e.args == ((3, 20.0),)
    print("averager returned", e.value)

# === return value becomes StopIteration.value ===
def gives(v):
    yield "first"
    return v


for ret in [None, 0, "done", [1, 2]]:
    g = gives(ret)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)

# === next() with a default swallows the return value ===
g = gives(5)
print(next(g), next(g, "default"), next(g, "again"))

# === throw() into a suspended generator ===
def resilient():
    results = []
    while True:
        try:
            item = yield results
        except ValueError as e:
            results.append("bad:" + str(e))
        except KeyError:
            results.append("missing")
            return results
        else:
            results.append(item)


r = resilient()
next(r)
r.send(1)
print(r.throw(ValueError("oops")))
print(r.send(2))
try:
    r.throw(KeyError("k"))
except StopIteration as e:
    print("finished with", e.value)

# === throw() forms: instance, class, class + value, class + tuple, 3 arguments ===
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)


c = catcher()
next(c)
c.throw(ValueError("instance"))
c.throw(ValueError)
c.throw(ValueError, "value")
c.throw(ValueError, ("a", "b"))
c.throw(ValueError, ValueError("same instance"))
c.throw(TypeError, None, None)


class AppError(Exception):
    pass


c.throw(AppError, "custom")
c.throw(AppError("custom instance"))

# === an uncaught thrown exception propagates to the caller ===
def plain():
    yield 1
    yield 2


p = plain()
next(p)
try:
    p.throw(RuntimeError("from outside"))
except RuntimeError as e:
    print("propagated:", e)
print(next(p, "exhausted after throw"))

# === throw into a generator that has not started ===
fresh = plain()
try:
    fresh.throw(IndexError("early"))
except IndexError as e:
    print("not started:", e)
print(list(fresh))

# === the exception handled at the yield is the context of a new one ===
def chained():
    try:
        yield 1
    except ValueError:
        raise KeyError("during handling")


ch = chained()
next(ch)
try:
    ch.throw(ValueError("original"))
except KeyError as e:
    print(repr(e), repr(e.__context__))

# === send() and __next__ as bound methods ===
def counter():
    n = 0
    while True:
        step = yield n
        n += 1 if step is None else step


cnt = counter()
nxt = cnt.__next__
snd = cnt.send
print(nxt(), nxt(), snd(10), snd(5), nxt())
print(list(map(cnt.send, [1, 1, 1])))
