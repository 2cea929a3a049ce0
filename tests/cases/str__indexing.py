# === positive and negative indexing ===
s = "python"
print(s[0], s[1], s[5], s[-1], s[-6], s[-2])
assert s[-1] == s[len(s) - 1], "neg index"

# === unicode characters ===
u = "héllo wörld"
print(u[1], u[-4], len(u))

# === iterating indices ===
for i in range(len(s)):
    print(i, s[i], s[-i - 1])

# === IndexError ===
try:
    s[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ""[0]
except IndexError as e:
    print(type(e).__name__, e)

# === immutability ===
try:
    s[0] = "P"
except TypeError as e:
    print(type(e).__name__, e)
