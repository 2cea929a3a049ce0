import asyncio
async def main():
    q = asyncio.Queue(maxsize=1)
    log = []
    async def prod():
        for i in range(4):
            await q.put(i)
            log.append(("put", i))
    async def cons():
        for _ in range(4):
            await asyncio.sleep(0.01)
            log.append(("got", await q.get()))
    blocked = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    blocked.cancel()
    await asyncio.gather(cons(), prod())
    print(log, q.qsize(), blocked.cancelled())
asyncio.run(main())
