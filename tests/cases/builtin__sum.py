# === basic ===
print(sum([1, 2, 3]), sum(()), sum(range(101)), sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([True, True, False]))

# === start value ===
print(sum([1, 2], 10), sum([], 5), sum([0.5], start=1), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))

# === generator ===
print(sum(x * x for x in range(5)), sum(len(w) for w in ["ab", "cde"]))

# === big ints ===
print(sum([2 ** 64, 2 ** 64, -1]), sum(range(10 ** 6)))

# === strings not allowed ===
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, None])
except TypeError as e:
    print(type(e).__name__, e)
