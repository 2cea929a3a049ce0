# === for over string ===
for ch in "hey":
    print(ch)

# === for over list ===
total = 0
for n in [3, 1, 4, 1, 5]:
    total += n
print("total", total)

# === for over tuple ===
for item in ("x", 2, None):
    print(repr(item))

# === for over dict iterates keys in insertion order ===
d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=>", v)
for v in d.values():
    print("value", v)

# === for over range variants ===
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(10, 0, -3)))
print(list(range(0)))
for i in range(5, 0, -1):
    print(i, end=" ")
print()

# === enumerate ===
for i, ch in enumerate("abc"):
    print(i, ch)
for i, ch in enumerate("abc", start=10):
    print(i, ch)

# === zip ===
names = ["ann", "bob", "cat"]
ages = [31, 25]
for name, age in zip(names, ages):
    print(name, age)
for a, b, c in zip("xyz", range(3), [True, False, True]):
    print(a, b, c)

# === reversed and sorted ===
for x in reversed([1, 2, 3]):
    print("rev", x)
for x in sorted(["pear", "apple", "fig"]):
    print("sorted", x)

# === for over sorted set ===
for x in sorted({5, 3, 9}):
    print("set item", x)
