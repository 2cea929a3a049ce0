# bench: N=70
# Closures and higher-order calls: counters, composition, map/filter.
def make_adder(n):
    def add(x):
        return x + n
    return add


def compose(f, g):
    return lambda x: f(g(x))


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


add3 = make_adder(3)
double = lambda x: x * 2
f = compose(add3, double)
counter = make_counter()
total = 0
for i in range(N * 1000):
    total += f(i)
    counter()
mapped = list(map(add3, range(N * 100)))
filtered = list(filter(lambda x: x % 3 == 0, mapped))
print(total, counter(), sum(filtered))
