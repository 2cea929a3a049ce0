# a lazy pipeline: generators pull pages from a tool on demand
def pages(topic):
    for i in range(4):
        yield page(topic, i)

def scored(items):
    for it in items:
        if it["score"] % 2 == 0:
            yield it["args"][1], it["score"]

# a for loop drives the generators as frames, so each tool call can pause
# (list(gen) drives them natively, where a pausing call is refused)
seen = []
for item in scored(pages("news")):
    seen.append(item)
total = 0
for n, s in seen:
    total += s
print(seen, total)
total
