from collections import Counter

# === counting ===
c = Counter("mississippi")
print(c, len(c), c["s"], c["z"], "z" in c, c.most_common(2), c.most_common())
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(1), wc["the"], sorted(wc), sum(wc.values()), wc.total())
print(Counter(), Counter({"a": 2, "b": 0}), Counter(a=3, b=1), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))

# === updating ===
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, dict(c))
c.update("aaz")
c.update({"b": 5})
print(c.most_common(3))
c.subtract("aaaa")
print(c["a"], sorted(c.elements()), list(c.keys()))
del c["z"]
print("z" in c, c.get("q"), c.get("b"), c.pop("r"), len(c))

# === arithmetic ===
a, b = Counter(x=3, y=1), Counter(x=1, y=2, z=4)
print(a + b, a - b, b - a)
print(sorted(Counter("banana").items()), list(Counter("aab").values()), bool(Counter()), bool(Counter("a")))
for k, n in Counter("hello world").most_common(3):
    print(k, n)
