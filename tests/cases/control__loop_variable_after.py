# === loop variable keeps last value ===
for i in range(5):
    pass
print("i after loop:", i)
assert i == 4, "last value"

# === loop variable after break ===
for j in range(100):
    if j == 7:
        break
print("j after break:", j)

# === loop over empty does not bind ===
for k in []:
    pass
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)

# === loop variable overwrites existing name ===
x = "original"
for x in [1, 2, 3]:
    pass
print("x:", x)

# === existing name untouched if loop empty ===
y = "untouched"
for y in ():
    pass
print("y:", y)

# === tuple targets keep last value ===
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)

# === modifying loop var doesn't affect iteration ===
for n in range(3):
    print("n", n)
    n = 100
print("final n", n)

# === while loop counter ===
c = 0
while c < 3:
    c += 1
print("c:", c)
