# === sending a value into a just-started generator ===
def echo():
    while True:
        got = yield
        print("echo", got)


e = echo()
try:
    e.send("too early")
except TypeError as err:
    print("TypeError:", err)
e.send(None)
e.send("now fine")

# === a generator cannot resume itself ===
def reentrant():
    yield me.send(None)


me = reentrant()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)


def self_next():
    yield next(sn)


sn = self_next()
try:
    next(sn)
except ValueError as err:
    print("ValueError:", err)

# === after an exception the generator is finished ===
def breaks():
    yield 1
    raise KeyError("inside")
    yield 2


b = breaks()
print(next(b))
try:
    next(b)
except KeyError as err:
    print("KeyError:", err)
print(next(b, "finished"), list(b))
try:
    b.send(None)
except StopIteration as err:
    print("StopIteration", err.args)

# === StopIteration raised inside a generator becomes RuntimeError (PEP 479) ===
def early_stop():
    yield 1
    raise StopIteration("manual stop")


es = early_stop()
next(es)
try:
    next(es)
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", repr(err.__cause__))


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    list(next_on_empty())
except RuntimeError as err:
    print("RuntimeError:", err)

# === throw() argument errors ===
def idle():
    while True:
        yield


i = idle()
next(i)
for args in [(5,), ("text",), (ValueError("x"), "extra"), (ValueError, None, "tb")]:
    try:
        i.throw(*args)
    except TypeError as err:
        print("TypeError:", err)
try:
    i.throw()
except TypeError as err:
    print("TypeError:", err)
try:
    i.send()
except TypeError as err:
    print("TypeError:", err)
try:
    i.close(1)
except TypeError as err:
    print("TypeError:", err)

# === exhausted generators ===
def one():
    yield 1


o = one()
print(list(o), list(o), next(o, None))
try:
    o.throw(KeyError("after the end"))
except KeyError as err:
    print("KeyError raised as-is:", err)
print(o.close())

# === an uncaught StopIteration from next() ===
g = one()
next(g)
next(g)
