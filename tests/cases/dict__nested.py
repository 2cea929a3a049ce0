# === nested structures ===
db = {
    "users": {
        "ann": {"age": 30, "tags": ["admin", "dev"]},
        "bob": {"age": 25, "tags": []},
    },
    "version": 2,
}
print(db["users"]["ann"]["tags"][1], db["users"]["bob"]["age"], len(db["users"]))

# === mutate nested ===
db["users"]["bob"]["tags"].append("new")
db["users"]["cy"] = {"age": 41, "tags": ["ops"]}
print(db)

# === walk nested ===
for name, info in db["users"].items():
    print(name, info["age"], ",".join(info["tags"]) or "-")

# === safe nested get ===
print(db.get("users", {}).get("dan", {}).get("age", "unknown"))

# === nested default building ===
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)

# === count leaves ===
def leaves(t):
    if not t:
        return 1
    return sum(leaves(v) for v in t.values())
print(leaves(tree))
