def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# === iter(callable, sentinel) ===
def counter():
    n = [0]
    def step():
        n[0] += 1
        return n[0]
    return step
it = iter(counter(), 4)
print(type(it).__name__, list(it), list(it))
print(next(iter(counter(), 1), 'empty'))
lines = ['a', 'b', '', 'c']
print(list(iter(lambda: lines.pop(0), '')))
print(list(iter(counter(), 3.0)))
t(lambda: iter(5, 1))
t(lambda: iter([1], 2))
t(lambda: iter())
t(lambda: iter(1, 2, 3))
def boom():
    raise ValueError('from callable')
t(lambda: list(iter(boom, None)))

# === zip(strict=True) ===
print(list(zip([1, 2], 'ab', strict=True)))
print(list(zip(strict=True)), list(zip([], [], strict=True)))
t(lambda: list(zip([1, 2], [3], strict=True)))
t(lambda: list(zip([1], [3, 4], strict=True)))
t(lambda: list(zip([1], [2], [3, 4], strict=True)))
t(lambda: list(zip([1, 2], [2, 3], [3], strict=True)))
t(lambda: list(zip([1, 2], [3], strict=False)))
t(lambda: list(zip([1], bad=True)))
z = zip([1, 2, 3], [4], strict=True)
print(next(z))
t(lambda: next(z))

# === the iterator builtins are lazy ===
calls = []
def note(x):
    calls.append(x)
    return x * 2
m = map(note, [1, 2, 3])
print(calls, type(m).__name__)
print(next(m), calls)
print(list(m), calls)
f = filter(lambda x: x % 2, range(10))
print(type(f).__name__, next(f), next(f), list(f))
e = enumerate('ab', 1)
print(type(e).__name__, next(e), list(e))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
print(type(zip()).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter(range(2))).__name__)
