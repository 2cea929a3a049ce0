# workers draining a queue, each job an async tool call, results in job order
import asyncio

async def worker(q, out):
    while True:
        job = await q.get()
        if job is None:
            q.task_done()
            return
        r = await translate(job, lang="fr")
        out[job] = r["score"]
        q.task_done()

async def main():
    q = asyncio.Queue()
    out = {}
    for job in ["hello", "world", "agent", "tools", "monty"]:
        q.put_nowait(job)
    workers = [asyncio.create_task(worker(q, out)) for _ in range(2)]
    for _ in workers:
        q.put_nowait(None)
    await q.join()
    return [out[k] for k in sorted(out)]

print(asyncio.run(main()))
