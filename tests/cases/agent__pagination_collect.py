# === simulated paginated API responses ===
PAGES = {
    None: {"items": [{"id": 1, "v": 3}, {"id": 2, "v": 8}], "next": "p2"},
    "p2": {"items": [{"id": 3, "v": 1}, {"id": 4, "v": None}], "next": "p3"},
    "p3": {"items": [], "next": "p4"},
    "p4": {"items": [{"id": 5, "v": 13}], "next": None},
}

def fetch_page(cursor):
    print(f"fetching page cursor={cursor!r}")
    return PAGES[cursor]

# === collect all pages with a safety limit ===
collected = []
cursor = None
pages_seen = 0
MAX_PAGES = 10
while pages_seen < MAX_PAGES:
    page = fetch_page(cursor)
    pages_seen += 1
    collected.extend(page["items"])
    cursor = page.get("next")
    if cursor is None:
        break

print(f"{pages_seen} pages, {len(collected)} items")

# === clean and summarize ===
valid = [it for it in collected if it.get("v") is not None]
skipped = [it["id"] for it in collected if it.get("v") is None]
print("skipped ids:", skipped)
values = [it["v"] for it in valid]
print("values:", values, "sum:", sum(values), "max:", max(values))

# === response envelope ===
response = {
    "count": len(valid),
    "ids": [it["id"] for it in valid],
    "stats": {"mean": round(sum(values) / len(values), 2), "min": min(values)},
    "complete": cursor is None,
}
print(response)

# === stop on a bad cursor ===
try:
    fetch_page("p9")
except KeyError as e:
    print("bad cursor:", e)
