# === sorted returns new list ===
a = [3, 1, 2]
b = sorted(a)
print(a, b, b is a)

# === any iterable ===
print(sorted("banana"), sorted((3, 1)), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -1)), sorted({3, 1, 2}))

# === key and reverse ===
people = [("ann", 30), ("bob", 25), ("cy", 30), ("dan", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted([-3, 2, -1], key=abs), sorted(["10", "9", "100"], key=int))

# === reverse keeps stability ===
print(sorted([("a", 1), ("b", 1), ("c", 0)], key=lambda t: t[1], reverse=True))

# === dict items by value ===
scores = {"x": 3, "y": 1, "z": 2}
print(sorted(scores.items(), key=lambda kv: kv[1]), [k for k, _ in sorted(scores.items(), key=lambda kv: -kv[1])])

# === empty and errors ===
print(sorted([]), sorted(""))
try:
    sorted([None, 1])
except TypeError as e:
    print(type(e).__name__, e)
