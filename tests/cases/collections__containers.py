from collections import defaultdict, OrderedDict, deque
import collections

# === defaultdict ===
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, dict(groups), groups["a"], len(groups), "z" in groups, groups.get("z"))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, counts.default_factory, sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], list(nested), dict(nested["x"]))
d = defaultdict(None, {"a": 1})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
s = defaultdict(set)
s["k"].add(1)
s["k"].add(1)
print(s, list(s.keys()), s.pop("k"))

# === OrderedDict ===
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), od["a"])
od.move_to_end("b")
print(list(od.keys()))
od.move_to_end("c", last=False)
print(list(od.items()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict([("x", 1), ("y", 2)]), OrderedDict(), OrderedDict(a=1) == {"a": 1})

# === deque ===
dq = deque([1, 2, 3])
dq.append(4)
dq.appendleft(0)
print(dq, len(dq), dq[0], dq[-1], 2 in dq, list(dq))
print(dq.pop(), dq.popleft(), dq)
dq.extend([7, 8])
dq.extendleft([-1, -2])
print(dq)
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
print(window, window.maxlen, sum(window) / len(window))
print(deque("abc", 2), deque(), bool(deque()), deque([1, 2]) == deque([1, 2]))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
q = deque(["task1", "task2"])
while q:
    print("run", q.popleft())
print(collections.Counter("aab")["a"], type(dq).__name__, type(od).__name__, type(groups).__name__)
