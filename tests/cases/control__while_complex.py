# === binary search with while ===
def bsearch(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        elif arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

data = list(range(0, 100, 3))
print(bsearch(data, 27))
print(bsearch(data, 28))
print(bsearch(data, 0))
print(bsearch(data, 99))

# === gcd with while ===
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
assert gcd(100, 75) == 25, "gcd"

# === digit sum ===
def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s

print(digit_sum(12345), digit_sum(0), digit_sum(999999999999))

# === nested while with break/continue ===
i = 0
out = []
while i < 5:
    i += 1
    if i == 2:
        continue
    j = 0
    while True:
        j += 1
        if j > i:
            break
    out.append((i, j))
print(out)

# === while with else and complex condition ===
attempts = 0
ok = False
while attempts < 5 and not ok:
    attempts += 1
    ok = attempts * attempts >= 10
else:
    print("loop ended normally; attempts =", attempts, "ok =", ok)
