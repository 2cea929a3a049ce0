a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]

# === basic ===
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[3:3], a[5:2])

# === steps ===
print(a[::2], a[1::3], a[::-1], a[::-3], a[7:2:-2], a[-2:-8:-2], a[2:7:-1])

# === clamping ===
print(a[-100:3], a[8:100], a[100:], a[::100])

# === slices are copies ===
b = a[:]
b[0] = 99
print(a[0], b[0], b == a, b is a)

# === slicing nested ===
m = [[1, 2], [3, 4], [5, 6]]
top = m[:2]
top[0][0] = 100
print(m)
