# === keys, extra keys are ignored ===
def describe(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit key"
        case {"type": "key", "key": str(k)}:
            return f"key {k}"
        case {"type": t}:
            return f"other event {t}"
        case {}:
            return "mapping without a type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "x": 1, "y": 2, "button": "left"},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a"},
    {"type": "key", "key": 5},
    {"type": "scroll"},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(describe(e))

# === **rest collects the other items, in order ===
def split_meta(d):
    match d:
        case {"id": ident, **rest}:
            return ident, rest
    return None


print(split_meta({"name": "n", "id": 7, "tags": []}))
print(split_meta({"id": 1}))
print(split_meta({"name": "no id"}))

match {"a": 1, "b": 2}:
    case {**everything}:
        print("everything", everything)

# === non-string keys, value-pattern keys ===
class Keys:
    NAME = "name"
    AGE = "age"


match {1: "one", None: "none", True: "true?", Keys.NAME: "bob"}:
    case {1: v1, None: vn, Keys.NAME: name}:
        print(v1, vn, name)

match {"name": "ann", "age": 30}:
    case {Keys.NAME: n, Keys.AGE: int(a)} if a >= 18:
        print("adult", n, a)

# === values are matched by sub-patterns; a missing key fails ===
def config(cfg):
    match cfg:
        case {"db": {"host": str(host), "port": int(port)}, "debug": bool(debug)}:
            return f"{host}:{port} debug={debug}"
        case {"db": {"host": str(host)}}:
            return f"{host}:5432 (default port)"
        case {"db": db}:
            return f"bad db section {db!r}"
    return "no db"


print(config({"db": {"host": "h", "port": 1}, "debug": False}))
print(config({"db": {"host": "h", "port": "1"}, "debug": False}))
print(config({"db": {"port": 1}}))
print(config({"cache": {}}))

# === collections mappings ===
from collections import Counter, OrderedDict, defaultdict

dd = defaultdict(list, {"a": [1]})
match dd:
    case {"a": [x], "b": _}:
        print("b present?")
    case {"a": [x], **rest}:
        print("defaultdict", x, rest, "b" in dd)

match Counter("hello"):
    case {"l": 2, "h": h}:
        print("counter", h)

match OrderedDict([("k", 1)]):
    case {"k": v}:
        print("ordered", v)

# === duplicate value-pattern keys are a ValueError at run time ===
class Dup:
    A = "k"
    B = "k"


try:
    match {"k": 1, "j": 2}:
        case {Dup.A: 1, Dup.B: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)
