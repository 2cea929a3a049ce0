# coroutines without an event loop: driven by send/throw, awaited in chains
async def add(a, b):
    return a + b


async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    return y


c = chain()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)


class Ticket:
    def __await__(self):
        got = yield "waiting"
        return got * 2


async def uses_ticket():
    return await Ticket()


c = uses_ticket()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("ticket", e.value)

# throw into a suspended coroutine reaches the innermost await
c = uses_ticket()
c.send(None)
try:
    c.throw(ValueError("cancel"))
except ValueError as e:
    print("thrown", e)


async def awaits(x):
    return await x


for bad in [1, "s", None]:
    c = awaits(bad)
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError", e)


def gen():
    yield 1


c = awaits(gen())
try:
    c.send(None)
except TypeError as e:
    print("TypeError", e)


class BadAwait:
    def __await__(self):
        return 5


c = awaits(BadAwait())
try:
    c.send(None)
except TypeError as e:
    print("TypeError", e)

# a finished coroutine cannot be awaited again
inner = add(1, 1)
c = awaits(inner)
try:
    c.send(None)
except StopIteration as e:
    print("first", e.value)
c = awaits(inner)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# coroutines are not iterable
c = add(1, 2)
try:
    iter(c)
except TypeError as e:
    print("TypeError", e)
c.close()
c2 = add(3, 4)
try:
    for _ in c2:
        pass
except TypeError as e:
    print("TypeError", e)
c2.close()
print(hasattr(c, "send"), hasattr(c, "throw"), hasattr(c, "close"))


# exceptions propagate out of nested awaits with their type
async def fails():
    raise KeyError("k")


async def outer():
    try:
        await fails()
    except KeyError as e:
        return "caught " + repr(e)


try:
    outer().send(None)
except StopIteration as e:
    print(e.value)
