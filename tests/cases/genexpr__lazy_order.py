# === generator expression is lazy ===
def noisy(x):
    print("computing", x)
    return x * 10

gen = (noisy(i) for i in range(3))
print("generator created")
for v in gen:
    print("got", v)

# === interleaving of source and transform ===
def source():
    out = []
    for i in range(3):
        out.append(i)
    return out

def trace_src(i):
    print("source", i)
    return i

g = (noisy(x) for x in map(trace_src, range(3)))
print(next(g))
print("between")
print(list(g))

# === first iterable evaluated immediately ===
def make_iter():
    print("make_iter called")
    return [1, 2]

g2 = (x for x in make_iter())
print("after genexpr creation")
print(list(g2))

# === generator exhausted after one pass ===
g3 = (x * x for x in range(3))
print(list(g3))
print(list(g3))

# === conditions evaluated lazily ===
def check(x):
    print("check", x)
    return x % 2 == 0

g4 = (x for x in range(4) if check(x))
print("first even:", next(g4))
print("second even:", next(g4))

# === chained generators ===
nums = (n for n in range(10))
evens = (n for n in nums if n % 2 == 0)
squares = (n * n for n in evens)
print(list(squares))
