# === iter() and next() on a list ===
it = iter([10, 20, 30])
print(next(it))
print(next(it))
print(list(it))
print(next(it, "exhausted"))

# === iter() on strings, tuples, dicts, ranges ===
s = iter("ab")
print(next(s), next(s), next(s, None))
t = iter((1, 2))
print(next(t), next(t))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
r = iter(range(5, 8))
print(next(r), list(r))

# === iterator of an iterator is itself ===
it = iter([1, 2, 3])
print(iter(it) is it)

# === for loop over partially consumed iterator ===
it = iter(range(6))
next(it)
for v in it:
    print("loop", v)
    if v == 3:
        break
print("rest", list(it))

# === zip with same iterator groups items ===
it = iter(range(6))
print(list(zip(it, it)))

# === StopIteration message ===
empty = iter([])
try:
    next(empty)
except StopIteration as e:
    print(type(e).__name__, e.args)

# === iter on non-iterable ===
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)

# === next on non-iterator ===
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

# === list mutation visible through iterator ===
lst = [1, 2]
it = iter(lst)
lst.append(3)
print(list(it))
