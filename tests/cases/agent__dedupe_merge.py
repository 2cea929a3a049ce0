# === results from two tool calls with overlapping ids ===
batch_a = [
    {"id": 1, "name": "Alpha", "tags": ["x"]},
    {"id": 2, "name": "Beta", "tags": []},
    {"id": 3, "name": "Gamma", "tags": ["y", "z"]},
]
batch_b = [
    {"id": 2, "name": "Beta v2", "tags": ["new"]},
    {"id": 4, "name": "Delta", "tags": ["x"]},
    {"id": 1, "name": "Alpha", "tags": ["x", "w"]},
]

# === merge: later batch wins for name, tags are unioned ===
merged = {}
for rec in batch_a + batch_b:
    existing = merged.get(rec["id"])
    if existing is None:
        merged[rec["id"]] = {"id": rec["id"], "name": rec["name"], "tags": list(rec["tags"])}
    else:
        existing["name"] = rec["name"]
        for t in rec["tags"]:
            if t not in existing["tags"]:
                existing["tags"].append(t)

for rid in sorted(merged):
    r = merged[rid]
    print(f"{r['id']}: {r['name']} tags={sorted(r['tags'])}")

# === dedupe a list preserving order ===
names = ["b", "a", "b", "c", "a", "d"]
seen = set()
unique = []
for n in names:
    if n not in seen:
        seen.add(n)
        unique.append(n)
print(unique)
print(list(dict.fromkeys(names)))

# === which ids changed between batches ===
a_by_id = {r["id"]: r for r in batch_a}
b_by_id = {r["id"]: r for r in batch_b}
added = sorted(set(b_by_id) - set(a_by_id))
common = sorted(set(a_by_id) & set(b_by_id))
changed = [i for i in common if a_by_id[i] != b_by_id[i]]
print("added:", added, "common:", common, "changed:", changed)

# === tag index ===
tag_index = {}
for r in merged.values():
    for t in r["tags"]:
        tag_index.setdefault(t, []).append(r["id"])
print({t: sorted(ids) for t, ids in sorted(tag_index.items())})
