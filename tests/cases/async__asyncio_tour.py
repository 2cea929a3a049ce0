import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()

async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.2, log), worker("b", 0.1, log), worker("c", 0, log))
    print(results)
    print(log)
    t = asyncio.create_task(worker("d", 0.05, log))
    print(await t, t.done(), t.result())
    async def boom():
        await asyncio.sleep(0.01)
        raise ValueError("bad")
    r = await asyncio.gather(boom(), worker("e", 0.02, log), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(boom(), worker("f", 0.02, log))
    except ValueError as e:
        print("caught", e)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.5)
    except asyncio.TimeoutError:
        print("timeout")
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.1)
            active.remove(i)
            return i * i
    print(await asyncio.gather(*[limited(i) for i in range(5)]), peak[0])
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while True:
            item = await q.get()
            if item is None:
                break
            got.append(item)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    print(got)
    done = []
    for coro in asyncio.as_completed([worker("x", 0.3, log), worker("y", 0.1, log)]):
        done.append(await coro)
    print(done)
    task = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    ev.set()
    print(await w)
    lock = asyncio.Lock()
    order = []
    async def locked(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0.01)
    await asyncio.gather(*(locked(i) for i in range(3)))
    print(order, lock.locked())
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    return "done"

print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
try:
    asyncio.run(1)
except ValueError as e:
    print(e)
