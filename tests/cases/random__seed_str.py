import random

for seed in ["hello", "", "héllo wörld", b"bytes seed", b"", 3.5, -2.0, 0.1, 12345, -7, 2**100, True]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randint(1, 1000), r.getrandbits(40))

r = random.Random()
r.seed("abc", version=1)
print(r.random())
r.seed(b"abc", version=1)
print(r.random())
r.seed("abc", 2)
print(r.random())
r.seed(a="kw")
print(r.random())

random.seed("module")
print(random.random(), random.choice("abcdef"))

r = random.Random(42)
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)])
r.gauss(0, 1)
s2 = r.getstate()
print(s2[2] is not None, s2[1][-1])
g = r.gauss(0, 1)
r.setstate(s2)
print(g == r.gauss(0, 1))
other = random.Random(0)
other.setstate(state)
print(other.random() == first[0])
random.seed(7)
ms = random.getstate()
a = random.random()
random.setstate(ms)
print(a == random.random())

for bad in [(2, state[1], None), (3, state[1][:-1], None), (3, (0,) * 624 + (700,), None),
            (3, list(state[1]), None), (3, (0,) * 624 + (-1,), None), (3, (-1,) + (0,) * 624, None),
            (3, (2**64,) + (0,) * 624, None), (3, (0,) * 624 + (2**64,), None),
            (3, (0,) * 624 + (1.0,), None), (4, state[1], None)]:
    try:
        random.Random().setstate(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

r = random.Random()
r.setstate((2, (-1,) + (0,) * 623 + (624,), None))
print(r.getstate()[1][:2])
r.setstate((3, (2**32 + 5,) + (0,) * 623 + (624,), None))
print(r.getstate()[1][:2])

for bad in [[1], {1: 2}]:
    try:
        random.Random(bad)
    except TypeError as e:
        print(type(e).__name__, e)
