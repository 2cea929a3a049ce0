# === rotate a list ===
a = [1, 2, 3, 4, 5]
k = 2
a = a[k:] + a[:k]
print(a)

# === chunking ===
data = list(range(11))
chunks = [data[i:i + 4] for i in range(0, len(data), 4)]
print(chunks)

# === windows ===
s = "abcdef"
print([s[i:i + 3] for i in range(len(s) - 2)])

# === every other element swap ===
b = list(range(8))
b[::2], b[1::2] = b[1::2], b[::2]
print(b)

# === reverse a sublist in place ===
c = list("abcdefg")
c[2:5] = c[2:5][::-1]
print("".join(c))

# === insert with slice ===
d = [1, 5]
d[1:1] = [2, 3, 4]
print(d)

# === tuple and str slices give same type ===
print(type((1, 2, 3)[1:]).__name__, type("abc"[1:]).__name__, type(b"abc"[1:]).__name__, type(range(5)[1:]).__name__)
