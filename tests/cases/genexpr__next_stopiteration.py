# === next on generator expression ===
g = (x * 2 for x in range(3))
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(str(e)))

# === next with default ===
g = (x for x in [])
print(next(g, "default"))
g = (x for x in [1])
print(next(g, "d"), next(g, "d"), next(g, None))

# === find first match with next ===
users = [{"name": "ann", "admin": False}, {"name": "bob", "admin": True}, {"name": "cy", "admin": True}]
first_admin = next((u["name"] for u in users if u["admin"]), None)
print(first_admin)
nobody = next((u["name"] for u in users if u["name"] == "zed"), "not found")
print(nobody)

# === StopIteration from empty ===
try:
    next(x for x in range(0))
except StopIteration:
    print("StopIteration caught")

# === iterating partially consumed genexpr ===
g = (c for c in "abcdef")
next(g)
next(g)
print("".join(g))

# === StopIteration is an Exception ===
try:
    next(iter([]))
except Exception as e:
    print(type(e).__name__, isinstance(e, StopIteration))
