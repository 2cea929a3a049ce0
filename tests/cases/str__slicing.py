s = "abcdefghij"

# === basic slices ===
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])

# === out of range slices are clamped ===
print(repr(s[5:100]), repr(s[100:]), repr(s[-100:2]), repr(s[5:2]))

# === steps ===
print(s[::2], s[1::2], s[::3], s[1:8:3])

# === negative steps ===
print(s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-5:-1], repr(s[2:8:-1]))
print(s[:3:-1], s[5::-1], s[-3::-2])

# === palindromes ===
for w in ["racecar", "level", "python", "a", ""]:
    print(repr(w), w == w[::-1])

# === step zero ===
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)

# === slice object ===
sl = slice(1, 9, 2)
print(s[sl], s[slice(3)], s[slice(None, None, -3)])
