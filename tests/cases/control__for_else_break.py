# === for else without break ===
for i in range(3):
    print("i", i)
else:
    print("loop completed")

# === for else with break ===
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            print("found", target, "at", idx)
            break
    else:
        print(target, "not found")

find([4, 5, 6], 5)
find([4, 5, 6], 9)

# === for else on empty iterable ===
for x in []:
    print("never")
else:
    print("empty loop else")

# === prime search using for/else ===
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
assert primes[:5] == [2, 3, 5, 7, 11], "primes"

# === continue ===
out = []
for ch in "a1b2c3":
    if ch.isdigit():
        continue
    out.append(ch.upper())
print(out)

# === continue does not skip else ===
for i in range(3):
    continue
else:
    print("else after continue-only loop")

# === break in inner loop only ===
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print("pair", i, j)
    else:
        print("inner else never")
