# expect: ok
g = int
h = int
for i in range(200000):
    g = list[g]
    h = list[h] | None
bounded = 0
for f in [lambda: hash(g), lambda: g == list[g], lambda: repr(g), lambda: hash(h), lambda: h == (list[h] | None)]:
    try:
        f()
    except RecursionError:
        bounded += 1
print('bounded', bounded)
# stdout: bounded 5
