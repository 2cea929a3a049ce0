# === iter / next on builtin containers ===
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
s = iter("ab")
print(next(s), next(s), next(s, None))
d = iter({"k1": 1, "k2": 2})
print(next(d), list(d))

# === StopIteration ===
e = iter([])
try:
    next(e)
except StopIteration as ex:
    print(type(ex).__name__, repr(str(ex)))

# === iterator is consumed once ===
it2 = iter(range(3))
print(list(it2), list(it2))

# === iter of iterator is itself ===
it3 = iter([1])
print(iter(it3) is it3)

# === manual loop ===
nums = iter([5, 6, 7])
while True:
    v = next(nums, None)
    if v is None:
        break
    print("got", v)

# === not iterable ===
try:
    iter(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
