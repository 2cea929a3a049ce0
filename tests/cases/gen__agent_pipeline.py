# === a streaming pipeline of generators, as an agent would write it ===
RAW = """
2024-01-01 INFO user=alice action=login
2024-01-01 WARN user=bob action=retry count=3
garbage line
2024-01-02 ERROR user=alice action=upload size=big
2024-01-02 INFO user=carol action=login
2024-01-03 INFO user=bob action=logout
"""


def lines(text):
    for line in text.splitlines():
        line = line.strip()
        if line:
            yield line


def parse(source):
    bad = 0
    for line in source:
        parts = line.split()
        if len(parts) < 3:
            bad += 1
            continue
        date, level, *fields = parts
        record = {"date": date, "level": level}
        for f in fields:
            key, _, value = f.partition("=")
            record[key] = value
        yield record
    return bad


def only(levels, records):
    skipped = yield from (r for r in records if r["level"] in levels)
    return skipped


def batched(records, size):
    batch = []
    for r in records:
        batch.append(r)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


parsed = parse(lines(RAW))
for batch in batched(parsed, 2):
    print([(r["user"], r["action"]) for r in batch])

# === collecting the return value of a sub-pipeline ===
def count_bad():
    bad = yield from parse(lines(RAW))
    yield {"bad lines": bad}


print(list(count_bad())[-1])

# === a coroutine-style aggregator fed with send() ===
def aggregator():
    counts = {}
    while True:
        record = yield dict(counts)
        if record is None:
            return counts
        key = record["user"]
        counts[key] = counts.get(key, 0) + 1


agg = aggregator()
next(agg)
for rec in parse(lines(RAW)):
    snapshot = agg.send(rec)
print(snapshot)
try:
    agg.send(None)
except StopIteration as done:
    print("final", sorted(done.value.items()))

# === a retrying fetcher: throw() reports failures back into the generator ===
class Timeout(Exception):
    pass


def fetch_with_retry(urls, attempts):
    for url in urls:
        for attempt in range(1, attempts + 1):
            try:
                yield (url, attempt)
                break
            except Timeout:
                print("timeout", url, "attempt", attempt)
        else:
            print("giving up on", url)


fetcher = fetch_with_retry(["a.example", "b.example"], 2)
request = next(fetcher)
outcomes = {"a.example": [True], "b.example": [False, False]}
while True:
    url, attempt = request
    ok = outcomes[url][attempt - 1]
    try:
        request = next(fetcher) if ok else fetcher.throw(Timeout())
    except StopIteration:
        break
    print("fetched" if ok else "retrying", url)

# === lazy windows over an infinite generator ===
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def window(source, k):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)


w = window(naturals(), 3)
print([next(w) for _ in range(4)])
w.close()
print(next(w, "closed"))
