# === sort in place ===
a = [5, 2, 9, 1, 5, 6]
r = a.sort()
print(a, r)
a.sort(reverse=True)
print(a)

# === key functions ===
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: (-len(w), w))
print(words)
words.sort(key=len, reverse=True)
print(words)

# === stability ===
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
pairs.sort(key=lambda p: p[1])
print(pairs)
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)

# === sort tuples and mixed numbers ===
t = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
t.sort()
print(t)
n = [3, 1.5, -2, True, 0.0]
n.sort()
print(n)

# === errors ===
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
