import itertools
from itertools import tee, islice, count

pulled = []


def source():
    for i in range(6):
        pulled.append(i)
        yield i


a, b = tee(source())
print(pulled)
print(next(a), next(a), pulled)
print(list(b), pulled)
print(list(a), list(a), list(b))

x, y, z = tee("abc", 3)
print(list(x), list(y), list(z))
print(tee([1, 2], 0), len(tee([1, 2])), type(tee([1])).__name__)
print([list(t) for t in tee(range(3), 4)])

# tee of a tee shares the buffer; the first result is the tee itself
p, q = tee(iter(range(5)))
next(p)
r, s = tee(p)
print(r is p, list(r), list(s), list(q))

# infinite source stays lazy
evens, odds = tee(count())
print(list(islice(evens, 0, 10, 2)), list(islice(odds, 3)))

# copies made after some consumption start where the original is
m, n = tee([10, 20, 30, 40])
print(next(m))
m2, m3 = tee(m)
print(list(m2), list(m3), list(n))

try:
    tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    tee([1], "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    tee(5)
except TypeError as e:
    print(type(e).__name__, e)


def failing():
    yield 1
    raise RuntimeError("boom")


f1, f2 = tee(failing())
print(next(f1), next(f2))
try:
    next(f1)
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(zip(*tee("xyz"))))
print(sorted(n for n in ["tee", "chain", "islice"] if hasattr(itertools, n)))
