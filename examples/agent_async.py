# An agent-style script that awaits an async host tool: `fetch_doc` is an
# `async fn` annotated with #[monty::function] (examples/tools/tools.rs), so its
# stub is `async def` and a call gives an awaitable. Gathered calls run
# concurrently on the host:
#     monty run examples/agent_async.py --grant docs
import asyncio


async def read_all(query):
    hits = search_docs(query, limit=3)
    pages = await asyncio.gather(*(fetch_doc(hit["url"]) for hit in hits))
    return [(page["title"], page["words"]) for page in pages]


async def main():
    for title, words in await read_all("host call pause resume"):
        print(f"{title}: {words} words")
    try:
        await fetch_doc("https://docs.example.com/monty/missing")
    except ValueError as e:
        print(f"not found: {e}")
    pending = fetch_doc("https://docs.example.com/monty/limits")
    print("a call not awaited yet is a coroutine:", asyncio.iscoroutine(pending))
    page = await pending
    return page["title"]


asyncio.run(main())
