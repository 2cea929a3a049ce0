import json, re, math
from collections import Counter, defaultdict
from itertools import groupby, islice
from functools import reduce

# === a tool result shaped with json, mined with re, summarized with collections ===
raw = '{"orders": [{"id": "A-1", "note": "2 widgets @ $3.50", "region": "EU"}, {"id": "B-7", "note": "10 bolts @ $0.25", "region": "US"}, {"id": "C-3", "note": "1 gadget @ $99.99", "region": "EU"}]}'
orders = json.loads(raw)["orders"]
totals = {}
for o in orders:
    qty, price = re.match(r"(\d+) \w+ @ \$([\d.]+)", o["note"]).groups()
    totals[o["id"]] = round(int(qty) * float(price), 2)
print(totals)
by_region = defaultdict(list)
for o in orders:
    by_region[o["region"]].append(totals[o["id"]])
print({r: (len(v), math.fsum(v)) for r, v in sorted(by_region.items())})
print(Counter(o["region"] for o in orders).most_common())
print(json.dumps({"total": reduce(lambda a, b: a + b, totals.values()), "ids": sorted(totals)}, sort_keys=True))
letters = sorted("".join(o["id"][0] for o in orders) * 2)
print([(k, len(list(g))) for k, g in groupby(letters)], list(islice(letters, 2)))
print(json.dumps(dict(Counter("abca")), indent=1))
