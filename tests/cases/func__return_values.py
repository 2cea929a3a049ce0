# === implicit None ===
def nothing():
    x = 1

print(nothing())

# === bare return ===
def early(flag):
    if flag:
        return
    return "reached end"

print(early(True), early(False))

# === multiple values as tuple ===
def divmod_like(a, b):
    return a // b, a % b

res = divmod_like(17, 5)
print(res, type(res).__name__)
q, r = divmod_like(17, 5)
print(q, r)

# === return various types ===
def kinds(n):
    if n == 0:
        return [1, 2]
    if n == 1:
        return {"k": "v"}
    if n == 2:
        return "str"
    return 3.5

print([kinds(i) for i in range(4)])

# === return stops execution ===
def stops():
    print("before")
    return 1
    print("after")

print(stops())

# === return inside loop ===
def first_even(nums):
    for n in nums:
        if n % 2 == 0:
            return n
    return None

print(first_even([1, 3, 4, 6]), first_even([1, 3]))

# === return function result directly ===
def stats(values):
    return min(values), max(values), sum(values) / len(values)

lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)

# === return a tuple of one ===
def single():
    return 1,

print(single())
