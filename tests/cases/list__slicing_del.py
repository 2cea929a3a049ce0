# === del by index ===
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)

# === del slices ===
del a[1:3]
print(a)
del a[::2]
print(a)
b = list(range(10))
del b[::-3]
print(b)
del b[:]
print(b)

# === del out of range index ===
c = [1, 2]
try:
    del c[5]
except IndexError as e:
    print(type(e).__name__, e)

# === del out of range slice is fine ===
del c[5:10]
print(c)

# === del with loop over indices in reverse ===
d = [5, 1, 8, 2, 9, 3]
for i in range(len(d) - 1, -1, -1):
    if d[i] % 2 == 0:
        del d[i]
print(d)
