import json

# === scalars ===
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-12), json.dumps(10 ** 30))
print(json.dumps(1.0), json.dumps(0.1), json.dumps(1e22), json.dumps(1.5e-7), json.dumps(-0.0), json.dumps(123456789.125))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.dumps("hi"), json.dumps('quote " and \\ slash / tab\t nl\n'), json.dumps("\x00\x1f\x7f"))
print(json.dumps("héllo ☃ 😀"), json.dumps("héllo ☃ 😀", ensure_ascii=False))

# === containers ===
print(json.dumps([1, "a", None, [True, {}], []]), json.dumps((1, 2)), json.dumps({}))
print(json.dumps({"b": 1, "a": [1, 2], "c": {"d": None}}))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps({"b": 1, "a": 2, "c": 3}, sort_keys=True))

# === indent and separators ===
data = {"name": "x", "items": [1, 2, {"k": []}], "empty": {}, "n": None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps([1, [2, 3]], indent=1))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2, separators=(",", " = "), sort_keys=True))

# === default= ===
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps([range(3)], default=list))
def enc(o):
    if isinstance(o, set):
        return {"set": sorted(o)}
    raise TypeError("nope")
print(json.dumps({"x": {1}}, default=enc))
try:
    json.dumps({"x": range(2)}, default=enc)
except TypeError as e:
    print("TypeError", e)

# === errors ===
for bad in [{1, 2}, {(1, 2): 3}, b"bytes"]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
