# bench: N=45
# JSON-like nested data: build, traverse recursively, aggregate.
def make_tree(depth, width, seed):
    if depth == 0:
        return {"value": seed % 100, "tags": ["t" + str(seed % 7)], "ok": seed % 2 == 0}
    return {
        "name": "node" + str(seed),
        "children": [make_tree(depth - 1, width, seed * width + i) for i in range(width)],
        "meta": {"depth": depth, "score": seed * 0.5},
    }


def walk(node, stats):
    if "children" in node:
        stats["nodes"] += 1
        stats["score"] += node["meta"]["score"]
        for child in node["children"]:
            walk(child, stats)
    else:
        stats["leaves"] += 1
        stats["value"] += node["value"]
        if node["ok"]:
            stats["ok"] += 1
        for t in node["tags"]:
            stats["tags"][t] = stats["tags"].get(t, 0) + 1


stats = {"nodes": 0, "leaves": 0, "value": 0, "ok": 0, "score": 0.0, "tags": {}}
for rep in range(N):
    tree = make_tree(5, 4, rep)
    walk(tree, stats)
print(stats["nodes"], stats["leaves"], stats["value"], stats["ok"], stats["score"], sorted(stats["tags"].items()))
