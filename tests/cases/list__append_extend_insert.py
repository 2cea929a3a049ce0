# === append ===
a = []
a.append(1)
a.append([2, 3])
a.append(None)
print(a, len(a))

# === extend with various iterables ===
b = [1]
b.extend([2, 3])
b.extend((4,))
b.extend("ab")
b.extend(range(2))
b.extend({"k": 1})
b.extend([])
print(b)

# === insert ===
c = [1, 2, 3]
c.insert(0, "first")
c.insert(2, "mid")
c.insert(100, "end")
c.insert(-1, "before-last")
c.insert(-100, "very-first")
print(c)

# === return values are None ===
print(a.append(0), b.extend([]), c.insert(0, 0))

# === self-extend ===
d = [1, 2]
d.extend(d)
print(d)
d.append(d[:])
print(d)

# === errors ===
try:
    [].extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].append()
except TypeError as e:
    print(type(e).__name__, e)
