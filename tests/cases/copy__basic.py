import copy
from collections import Counter, defaultdict

# === shallow copies share nested objects ===
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
b[1].append(99)
b.append(5)
print(a, b, a is b, a[1] is b[1])
d = {"x": [1], "y": 2}
e = copy.copy(d)
e["x"].append(2)
e["z"] = 0
print(d, e)
t = (1, [2])
print(copy.copy(t) is t, copy.copy("s"), copy.copy(5), copy.copy({1, 2}))

# === deep copies do not ===
c = copy.deepcopy(a)
c[1].append(100)
c[2]["k"].append(5)
print(a, c)
nested = {"rows": [{"id": 1, "tags": ["a"]}], "meta": (1, [2])}
n2 = copy.deepcopy(nested)
n2["rows"][0]["tags"].append("b")
n2["meta"][1].append(3)
print(nested, n2, n2 == nested)
print(copy.deepcopy((1, 2)) == (1, 2), copy.deepcopy(Counter("aab")), copy.deepcopy(defaultdict(list, {"k": [1]})))

# === cycles and shared references survive ===
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc is not loop, len(lc))
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)
