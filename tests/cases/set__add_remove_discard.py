s = set()

# === add ===
s.add(1)
s.add(2)
s.add(1)
s.add((3, 4))
print(sorted(s, key=str), len(s))

# === remove / discard ===
s.remove(2)
s.discard(99)
s.discard((3, 4))
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove("name")
except KeyError as e:
    print(type(e).__name__, e)

# === pop ===
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)

# === clear / copy ===
a = {1, 2, 3}
b = a.copy()
a.clear()
print(a, sorted(b), b is a)

# === return values are None ===
print(b.add(4), b.discard(1), sorted(b))
