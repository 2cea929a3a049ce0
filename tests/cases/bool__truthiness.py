# === falsy values ===
for v in [0, 0.0, -0.0, "", [], (), {}, set(), None, False, range(0), b""]:
    print(repr(v), bool(v))

# === truthy values ===
for v in [1, -1, 0.1, " ", [0], (None,), {0: 0}, {0}, True, range(1), b"\x00", "False"]:
    print(repr(v), bool(v))

# === bool() with no args ===
print(bool())

# === truthiness in if ===
items = []
if not items:
    print("empty")
items.append(0)
if items:
    print("non-empty")
