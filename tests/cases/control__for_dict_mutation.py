# === iterate over a copy when mutating ===
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2 == 1:
        del d[k]
print(d)

# === changing size during iteration raises ===
d2 = {"x": 1, "y": 2}
try:
    for k in d2:
        d2["new_" + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)

# === modifying values during iteration is fine ===
scores = {"ann": 1, "bob": 2}
for k in scores:
    scores[k] *= 10
print(scores)

# === list mutation during iteration (append) ===
lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if x == 1:
        lst.append(4)
print(seen, lst)

# === build new list instead of removing ===
nums = [1, 2, 3, 4, 5, 6]
kept = [n for n in nums if n % 3 != 0]
print(kept)

# === iterate over items snapshot ===
inv = {"apple": 0, "pear": 3, "kiwi": 0}
for name, qty in list(inv.items()):
    if qty == 0:
        inv.pop(name)
print(inv)
