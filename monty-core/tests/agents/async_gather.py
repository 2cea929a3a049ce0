# async tools gathered concurrently, with a failure caught per task
import asyncio

async def one(city):
    w = await weather(city)
    return city, w["score"]

async def guarded(city):
    try:
        await fail(city)
    except ValueError as e:
        return city, str(e)

async def main():
    got = await asyncio.gather(one("Paris"), one("Oslo"), guarded("Nowhere"), one("Lima"))
    extra = await asyncio.wait_for(weather("Rome"), timeout=5)
    return got, extra["args"]

result = asyncio.run(main())
print(result)
result[1]
