# === literals and insertion order ===
d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), list(d))
d["z"] = 26
d["a"] = 100
print(d)

# === deleting and re-adding moves to end ===
del d["b"]
d["b"] = 2
print(d)

# === duplicate keys in literal keep last value, first position ===
dup = {"k": 1, "j": 2, "k": 3}
print(dup)

# === mixed key types ===
m = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", True: "bool?"}
print(m)
print(m[1], m["1"], m[(1,)], m[None], m[2.5])

# === empty and nested ===
print({}, {"a": {}}, {"x": {"y": {"z": 1}}}, type({}).__name__)

# === repr of string values with quotes ===
print({"it's": 'say "hi"', "nl": "a\nb"})
