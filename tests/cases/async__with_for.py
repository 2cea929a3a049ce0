# async with / async for on sandbox objects
import asyncio


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append("open " + self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name} {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.n -= 1
        return self.n


async def main():
    log = []
    async with Resource("a", log) as r:
        log.append("body " + r.name)
    async with Resource("b", log):
        raise KeyError("swallowed")
    try:
        async with Resource("c", log):
            raise ValueError("kept")
    except ValueError as e:
        log.append("escaped " + str(e))
    async with Resource("d", log) as d, Resource("e", log) as e:
        log.append("two " + d.name + e.name)

    def early():
        return "x"

    async def returns_inside():
        async with Resource("f", log):
            return early()

    log.append(await returns_inside())
    print(log)

    got = []
    async for i in Countdown(4):
        got.append(i)
    else:
        got.append("else")
    print(got)
    got = []
    async for i in Countdown(5):
        if i == 2:
            break
        got.append(i)
    else:
        got.append("no else after break")
    print(got)

    async def total():
        s = 0
        async for i in Countdown(3):
            async for j in Countdown(i):
                s += j
        return s

    print(await total())
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        async with 42:
            pass
    except TypeError as e:
        print("TypeError", e)

    class NoNext:
        def __aiter__(self):
            return self

    try:
        async for x in NoNext():
            pass
    except TypeError as e:
        print("TypeError", e)

    class Failing:
        def __aiter__(self):
            return self

        async def __anext__(self):
            raise OSError("disk")

    try:
        async for x in Failing():
            pass
    except OSError as e:
        print("OSError", e)


asyncio.run(main())
